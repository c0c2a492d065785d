/**
 * Two API processes and two worker processes, real ones (`node src/main.ts`, `node src/worker.ts`),
 * on the same database and Redis prefix, as operations.md's "Scaling out" runs them:
 *
 * - registrations through both APIs at once, and the same Idempotency-Key sent to both at the
 *   same moment: one case per key, numbers unique and consecutive;
 * - hearings scheduled through both APIs wake both workers, and more sweeps are queued on top:
 *   every reminder letter of each of the lawsuit's two defendants is issued exactly once (one
 *   row, one audit entry, one outbox row) and reaches the notification webhook exactly once;
 * - both workers install the job schedules at start: each schedule exists once, with one next
 *   run, not two;
 * - SIGTERM: all four exit cleanly.
 *
 * The processes keep real time: hearings are planned against the machine's clock. Everything is
 * killed at the end, whatever happens, and the keys of this suite's Redis prefix are deleted.
 */
import { Queue } from 'bullmq';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { JobName, queuePrefix, QueueName } from '../../src/jobs/queues';
import { Role } from '../../src/access/role';
import { bearer, expectStatus, Fixtures, lawsuitBody } from '../support/fixtures';
import { TestApp, unique } from '../support/test-app';
import { Child, freePort, startService } from './support/processes';
import { deleteKeys } from './support/redis';
import { application, Attempt, expectOneCasePerKey, register } from './support/registrations';
import { waitFor } from './support/wait';

jest.setTimeout(240_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `${process.env.REDIS_PREFIX ?? 'fuyi'}-procs`;
const HOUR = 3_600_000;
/** A year only this suite registers in. */
const YEAR = 2024;
const RECEIVED_ON = '2024-05-20';
const REGISTRATIONS = 40;
const HEARINGS = 10;

/** The schedules the worker role installs, by queue. */
const SCHEDULES: Record<QueueName, JobName[]> = {
  [QueueName.MAINTENANCE]: [JobName.PURGE_REFRESH_TOKENS],
  [QueueName.CASES]: [JobName.ABANDON_EXPIRED_SUPPLEMENTS, JobName.DEEM_ACCEPTED],
  [QueueName.ALERTS]: [JobName.RAISE_DEADLINE_ALERTS],
  [QueueName.REMINDERS]: [JobName.ISSUE_DUE_LETTERS, JobName.DELIVER_NOTIFICATIONS],
  [QueueName.STATISTICS]: [JobName.NIGHTLY_STATISTICS],
};

/** Runs `work` for 0 … n-1, at most `width` at a time. */
async function inParallel<T>(n: number, width: number, work: (i: number) => Promise<T>) {
  const results: T[] = new Array<T>(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const i = next;
        next += 1;
        results[i] = await work(i);
      }
    }),
  );
  return results;
}

describe('two API processes and two worker processes on one database and Redis prefix', () => {
  const children: Child[] = [];
  const apis: string[] = [];
  let hook: Server | undefined;
  /** Webhook calls per Idempotency-Key (the letter id). */
  const calls = new Map<string, number>();
  let db: DataSource | undefined;
  const queues = new Map<QueueName, Queue>();

  const failure = (): string =>
    children.map((c) => `--- ${c.name} (${c.alive ? 'alive' : 'exited'}):\n${c.output}`).join('\n');

  beforeAll(async () => {
    hook = createServer((req: IncomingMessage, res) => {
      req.resume();
      req.on('end', () => {
        const key = String(req.headers['idempotency-key']);
        calls.set(key, (calls.get(key) ?? 0) + 1);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook!.listen(0, '127.0.0.1', r));
    const common = {
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/letters`,
      // Four processes on the shared server: a small pool each.
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
    };
    for (const i of [1, 2]) {
      const port = await freePort();
      apis.push(`http://127.0.0.1:${port}`);
      // Both migrate at start, as replicas do: the advisory lock lets one, the other finds none.
      children.push(
        startService(
          'main',
          {
            ...common,
            APP_ROLE: 'api',
            RUN_MIGRATIONS: 'true',
            PORT: String(port),
            HOST: '127.0.0.1',
          },
          `api ${i}`,
        ),
      );
    }
    for (const i of [1, 2]) {
      children.push(
        startService(
          'worker',
          { ...common, APP_ROLE: 'worker', RUN_MIGRATIONS: 'false' },
          `worker ${i}`,
        ),
      );
    }
    for (const name of Object.values(QueueName)) {
      const queue = new Queue(name, {
        connection: { url: REDIS_URL },
        prefix: queuePrefix(PREFIX),
      });
      queue.on('error', () => undefined);
      queues.set(name, queue);
    }
    db = new DataSource({ ...dataSourceOptions(validateEnv(process.env)), logging: false });
    await db.initialize();

    // Up: both APIs ready, both workers connected to every queue.
    const up = await waitFor(
      async () => {
        if (children.some((c) => !c.alive)) return true; // fail below, with the output
        for (const base of apis) {
          const ready = await request(base)
            .get('/health/ready')
            .timeout(2000)
            .catch(() => null);
          if (ready?.status !== 200) return false;
        }
        for (const queue of queues.values()) if ((await queue.getWorkersCount()) < 2) return false;
        return true;
      },
      150_000,
      500,
    );
    if (!up || children.some((c) => !c.alive)) throw new Error(`not up:\n${failure()}`);
  });

  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill('SIGKILL')));
    await new Promise((r) => hook?.close(r));
    await db?.destroy().catch(() => undefined);
    for (const queue of queues.values()) await queue.close().catch(() => undefined);
    await deleteKeys(REDIS_URL, PREFIX).catch(() => undefined);
  });

  /** Fixtures only need `http()`: point them at one of the API processes. */
  const through = (base: string): TestApp => ({ http: () => request.agent(base) }) as TestApp;

  it('registrations through both APIs: one case per key, numbers unique and consecutive', async () => {
    const f = await Fixtures.asAdmin(through(apis[0]));
    const respondentId = (await f.createAgency()).id;
    const officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
    const keys = Array.from({ length: REGISTRATIONS }, () => unique('procs'));
    const bodies = keys.map((_, i) => application(respondentId, RECEIVED_ON, i));

    // Alternately through each API, eight at a time.
    const first = await inParallel(REGISTRATIONS, 8, (i) =>
      register(apis[i % 2], officer, keys[i], bodies[i]),
    );
    for (const a of first)
      expect({ key: a.key, status: a.status }).toEqual({ key: a.key, status: 201 });

    // Each key again through the other API: the same case, as a replay.
    const again = await inParallel(REGISTRATIONS, 8, (i) =>
      register(apis[(i + 1) % 2], officer, keys[i], bodies[i]),
    );
    again.forEach((a, i) =>
      expect(a).toMatchObject({ status: 201, caseId: first[i].caseId, replayed: true }),
    );

    // New keys sent to both APIs at the same moment: one case each, the other answer replays it.
    const raced: Attempt[][] = await inParallel(10, 5, async (i) => {
      const key = unique('procs-race');
      const body = application(respondentId, RECEIVED_ON, REGISTRATIONS + i);
      keys.push(key);
      return Promise.all(apis.map((base) => register(base, officer, key, body)));
    });
    for (const [a, b] of raced) {
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.caseId).toBe(b.caseId);
      expect([a.replayed, b.replayed].filter(Boolean)).toHaveLength(1);
    }

    await expectOneCasePerKey(db!, YEAR, [
      ...first.map((a) => a.caseId as string),
      ...raced.map(([a]) => a.caseId as string),
    ]);
  });

  it('every reminder letter is issued once and delivered once, by whichever worker', async () => {
    const f = await Fixtures.asAdmin(through(apis[1]));
    // Two defendants (co-defendants, ALL Art. 27): each gets its own letters.
    const agencies = [await f.createAgency(), await f.createAgency()];
    const officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
    const lawsuit = await request(apis[0])
      .post('/api/v1/litigation-cases')
      .set('authorization', bearer(officer))
      .send(
        lawsuitBody(
          agencies.map((a) => a.id),
          { cause: '行政许可' },
        ),
      );
    expectStatus(lawsuit, 201);
    const lawsuitId = (lawsuit.body as { id: string }).id;

    // Less than a day ahead, by the processes' clock: both letters of each hearing are due at
    // once. Scheduled through both APIs at once; each wakes the workers.
    const now = Date.now();
    const hearings = await inParallel(HEARINGS, HEARINGS, async (i) => {
      const res = await request(apis[i % 2])
        .post(`/api/v1/litigation-cases/${lawsuitId}/hearings`)
        .set('authorization', bearer(officer))
        .send({
          scheduledAt: new Date(now + (i + 2) * HOUR).toISOString(),
          court: '某区人民法院',
          courtroom: '第二法庭',
        });
      expectStatus(res, 201);
      return (res.body as { id: string }).id;
    });
    // More sweeps on top, for the two workers to compete over.
    const reminders = queues.get(QueueName.REMINDERS)!;
    await Promise.all(
      Array.from({ length: 10 }, () => reminders.add(JobName.ISSUE_DUE_LETTERS, {})),
    );

    const letters = async () =>
      db!.query<{ id: string; status: string; delivery: string | null }[]>(
        `SELECT r.id, r.status::text, o.status::text AS delivery
           FROM reminder_letters r LEFT JOIN notification_outbox o ON o.letter_id = r.id
          WHERE r.hearing_id = ANY($1::uuid[])`,
        [hearings],
      );
    const done = await waitFor(
      async () =>
        (await letters()).every((l) => l.status === 'ISSUED' && l.delivery === 'DELIVERED'),
      90_000,
      500,
    );
    if (!done)
      throw new Error(`not all delivered: ${JSON.stringify(await letters())}\n${failure()}`);
    // Late sweeps and deliveries, if any, have nothing left to do.
    await waitFor(async () => (await reminders.getJobCounts('wait', 'active')).wait === 0, 30_000);
    await new Promise((r) => setTimeout(r, 1000));

    const [counts] = await db!.query<
      { letters: number; keys: number; outbox: number; audit: number }[]
    >(
      `SELECT count(*)::int AS letters,
              count(DISTINCT (hearing_id, agency_id, kind))::int AS keys,
              (SELECT count(*)::int FROM notification_outbox o JOIN reminder_letters r
                 ON r.id = o.letter_id WHERE r.hearing_id = ANY($1::uuid[])) AS outbox,
              (SELECT count(*)::int FROM audit_log a JOIN reminder_letters r
                 ON a.entity_id = r.id::text
                WHERE a.action = 'reminder.issued' AND r.hearing_id = ANY($1::uuid[])) AS audit
         FROM reminder_letters WHERE hearing_id = ANY($1::uuid[]) AND status = 'ISSUED'`,
      [hearings],
    );
    const expected = 2 * 2 * HEARINGS; // a LETTER and an EVE_NOTICE each, for each defendant
    expect(counts).toEqual({
      letters: expected,
      keys: expected,
      outbox: expected,
      audit: expected,
    });

    const ids = (await letters()).map((l) => l.id);
    expect(ids).toHaveLength(expected);
    for (const id of ids) expect({ id, calls: calls.get(id) ?? 0 }).toEqual({ id, calls: 1 });
  });

  it('each job schedule exists once, with one next run, though two workers installed it', async () => {
    for (const [name, queue] of queues) {
      const schedulers = (await queue.getJobSchedulers()).map((s) => s.key).sort();
      expect({ queue: name, schedulers }).toEqual({
        queue: name,
        schedulers: [...SCHEDULES[name]].sort(),
      });
      const delayed = await queue.getDelayed();
      for (const job of SCHEDULES[name]) {
        const next = delayed.filter((j) => j.name === String(job)).length;
        // The every-minute sweeps may be between two runs (the next one not added yet); the
        // others wait for their hour or night.
        const everyMinute = name === QueueName.REMINDERS;
        expect({ job, next: everyMinute ? Math.max(next, 1) : next }).toEqual({ job, next: 1 });
      }
    }
  });

  it('SIGTERM: every process shuts down promptly, without an error', async () => {
    const started = Date.now();
    const exits = await Promise.all(children.map((c) => c.kill('SIGTERM')));
    expect(Date.now() - started).toBeLessThan(10_000); // kill() sends SIGKILL after 10 s
    // Nest runs its shutdown hooks, then raises the signal again: the exit is by SIGTERM.
    const clean = (e: { code: number | null; signal: string | null }): boolean =>
      e.code === 0 || (e.code === null && e.signal === 'SIGTERM');
    expect({ clean: exits.map(clean), output: exits.every(clean) ? '' : failure() }).toEqual({
      clean: exits.map(() => true),
      output: '',
    });
    // Not one error logged by any of them, from start to exit.
    expect(failure()).not.toMatch(/"level":(50|60)/);
  });
});
