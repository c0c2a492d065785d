import { Logger } from '@nestjs/common';
import { Job, JobsOptions, Queue, RedisClient } from 'bullmq';
import { jobOutcomes } from '../metrics/metrics';
import { JobName, JobPayloads, JobsOf, JobWithoutPayload, QUEUE_OF_JOB, QueueName } from './queues';

/** Runs one job of name N; what it returns becomes the job's return value. */
export type JobHandler<N extends JobName = JobName> = (
  job: Job<JobPayloads[N]>,
) => Promise<unknown>;

/**
 * Handlers of queue Q's jobs, keyed by job name: one for each job of Q (checked by the compiler),
 * none for another queue's. A processor routes each job through this.
 */
export type HandlerTable<Q extends QueueName> = { readonly [N in JobsOf<Q>]: JobHandler<N> };

/** Some handler tables, each under the queue whose processor holds it (shape only: any job). */
export type HandlerTables = Partial<Record<QueueName, Partial<Record<JobName, unknown>>>>;

/**
 * Fails start-up when a job name of QUEUE_OF_JOB has no handler in its queue's processor, or a
 * processor has a handler for a job that is added to another queue (it would never run there).
 */
export function assertEveryJobHandled(tables: HandlerTables): void {
  const missing = Object.values(JobName).filter((name) => !tables[QUEUE_OF_JOB[name]]?.[name]);
  if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
  const entries = Object.entries(tables) as [QueueName, Partial<Record<JobName, unknown>>][];
  const stray = entries.flatMap(([queue, table]) =>
    Object.keys(table ?? {})
      .filter((name) => QUEUE_OF_JOB[name as JobName] !== queue)
      .map((name) => `${name} (on ${queue})`),
  );
  if (stray.length > 0) {
    throw new Error(`Handlers on a queue their job is not added to: ${stray.join(', ')}`);
  }
}

type AnyJobHandler = (job: Job) => Promise<unknown>;

/** Runs `job` by the handler of its name, counting the outcome; a failure is logged and rethrown. */
export async function runJob<Q extends QueueName>(
  table: HandlerTable<Q>,
  job: Job,
  logger: Logger,
): Promise<unknown> {
  // Looked up by the name the job carries: its data is of that name's payload type.
  const handler = (table as unknown as Partial<Record<string, AnyJobHandler>>)[job.name];
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
 * Adds job `name` with the payload its name requires (JobPayloads) to `queue`, which must be the
 * queue the job belongs to (QUEUE_OF_JOB; refused otherwise, as no processor there handles it).
 * `queue.add` itself takes any name and any data: producers call this instead.
 */
export function addJob<N extends JobName>(
  queue: Queue,
  name: N,
  data: JobPayloads[N],
  opts?: JobsOptions,
): Promise<Job<JobPayloads[N]>> {
  if (queue.name !== QUEUE_OF_JOB[name]) {
    return Promise.reject(
      new Error(`Job ${name} is added to queue ${QUEUE_OF_JOB[name]}, not ${queue.name}`),
    );
  }
  return queue.add(name, data, opts) as Promise<Job<JobPayloads[N]>>;
}

/**
 * Installs (or updates) a repeating job. Idempotent across instances (BullMQ job schedulers are
 * keyed by id). When Redis is away it keeps trying in the background instead of blocking start-up,
 * and a Redis that comes back empty (restarted without persistence, a failover) gets the schedule
 * again on every reconnect: upserting an existing schedule changes nothing.
 */
export function scheduleRepeating(
  queue: Queue,
  name: JobWithoutPayload,
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
