import { Logger } from '@nestjs/common';
import { Job, Queue, RedisClient } from 'bullmq';
import { jobOutcomes } from '../metrics/metrics';
import { JobName, QUEUE_OF_JOB, QueueName } from './queues';

export type JobHandler = (job: Job) => Promise<unknown>;

/** Handlers of one queue's jobs, keyed by job name; a processor routes each job through this. */
export type HandlerTable = Partial<Record<JobName, JobHandler>>;

/** Fails start-up when a job name of QUEUE_OF_JOB has no handler in its queue's processor. */
export function assertEveryJobHandled(tables: Partial<Record<QueueName, HandlerTable>>): void {
  const missing = Object.values(JobName).filter((name) => !tables[QUEUE_OF_JOB[name]]?.[name]);
  if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
}

export async function runJob(table: HandlerTable, job: Job, logger: Logger): Promise<unknown> {
  const handler = table[job.name as JobName];
  if (!handler) throw new Error(`No handler for job ${job.name}`);
  try {
    const result = await handler(job);
    jobOutcomes.inc({ queue: job.queueName, name: job.name, outcome: 'completed' });
    return result;
  } catch (e) {
    jobOutcomes.inc({ queue: job.queueName, name: job.name, outcome: 'failed' });
    logger.warn({ job: job.name, id: job.id, attempt: job.attemptsMade + 1, err: e }, 'Job failed');
    throw e;
  }
}

/**
 * Installs (or updates) a repeating job. Idempotent across instances (BullMQ job schedulers are
 * keyed by id). When Redis is away it keeps trying in the background instead of blocking start-up,
 * and a Redis that comes back empty (restarted without persistence, a failover) gets the schedule
 * again on every reconnect: upserting an existing schedule changes nothing.
 */
export function scheduleRepeating(
  queue: Queue,
  name: JobName,
  pattern: string,
  logger: Logger,
  retryMs = 30_000,
): { stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let busy = false;
  let client: RedisClient | undefined;
  const install = (): void => {
    if (stopped || busy) return;
    busy = true;
    queue
      .upsertJobScheduler(name, { pattern, tz: 'Asia/Shanghai' }, { name, data: {} })
      .then(() => logger.log(`Scheduled ${name} at "${pattern}" (Asia/Shanghai)`))
      .catch((e: unknown) => {
        logger.warn(`Could not schedule ${name} (${(e as Error).message}); retrying`);
        if (!stopped) timer = setTimeout(install, retryMs).unref();
      })
      .finally(() => {
        busy = false;
      });
  };
  install();
  // The client exists once Redis first answered; each later 'ready' is a reconnect.
  void queue.backend.client
    .then((c) => {
      if (stopped) return;
      client = c;
      c.on('ready', install);
    })
    .catch(() => undefined);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      client?.off('ready', install);
    },
  };
}
