/**
 * Hearing reminder letters with real Redis and a real worker (docs/domain.md: "Each (hearing,
 * defendant, kind, scheduled time) gets at most one letter, ever — across retries, restarts, and
 * Redis outages"; the lawsuits here have one defendant):
 *
 * - the worker, in process (role `all`), issues what a hearing makes due as soon as the API wakes
 *   it, and delivers each letter to the notification webhook;
 * - Redis dies: the API still schedules (201), nothing is issued, and once Redis is back (empty:
 *   no persistence) the letters are issued once and the worker's schedules are back;
 * - a worker process is SIGKILLed in the middle of its issuing transaction: nothing of it stays,
 *   and the next worker issues every letter exactly once.
 *
 * Counts are taken per hearing id: the run's database is shared with other suites.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JobName, queuePrefix, QueueName } from '../../src/jobs/queues';
import { Role } from '../../src/access/role';
import { bearer, expectStatus, Fixtures, lawsuitBody } from '../support/fixtures';
import { startApp, TestApp } from '../support/test-app';
import { Child, startService } from './support/processes';
import { appOnPrivateRedis, deleteKeys } from './support/redis';
import { sleep, waitFor } from './support/wait';

jest.setTimeout(120_000);

const API = '/api/v1';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const HOUR = 3_600_000;

interface Counts {
  LETTER: number;
  EVE_NOTICE: number;
  pending: number;
  outbox: number;
  audit: number;
}

/** Issued letters per kind, pending ones, outbox and audit rows of one hearing. */
async function counts(db: DataSource, id: string): Promise<Counts> {
  const [row] = await db.query<Counts[]>(
    `SELECT
       (SELECT count(*)::int FROM reminder_letters
         WHERE hearing_id = $1 AND kind = 'LETTER' AND status = 'ISSUED') AS "LETTER",
       (SELECT count(*)::int FROM reminder_letters
         WHERE hearing_id = $1 AND kind = 'EVE_NOTICE' AND status = 'ISSUED') AS "EVE_NOTICE",
       (SELECT count(*)::int FROM reminder_letters
         WHERE hearing_id = $1 AND status = 'PENDING') AS pending,
       (SELECT count(*)::int FROM notification_outbox o JOIN reminder_letters r ON r.id = o.letter_id
         WHERE r.hearing_id = $1) AS outbox,
       (SELECT count(*)::int FROM audit_log a JOIN reminder_letters r ON a.entity_id = r.id::text
         WHERE a.action = 'reminder.issued' AND r.hearing_id = $1) AS audit`,
    [id],
  );
  return row;
}

const ONCE: Counts = { LETTER: 1, EVE_NOTICE: 1, pending: 0, outbox: 2, audit: 2 };
const NONE: Counts = { LETTER: 0, EVE_NOTICE: 0, pending: 2, outbox: 0, audit: 0 };

/** A lawsuit and what it takes to schedule its hearings through the API. */
async function lawsuitOf(t: TestApp): Promise<{
  officer: string;
  lawsuitId: string;
  schedule: (scheduledAt: Date) => Promise<string>;
}> {
  const f = await Fixtures.asAdmin(t);
  const agency = await f.createAgency();
  const officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
  const res = await t
    .http()
    .post(`${API}/litigation-cases`)
    .set('authorization', bearer(officer))
    .send(lawsuitBody(agency.id, { cause: '行政许可' }));
  expectStatus(res, 201);
  const lawsuitId = (res.body as { id: string }).id;
  return {
    officer,
    lawsuitId,
    schedule: async (scheduledAt) => {
      const h = await t
        .http()
        .post(`${API}/litigation-cases/${lawsuitId}/hearings`)
        .set('authorization', bearer(officer))
        .send({
          scheduledAt: scheduledAt.toISOString(),
          court: '某区人民法院',
          courtroom: '第二法庭',
        });
      expectStatus(h, 201);
      return (h.body as { id: string }).id;
    },
  };
}

describe('reminder letters with real Redis and a real worker', () => {
  describe('the worker in process, woken by the API', () => {
    let t: TestApp;
    let hook: Server;
    /** While true the webhook answers 503. */
    let hookDown = false;
    const received: { key: string; body: { letterId: string; kind: string; text: string } }[] = [];

    beforeAll(async () => {
      hook = createServer((req: IncomingMessage, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          if (hookDown) {
            res.writeHead(503).end();
            return;
          }
          received.push({
            key: String(req.headers['idempotency-key']),
            body: JSON.parse(body) as { letterId: string; kind: string; text: string },
          });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
      const { port } = hook.address() as AddressInfo;
      t = await startApp({
        role: 'all',
        env: { NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${port}/letters` },
      });
    });

    afterAll(async () => {
      await t?.close();
      await new Promise((r) => hook?.close(r));
    });

    it('issues exactly one LETTER and one EVE_NOTICE per hearing, and delivers each once', async () => {
      // A moment of this suite's own, long after every other suite's clock.
      const now = new Date('2027-01-11T09:00:00+08:00');
      t.clock.set(now);
      const { schedule } = await lawsuitOf(t);
      // Less than a day ahead: both letters are due at once; five hearings scheduled together.
      const hearings = await Promise.all(
        [1, 2, 3, 4, 5].map((i) => schedule(new Date(now.getTime() + i * HOUR))),
      );
      const done = await waitFor(async () => {
        for (const h of hearings) if ((await counts(t.db, h)).pending > 0) return false;
        return true;
      });
      expect(done).toBe(true);
      for (const h of hearings) expect(await counts(t.db, h)).toEqual(ONCE);

      // Delivery: the issuing sweep queues a delivery run; each letter reaches the webhook.
      const letterIds = (
        await t.db.query<{ id: string }[]>(
          `SELECT id FROM reminder_letters WHERE hearing_id = ANY($1::uuid[])`,
          [hearings],
        )
      ).map((r) => r.id);
      expect(letterIds).toHaveLength(10);
      const delivered = await waitFor(async () => {
        const [{ n }] = await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM notification_outbox
            WHERE letter_id = ANY($1::uuid[]) AND status = 'DELIVERED'`,
          [letterIds],
        );
        return n === letterIds.length;
      });
      expect(delivered).toBe(true);
      const mine = received.filter((r) => letterIds.includes(r.key));
      expect(mine.map((r) => r.key).sort()).toEqual([...letterIds].sort());
      for (const r of mine) {
        expect(r.body.letterId).toBe(r.key);
        expect(r.body.text).toContain('某区人民法院定于2027年1月11日');
      }
    });

    it('a letter due later waits for its time, then the next sweep job issues it once', async () => {
      const now = new Date('2027-01-12T09:00:00+08:00');
      t.clock.set(now);
      const { schedule } = await lawsuitOf(t);
      const at = new Date('2027-01-22T09:30:00+08:00'); // 10 days ahead
      const hearing = await schedule(at);
      await sleep(1500); // the wake-up sweep ran and found nothing due
      expect(await counts(t.db, hearing)).toEqual(NONE);

      const queue = t.app.get<Queue>(getQueueToken(QueueName.REMINDERS));
      t.clock.set('2027-01-15T09:30:00+08:00'); // the LETTER's time
      await Promise.all([1, 2, 3].map(() => queue.add(JobName.ISSUE_DUE_LETTERS, {})));
      expect(await waitFor(async () => (await counts(t.db, hearing)).LETTER === 1)).toBe(true);
      await sleep(500);
      expect(await counts(t.db, hearing)).toEqual({
        LETTER: 1,
        EVE_NOTICE: 0,
        pending: 1,
        outbox: 1,
        audit: 1,
      });

      t.clock.set('2027-01-21T09:30:00+08:00'); // the EVE_NOTICE's time
      await Promise.all([1, 2].map(() => queue.add(JobName.ISSUE_DUE_LETTERS, {})));
      expect(await waitFor(async () => (await counts(t.db, hearing)).pending === 0)).toBe(true);
      expect(await counts(t.db, hearing)).toEqual(ONCE);
    });

    it('a failed delivery is retried after its backoff, then delivered', async () => {
      const now = new Date('2027-01-25T09:00:00+08:00');
      t.clock.set(now);
      hookDown = true;
      const { schedule } = await lawsuitOf(t);
      const hearing = await schedule(new Date(now.getTime() + 2 * HOUR));
      const outbox = (): Promise<
        { status: string; attempts: number; next_attempt_at: Date; last_error: string | null }[]
      > =>
        t.db.query(
          `SELECT o.status::text, o.attempts, o.next_attempt_at, o.last_error
             FROM notification_outbox o JOIN reminder_letters r ON r.id = o.letter_id
            WHERE r.hearing_id = $1`,
          [hearing],
        );
      // The issuing sweep queues a delivery run, which fails against the webhook.
      expect(
        await waitFor(async () => {
          const rows = await outbox();
          return rows.length === 2 && rows.every((r) => r.attempts === 1 && r.last_error);
        }),
      ).toBe(true);
      for (const r of await outbox()) {
        expect(r).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'HTTP 503' });
        // 1 minute after the attempt (the TestClock's now), not the lease.
        expect(r.next_attempt_at.getTime()).toBe(now.getTime() + 60_000);
      }

      hookDown = false;
      const queue = t.app.get<Queue>(getQueueToken(QueueName.REMINDERS));
      await queue.add(JobName.DELIVER_NOTIFICATIONS, {}); // before the backoff: nothing
      await sleep(1000);
      expect((await outbox()).map((r) => r.status)).toEqual(['PENDING', 'PENDING']);
      t.clock.set(new Date(now.getTime() + 60_000));
      await queue.add(JobName.DELIVER_NOTIFICATIONS, {});
      expect(
        await waitFor(async () => (await outbox()).every((r) => r.status === 'DELIVERED')),
      ).toBe(true);
      expect((await outbox()).map((r) => r.attempts)).toEqual([2, 2]);
    });
  });

  describe('a Redis outage', () => {
    const { app: appNow, redis } = appOnPrivateRedis();

    it('the API still schedules; the letters are issued once when Redis is back', async () => {
      const app = appNow();
      const queue = app.app.get<Queue>(getQueueToken(QueueName.REMINDERS));
      const schedulerIds = async (): Promise<string[]> =>
        (await queue.getJobSchedulers()).map((s) => s.key).sort();
      // The worker has installed its schedules.
      expect(
        await waitFor(async () => (await schedulerIds()).includes(JobName.ISSUE_DUE_LETTERS)),
      ).toBe(true);

      const now = new Date('2027-02-01T09:00:00+08:00');
      app.clock.set(now);
      const { schedule } = await lawsuitOf(app);

      await redis().kill();
      const hearings: string[] = [];
      for (const i of [1, 2, 3]) hearings.push(await schedule(new Date(now.getTime() + i * HOUR)));
      // With Redis away nothing wakes the sweep: the letters wait, planned.
      await sleep(2000);
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(NONE);

      await redis().start(); // the same port, and empty
      const done = await waitFor(async () => {
        for (const h of hearings) if ((await counts(app.db, h)).pending > 0) return false;
        return true;
      }, 30_000);
      expect(done).toBe(true);
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(ONCE);

      // Redis came back empty: the worker installed its sweep schedules again.
      expect(
        await waitFor(async () => {
          const ids = await schedulerIds();
          return (
            ids.includes(JobName.ISSUE_DUE_LETTERS) && ids.includes(JobName.DELIVER_NOTIFICATIONS)
          );
        }),
      ).toBe(true);

      // Another sweep, and another: still once each.
      await queue.add(JobName.ISSUE_DUE_LETTERS, {});
      await sleep(1000);
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(ONCE);
    });
  });

  describe('a worker killed in the middle of issuing', () => {
    const prefix = `${process.env.REDIS_PREFIX ?? 'fuyi'}-kill`;
    let t: TestApp | undefined;
    let lock: Client | undefined;
    const children: Child[] = [];
    let queue: Queue | undefined;

    /** `node src/worker.ts` (transpiled on the fly) on the run's database, its own Redis prefix. */
    function startWorker(): Child {
      const child = startService('worker', {
        APP_ROLE: 'worker',
        RUN_MIGRATIONS: 'false',
        LOG_LEVEL: 'warn',
        REDIS_URL,
        REDIS_PREFIX: prefix,
      });
      children.push(child);
      return child;
    }

    /** Backends of a worker process waiting for a lock in this database. */
    async function blockedWorkerBackends(): Promise<number[]> {
      const rows = await t!.db.query<{ pid: number }[]>(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'fuyi-worker'
            AND wait_event_type = 'Lock' AND query LIKE '%notification_outbox%'`,
      );
      return rows.map((r) => r.pid);
    }

    beforeAll(async () => {
      t = await startApp();
      queue = new Queue(QueueName.REMINDERS, {
        connection: { url: REDIS_URL },
        prefix: queuePrefix(prefix),
      });
    });

    afterAll(async () => {
      for (const c of children) await c.kill();
      await lock?.query('ROLLBACK').catch(() => undefined);
      await lock?.end().catch(() => undefined);
      await queue?.obliterate({ force: true }).catch(() => undefined);
      await queue?.close();
      // The schedules and jobs of the killed workers, under the prefix of this block only.
      await deleteKeys(REDIS_URL, prefix);
      await t?.close();
    });

    it('leaves nothing of the killed transaction, and the next worker issues each letter once', async () => {
      const app = t!;
      // The child worker keeps real time: plan the letters against it.
      const now = new Date();
      app.clock.set(now);
      const { schedule } = await lawsuitOf(app);
      const hearings = await Promise.all(
        [2, 3, 4].map((i) => schedule(new Date(now.getTime() + i * HOUR))),
      );
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(NONE);

      // Hold the outbox so that the worker's issuing transaction stops half-way: its letters
      // claimed (FOR UPDATE), its update and outbox insert waiting for this lock.
      lock = new Client({ connectionString: process.env.DATABASE_URL });
      await lock.connect();
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE notification_outbox IN EXCLUSIVE MODE');

      const first = startWorker();
      await queue!.add(JobName.ISSUE_DUE_LETTERS, {});
      const blocked = await waitFor(
        async () => !first.alive || (await blockedWorkerBackends()).length > 0,
        60_000,
      );
      expect({ blocked, alive: first.alive, output: first.alive ? '' : first.output }).toEqual({
        blocked: true,
        alive: true,
        output: '',
      });
      // Its transaction holds the letters: another sweeper finds none of them to claim.
      const [{ free }] = await app.db.query<{ free: number }[]>(
        `SELECT count(*)::int AS free FROM (
           SELECT id FROM reminder_letters WHERE hearing_id = ANY($1::uuid[])
              FOR UPDATE SKIP LOCKED) x`,
        [hearings],
      );
      expect(free).toBe(0);

      await first.kill('SIGKILL');
      // Postgres notices the dead client once its backend stops waiting; let it go on.
      await lock.query('ROLLBACK');
      const gone = await waitFor(async () => (await blockedWorkerBackends()).length === 0);
      expect(gone).toBe(true);
      await sleep(500);
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(NONE);

      // The restarted worker: the killed job is stalled, a new sweep comes in.
      const second = startWorker();
      await queue!.add(JobName.ISSUE_DUE_LETTERS, {});
      const done = await waitFor(async () => {
        for (const h of hearings) if ((await counts(app.db, h)).pending > 0) return false;
        return true;
      }, 60_000);
      expect({ done, output: done ? '' : second.output }).toEqual({ done: true, output: '' });
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(ONCE);

      // And again, with two workers sweeping at once: nothing more.
      const third = startWorker();
      await Promise.all([1, 2, 3, 4].map(() => queue!.add(JobName.ISSUE_DUE_LETTERS, {})));
      await waitFor(async () => (await queue!.getJobCounts('wait', 'active')).wait === 0, 30_000);
      await sleep(1000);
      for (const h of hearings) expect(await counts(app.db, h)).toEqual(ONCE);
      await Promise.all([second.kill('SIGTERM'), third.kill('SIGTERM')]);
    });
  });
});
