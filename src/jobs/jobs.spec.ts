import { getQueueToken } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { addJob, assertEveryJobHandled, HandlerTable, HandlerTables } from './job-handlers';
import { JobProcessor, Processor } from './job-processor';
import { JobName, QUEUE_OF_JOB, QueueName } from './queues';
import { JobSchedules, ON_DEMAND_JOBS, SCHEDULES } from './schedules';

const handler = (): Promise<unknown> => Promise.resolve();

/** A handler for every job, each under its queue. */
function everyHandler(): HandlerTables {
  const tables: HandlerTables = {};
  for (const name of Object.values(JobName)) {
    tables[QUEUE_OF_JOB[name]] = { ...tables[QUEUE_OF_JOB[name]], [name]: handler };
  }
  return tables;
}

const fakeQueue = (name: QueueName) => ({
  name,
  add: jest.fn((jobName: string, data: unknown) => Promise.resolve({ name: jobName, data })),
  upsertJobScheduler: jest.fn(() => Promise.resolve()),
  backend: { client: new Promise<never>(() => undefined) }, // Redis never answers: no reconnects
});

beforeAll(() => Logger.overrideLogger(false));

describe('assertEveryJobHandled', () => {
  it('accepts a handler for every job on its own queue', () => {
    expect(() => assertEveryJobHandled(everyHandler())).not.toThrow();
  });

  it('refuses a job without a handler, naming it', () => {
    const tables = everyHandler();
    tables[QueueName.REMINDERS] = { [JobName.ISSUE_DUE_LETTERS]: handler };
    expect(() => assertEveryJobHandled(tables)).toThrow(
      'Jobs without a handler: deliver-notifications',
    );
  });

  it('refuses a queue without a processor', () => {
    const tables = everyHandler();
    delete tables[QueueName.STATISTICS];
    expect(() => assertEveryJobHandled(tables)).toThrow(
      'Jobs without a handler: nightly-statistics, statistics-snapshot',
    );
  });

  it('refuses a handler on a queue its job is not added to', () => {
    const tables = everyHandler();
    tables[QueueName.ALERTS] = {
      ...tables[QueueName.ALERTS],
      [JobName.PURGE_REFRESH_TOKENS]: handler,
    };
    expect(() => assertEveryJobHandled(tables)).toThrow(
      'Handlers on a queue their job is not added to: purge-refresh-tokens (on alerts)',
    );
  });
});

describe('SCHEDULES', () => {
  it('covers every job that is not on demand only, and no on-demand one', () => {
    const scheduled = Object.keys(SCHEDULES).sort();
    const onDemand: string[] = [...ON_DEMAND_JOBS];
    expect(scheduled).toEqual(
      Object.values(JobName)
        .filter((n) => !onDemand.includes(n))
        .sort(),
    );
    expect(onDemand.filter((n) => scheduled.includes(n))).toEqual([]);
  });

  it('reads each cron from its Env setting, as the processors did', () => {
    expect(SCHEDULES).toEqual({
      [JobName.PURGE_REFRESH_TOKENS]: 'TOKEN_PURGE_CRON',
      [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: 'SUPPLEMENT_EXPIRY_CRON',
      [JobName.DEEM_ACCEPTED]: 'DEEMED_ACCEPTANCE_CRON',
      [JobName.RAISE_DEADLINE_ALERTS]: 'DEADLINE_ALERTS_CRON',
      [JobName.ISSUE_DUE_LETTERS]: 'REMINDER_SWEEP_CRON',
      [JobName.DELIVER_NOTIFICATIONS]: 'REMINDER_SWEEP_CRON',
      [JobName.NIGHTLY_STATISTICS]: 'STATISTICS_SNAPSHOT_CRON',
    });
    const env = new Env();
    for (const setting of Object.values(SCHEDULES)) {
      expect({ setting, fields: env[setting].split(' ').length }).toEqual({ setting, fields: 5 });
    }
  });

  it('JobSchedules installs each on its own queue at start-up, with the cron of Env', async () => {
    const queues = new Map(Object.values(QueueName).map((q) => [getQueueToken(q), fakeQueue(q)]));
    const moduleRef = { get: (token: string) => queues.get(token) } as unknown as ModuleRef;
    const env = Object.assign(new Env(), { DEADLINE_ALERTS_CRON: '7 * * * *' });
    const schedules = new JobSchedules(env, moduleRef);
    schedules.onApplicationBootstrap();
    await new Promise((r) => setImmediate(r));

    const installed = [...queues.values()].flatMap((q) =>
      q.upsertJobScheduler.mock.calls.map((call: unknown[]) => [q.name, ...call]),
    );
    expect(installed).toHaveLength(Object.keys(SCHEDULES).length);
    expect(installed).toContainEqual([
      QueueName.ALERTS,
      JobName.RAISE_DEADLINE_ALERTS,
      { pattern: '7 * * * *', tz: 'Asia/Shanghai' },
      { name: JobName.RAISE_DEADLINE_ALERTS, data: {} },
    ]);
    for (const [name, setting] of Object.entries(SCHEDULES) as [JobName, keyof Env][]) {
      expect(installed).toContainEqual([
        QUEUE_OF_JOB[name],
        name,
        { pattern: env[setting], tz: 'Asia/Shanghai' },
        { name, data: {} },
      ]);
    }
    schedules.onApplicationShutdown();
  });
});

describe('typed jobs', () => {
  it('addJob adds with the payload of the name, on the queue of the name only', async () => {
    const statistics = fakeQueue(QueueName.STATISTICS);
    const queue = statistics as unknown as Queue;
    await addJob(queue, JobName.STATISTICS_SNAPSHOT, { period: '2025' }, { attempts: 1 });
    expect(statistics.add).toHaveBeenCalledWith(
      JobName.STATISTICS_SNAPSHOT,
      { period: '2025' },
      { attempts: 1 },
    );
    await expect(addJob(queue, JobName.RAISE_DEADLINE_ALERTS, {})).rejects.toThrow(
      'Job raise-deadline-alerts is added to queue alerts, not statistics',
    );
    expect(statistics.add).toHaveBeenCalledTimes(1);

    // What the compiler refuses (tsc -p tsconfig.json checks these directives):
    const refused = (): unknown => [
      // @ts-expect-error the snapshot needs its period
      addJob(queue, JobName.STATISTICS_SNAPSHOT, {}),
      // @ts-expect-error the sweep takes no payload
      addJob(queue, JobName.ISSUE_DUE_LETTERS, { period: '2025' }),
    ];
    expect(refused).toBeDefined();
  });

  it('a JobProcessor runs each job by the handler of its name', async () => {
    @Processor(QueueName.STATISTICS)
    class Stats extends JobProcessor<QueueName.STATISTICS> {
      readonly handlers: HandlerTable<QueueName.STATISTICS> = {
        [JobName.NIGHTLY_STATISTICS]: () => Promise.resolve(['2025']),
        [JobName.STATISTICS_SNAPSHOT]: (job) => Promise.resolve(job.data.period),
      };
    }
    const job = (name: JobName, data: unknown) =>
      ({ name, data, queueName: QueueName.STATISTICS, attemptsMade: 0 }) as Job;
    const stats = new Stats();
    await expect(
      stats.process(job(JobName.STATISTICS_SNAPSHOT, { period: '2025-03' })),
    ).resolves.toBe('2025-03');
    await expect(stats.process(job(JobName.PURGE_REFRESH_TOKENS, {}))).rejects.toThrow(
      'No handler for job purge-refresh-tokens',
    );

    // @ts-expect-error a processor of one queue cannot consume another
    @Processor(QueueName.ALERTS)
    class Misplaced extends Stats {}
    expect(Misplaced).toBeDefined();
  });
});
