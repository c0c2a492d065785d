/**
 * `statistics`: a year's figures through the real server, at `--cases` cases (1,000,000 unless
 * given), against the machine's own limit for the same rows measured in the same run.
 *
 * Rows, each at 1 and 2 concurrent clients (`--concurrency=N`: 1 and N):
 * - GET /api/v1/statistics/reconsideration for the last full year, without grouping and grouped
 *   by respondent, office and month; the four in a row; the spreadsheet export, "a year's figures
 *   with every grouping" (the same four, from two scans side by side, and two litigation
 *   groupings, as xlsx);
 * - GET /api/v1/statistics/litigation, total and by respondent and month;
 * - GET /api/v1/statistics/report for the year (reconsideration + litigation totals).
 *
 * Beside each row, “SQL”: the statements the service sends for the same request (captured from
 * StatisticsController/StatisticsService themselves, transactions and `SET LOCAL` included)
 * replayed with `pg` one after another (the service runs some side by side), at the same
 * concurrency: what Postgres alone needs for it.
 *
 * The machine's limit, at the same concurrency: the bare aggregate CASE_COUNTS of
 * src/statistics/rules/figures.sql.ts run with `pg`, and a minimal `count(*)` over the same rows (received
 * by the year's end, not concluded before its start), each with 0 parallel workers (the API
 * pool's setting) and 2 (what the statistics set for themselves), JIT off (the statistics turn
 * it off: it costs them more than it saves).
 *
 * Targets: a year's figures within 2× of the bare aggregate (p95, 1 client, same parallel
 * setting as the service), and a year with every grouping under 1 s (p95, 1 client).
 *
 * Its own database (`fuyi_bench_statistics`) and Redis prefix: it may run beside the listing
 * benchmark. Seeded by the listing seed plus bench/statistics/seed.ts.
 */
import { rmSync } from 'node:fs';
import { Client, ClientConfig } from 'pg';
import { Logger as TypeOrmLogger } from 'typeorm';
import { Actor } from '../../src/access/actor';
import { Clock } from '../../src/common/clock';
import { validateEnv } from '../../src/config/env';
import { CASE_COUNTS } from '../../src/statistics/rules/figures.sql';
import { SnapshotsService } from '../../src/statistics/snapshots.service';
import { StatisticsController } from '../../src/statistics/statistics.controller';
import { StatisticsService } from '../../src/statistics/statistics.service';
import { Role } from '../../src/access/role';
import { seedListing } from '../listing/seed';
import { BenchContext, BenchReport, Benchmark } from '../support/benchmark';
import { onInterrupt } from '../support/cleanup';
import {
  benchDatabaseUrl,
  connect,
  createBenchDatabase,
  databaseExists,
  dropBenchDatabase,
  openDataSource,
} from '../support/database';
import { HttpClient, LoadResult, runLoad } from '../support/load';
import { formatLoad, loadAverage, machineInfo, MachineInfo } from '../support/machine';
import {
  markdownTable,
  ms,
  percent,
  perSecond,
  textTable,
  thousands,
  sizedKey,
} from '../support/report';
import { buildApp, clearRedisKeys, RunningServer, startServer } from '../support/server';
import { seedStatistics, StatisticsSeedFacts } from './seed';

/** Its own database and Redis prefix: the listing benchmark may run on the same machine. */
const DATABASE = 'fuyi_bench_statistics';
const REDIS_PREFIX = 'fuyi-bench-statistics';
const DEFAULT_CASES = 1_000_000;
const TARGET_RATIO = 2;
const TARGET_EVERY_GROUPING_MS = 1000;
/** A slow row lasts until it has about this many samples (its p95 is then its max)… */
const MIN_SAMPLES = 15;
/** …but no longer than this. */
const MAX_ROW_SECONDS = 90;

const databaseUrl = (): string => benchDatabaseUrl(DATABASE);

const ADMIN: Actor = {
  id: '00000000-0000-4000-8000-000000000000',
  username: 'admin',
  role: Role.ADMIN,
  officeId: null,
  agencyId: null,
};

interface Statement {
  text: string;
  values: unknown[];
}

/** Captures the statements TypeORM sends, to replay them with `pg`. */
class CapturingLogger implements TypeOrmLogger {
  statements: Statement[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.statements.push({ text: query, values: parameters ?? [] });
  }
  logQueryError(error: string | Error): void {
    console.error(`query failed: ${String(error)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

type Target = 'year' | 'every';

interface Scenario {
  name: string;
  /** GETs issued one after another: one operation. */
  paths: string[];
  /** The same request(s) made straight to the controller; the answers, to compare. */
  direct: (controller: StatisticsController) => Promise<unknown[]>;
  /** How an answer is compared with the direct one. */
  kind: 'json' | 'text' | 'xlsx';
  target?: Target;
}

interface Prepared extends Scenario {
  /** What the app sends to Postgres for one operation, in order. */
  sql: Statement[];
  /** Latency of one operation while preparing (sizes the row's duration). */
  probeMs: number;
}

interface Row {
  scenario: Prepared;
  concurrency: number;
  app: LoadResult;
  sql: LoadResult;
  seconds: number;
}

interface BareStatement {
  name: string;
  text: string;
  values: unknown[];
}

interface BareRow {
  statement: BareStatement;
  workers: number;
  concurrency: number;
  result: LoadResult;
}

interface DataFacts {
  cases: number;
  applicants: number;
  touched: number;
  extra: StatisticsSeedFacts;
  sizes: { table: string; total: string }[];
  seconds: { load: number; indexes: number; vacuum: number; statistics: number } | null;
}

/** Seeds (or finds, with --reuse) the data. */
async function prepareData(
  context: BenchContext,
  cases: number,
  today: string,
  period: { from: string; to: string },
): Promise<DataFacts> {
  const { options, log } = context;
  let seconds: DataFacts['seconds'] = null;
  let extra: StatisticsSeedFacts | null = null;
  if (options.reuse && (await databaseExists(DATABASE))) {
    log(`reusing database ${DATABASE} (--reuse): no drop, no seed`);
  } else {
    log(`creating database ${DATABASE} and running the migrations`);
    const ran = await createBenchDatabase(DATABASE);
    log(`  ran ${ran.length} migration(s)`);
    log(`seeding ${thousands(cases)} cases`);
    const db = await connect(databaseUrl(), 'fuyi-bench-seed');
    try {
      const numberPrefix = validateEnv(process.env).CASE_NUMBER_PREFIX;
      const listing = await seedListing(db, cases, today, numberPrefix, log);
      log(`seeding what the statistics read beyond the cases`);
      extra = await seedStatistics(db, today, new Date(), log);
      seconds = { ...listing.seconds, statistics: extra.seconds };
    } finally {
      await db.end();
    }
  }
  const db = await connect(databaseUrl(), 'fuyi-bench-setup');
  try {
    const one = async (sql: string, values: unknown[] = []): Promise<number> =>
      Number((await db.query<{ n: string }>(sql, values)).rows[0].n);
    const count = await one('SELECT count(*) AS n FROM cases');
    if (count !== cases) throw new Error(`${DATABASE} holds ${count} cases, not ${cases}`);
    const lawsuits = await one('SELECT count(*) AS n FROM litigation_cases');
    if (lawsuits === 0) throw new Error(`${DATABASE} has no lawsuits: seeded by another version`);
    extra ??= {
      suspensions: await one('SELECT count(*) AS n FROM case_suspensions'),
      recommendationLetters: await one('SELECT count(*) AS n FROM recommendation_letters'),
      lawsuits,
      instances: await one('SELECT count(*) AS n FROM litigation_instances'),
      hearings: await one('SELECT count(*) AS n FROM hearings'),
      appearances: await one('SELECT count(*) AS n FROM hearing_appearances'),
      reminderLetters: await one('SELECT count(*) AS n FROM reminder_letters'),
      judicialRecommendations: await one('SELECT count(*) AS n FROM judicial_recommendations'),
      seconds: 0,
    };
    const sizes = (
      await db.query<{ table: string; total: string }>(
        `SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS total
           FROM pg_class WHERE relname IN ('cases', 'case_applicants') ORDER BY relname DESC`,
      )
    ).rows;
    return {
      cases: count,
      applicants: await one('SELECT count(*) AS n FROM case_applicants'),
      touched: await one(
        `SELECT count(*) AS n FROM cases
          WHERE received_on <= $2 AND (concluded_on IS NULL OR concluded_on >= $1)`,
        [period.from, period.to],
      ),
      extra,
      sizes,
      seconds,
    };
  } finally {
    await db.end();
  }
}

function scenarios(year: number): Scenario[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const period = `from=${from}&to=${to}`;
  const api = '/api/v1/statistics';
  const groupings = [null, 'respondent', 'office', 'month'] as const;
  const reconsideration = groupings.map(
    (g) => `${api}/reconsideration?${period}${g ? `&groupBy=${g}` : ''}`,
  );
  const recon = (c: StatisticsController, g: (typeof groupings)[number]): Promise<unknown> =>
    c.reconsideration(ADMIN, { from, to, ...(g ? { groupBy: g } : {}) });
  const lit = (c: StatisticsController, g: 'respondent' | 'month' | null): Promise<unknown> =>
    c.litigation({ from, to, ...(g ? { groupBy: g } : {}) });
  return [
    {
      name: `reconsideration ${year} (a year's figures)`,
      paths: [reconsideration[0]],
      direct: async (c) => [await recon(c, null)],
      kind: 'json',
      target: 'year',
    },
    {
      name: 'reconsideration groupBy=respondent',
      paths: [reconsideration[1]],
      direct: async (c) => [await recon(c, 'respondent')],
      kind: 'json',
    },
    {
      name: 'reconsideration groupBy=office',
      paths: [reconsideration[2]],
      direct: async (c) => [await recon(c, 'office')],
      kind: 'json',
    },
    {
      name: 'reconsideration groupBy=month',
      paths: [reconsideration[3]],
      direct: async (c) => [await recon(c, 'month')],
      kind: 'json',
    },
    {
      name: 'the four above in a row',
      paths: reconsideration,
      direct: async (c) => {
        const answers: unknown[] = [];
        for (const g of groupings) answers.push(await recon(c, g));
        return answers;
      },
      kind: 'json',
    },
    {
      name: 'export format=xlsx',
      paths: [`${api}/export?${period}&format=xlsx`],
      direct: async (c) => {
        const reply = { header: () => reply };
        return [await c.export(ADMIN, { from, to, format: 'xlsx' }, reply as never)];
      },
      kind: 'xlsx',
      target: 'every',
    },
    {
      name: 'litigation',
      paths: [`${api}/litigation?${period}`],
      direct: async (c) => [await lit(c, null)],
      kind: 'json',
    },
    {
      name: 'litigation groupBy=respondent',
      paths: [`${api}/litigation?${period}&groupBy=respondent`],
      direct: async (c) => [await lit(c, 'respondent')],
      kind: 'json',
    },
    {
      name: 'litigation groupBy=month',
      paths: [`${api}/litigation?${period}&groupBy=month`],
      direct: async (c) => [await lit(c, 'month')],
      kind: 'json',
    },
    {
      name: `report year=${year}`,
      paths: [`${api}/report?year=${year}`],
      direct: async (c) => [await c.report(ADMIN, { year })],
      kind: 'text',
    },
  ];
}

/**
 * Each scenario's HTTP answers checked against the controller's own (same figures), and the SQL
 * the controller sends for it captured.
 */
async function prepare(list: Scenario[], http: HttpClient): Promise<Prepared[]> {
  const logger = new CapturingLogger();
  const dataSource = openDataSource(logger, DATABASE);
  await dataSource.initialize();
  try {
    const service = new StatisticsService(dataSource, new Clock());
    // The routes measured use only the statistics service; snapshots stay unused.
    const controller = new StatisticsController(service, undefined as unknown as SnapshotsService);
    const prepared: Prepared[] = [];
    for (const scenario of list) {
      const t0 = process.hrtime.bigint();
      const bodies: string[] = [];
      for (const path of scenario.paths) bodies.push(await http.get(path));
      const probeMs = Number(process.hrtime.bigint() - t0) / 1e6;
      logger.statements = [];
      const direct = await scenario.direct(controller);
      const sql = logger.statements;
      bodies.forEach((body, k) => {
        const same =
          scenario.kind === 'json'
            ? JSON.stringify(JSON.parse(body)) === JSON.stringify(direct[k])
            : scenario.kind === 'text'
              ? body === direct[k]
              : body.startsWith('PK') && (direct[k] as Buffer).subarray(0, 2).toString() === 'PK';
        if (!same) {
          throw new Error(
            `${scenario.name}: the HTTP answer differs from the service's:\n` +
              `${body.slice(0, 300)}\n${JSON.stringify(direct[k]).slice(0, 300)}`,
          );
        }
      });
      if (!sql.some((s) => /^\s*(WITH|SELECT)/i.test(s.text))) {
        throw new Error(`${scenario.name}: no SELECT captured`);
      }
      prepared.push({ ...scenario, sql, probeMs });
    }
    return prepared;
  } finally {
    await dataSource.destroy();
  }
}

/** A `pg` connection as the API pool opens its own (no parallel workers unless SET LOCAL). */
async function connectLikeTheApi(): Promise<Client> {
  const config: ClientConfig = {
    connectionString: databaseUrl(),
    application_name: 'fuyi-bench-sql',
    options: '-c max_parallel_workers_per_gather=0',
  };
  const client = new Client(config);
  await client.connect();
  return client;
}

const rowSeconds = (probeMs: number, durationSeconds: number): number =>
  Math.min(MAX_ROW_SECONDS, Math.max(durationSeconds, Math.ceil((MIN_SAMPLES * probeMs) / 1000)));

/** The `SET` statements the service sent before `statement` in its transaction, if any. */
function settingsOf(sql: Statement[], statement: Statement): Statement[] {
  const k = sql.indexOf(statement);
  const sets: Statement[] = [];
  for (let i = k - 1; i >= 0 && !/^\s*(START TRANSACTION|BEGIN)/i.test(sql[i].text); i--) {
    if (/^\s*SET\b/i.test(sql[i].text)) sets.unshift(sql[i]);
  }
  return sets;
}

async function explain(statement: Statement, settings: Statement[]): Promise<string> {
  const db = await connectLikeTheApi();
  try {
    await db.query('BEGIN');
    // As the service runs it: its own SET LOCAL first (statistics.service.ts `query`).
    for (const s of settings) await db.query(s.text, s.values);
    const r = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.values,
    );
    await db.query('COMMIT');
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await db.end();
  }
}

export const statistics: Benchmark = {
  name: 'statistics',
  description:
    "a year's statistics (every grouping, litigation, report, export) at 1M cases, against the bare SQL aggregate",
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    const cases = options.given.has('cases') ? options.cases : DEFAULT_CASES;
    const levels = [
      ...new Set([1, options.given.has('concurrency') ? options.concurrency : 2]),
    ].sort((a, b) => a - b);
    const clock = new Clock();
    const today = clock.today();
    // The last full year: the seed covers the two years before today.
    const year = Number(today.slice(0, 4)) - 1;
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const started = new Date();
    const loadAtStart = loadAverage();
    let buildDir: string | null = null;
    let server: RunningServer | null = null;
    const sqlClients: Client[] = [];
    const cleanUp = async (): Promise<void> => {
      for (const c of sqlClients.splice(0)) await c.end().catch(() => undefined);
      if (server) await server.stop();
      server = null;
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
      buildDir = null;
      await clearRedisKeys(REDIS_PREFIX).catch((e: unknown) =>
        log(`could not clear Redis keys: ${String(e)}`),
      );
      if (options.keep) {
        log(`kept database ${DATABASE} (--keep): ${databaseUrl()}`);
      } else {
        await dropBenchDatabase(DATABASE);
        log(`dropped database ${DATABASE}`);
      }
    };
    const forget = onInterrupt(cleanUp);
    try {
      // Compile while the data is seeded: both are set-up, neither is measured.
      const build = buildApp();
      build.catch(() => undefined);
      let facts: DataFacts;
      try {
        facts = await prepareData(context, cases, today, period);
      } finally {
        buildDir = (await build.catch(() => null))?.dir ?? null;
      }
      const { dir, typeErrors } = await build;
      for (const line of typeErrors) log(`  type error (built anyway): ${line}`);
      log(`starting the server (node ${dir}/src/main.js)`);
      server = await startServer(dir, databaseUrl(), { REDIS_PREFIX });
      const maxLevel = levels[levels.length - 1];
      const http = await server.login(maxLevel);
      log(`checking every route against the service and capturing its SQL`);
      const prepared = await prepare(scenarios(year), http);
      for (let i = 0; i < maxLevel; i++) sqlClients.push(await connectLikeTheApi());
      const postgres = (
        await sqlClients[0].query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
      ).rows[0].v;
      const settings = (
        await sqlClients[0].query<{ name: string; setting: string; unit: string | null }>(
          `SELECT name, setting, unit FROM pg_settings
            WHERE name IN ('shared_buffers', 'work_mem', 'jit', 'max_parallel_workers',
                           'max_worker_processes', 'effective_cache_size')
            ORDER BY name`,
        )
      ).rows;
      const machine = machineInfo(`PostgreSQL ${postgres}`);

      const bare: BareStatement[] = [
        {
          name: 'minimal count(*) of the rows',
          text:
            'SELECT count(*) FROM cases WHERE received_on <= $2 ' +
            'AND (concluded_on IS NULL OR concluded_on >= $1)',
          values: [period.from, period.to],
        },
        {
          name: 'CASE_COUNTS',
          text: CASE_COUNTS,
          values: [period.from, period.to, null],
        },
      ];

      const rows: Row[] = [];
      const bareRows: BareRow[] = [];
      for (const concurrency of levels) {
        const load = {
          concurrency,
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          serverPid: server.pid,
        };
        for (const statement of bare) {
          for (const workers of [0, 2]) {
            log(
              `measuring bare SQL ${statement.name}, ${workers} workers, ${concurrency} client(s)`,
            );
            for (const c of sqlClients) {
              await c.query(`SET max_parallel_workers_per_gather = ${workers}`);
              await c.query('SET jit = off');
            }
            const result = await runLoad({ ...load, serverPid: null }, (worker) => async () => {
              await sqlClients[worker].query(statement.text, statement.values);
            });
            log(`  p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms (${result.samples} samples)`);
            bareRows.push({ statement, workers, concurrency, result });
          }
        }
        for (const c of sqlClients) {
          await c.query('RESET max_parallel_workers_per_gather');
          await c.query('RESET jit');
        }
        for (const scenario of prepared) {
          const seconds = rowSeconds(scenario.probeMs, options.durationSeconds);
          log(`measuring ${scenario.name}, ${concurrency} client(s), ${seconds} s`);
          const app = await runLoad({ ...load, durationSeconds: seconds }, () => async () => {
            for (const path of scenario.paths) await http.get(path);
          });
          const sql = await runLoad(
            { ...load, durationSeconds: seconds, serverPid: null },
            (worker) => async () => {
              // The unnamed extended-protocol statements, in order, as TypeORM's pg driver sends them.
              for (const s of scenario.sql) await sqlClients[worker].query(s.text, s.values);
            },
          );
          log(
            `  app p50 ${ms(app.p50)} p95 ${ms(app.p95)} ms (${app.samples}) · ` +
              `SQL p50 ${ms(sql.p50)} p95 ${ms(sql.p95)} ms (${sql.samples})`,
          );
          rows.push({ scenario, concurrency, app, sql, seconds });
        }
      }
      http.close();

      const verdicts = judge(rows, bareRows);
      const missed = rows.filter(
        (r) => r.concurrency === 1 && r.scenario.target && !verdicts.met(r.scenario.target),
      );
      const plans: { name: string; plan: string }[] = [];
      const explained = new Set<string>();
      for (const r of missed) {
        for (const s of r.scenario.sql) {
          if (!/^\s*(WITH|SELECT)/i.test(s.text) || explained.has(s.text)) continue;
          explained.add(s.text);
          log(`EXPLAIN ANALYZE of a statement of ${r.scenario.name}`);
          plans.push({
            name: statementName(s.text),
            plan: await explain(s, settingsOf(r.scenario.sql, s)),
          });
        }
      }
      return report({
        context,
        machine,
        settings,
        facts,
        year,
        levels,
        rows,
        bareRows,
        verdicts,
        plans,
        started,
        finished: new Date(),
        loadAtStart,
        loadAtEnd: loadAverage(),
        typeErrors,
        key: sizedKey('statistics', cases),
      });
    } finally {
      forget();
      await cleanUp();
    }
  },
};

/** A short name for a captured statement, for the report. */
function statementName(text: string): string {
  const t = text.trim();
  if (/^WITH late\b/i.test(t)) return 'OVERDUE_BY_MONTH';
  if (/received_month/.test(t)) return 'CASE_MONTH_PAIRS';
  if (/FROM recommendation_letters/.test(t)) return 'LETTERS';
  if (/FROM hearing_appearances|FROM litigation_instances/.test(t)) return 'litigationCountsBy(…)';
  if (/AS pending/.test(t)) return 'CASE_COUNTS';
  if (/FROM (agencies|judicial_offices)/.test(t)) return 'labels';
  return t.split(/\s+/).slice(0, 4).join(' ');
}

interface Verdicts {
  year: { app: LoadResult; bare: LoadResult; bare0: LoadResult; minimal: LoadResult } | null;
  every: { app: LoadResult; inARow: LoadResult | null } | null;
  met(target: Target): boolean;
}

function judge(rows: Row[], bareRows: BareRow[]): Verdicts {
  const at1 = rows.filter((r) => r.concurrency === 1);
  const bareAt = (name: string, workers: number): LoadResult | undefined =>
    bareRows.find((b) => b.concurrency === 1 && b.workers === workers && b.statement.name === name)
      ?.result;
  const yearRow = at1.find((r) => r.scenario.target === 'year');
  const everyRow = at1.find((r) => r.scenario.target === 'every');
  const bare2 = bareAt('CASE_COUNTS', 2);
  const bare0 = bareAt('CASE_COUNTS', 0);
  const minimal = bareAt('minimal count(*) of the rows', 2);
  const year =
    yearRow && bare2 && bare0 && minimal ? { app: yearRow.app, bare: bare2, bare0, minimal } : null;
  const every = everyRow
    ? {
        app: everyRow.app,
        inARow: at1.find((r) => r.scenario.paths.length === 4)?.app ?? null,
      }
    : null;
  return {
    year,
    every,
    met: (target) =>
      target === 'year'
        ? year !== null && year.app.p95 <= TARGET_RATIO * year.bare.p95
        : every !== null && every.app.p95 < TARGET_EVERY_GROUPING_MS,
  };
}

interface ReportInput {
  context: BenchContext;
  machine: MachineInfo;
  settings: { name: string; setting: string; unit: string | null }[];
  facts: DataFacts;
  year: number;
  levels: number[];
  rows: Row[];
  bareRows: BareRow[];
  verdicts: Verdicts;
  plans: { name: string; plan: string }[];
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
  typeErrors: string[];
  key: string;
}

function report(input: ReportInput): BenchReport {
  const { context, machine, facts, rows, bareRows, verdicts, plans, year } = input;
  const { options } = context;
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
  const yes = (ok: boolean): string => (ok ? 'yes' : '**no**');
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
  const maxLoad = Math.max(
    ...rows.map((r) => Math.max(r.app.load1, r.sql.load1)),
    ...bareRows.map((b) => b.result.load1),
  );

  const header = [
    'Request',
    'clients',
    'n',
    'app p50',
    'app p95',
    'app max',
    'req/s',
    'SQL p50',
    'SQL p95',
    'SQL max',
    'p95 app/SQL',
    'target',
  ];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];
  const targetCell = (r: Row): string => {
    if (!r.scenario.target) return '–';
    if (r.scenario.target === 'year') {
      const bare = bareRows.find(
        (b) =>
          b.concurrency === r.concurrency && b.workers === 2 && b.statement.name === 'CASE_COUNTS',
      );
      return bare
        ? `${ratio(r.app.p95, bare.result.p95)} bare ≤ ${TARGET_RATIO}×: ${yes(r.app.p95 <= TARGET_RATIO * bare.result.p95)}`
        : '–';
    }
    return `< ${TARGET_EVERY_GROUPING_MS} ms: ${yes(r.app.p95 < TARGET_EVERY_GROUPING_MS)}`;
  };
  const figures = (format: (s: string) => string): string[][] =>
    rows.map((r) => [
      format(r.scenario.name),
      String(r.concurrency),
      String(r.app.samples),
      ms(r.app.p50),
      ms(r.app.p95),
      ms(r.app.max),
      perSecond(r.app.throughput),
      ms(r.sql.p50),
      ms(r.sql.p95),
      ms(r.sql.max),
      ratio(r.app.p95, r.sql.p95),
      targetCell(r),
    ]);

  const bareHeader = ['Bare SQL', 'workers', 'clients', 'n', 'p50', 'p95', 'max', 'q/s'];
  const bareAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const bareFigures = (format: (s: string) => string): string[][] =>
    bareRows.map((b) => [
      format(b.statement.name),
      String(b.workers),
      String(b.concurrency),
      String(b.result.samples),
      ms(b.result.p50),
      ms(b.result.p95),
      ms(b.result.max),
      perSecond(b.result.throughput),
    ]);

  const cpuHeader = [
    'Row',
    'clients',
    'machine busy',
    'server',
    'Postgres',
    'load generator',
    'load 1 min',
  ];
  const cpuAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r'];
  const cpuRows = (format: (s: string) => string): string[][] => [
    ...bareRows.map((b) => [
      format(`bare ${b.statement.name}, ${b.workers} workers`),
      String(b.concurrency),
      percent(b.result.cpu.machine),
      '–',
      percent(b.result.cpu.postgres),
      percent(b.result.cpu.generator),
      b.result.load1.toFixed(2),
    ]),
    ...rows.flatMap((r) => [
      [
        format(`${r.scenario.name} (app)`),
        String(r.concurrency),
        percent(r.app.cpu.machine),
        percent(r.app.cpu.server),
        percent(r.app.cpu.postgres),
        percent(r.app.cpu.generator),
        r.app.load1.toFixed(2),
      ],
      [
        format(`${r.scenario.name} (SQL)`),
        String(r.concurrency),
        percent(r.sql.cpu.machine),
        '–',
        percent(r.sql.cpu.postgres),
        percent(r.sql.cpu.generator),
        r.sql.load1.toFixed(2),
      ],
    ]),
  ];

  const y = verdicts.year;
  const e = verdicts.every;
  const sets = [
    ...new Set(
      rows.flatMap((r) =>
        r.scenario.sql.filter((st) => /^\s*SET\b/i.test(st.text)).map((st) => st.text.trim()),
      ),
    ),
  ];
  const summary = [
    y
      ? `A year's figures (1 client): app p95 ${ms(y.app.p95)} ms (p50 ${ms(y.app.p50)}) = ` +
        `${ratio(y.app.p95, y.bare.p95)} the bare aggregate CASE_COUNTS with 2 workers ` +
        `(p95 ${ms(y.bare.p95)} ms; ${ms(y.bare0.p95)} ms with 0) and ` +
        `${ratio(y.app.p95, y.minimal.p95)} the minimal count(*) of the same rows ` +
        `(p95 ${ms(y.minimal.p95)} ms, 2 workers). Target ≤ ${TARGET_RATIO}× the bare aggregate: ` +
        `${yes(verdicts.met('year'))}.`
      : "A year's figures: not measured.",
    e
      ? `A year with every grouping (the spreadsheet export: reconsideration in total, by ` +
        `respondent, office and month, litigation by defendant and month, 1 client): p95 ` +
        `${ms(e.app.p95)} ms (p50 ${ms(e.app.p50)}; the four reconsideration requests made one ` +
        `after another instead: p95 ${e.inARow ? ms(e.inARow.p95) : '–'} ms). ` +
        `Target < ${TARGET_EVERY_GROUPING_MS} ms: ${yes(verdicts.met('every'))}.`
      : 'Every grouping: not measured.',
  ];

  const text = [
    `statistics at ${thousands(facts.cases)} cases, year ${year} — clients ${input.levels.join(' and ')}, ` +
      `${options.warmupSeconds} s warm-up, ≥ ${options.durationSeconds} s per row (latencies in ms)`,
    textTable(header, figures(plain), align),
    '',
    textTable(bareHeader, bareFigures(plain), bareAlign),
    '',
    textTable(cpuHeader, cpuRows(plain), cpuAlign),
    '',
    ...summary,
    `load average at start ${formatLoad(input.loadAtStart)}, at end ${formatLoad(input.loadAtEnd)}`,
  ].join('\n');

  const title =
    facts.cases >= 1_000_000
      ? `${thousands(facts.cases / 1_000_000)} million`
      : thousands(facts.cases);
  const s = facts.seconds;
  const seeded = s
    ? `cases seeded in ${s.load.toFixed(0)} s, indexes and foreign keys rebuilt in ` +
      `${s.indexes.toFixed(0)} s, VACUUM ANALYZE + CHECKPOINT ${s.vacuum.toFixed(0)} s, the rest ` +
      `in ${s.statistics.toFixed(0)} s`
    : 'reused from an earlier run (--reuse)';
  const x = facts.extra;
  const setting = (name: string): string => {
    const found = input.settings.find((v) => v.name === name);
    if (!found) return '?';
    if (found.unit === '8kB') return `${Math.round((Number(found.setting) * 8) / 1024)} MB`;
    if (found.unit === 'kB') return `${Math.round(Number(found.setting) / 1024)} MB`;
    return found.setting;
  };
  const markdown = [
    `## Statistics at ${title} cases`,
    '',
    `- **Command:** \`${context.command}\``,
    `- **When:** ${input.started.toISOString()} – ${input.finished.toISOString()}; code ` +
      `${machine.commit}` +
      (input.typeErrors.length > 0
        ? ` (built despite ${input.typeErrors.length} type error(s) in the working tree: ${input.typeErrors.join('; ')})`
        : ''),
    `- **Machine:** ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ` +
      `${machine.platform}, Node ${machine.node}, ${machine.postgres} (shared_buffers ` +
      `${setting('shared_buffers')}, work_mem ${setting('work_mem')}, jit ${setting('jit')}, ` +
      `max_parallel_workers ${setting('max_parallel_workers')})`,
    `- **Load average** (1/5/15 min): ${formatLoad(input.loadAtStart)} at start, ` +
      `${formatLoad(input.loadAtEnd)} at end, 1-min peak ${maxLoad.toFixed(2)} during the rows. ` +
      `Other work on the machine (tests of concurrent sessions) shows in “machine busy” beyond ` +
      `server + Postgres + generator.`,
    `- **Data:** ${thousands(facts.cases)} cases over the two years before the run (the listing ` +
      `seed: closed ones with concluded_on and outcome, 7 % of decisions late, open ones with their ` +
      `running deadline), ${thousands(facts.applicants)} applicants, ${thousands(x.suspensions)} ` +
      `suspensions, ${thousands(x.recommendationLetters)} recommendation and opinion letters, ` +
      `${thousands(x.lawsuits)} lawsuits in ${thousands(x.instances)} instances with ` +
      `${thousands(x.hearings)} hearings, ${thousands(x.appearances)} defendants' appearances, ` +
      `${thousands(x.reminderLetters)} reminder letters and ${thousands(x.judicialRecommendations)} ` +
      `judicial recommendations; ` +
      facts.sizes.map((v) => `${v.table} ${v.total}`).join(', ') +
      `; ${seeded}. The year measured is ${year}: ${thousands(facts.touched)} cases were received by ` +
      `its end and not concluded before its start.`,
    `- **Load:** ${input.levels.join(' and ')} concurrent client(s) in a closed loop, keep-alive ` +
      `HTTP/1.1, as the admin; ${options.warmupSeconds} s warm-up (not counted), then at least ` +
      `${options.durationSeconds} s per row and long enough for about ${MIN_SAMPLES} samples ` +
      `(at most ${MAX_ROW_SECONDS} s); “n” is the number of samples; latencies in ms, exact ` +
      `percentiles over every request of the window.`,
    '- **Rows:** “app” is the request through the server (a child process: `node` on the ' +
      'compiled app, `NODE_ENV=production`, `APP_ROLE=api`, `LOG_LEVEL=warn`). “SQL” is what ' +
      'the service sends to Postgres for the same request — captured from StatisticsController ' +
      `itself, each statistics query in its transaction after ${sets.map(code).join(', ')} — ` +
      'replayed with `pg` one statement after another at the same concurrency. “Bare SQL” is the ' +
      'machine’s limit for the same rows: the statement of `CASE_COUNTS` and a minimal ' +
      '`count(*)`, each alone, with 0 parallel workers (the API pool’s setting) and with 2, JIT off.',
    '',
    markdownTable(header, figures(code), align),
    '',
    markdownTable(bareHeader, bareFigures(code), bareAlign),
    '',
    ...summary.flatMap((line) => [line, '']),
    '<details><summary>CPU while measuring (share of the whole machine, all cores = 100 %)</summary>',
    '',
    markdownTable(cpuHeader, cpuRows(code), cpuAlign),
    '',
    '</details>',
    '',
    '<details><summary>The SQL of each request (statements replayed, in order)</summary>',
    '',
    ...rows
      .filter((r) => r.concurrency === input.levels[0])
      .flatMap((r) => [
        `${code(r.scenario.name)} — ${r.scenario.paths.map(code).join(', ')}: ` +
          r.scenario.sql
            .map((st) =>
              /^\s*(WITH|SELECT)/i.test(st.text) ? statementName(st.text) : st.text.trim(),
            )
            .join(' · '),
        '',
      ]),
    'The bare statements:',
    '',
    '```sql',
    bareRows
      .filter((b, k) => bareRows.findIndex((o) => o.statement === b.statement) === k)
      .map(
        (b) =>
          `-- ${b.statement.name}; parameters: ${JSON.stringify(b.statement.values)}\n` +
          b.statement.text,
      )
      .join('\n\n'),
    '```',
    '',
    '</details>',
    ...(plans.length === 0
      ? []
      : [
          '',
          '### Plans of the requests that miss their target (EXPLAIN (ANALYZE, BUFFERS), after the run, with the service’s own `SET LOCAL`)',
          '',
          ...plans.flatMap((p) => [code(p.name), '', '```', p.plan, '```', '']),
        ]),
  ].join('\n');
  return { key: input.key, text, markdown };
}
