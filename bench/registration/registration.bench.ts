/**
 * `registration`: POST /api/v1/cases by an OFFICER through the real server, against the machine's
 * own limits measured in the same run: pgbench running the transaction of one registration (the
 * counter upsert and the three inserts, nothing else) at the same concurrency (the app batches
 * concurrent registrations into one transaction, so it may pass it),
 * and the same server answering a trivial route (GET /health/live). The server's resident memory
 * is sampled from /proc/<pid>/status while it registers.
 *
 * Floors: registration ≥ 0.45× pgbench's tps for the same inserts, p99 < 50 ms; the issue's
 * target: ≥ 1,000 registrations/s with p99 < 100 ms, API memory < 300 MB.
 *
 * Defaults of its own (unless given on the command line): 32 clients, 3 s warm-up, 15 s measured.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Logger as TypeOrmLogger } from 'typeorm';
import { AuditService } from '../../src/audit/audit.service';
import { Actor } from '../../src/access/actor';
import { CalendarService } from '../../src/calendar/calendar.service';
import { RegistrationService } from '../../src/cases/registration.service';
import { RegisterCaseDto } from '../../src/cases/dto/register-case.dto';
import { Clock } from '../../src/common/clock';
import { createValidationPipe } from '../../src/common/validation';
import { residentIdCheckCharacter } from '../../src/common/validators/id-number';
import { validateEnv } from '../../src/config/env';
import { Role } from '../../src/access/role';
import { BenchContext, BenchReport, Benchmark } from '../support/benchmark';
import { onInterrupt } from '../support/cleanup';
import {
  benchDatabaseUrl,
  connect,
  createBenchDatabase,
  dropBenchDatabase,
  openDataSource,
} from '../support/database';
import { gcReader, GcTotals, NO_PAUSES } from '../support/gc';
import { HttpClient, LoadResult, percentile, runLoad } from '../support/load';
import {
  cpuShares,
  CpuShares,
  cpuSnapshot,
  formatLoad,
  loadAverage,
  machineInfo,
  MachineInfo,
} from '../support/machine';
import { markdownTable, ms, percent, perSecond, textTable, thousands } from '../support/report';
import {
  buildApp,
  clearRedisKeys,
  randomPassword,
  RunningServer,
  startServer,
} from '../support/server';
import {
  profiled,
  Profiled,
  profilesMarkdown,
  profilesText,
  ServerProfiler,
} from '../support/profile';

/** Its own database and Redis prefix: other benchmarks may run on the same machine. */
const DATABASE = 'fuyi_bench_registration';
const REDIS_PREFIX = 'fuyi-bench-registration';
const AGENCIES = 5;
const DEFAULTS = { concurrency: 32, warmup: 3, duration: 15 };
const FLOOR_RATIO = 0.45;
const FLOOR_P99_MS = 50;
const TARGET_RPS = 1000;
const TARGET_P99_MS = 100;
const TARGET_RSS_MB = 300;

/** A valid resident ID number (born 1980-01-01), sequence `n` modulo 1000. */
function idNumber(n: number): string {
  const first17 = `11010519800101${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The body of POST /cases (as test/cases-intake.e2e-spec.ts registers one), the `n`-th. */
function application(n: number, respondentId: string, receivedOn: string): RegisterCaseDto {
  return {
    channel: 'WINDOW',
    receivedOn,
    applicants: [
      {
        kind: 'PERSON',
        name: `张${n % 100}`,
        idNumber: idNumber(n),
        phone: '13800138000',
        address: '某镇某村3组',
      },
    ],
    respondentId,
    act: {
      type: 'PENALTY',
      documentNumber: `罚〔${receivedOn.slice(0, 4)}〕${n}号`,
      actOn: receivedOn,
      knownOn: receivedOn,
      amountYuan: 5000,
    },
    requests: '撤销处罚决定',
    factsAndReasons: '事实不清，证据不足',
  } as unknown as RegisterCaseDto;
}

/** Captures the statements TypeORM sends, to show what one registration costs Postgres. */
class CapturingLogger implements TypeOrmLogger {
  statements: string[] = [];
  logQuery(query: string): void {
    this.statements.push(query.replace(/\s+/g, ' ').trim());
  }
  logQueryError(error: string | Error): void {
    console.error(`query failed: ${String(error)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The statements RegistrationService.register sends for one registration, captured in this process. */
async function captureRegistration(
  officerId: string,
  body: RegisterCaseDto,
): Promise<{ statements: string[] }> {
  const logger = new CapturingLogger();
  const dataSource = openDataSource(logger, DATABASE);
  await dataSource.initialize();
  try {
    const env = validateEnv({ DATABASE_URL: benchDatabaseUrl(DATABASE) });
    const audit = new AuditService(dataSource);
    const service = new RegistrationService(
      dataSource,
      audit,
      new CalendarService(dataSource, audit),
      new Clock(),
      env,
    );
    const officer: Actor = {
      id: officerId,
      username: 'bench-officer',
      role: Role.OFFICER,
      officeId: null,
      agencyId: null,
    };
    const dto = (await createValidationPipe().transform(structuredClone(body), {
      type: 'body',
      metatype: RegisterCaseDto,
      data: undefined,
    })) as RegisterCaseDto;
    // The calendar is cached by the server: load it first, then capture the request alone.
    await service.register(officer, structuredClone(dto), null, body);
    logger.statements = [];
    await service.register(officer, dto, null, body);
    return { statements: logger.statements };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The pgbench script: the statements of one registration in a transaction of its own (the app
 * batches them), with the columns TypeORM writes and the same RETURNING clauses.
 */
function pgbenchScript(officerId: string, respondentId: string, receivedOn: string): string {
  const year = Number(receivedOn.slice(0, 4));
  const prefix = validateEnv({}).CASE_NUMBER_PREFIX;
  return `BEGIN;
INSERT INTO case_number_counters (year, last_seq) VALUES (${year}, 1)
  ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counters.last_seq + 1
  RETURNING last_seq AS seq \\gset
INSERT INTO cases (number, year, seq, status, channel, office_id, respondent_id, received_on,
  act_type, act_document_number, act_on, known_on, act_amount_yuan, act_summary, requests,
  facts_and_reasons, enterprise_related, applicant_names, application_late, suggested_procedure,
  acceptance_clock_from, acceptance_due_on, current_due_on, registered_by, version)
  VALUES ('${prefix}〔${year}〕' || :seq || '号', ${year}, :seq, 'RECEIVED', 'WINDOW', NULL,
  '${respondentId}', '${receivedOn}', 'PENALTY', '罚〔${year}〕' || :seq || '号', '${receivedOn}',
  '${receivedOn}', 5000, NULL, '撤销处罚决定', '事实不清，证据不足', false, '张三', false,
  'ORDINARY', '${receivedOn}', '${receivedOn}', '${receivedOn}', '${officerId}', 1)
  RETURNING id AS case_id, enterprise_related, created_at, updated_at, version, suspended_days, extension_days \\gset
INSERT INTO case_applicants (case_id, position, kind, name, id_number, credit_code, phone, address)
  VALUES (':case_id', 0, 'PERSON', '张三', '${idNumber(1)}', NULL, '13800138000', '某镇某村3组')
  RETURNING id;
INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
  VALUES ('${officerId}', 'bench-officer', 'REGISTER', 'case', ':case_id', NULL,
  ('{"status":"RECEIVED","version":1,"data":{"number":"${prefix}〔${year}〕' || :seq || '号","channel":"WINDOW","officeId":null,"receivedOn":"${receivedOn}"}}')::jsonb,
  'bench-request-id')
  RETURNING id, at;
COMMIT;
`;
}

interface PgbenchResult {
  tps: number;
  transactions: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  failed: number;
  cpu: CpuShares;
  load1: number;
}

/** Runs pgbench in `dir` (its per-transaction logs land there); exact percentiles from them. */
async function runPgbench(
  dir: string,
  script: string,
  concurrency: number,
  seconds: number,
): Promise<PgbenchResult & { output: string }> {
  const file = join(dir, 'registration.sql');
  writeFileSync(file, script);
  for (const f of readdirSync(dir)) if (f.startsWith('pgbench_log')) rmSync(join(dir, f));
  const args = ['-c', String(concurrency), '-j', '2', '-T', String(seconds), '-n', '-l'];
  const from = cpuSnapshot(null);
  const { stdout } = await promisify(execFile)(
    'pgbench',
    [...args, '-f', file, benchDatabaseUrl(DATABASE)],
    { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
  );
  const cpu = cpuShares(from, cpuSnapshot(null));
  const latencies: number[] = [];
  for (const f of readdirSync(dir)) {
    if (!f.startsWith('pgbench_log')) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  const match = (re: RegExp): number => Number(re.exec(stdout)?.[1] ?? NaN);
  return {
    tps: match(/tps = ([\d.]+) \(without initial connection time\)/),
    transactions: match(/number of transactions actually processed: (\d+)/),
    failed: match(/number of failed transactions: (\d+)/) || 0,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: match(/latency average = ([\d.]+) ms/),
    cpu,
    load1: loadAverage()[0],
    output: stdout,
  };
}

/** Samples VmRSS of `pid` (MB) every 100 ms until stopped; returns the samples' maximum. */
function sampleRss(pid: number): { stop: () => { max: number; last: number } } {
  let max = 0;
  let last = 0;
  const read = (): void => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      last = kb / 1024;
      max = Math.max(max, last);
    } catch {
      // Not Linux, or the process is gone: no figure.
    }
  };
  read();
  const timer = setInterval(read, 100);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return { max, last };
    },
  };
}

async function expectCreated<T>(answer: Promise<{ status: number; body: string }>, what: string) {
  const a = await answer;
  if (a.status !== 200 && a.status !== 201) {
    throw new Error(`${what} answered ${a.status}: ${a.body.slice(0, 300)}`);
  }
  return JSON.parse(a.body) as T;
}

export const registration: Benchmark = {
  name: 'registration',
  description: 'POST /api/v1/cases by an officer, against pgbench with the same inserts',
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    const concurrency = options.given.has('concurrency')
      ? options.concurrency
      : DEFAULTS.concurrency;
    const warmupSeconds = options.given.has('warmup') ? options.warmupSeconds : DEFAULTS.warmup;
    const durationSeconds = options.given.has('duration')
      ? options.durationSeconds
      : DEFAULTS.duration;
    const receivedOn = new Clock().today();
    const started = new Date();
    const loadAtStart = loadAverage();
    let buildDir: string | null = null;
    let server: RunningServer | null = null;
    let second: RunningServer | null = null;
    let profiler: ServerProfiler | null = null;
    const clients: HttpClient[] = [];
    const pgbenchDir = mkdtempSync(join(tmpdir(), 'fuyi-bench-pgbench-'));
    const cleanUp = async (): Promise<void> => {
      for (const c of clients.splice(0)) c.close();
      if (server) await server.stop();
      if (second) await second.stop();
      server = second = null;
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
      buildDir = null;
      profiler?.remove();
      profiler = null;
      rmSync(pgbenchDir, { recursive: true, force: true });
      await clearRedisKeys(REDIS_PREFIX).catch((e: unknown) =>
        log(`could not clear Redis keys: ${String(e)}`),
      );
      if (options.keep) {
        log(`kept database ${DATABASE} (--keep): ${benchDatabaseUrl(DATABASE)}`);
      } else {
        await dropBenchDatabase(DATABASE);
        log(`dropped database ${DATABASE}`);
      }
    };
    const forget = onInterrupt(cleanUp);
    try {
      const build = buildApp();
      build.catch(() => undefined);
      try {
        log(`creating database ${DATABASE} and running the migrations`);
        const ran = await createBenchDatabase(DATABASE);
        log(`  ran ${ran.length} migration(s)`);
      } finally {
        buildDir = (await build.catch(() => null))?.dir ?? null;
      }
      const { dir, typeErrors } = await build;
      for (const line of typeErrors) log(`  type error (built anyway): ${line}`);
      log(`starting the server (node ${dir}/src/main.js)`);
      // One signing secret for both processes, as replicas behind a load balancer share it.
      const serverEnv = { REDIS_PREFIX, JWT_SECRET: randomBytes(32).toString('hex') };
      // --profile: the first server carries the profiler's hook (the replicas do not).
      if (options.profile) profiler = new ServerProfiler();
      server = await startServer(dir, benchDatabaseUrl(DATABASE), {
        ...serverEnv,
        ...profiler?.env,
      });

      // Set-up through the API, not measured: agencies and an officer.
      const admin = await server.login(1);
      clients.push(admin);
      const agencies: string[] = [];
      for (let i = 0; i < AGENCIES; i++) {
        const a = await expectCreated<{ id: string }>(
          admin.request('POST', '/api/v1/agencies', {
            name: `区第${i + 1}局`,
            kind: 'DEPARTMENT',
            headName: `王${i + 1}`,
            headTitle: '局长',
          }),
          'POST /agencies',
        );
        agencies.push(a.id);
      }
      const password = randomPassword();
      const created = await expectCreated<{ id: string }>(
        admin.request('POST', '/api/v1/users', {
          username: 'bench-officer',
          displayName: '承办人',
          password,
          role: 'OFFICER',
        }),
        'POST /users',
      );
      const anonymous = server.client(1);
      const { accessToken } = await expectCreated<{ accessToken: string }>(
        anonymous.request('POST', '/api/v1/auth/login', { username: 'bench-officer', password }),
        'login',
      );
      anonymous.close();
      const officer = server
        .client(concurrency)
        .withHeaders({ authorization: `Bearer ${accessToken}` });
      clients.push(officer);

      const captured = await captureRegistration(
        created.id,
        application(0, agencies[0], receivedOn),
      );
      log(`  one registration sends ${captured.statements.length} statements`);

      const db = await connect(benchDatabaseUrl(DATABASE), 'fuyi-bench-setup');
      const postgres = (
        await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
      ).rows[0].v;
      await db.end();
      const machine = machineInfo(`PostgreSQL ${postgres}`);
      const scraper = server.client(1);
      clients.push(scraper);
      const load = {
        concurrency,
        warmupSeconds,
        durationSeconds,
        serverPid: server.pid,
        gcOf: gcReader(scraper),
      };

      log(`measuring GET /health/live (static route)`);
      const plain = server.client(concurrency);
      clients.push(plain);
      const staticRoute = await runLoad(load, () => async () => {
        await plain.get('/health/live');
      });
      log(`  ${perSecond(staticRoute.throughput)} req/s, p99 ${ms(staticRoute.p99)} ms`);

      log(`measuring POST /api/v1/cases`);
      const rssBefore = sampleRss(server.pid).stop().last;
      const rss = sampleRss(server.pid);
      let errors = 0;
      let sent = 0;
      const firstError: string[] = [];
      const register = () => async () => {
        const n = sent++;
        const answer = await officer.request(
          'POST',
          '/api/v1/cases',
          application(n, agencies[n % agencies.length], receivedOn),
        );
        if (answer.status !== 201) {
          errors += 1;
          if (firstError.length === 0) firstError.push(`${answer.status} ${answer.body}`);
        }
      };
      const app = await runLoad(load, register);
      const memory = rss.stop();
      log(
        `  ${perSecond(app.throughput)} req/s, p99 ${ms(app.p99)} ms, ${errors} error(s), ` +
          `RSS max ${memory.max.toFixed(0)} MB`,
      );
      if (errors > 0) log(`  first error: ${firstError[0].slice(0, 300)}`);
      const batching = await transactionsOf(created.id);
      log(
        `  ${thousands(batching.cases)} cases in ${thousands(batching.transactions)} ` +
          `transactions (batches)`,
      );

      // Profiled apart from the measured row, whose figures the profiler would slow.
      const profiles: Profiled[] = [];
      if (profiler) {
        log(`profiling POST /api/v1/cases (not counted in the figures)`);
        const pid = server.pid;
        const { result, profile } = await profiler.during(pid, () => runLoad(load, register));
        const seconds = warmupSeconds + durationSeconds;
        profiles.push(profiled('POST /api/v1/cases', profile, result.throughput, seconds));
        log(`  ${profile}`);
      }

      log(`measuring POST /api/v1/cases through two API processes (replicas)`);
      second = await startServer(dir, benchDatabaseUrl(DATABASE), serverEnv);
      const officers = [
        officer,
        second.client(concurrency).withHeaders({ authorization: `Bearer ${accessToken}` }),
      ];
      clients.push(officers[1]);
      let replicaErrors = 0;
      const replicas = await runLoad(load, (w) => async () => {
        const n = sent++;
        const answer = await officers[w % 2].request(
          'POST',
          '/api/v1/cases',
          application(n, agencies[n % agencies.length], receivedOn),
        );
        if (answer.status !== 201) replicaErrors += 1;
      });
      log(
        `  ${perSecond(replicas.throughput)} req/s, p99 ${ms(replicas.p99)} ms, ` +
          `${replicaErrors} error(s)`,
      );
      await second.stop();
      second = null;

      log(`measuring pgbench with the same inserts`);
      const script = pgbenchScript(created.id, agencies[0], receivedOn);
      await runPgbench(pgbenchDir, script, concurrency, warmupSeconds);
      const sql = await runPgbench(pgbenchDir, script, concurrency, durationSeconds);
      log(`  ${perSecond(sql.tps)} tps, p99 ${ms(sql.p99)} ms, ${sql.failed} failed`);

      const registered = await connect(benchDatabaseUrl(DATABASE), 'fuyi-bench-setup');
      const rows = Number((await registered.query('SELECT count(*) AS n FROM cases')).rows[0].n);
      await registered.end();

      return report({
        context,
        machine,
        batching,
        replicas: { result: replicas, errors: replicaErrors },
        concurrency,
        warmupSeconds,
        durationSeconds,
        staticRoute,
        app,
        errors,
        firstError: firstError[0] ?? null,
        memory: { before: rssBefore, max: memory.max },
        sql,
        script,
        statements: captured.statements,
        rows,
        started,
        finished: new Date(),
        loadAtStart,
        loadAtEnd: loadAverage(),
        typeErrors,
        profiles,
      });
    } finally {
      forget();
      await cleanUp();
    }
  },
};

/**
 * How the app's registrations (warm-up included) were grouped into transactions: the rows of one
 * transaction share their `xmin`.
 */
async function transactionsOf(officerId: string): Promise<{ cases: number; transactions: number }> {
  const db = await connect(benchDatabaseUrl(DATABASE), 'fuyi-bench-setup');
  try {
    const { rows } = await db.query<{ cases: string; transactions: string }>(
      `SELECT count(*) AS cases, count(DISTINCT xmin::text) AS transactions
         FROM cases WHERE registered_by = $1`,
      [officerId],
    );
    return { cases: Number(rows[0].cases), transactions: Number(rows[0].transactions) };
  } finally {
    await db.end();
  }
}

interface ReportInput {
  context: BenchContext;
  machine: MachineInfo;
  batching: { cases: number; transactions: number };
  /** The same load split over two API processes on the same database and Redis. */
  replicas: { result: LoadResult; errors: number };
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
  staticRoute: LoadResult;
  app: LoadResult;
  errors: number;
  firstError: string | null;
  memory: { before: number; max: number };
  sql: PgbenchResult;
  script: string;
  statements: string[];
  rows: number;
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
  typeErrors: string[];
  profiles: Profiled[];
}

function report(input: ReportInput): BenchReport {
  const { context, machine, staticRoute, app, sql } = input;
  const replicas = input.replicas.result;
  const ratioPg = app.throughput / sql.tps;
  const ratioStatic = app.throughput / staticRoute.throughput;
  const x = (v: number): string => `${v.toFixed(2)}×`;
  const yes = (ok: boolean): string => (ok ? 'yes' : '**no**');
  const mb = (v: number): string => `${v.toFixed(0)} MB`;

  const header = ['Row', 'p50', 'p95', 'p99', 'mean', 'per second', 'errors', 'registration ÷'];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const figures = (code: (s: string) => string): string[][] => [
    [
      code('POST /api/v1/cases (app)'),
      ms(app.p50),
      ms(app.p95),
      ms(app.p99),
      ms(app.mean),
      perSecond(app.throughput),
      String(input.errors),
      '–',
    ],
    [
      code('POST /api/v1/cases (two API processes)'),
      ms(replicas.p50),
      ms(replicas.p95),
      ms(replicas.p99),
      ms(replicas.mean),
      perSecond(replicas.throughput),
      String(input.replicas.errors),
      '–',
    ],
    [
      code('pgbench, same inserts'),
      ms(sql.p50),
      ms(sql.p95),
      ms(sql.p99),
      ms(sql.mean),
      perSecond(sql.tps),
      String(sql.failed),
      x(ratioPg),
    ],
    [
      code('GET /health/live (static)'),
      ms(staticRoute.p50),
      ms(staticRoute.p95),
      ms(staticRoute.p99),
      ms(staticRoute.mean),
      perSecond(staticRoute.throughput),
      '0',
      x(ratioStatic),
    ],
  ];
  const cpuHeader = ['Row', 'machine busy', 'server', 'Postgres', 'load generator', 'load 1 min'];
  const cpuAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r'];
  const cpuRows = (code: (s: string) => string): string[][] => [
    [
      code('POST /api/v1/cases'),
      percent(app.cpu.machine),
      percent(app.cpu.server),
      percent(app.cpu.postgres),
      percent(app.cpu.generator),
      app.load1.toFixed(2),
    ],
    [
      code('POST /api/v1/cases (two API processes)'),
      percent(replicas.cpu.machine),
      `${percent(replicas.cpu.server)} (one of them)`,
      percent(replicas.cpu.postgres),
      percent(replicas.cpu.generator),
      replicas.load1.toFixed(2),
    ],
    [
      code('pgbench'),
      percent(sql.cpu.machine),
      '–',
      percent(sql.cpu.postgres),
      '(pgbench)',
      sql.load1.toFixed(2),
    ],
    [
      code('GET /health/live'),
      percent(staticRoute.cpu.machine),
      percent(staticRoute.cpu.server),
      percent(staticRoute.cpu.postgres),
      percent(staticRoute.cpu.generator),
      staticRoute.load1.toFixed(2),
    ],
  ];
  const gcHeader = ['Row', 'scavenges', 'ms', '% of window', 'mark-compacts', 'ms', '> 10 ms'];
  const gcAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r'];
  const gcRow = (row: string, gc: GcTotals | null): string[] => {
    if (gc === null) return [row, '–', '–', '–', '–', '–', '–'];
    const minor = gc.minor ?? NO_PAUSES;
    const major = gc.major ?? NO_PAUSES;
    return [
      row,
      String(minor.pauses),
      (minor.seconds * 1000).toFixed(0),
      percent((minor.seconds + major.seconds) / input.durationSeconds),
      String(major.pauses),
      (major.seconds * 1000).toFixed(0),
      String(minor.over10ms + major.over10ms),
    ];
  };
  const gcRows = (code: (s: string) => string): string[][] => [
    gcRow(code('POST /api/v1/cases'), app.gc),
    gcRow(code('POST /api/v1/cases (two API processes, one of them)'), replicas.gc),
    gcRow(code('GET /health/live'), staticRoute.gc),
  ];
  const checks: [string, string, string][] = [
    [
      `registration ≥ ${FLOOR_RATIO}× pgbench (floor)`,
      `${x(ratioPg)}`,
      yes(ratioPg >= FLOOR_RATIO),
    ],
    [`p99 < ${FLOOR_P99_MS} ms (floor)`, `${ms(app.p99)} ms`, yes(app.p99 < FLOOR_P99_MS)],
    [
      `≥ ${thousands(TARGET_RPS)} req/s (issue target), one API process`,
      perSecond(app.throughput),
      yes(app.throughput >= TARGET_RPS),
    ],
    [
      `≥ ${thousands(TARGET_RPS)} req/s (issue target), two API processes`,
      perSecond(replicas.throughput),
      yes(replicas.throughput >= TARGET_RPS),
    ],
    [
      `p99 < ${TARGET_P99_MS} ms (issue target), two API processes`,
      `${ms(replicas.p99)} ms`,
      yes(replicas.p99 < TARGET_P99_MS),
    ],
    [`p99 < ${TARGET_P99_MS} ms (issue target)`, `${ms(app.p99)} ms`, yes(app.p99 < TARGET_P99_MS)],
    [
      `API RSS < ${TARGET_RSS_MB} MB (issue target)`,
      `max ${mb(input.memory.max)}`,
      yes(input.memory.max < TARGET_RSS_MB),
    ],
    ['errors = 0', String(input.errors), yes(input.errors === 0)],
  ];
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
  const maxLoad = Math.max(app.load1, sql.load1, staticRoute.load1);

  const text = [
    `registration — ${input.concurrency} clients, ${input.warmupSeconds} s warm-up, ` +
      `${input.durationSeconds} s per row (latencies in ms)`,
    textTable(header, figures(plain), align),
    '',
    textTable(cpuHeader, cpuRows(plain), cpuAlign),
    '',
    textTable(gcHeader, gcRows(plain), gcAlign),
    '',
    textTable(['Check', 'measured', 'met'], checks, ['l', 'r', 'l']),
    '',
    `server RSS ${mb(input.memory.before)} before, max ${mb(input.memory.max)} while registering; ` +
      `${input.statements.length} statements per registration`,
    `load average at start ${formatLoad(input.loadAtStart)}, at end ${formatLoad(input.loadAtEnd)}`,
    ...profilesText(input.profiles),
  ].join('\n');

  const markdown = [
    `## Case registration (POST /api/v1/cases)`,
    '',
    `- **Command:** \`${context.command}\``,
    `- **When:** ${input.started.toISOString()} – ${input.finished.toISOString()}; code ` +
      `${machine.commit}` +
      (input.typeErrors.length > 0
        ? ` (built despite ${input.typeErrors.length} type error(s) in the working tree: ${input.typeErrors.join('; ')})`
        : ''),
    `- **Machine:** ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ` +
      `${machine.platform}, Node ${machine.node}, ${machine.postgres}`,
    `- **Load average** (1/5/15 min): ${formatLoad(input.loadAtStart)} at start, ` +
      `${formatLoad(input.loadAtEnd)} at end, 1-min peak ${maxLoad.toFixed(2)} during the rows. ` +
      `Other work on the machine shows in “machine busy” beyond server + Postgres + generator.`,
    `- **Data:** a freshly migrated database \`${DATABASE}\`, ${AGENCIES} agencies, one OFFICER; ` +
      `${thousands(input.rows)} cases at the end of the run (all rows' registrations).`,
    `- **Load:** ${input.concurrency} concurrent clients in a closed loop, keep-alive HTTP/1.1; ` +
      `${input.warmupSeconds} s warm-up (not counted), then ${input.durationSeconds} s measured ` +
      `per row; latencies in ms, exact percentiles over every request of the window. Each ` +
      `request registers a new case (channel WINDOW, one PERSON applicant, a penalty act), ` +
      `respondents in turn; no Idempotency-Key.`,
    '- **Rows:** “app” is POST /api/v1/cases through the server (a child process: `node` on the ' +
      'compiled app, `NODE_ENV=production`, `APP_ROLE=api`, `LOG_LEVEL=warn`, pool of ' +
      `${validateEnv({}).DATABASE_POOL_SIZE} connections) as the officer; every answer must be 201. ` +
      '“pgbench” is `pgbench -c ' +
      `${input.concurrency} -j 2 -T ${input.durationSeconds} -n -l -f registration.sql\` (after ` +
      `a ${input.warmupSeconds} s run not counted), the script below: the same transaction's ` +
      'counter upsert and three inserts, one registration per transaction; percentiles from its ' +
      'per-transaction log. The app batches the registrations that arrive while its previous ' +
      'batch commits into one transaction (docs/operations.md, “Registrations and the case ' +
      `number”): here ${thousands(input.batching.cases)} cases in ` +
      `${thousands(input.batching.transactions)} transactions, ` +
      `${(input.batching.cases / Math.max(1, input.batching.transactions)).toFixed(1)} per ` +
      'transaction on average (rows sharing an `xmin`). “Two API processes” is the same load ' +
      'split over two servers started alike on the same database, Redis and signing secret ' +
      '(replicas behind a load balancer; here each client keeps to one of them). The static route is the ' +
      'same server answering GET /health/live: what the HTTP stack alone allows. Memory is the ' +
      'server’s VmRSS (/proc/<pid>/status), sampled every 100 ms while it registers.',
    '',
    markdownTable(header, figures(code), align),
    '',
    markdownTable(['Check', 'measured', 'met'], checks, ['l', 'r', 'l']),
    '',
    `Server memory: ${mb(input.memory.before)} RSS before the registrations, ` +
      `${mb(input.memory.max)} at most during them.` +
      (input.firstError ? ` First error: ${code(input.firstError.slice(0, 300))}.` : ''),
    '',
    '<details><summary>CPU while measuring (share of the whole machine, all cores = 100 %)</summary>',
    '',
    markdownTable(cpuHeader, cpuRows(code), cpuAlign),
    '',
    '</details>',
    '',
    '<details><summary>The server’s garbage collection while measuring (its own ' +
      '`fuyi_nodejs_gc_duration_seconds`, read before and after the window: pauses of the ' +
      'main thread)</summary>',
    '',
    markdownTable(gcHeader, gcRows(code), gcAlign),
    '',
    '</details>',
    '',
    `<details><summary>The ${input.statements.length} statements one registration sends ` +
      '(captured from RegistrationService.register)</summary>',
    '',
    '```sql',
    ...input.statements.map((s) => (s.length > 300 ? `${s.slice(0, 300)} …` : s)),
    '```',
    '',
    '</details>',
    '',
    '<details><summary>The pgbench script</summary>',
    '',
    '```sql',
    input.script.trim(),
    '```',
    '',
    '</details>',
    ...profilesMarkdown(input.profiles, 'The app row run once more'),
  ].join('\n');
  return { key: 'registration', text, markdown };
}
