/**
 * `reminders`: hearing reminder letters (出庭提示函 and the day-before notice) issued by the
 * worker, through the real processes: the compiled API (`node …/src/main.js`, APP_ROLE=api) and
 * the compiled worker (`node …/src/worker.js`, APP_ROLE=worker), Postgres and Redis.
 *
 * Every hearing is scheduled through the API six hours ahead, so both of its letters are due at
 * once (7 and 1 days before are past). Three measurements, `--hearings` hearings each:
 *
 * 1. the issue phase alone: hearings scheduled with the worker stopped (their wake-up jobs
 *    dropped), then the worker started and one `issue-due-letters` job added: time until every
 *    letter is ISSUED, and until the outbox is delivered (in-app channel: no webhook);
 * 2. the same writes in bare SQL, from this process: what Postgres alone allows for them;
 * 3. end to end: hearings scheduled with the worker running (each POST wakes it): time from the
 *    first POST to the last letter ISSUED.
 *
 * Then the exactly-once checks: two letters per hearing, one of each kind, one outbox row and one
 * audit row per letter, nothing left pending.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { JobName, queuePrefix, QueueName } from '../../src/jobs/queues';
import { BenchContext, BenchReport, Benchmark } from '../support/benchmark';
import { onInterrupt } from '../support/cleanup';
import { connect, serverUrl, withDatabase } from '../support/database';
import { HttpClient, percentile } from '../support/load';
import {
  CpuShares,
  cpuShares,
  cpuSnapshot,
  formatLoad,
  loadAverage,
  machineInfo,
  MachineInfo,
} from '../support/machine';
import {
  markdownTable,
  ms,
  percent,
  perSecond,
  textTable,
  thousands,
  sizedKey,
} from '../support/report';
import { buildApp, randomPassword, RunningServer, startServer } from '../support/server';

const ROOT = resolve(__dirname, '..', '..');
/** Its own database and Redis prefix: the listing benchmark may run on the same machine. */
const DATABASE = 'fuyi_bench_reminders';
const REDIS_PREFIX = 'fuyi-bench-reminders';
const REDIS_URL = (): string => process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const HEARINGS_PER_LAWSUIT = 10;
const AGENCIES = 10;
/** Hearings are this far ahead: both letters (7 days, 1 day before) are due at once. */
const AHEAD_MS = 6 * 3_600_000;
/** How long a phase may take before the run gives up. */
const PHASE_TIMEOUT_MS = 15 * 60_000;

const databaseUrl = (): string => withDatabase(serverUrl(), DATABASE);
const seconds = (from: bigint, to: bigint): number => Number(to - from) / 1e9;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function onMaintenanceDb(sql: string): Promise<void> {
  const client = await connect(withDatabase(serverUrl(), 'postgres'), 'fuyi-bench-admin');
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<number> {
  await onMaintenanceDb(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await onMaintenanceDb(`CREATE DATABASE "${DATABASE}"`);
  const env = validateEnv({ DATABASE_URL: databaseUrl(), APP_ROLE: 'api' });
  const dataSource = new DataSource({
    ...dataSourceOptions(env),
    logging: ['error'],
    extra: { max: 2, application_name: 'fuyi-bench-migrate' },
  });
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  } finally {
    await dataSource.destroy();
  }
}

const dropDatabase = (): Promise<void> =>
  onMaintenanceDb(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);

async function clearRedisKeys(): Promise<void> {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${REDIS_PREFIX}}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

interface RunningWorker {
  pid: number;
  stop(): Promise<void>;
}

/** The compiled worker (`node <build>/src/worker.js`) on the bench database and prefix. */
async function startWorker(buildDir: string, queue: Queue): Promise<RunningWorker> {
  const child: ChildProcess = spawn(process.execPath, [join(buildDir, 'src', 'worker.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_PATH: join(ROOT, 'node_modules'),
      NODE_ENV: 'production',
      APP_ROLE: 'worker',
      DATABASE_URL: databaseUrl(),
      REDIS_PREFIX,
      LOG_LEVEL: 'warn',
      RUN_MIGRATIONS: 'false',
      // Required in production, unused by the worker.
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: randomPassword(),
      JWT_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let running = true;
  const exited = new Promise<void>((r) =>
    child.once('exit', () => {
      running = false;
      r();
    }),
  );
  const stop = async (): Promise<void> => {
    unregister();
    if (!running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const unregister = onInterrupt(stop);
  // Ready when its BullMQ worker has registered with Redis.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!running) throw new Error(`the worker exited while starting:\n${output}`);
    if ((await queue.getWorkersCount()) > 0) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the worker did not start in 60 s:\n${output}`);
    }
    await sleep(100);
  }
  return { pid: child.pid ?? -1, stop };
}

/** Runs `count` operations with `concurrency` clients; returns each one's latency (ms). */
async function pool(
  count: number,
  concurrency: number,
  operation: (i: number) => Promise<void>,
): Promise<Float64Array> {
  const latencies = new Float64Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next;
      next += 1;
      if (i >= count) return;
      const t0 = process.hrtime.bigint();
      await operation(i);
      latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies.sort();
}

async function expectOk(
  answer: Promise<{ status: number; body: string }>,
  what: string,
): Promise<{ id: string; accessToken?: string }> {
  const a = await answer;
  if (a.status < 200 || a.status >= 300) {
    throw new Error(`${what} answered ${a.status}: ${a.body.slice(0, 300)}`);
  }
  return JSON.parse(a.body) as { id: string; accessToken?: string };
}

/** Polls `count` until it reaches `target`; returns the moment it did. */
async function until(
  db: Client,
  sql: string,
  target: number,
  what: string,
  values: unknown[] = [],
): Promise<bigint> {
  const deadline = Date.now() + PHASE_TIMEOUT_MS;
  for (;;) {
    const n = Number((await db.query<{ n: string }>(sql, values)).rows[0].n);
    if (n >= target) return process.hrtime.bigint();
    if (Date.now() > deadline) throw new Error(`${what}: ${n} of ${target} after 15 minutes`);
    await sleep(50);
  }
}

const ISSUED = `SELECT count(*) AS n FROM reminder_letters WHERE status = 'ISSUED'`;
const DELIVERED = `SELECT count(*) AS n FROM notification_outbox WHERE status = 'DELIVERED'`;

interface Scheduling {
  hearings: number;
  seconds: number;
  latencies: Float64Array;
  first: bigint;
  last: bigint;
}

/** POSTs one hearing for each of `lawsuits` × HEARINGS_PER_LAWSUIT, `concurrency` at a time. */
async function scheduleHearings(
  officer: HttpClient,
  lawsuits: string[],
  concurrency: number,
): Promise<Scheduling> {
  const count = lawsuits.length * HEARINGS_PER_LAWSUIT;
  const base = Date.now() + AHEAD_MS;
  const first = process.hrtime.bigint();
  const latencies = await pool(count, concurrency, async (i) => {
    const lawsuit = lawsuits[i % lawsuits.length];
    await expectOk(
      officer.request('POST', `/api/v1/litigation-cases/${lawsuit}/hearings`, {
        scheduledAt: new Date(base + i * 1000).toISOString(),
        court: '某区人民法院',
        courtroom: `第${(i % 9) + 1}法庭`,
      }),
      'POST /hearings',
    );
  });
  const last = process.hrtime.bigint();
  return { hearings: count, seconds: seconds(first, last), latencies, first, last };
}

interface Check {
  name: string;
  expected: number;
  actual: number;
}

async function exactlyOnce(db: Client, hearings: number): Promise<Check[]> {
  const one = async (sql: string): Promise<number> =>
    Number((await db.query<{ n: string }>(sql)).rows[0].n);
  return [
    {
      name: 'hearings scheduled',
      expected: hearings,
      actual: await one('SELECT count(*) AS n FROM hearings'),
    },
    { name: 'letters ISSUED', expected: 2 * hearings, actual: await one(ISSUED) },
    {
      name: 'letters PENDING or CANCELLED',
      expected: 0,
      actual: await one(`SELECT count(*) AS n FROM reminder_letters WHERE status <> 'ISSUED'`),
    },
    {
      name: 'hearings without exactly one LETTER and one EVE_NOTICE',
      expected: 0,
      actual: await one(
        `SELECT count(*) AS n FROM hearings h WHERE
           (SELECT count(*) FROM reminder_letters r
             WHERE r.hearing_id = h.id AND r.kind = 'LETTER' AND r.status = 'ISSUED') <> 1
        OR (SELECT count(*) FROM reminder_letters r
             WHERE r.hearing_id = h.id AND r.kind = 'EVE_NOTICE' AND r.status = 'ISSUED') <> 1`,
      ),
    },
    {
      name: 'outbox rows',
      expected: 2 * hearings,
      actual: await one('SELECT count(*) AS n FROM notification_outbox'),
    },
    {
      name: 'letters with more than one outbox row',
      expected: 0,
      actual: await one(
        `SELECT count(*) AS n FROM (SELECT letter_id FROM notification_outbox
           GROUP BY letter_id HAVING count(*) > 1) x`,
      ),
    },
    {
      name: 'outbox rows DELIVERED',
      expected: 2 * hearings,
      actual: await one(DELIVERED),
    },
    {
      name: "audit rows 'reminder.issued' (distinct letters)",
      expected: 2 * hearings,
      actual: await one(
        `SELECT count(DISTINCT entity_id) AS n FROM audit_log WHERE action = 'reminder.issued'`,
      ),
    },
    {
      name: "audit rows 'reminder.issued' (all)",
      expected: 2 * hearings,
      actual: await one(`SELECT count(*) AS n FROM audit_log WHERE action = 'reminder.issued'`),
    },
  ];
}

/**
 * The sweep's writes without Node in the loop: for `letters` pending letters planted in SQL,
 * batches of 500 claimed FOR UPDATE SKIP LOCKED and, in one statement each, marked ISSUED with a
 * text as long as the app's, given an outbox row and an audit row.
 */
async function bareSql(
  db: Client,
  hearings: number,
  texts: { LETTER: string; EVE_NOTICE: string },
): Promise<{ letters: number; seconds: number }> {
  await db.query('BEGIN');
  await db.query(
    `WITH i AS (SELECT array_agg(id ORDER BY id) AS ids FROM litigation_instances),
          h AS (
            INSERT INTO hearings (litigation_case_id, instance_id, scheduled_at, court, courtroom,
                                  status)
            SELECT x.litigation_case_id, x.id,
                   now() + interval '6 hours' + g * interval '1 second', '某区人民法院',
                   '第一法庭', 'SCHEDULED'
              FROM generate_series(1, $1::int) g
             CROSS JOIN i
              JOIN litigation_instances x ON x.id = i.ids[1 + g % cardinality(i.ids)]
            RETURNING id, litigation_case_id, scheduled_at)
     INSERT INTO reminder_letters (hearing_id, agency_id, kind, hearing_at, send_at, status)
     SELECT h.id, d.agency_id, k.kind::reminder_kind, h.scheduled_at, now(), 'PENDING'
       FROM h JOIN litigation_defendants d ON d.litigation_case_id = h.litigation_case_id,
            (VALUES ('LETTER'), ('EVE_NOTICE')) k(kind)`,
    [hearings],
  );
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE reminder_letters');
  const t0 = process.hrtime.bigint();
  let letters = 0;
  for (;;) {
    await db.query('BEGIN');
    const r = await db.query<{ n: string }>(
      `WITH due AS (
         SELECT r.id, r.kind, r.hearing_id, a.name, a.head_title, a.head_name
           FROM reminder_letters r
           JOIN hearings h ON h.id = r.hearing_id
           JOIN litigation_cases l ON l.id = h.litigation_case_id
           JOIN agencies a ON a.id = r.agency_id
          WHERE r.status = 'PENDING' AND r.send_at <= now()
          ORDER BY r.send_at LIMIT 500
          FOR UPDATE OF r SKIP LOCKED
       ), issued AS (
         UPDATE reminder_letters r
            SET status = 'ISSUED', issued_at = now(),
                recipient = due.name || due.head_title || due.head_name,
                text = CASE r.kind WHEN 'LETTER' THEN $1 ELSE $2 END
           FROM due WHERE r.id = due.id
         RETURNING r.id, r.kind, r.hearing_id, r.recipient, r.text
       ), outbox AS (
         INSERT INTO notification_outbox (letter_id, payload, status, next_attempt_at)
         SELECT id, jsonb_build_object('letterId', id, 'kind', kind, 'hearingId', hearing_id,
                'recipient', recipient, 'text', text), 'PENDING', now()
           FROM issued
       ), audited AS (
         INSERT INTO audit_log (actor_name, action, entity_type, entity_id, after)
         SELECT 'system', 'bench.bare-sql', 'reminder_letter', id::text,
                jsonb_build_object('kind', kind, 'hearingId', hearing_id, 'recipient', recipient)
           FROM issued
       )
       SELECT count(*) AS n FROM issued`,
      [texts.LETTER, texts.EVE_NOTICE],
    );
    await db.query('COMMIT');
    const n = Number(r.rows[0].n);
    letters += n;
    if (n < 500) break;
  }
  return { letters, seconds: seconds(t0, process.hrtime.bigint()) };
}

interface Results {
  machine: MachineInfo;
  hearings: number;
  concurrency: number;
  apiOnly: Scheduling;
  wakeJobsDropped: number;
  issue: { seconds: number; deliveredSeconds: number; cpu: CpuShares };
  sql: { letters: number; seconds: number; cpu: CpuShares };
  endToEnd: {
    scheduling: Scheduling;
    issuedSeconds: number;
    lagSeconds: number;
    deliveredSeconds: number;
    cpu: CpuShares;
  };
  checks: Check[];
  textLengths: { LETTER: number; EVE_NOTICE: number };
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
  typeErrors: string[];
}

export const reminders: Benchmark = {
  name: 'reminders',
  description:
    'hearings scheduled through the API → reminder letters issued by the worker: letters/s, exactly once',
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    if (options.reuse) log('--reuse does not apply to reminders: it always starts afresh');
    const lawsuitsPerPhase = Math.ceil(options.hearings / HEARINGS_PER_LAWSUIT);
    const hearings = lawsuitsPerPhase * HEARINGS_PER_LAWSUIT;
    const started = new Date();
    const loadAtStart = loadAverage();
    let buildDir: string | null = null;
    let server: RunningServer | null = null;
    let worker: RunningWorker | null = null;
    let db: Client | null = null;
    let queue: Queue | null = null;
    const clients: HttpClient[] = [];

    const cleanUp = async (): Promise<void> => {
      for (const c of clients.splice(0)) c.close();
      if (worker) await worker.stop();
      worker = null;
      if (server) await server.stop();
      server = null;
      if (queue) await queue.close().catch(() => undefined);
      queue = null;
      if (db) await db.end().catch(() => undefined);
      db = null;
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
      buildDir = null;
      await clearRedisKeys().catch((e: unknown) => log(`could not clear Redis keys: ${String(e)}`));
      if (options.keep) {
        log(`kept database ${DATABASE} (--keep): ${databaseUrl()}`);
      } else {
        await dropDatabase();
        log(`dropped database ${DATABASE}`);
      }
    };
    const forget = onInterrupt(cleanUp);
    try {
      const build = buildApp();
      build.catch(() => undefined);
      log(`creating database ${DATABASE} and running the migrations`);
      try {
        log(`  ran ${await createDatabase()} migration(s)`);
        await clearRedisKeys();
      } finally {
        buildDir = (await build.catch(() => null))?.dir ?? null;
      }
      const { dir, typeErrors } = await build;
      for (const line of typeErrors) log(`  type error (built anyway): ${line}`);

      log(`starting the API (node ${dir}/src/main.js), no worker yet`);
      server = await startServer(dir, databaseUrl(), { REDIS_PREFIX });
      queue = new Queue(QueueName.REMINDERS, {
        connection: { url: REDIS_URL(), maxRetriesPerRequest: null },
        prefix: queuePrefix(REDIS_PREFIX),
      });
      db = await connect(databaseUrl(), 'fuyi-bench-reminders');
      const postgres = (
        await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
      ).rows[0].v;
      const machine = machineInfo(`PostgreSQL ${postgres}`);

      // Set-up through the API, not measured: agencies, an officer, the lawsuits.
      const admin = await server.login(options.concurrency);
      clients.push(admin);
      const agencies: string[] = [];
      for (let i = 0; i < AGENCIES; i++) {
        const a = await expectOk(
          admin.request('POST', '/api/v1/agencies', {
            name: `区第${i + 1}局`,
            kind: 'DEPARTMENT',
            headName: `王${i + 1}`,
            headTitle: '局长',
            contactPhone: '0571-88888888',
          }),
          'POST /agencies',
        );
        agencies.push(a.id);
      }
      const password = randomPassword();
      await expectOk(
        admin.request('POST', '/api/v1/users', {
          username: 'bench-officer',
          displayName: '承办人',
          password,
          role: 'OFFICER',
        }),
        'POST /users',
      );
      const anonymous = server.client(1);
      const { accessToken } = await expectOk(
        anonymous.request('POST', '/api/v1/auth/login', { username: 'bench-officer', password }),
        'login',
      );
      anonymous.close();
      const officer = server
        .client(options.concurrency)
        .withHeaders({ authorization: `Bearer ${accessToken}` });
      clients.push(officer);
      const lawsuits = async (phase: string): Promise<string[]> => {
        const ids: string[] = new Array<string>(lawsuitsPerPhase);
        await pool(lawsuitsPerPhase, options.concurrency, async (i) => {
          const l = await expectOk(
            officer.request('POST', '/api/v1/litigation-cases', {
              court: '某区人民法院',
              courtCaseNumber: `(2026)浙0105行初${phase}${i + 1}号`,
              plaintiff: `原告${i + 1}`,
              // One defendant each: one set of letters per hearing, as before co-defendants.
              defendantAgencyIds: [agencies[i % agencies.length]],
              cause: '行政处罚',
              filedOn: '2026-01-05',
            }),
            'POST /litigation-cases',
          );
          ids[i] = l.id;
        });
        return ids;
      };
      log(`registering ${thousands(2 * lawsuitsPerPhase)} lawsuits (set-up)`);
      const lawsuitsA = await lawsuits('A');
      const lawsuitsB = await lawsuits('B');

      // 1. The issue phase alone.
      log(`scheduling ${thousands(hearings)} hearings with the worker stopped`);
      const apiOnly = await scheduleHearings(officer, lawsuitsA, options.concurrency);
      log(
        `  ${perSecond(apiOnly.hearings / apiOnly.seconds)} hearings/s, POST p95 ` +
          `${ms(percentile(apiOnly.latencies, 0.95))} ms`,
      );
      const pending = Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM reminder_letters WHERE status = 'PENDING'`,
          )
        ).rows[0].n,
      );
      if (pending !== 2 * hearings)
        throw new Error(`${pending} letters pending, not ${2 * hearings}`);
      const wakeJobsDropped = await queue.getWaitingCount();
      await queue.drain();
      await db.query('VACUUM ANALYZE reminder_letters');
      log(`starting the worker (node ${dir}/src/worker.js)`);
      worker = await startWorker(dir, queue);
      const issueCpuFrom = cpuSnapshot(worker.pid);
      const t0 = process.hrtime.bigint();
      await queue.add(JobName.ISSUE_DUE_LETTERS, {});
      const issued = await until(db, ISSUED, 2 * hearings, 'issue phase');
      const issueCpu = cpuShares(issueCpuFrom, cpuSnapshot(worker.pid));
      const delivered = await until(db, DELIVERED, 2 * hearings, 'delivery');
      const issue = {
        seconds: seconds(t0, issued),
        deliveredSeconds: seconds(t0, delivered),
        cpu: issueCpu,
      };
      log(
        `  ${thousands(2 * hearings)} letters in ${issue.seconds.toFixed(2)} s: ` +
          `${perSecond((2 * hearings) / issue.seconds)} letters/s`,
      );
      const texts = (
        await db.query<{ kind: 'LETTER' | 'EVE_NOTICE'; text: string }>(
          `SELECT DISTINCT ON (kind) kind::text, text FROM reminder_letters
            WHERE status = 'ISSUED' ORDER BY kind, issued_at`,
        )
      ).rows.reduce(
        (acc, r) => ({ ...acc, [r.kind]: r.text }),
        {} as { LETTER: string; EVE_NOTICE: string },
      );

      // 3. End to end (before the bare SQL, which plants rows the checks would count).
      log(`scheduling ${thousands(hearings)} hearings with the worker running`);
      const e2eCpuFrom = cpuSnapshot(worker.pid);
      const scheduling = await scheduleHearings(officer, lawsuitsB, options.concurrency);
      const e2eIssued = await until(db, ISSUED, 4 * hearings, 'end to end');
      const e2eCpu = cpuShares(e2eCpuFrom, cpuSnapshot(worker.pid));
      const e2eDelivered = await until(db, DELIVERED, 4 * hearings, 'delivery');
      const endToEnd = {
        scheduling,
        issuedSeconds: seconds(scheduling.first, e2eIssued),
        lagSeconds: seconds(scheduling.last, e2eIssued),
        deliveredSeconds: seconds(scheduling.first, e2eDelivered),
        cpu: e2eCpu,
      };
      log(
        `  ${thousands(2 * hearings)} letters ${endToEnd.issuedSeconds.toFixed(2)} s after the ` +
          `first POST (${endToEnd.lagSeconds.toFixed(2)} s after the last)`,
      );
      // Stray wake-up jobs still queued would go on sweeping during the bare SQL: let them end.
      await worker.stop();
      worker = null;
      await sleep(200);
      const checks = await exactlyOnce(db, 2 * hearings);

      // 2. The same writes in bare SQL.
      log(`bare SQL: the same writes for ${thousands(2 * hearings)} planted letters`);
      const sqlCpuFrom = cpuSnapshot(null);
      const sqlRun = await bareSql(db, hearings, texts);
      const sql = { ...sqlRun, cpu: cpuShares(sqlCpuFrom, cpuSnapshot(null)) };
      log(`  ${perSecond(sql.letters / sql.seconds)} letters/s`);
      if (sql.letters !== 2 * hearings) {
        throw new Error(`bare SQL issued ${sql.letters}, not ${2 * hearings}`);
      }

      return report({
        context,
        results: {
          machine,
          hearings,
          concurrency: options.concurrency,
          apiOnly,
          wakeJobsDropped,
          issue,
          sql,
          endToEnd,
          checks,
          textLengths: { LETTER: texts.LETTER.length, EVE_NOTICE: texts.EVE_NOTICE.length },
          started,
          finished: new Date(),
          loadAtStart,
          loadAtEnd: loadAverage(),
          typeErrors,
        },
      });
    } finally {
      forget();
      await cleanUp();
    }
  },
};

function report({ context, results: r }: { context: BenchContext; results: Results }): BenchReport {
  const letters = 2 * r.hearings;
  const issueRate = letters / r.issue.seconds;
  const sqlRate = r.sql.letters / r.sql.seconds;
  const e2eRate = letters / r.endToEnd.issuedSeconds;
  const header = ['Phase', 'hearings', 'letters', 'seconds', 'per second', 'notes'];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'l'];
  const p = (lat: Float64Array, q: number): string => ms(percentile(lat, q));
  const rows = (code: (s: string) => string): string[][] => [
    [
      code('schedule, worker stopped (API only)'),
      thousands(r.apiOnly.hearings),
      '–',
      r.apiOnly.seconds.toFixed(2),
      `${perSecond(r.apiOnly.hearings / r.apiOnly.seconds)} hearings`,
      `POST p50 ${p(r.apiOnly.latencies, 0.5)} / p95 ${p(r.apiOnly.latencies, 0.95)} / ` +
        `p99 ${p(r.apiOnly.latencies, 0.99)} ms`,
    ],
    [
      code('issue phase alone (one sweep job)'),
      thousands(r.hearings),
      thousands(letters),
      r.issue.seconds.toFixed(2),
      `${perSecond(issueRate)} letters`,
      `outbox delivered ${r.issue.deliveredSeconds.toFixed(2)} s after the job was added`,
    ],
    [
      code('bare SQL, same writes'),
      thousands(r.hearings),
      thousands(r.sql.letters),
      r.sql.seconds.toFixed(2),
      `${perSecond(sqlRate)} letters`,
      `app issue phase at ${((issueRate / sqlRate) * 100).toFixed(0)} % of it`,
    ],
    [
      code('end to end, worker running'),
      thousands(r.hearings),
      thousands(letters),
      r.endToEnd.issuedSeconds.toFixed(2),
      `${perSecond(e2eRate)} letters`,
      `first POST → last letter ISSUED; scheduling took ${r.endToEnd.scheduling.seconds.toFixed(2)} s ` +
        `(POST p95 ${p(r.endToEnd.scheduling.latencies, 0.95)} ms), last letter ` +
        `${r.endToEnd.lagSeconds.toFixed(2)} s after the last POST; delivered ` +
        `${r.endToEnd.deliveredSeconds.toFixed(2)} s after the first POST`,
    ],
  ];
  const checkHeader = ['Exactly once', 'expected', 'actual', 'ok'];
  const checkAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'l'];
  const allOk = r.checks.every((c) => c.expected === c.actual);
  const checkRows = (bold: (s: string) => string): string[][] =>
    r.checks.map((c) => [
      c.name,
      thousands(c.expected),
      thousands(c.actual),
      c.expected === c.actual ? 'yes' : bold('NO'),
    ]);
  const cpuHeader = ['Phase', 'machine busy', 'worker', 'Postgres', 'load generator'];
  const cpuAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r'];
  const cpuRows = (code: (s: string) => string): string[][] => [
    [code('issue phase alone'), ...shares(r.issue.cpu, true)],
    [code('bare SQL'), ...shares(r.sql.cpu, false)],
    [code('end to end'), ...shares(r.endToEnd.cpu, true)],
  ];
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s}\``;

  const text = [
    `reminders — ${thousands(r.hearings)} hearings per phase, ${r.concurrency} clients`,
    textTable(header, rows(plain), align),
    '',
    textTable(checkHeader, checkRows(plain), checkAlign),
    '',
    textTable(cpuHeader, cpuRows(plain), cpuAlign),
    '',
    `exactly once: ${allOk ? 'yes' : 'NO'}; load average at start ${formatLoad(r.loadAtStart)}, ` +
      `at end ${formatLoad(r.loadAtEnd)}`,
  ].join('\n');

  const markdown = [
    `## Hearing reminder letters, ${thousands(r.hearings)} hearings`,
    '',
    `- **Command:** \`${context.command}\``,
    `- **When:** ${r.started.toISOString()} – ${r.finished.toISOString()}; code ${r.machine.commit}` +
      (r.typeErrors.length > 0
        ? ` (built despite ${r.typeErrors.length} type error(s) in the working tree: ${r.typeErrors.join('; ')})`
        : ''),
    `- **Machine:** ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ` +
      `${r.machine.platform}, Node ${r.machine.node}, ${r.machine.postgres}`,
    `- **Load average** (1/5/15 min): ${formatLoad(r.loadAtStart)} at start, ` +
      `${formatLoad(r.loadAtEnd)} at end. Other work on the machine shows in “machine busy” ` +
      `beyond worker + Postgres + generator.`,
    `- **Processes:** the compiled API (\`node <build>/src/main.js\`, \`APP_ROLE=api\`) and the ` +
      `compiled worker (\`node <build>/src/worker.js\`, \`APP_ROLE=worker\`), both ` +
      '`NODE_ENV=production`, `LOG_LEVEL=warn`, default reminder settings (letter 7 days, ' +
      'notice 1 day before, sweep batches of 500, no webhook: the in-app channel, so delivery ' +
      'only marks the outbox); database `fuyi_bench_reminders`, Redis prefix ' +
      '`fuyi-bench-reminders`.',
    `- **Load:** ${thousands(r.hearings)} hearings per phase over ` +
      `${thousands(r.hearings / HEARINGS_PER_LAWSUIT)} lawsuits against ${AGENCIES} agencies, ` +
      `each POSTed by one of ${r.concurrency} concurrent clients (keep-alive HTTP/1.1, as an ` +
      `OFFICER), six hours ahead: both letters of every hearing are due at once. Letter texts ` +
      `${r.textLengths.LETTER} and ${r.textLengths.EVE_NOTICE} characters.`,
    `- **Phases:** *issue phase alone* — hearings scheduled with no worker running (their ` +
      `${thousands(r.wakeJobsDropped)} wake-up jobs dropped from the queue), then the worker ` +
      'started and one `issue-due-letters` job added; timed from the job to the last letter ' +
      'ISSUED. *Bare SQL* — the same number of letters planted in SQL and issued from this ' +
      'process with the same writes per batch of 500 (claim FOR UPDATE SKIP LOCKED, mark ISSUED ' +
      'with a text of the same length, an outbox row, an audit row), without Node rendering or ' +
      'the JSON round trip: what Postgres alone allows. *End to end* — hearings scheduled with ' +
      'the worker running, every POST waking it; timed from the first POST to the last letter ' +
      'ISSUED.',
    '',
    markdownTable(header, rows(code), align),
    '',
    markdownTable(
      checkHeader,
      checkRows((s) => `**${s}**`),
      checkAlign,
    ),
    '',
    `Exactly once: ${allOk ? 'every check holds' : '**a check failed**'} over ` +
      `${thousands(2 * r.hearings)} hearings and ${thousands(4 * r.hearings)} letters (both ` +
      'app phases; the bare-SQL rows are planted after the checks).',
    '',
    '<details><summary>CPU while measuring (share of the whole machine, all cores = 100 %)</summary>',
    '',
    markdownTable(cpuHeader, cpuRows(code), cpuAlign),
    '',
    '</details>',
  ].join('\n');
  return { key: sizedKey('reminders', r.hearings), text, markdown };
}

function shares(c: CpuShares, withWorker: boolean): string[] {
  return [
    percent(c.machine),
    withWorker ? percent(c.server) : '–',
    percent(c.postgres),
    percent(c.generator),
  ];
}
