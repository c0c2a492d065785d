/**
 * `listing`: GET /api/v1/cases at `--cases` rows, through the real server, against the
 * machine's own limit for the same work measured in the same run: the very SQL the app sends
 * (captured from CaseQueriesService.list itself, so it follows the code) run with `pg` straight at
 * the same concurrency, and the same server answering a trivial route (GET /health/live).
 * Budget (DEVELOPERS, "Fast where it matters"): listing p95 < 20 ms at 1M cases.
 */
import { rmSync } from 'node:fs';
import { Client, QueryResult } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { Actor } from '../../src/access/actor';
import { AuditService } from '../../src/audit/audit.service';
import { CaseQueriesService } from '../../src/cases/case-queries.service';
import { ListCasesQuery } from '../../src/cases/dto/list-cases.query';
import { Clock } from '../../src/common/clock';
import { createValidationPipe } from '../../src/common/validation';
import { validateEnv } from '../../src/config/env';
import { Role } from '../../src/access/role';
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
import { COMMON_NAME, RARE_NAME, SeedFacts, seedListing } from './seed';

const BUDGET_P95_MS = 20;
const WALK_PAGES = 5;

interface Statement {
  text: string;
  values: unknown[];
}

interface Scenario {
  name: string;
  /** Query string of GET /api/v1/cases. */
  query: Record<string, string>;
  /** Follow nextCursor for this many pages (starting from page 2). */
  walk?: number;
}

interface Prepared extends Scenario {
  path: string;
  /** The cursor of page 2, for walks. */
  firstCursor: string | null;
  /** What the app sends to Postgres for this request (one per page for walks). */
  sql: Statement[];
  items: number;
}

interface Row {
  scenario: Prepared;
  app: LoadResult;
  sql: LoadResult;
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

const queryString = (q: Record<string, string>): string => {
  const s = new URLSearchParams(q).toString();
  return s ? `?${s}` : '';
};

/** Seeds (or finds, with --reuse) the data; returns what the scenarios need to know of it. */
async function prepareData(context: BenchContext, today: string): Promise<SeedFacts> {
  const { options, log } = context;
  if (options.reuse && (await databaseExists())) {
    log(`reusing database fuyi_bench (--reuse): no drop, no seed`);
    const db = await connect(benchDatabaseUrl(), 'fuyi-bench-setup');
    try {
      const count = Number((await db.query('SELECT count(*) AS n FROM cases')).rows[0].n);
      if (count !== options.cases) {
        throw new Error(`fuyi_bench holds ${count} cases, not --cases=${options.cases}`);
      }
      const offices = (await db.query('SELECT id, name FROM judicial_offices ORDER BY name')).rows;
      const agencies = (
        await db.query(
          `SELECT a.id, a.name, count(c.*)::float / $1 AS share
           FROM agencies a LEFT JOIN cases c ON c.respondent_id = a.id
           GROUP BY a.id, a.name ORDER BY share DESC`,
          [count],
        )
      ).rows;
      const applicants = Number(
        (await db.query('SELECT count(*) AS n FROM case_applicants')).rows[0].n,
      );
      const sizes = (
        await db.query(
          `SELECT relname AS table, reltuples::bigint AS rows,
                  pg_size_pretty(pg_total_relation_size(oid)) AS total
           FROM pg_class WHERE relname IN ('cases', 'case_applicants') ORDER BY relname DESC`,
        )
      ).rows.map((r: { table: string; rows: string; total: string }) => ({
        ...r,
        rows: Number(r.rows),
      }));
      return {
        cases: count,
        applicants,
        offices,
        agencies,
        commonName: COMMON_NAME,
        seconds: { load: 0, indexes: 0, vacuum: 0 },
        sizes,
      };
    } finally {
      await db.end();
    }
  }
  log(`creating database fuyi_bench and running the migrations`);
  const ran = await createBenchDatabase();
  log(`  ran ${ran.length} migration(s)`);
  log(`seeding ${thousands(options.cases)} cases`);
  const db = await connect(benchDatabaseUrl(), 'fuyi-bench-seed');
  try {
    const numberPrefix = validateEnv(process.env).CASE_NUMBER_PREFIX;
    return await seedListing(db, options.cases, today, numberPrefix, log);
  } finally {
    await db.end();
  }
}

/** The scenarios of the brief, with ids and values taken from the seeded data. */
async function scenarios(facts: SeedFacts, today: string): Promise<Scenario[]> {
  const db = await connect(benchDatabaseUrl(), 'fuyi-bench-setup');
  try {
    // A case number from the middle of the table (by receipt), searched as a user types it.
    const number = (
      await db.query<{ number: string }>(
        `SELECT number FROM cases ORDER BY received_on, id OFFSET $1 LIMIT 1`,
        [Math.floor(facts.cases / 3)],
      )
    ).rows[0].number;
    const shift = (days: number): string => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - days);
      return d.toISOString().slice(0, 10);
    };
    // The third busiest agency and the second busiest office: typical, not extreme.
    const respondent = facts.agencies[Math.min(2, facts.agencies.length - 1)];
    const office = facts.offices[Math.min(1, facts.offices.length - 1)];
    return [
      { name: 'no filter', query: {} },
      { name: 'status=UNDER_REVIEW', query: { status: 'UNDER_REVIEW' } },
      { name: 'officeId', query: { officeId: office.id } },
      {
        name: 'respondentId + received 6 months',
        query: { respondentId: respondent.id, receivedFrom: shift(365), receivedTo: shift(183) },
      },
      { name: `q=${facts.commonName} (common name)`, query: { q: facts.commonName } },
      { name: `q=${RARE_NAME} (rare name)`, query: { q: RARE_NAME } },
      { name: `q=${number}`, query: { q: number } },
      { name: 'overdue=true', query: { overdue: 'true' } },
      { name: `nextCursor × ${WALK_PAGES} pages`, query: {}, walk: WALK_PAGES },
    ];
  } finally {
    await db.end();
  }
}

/** The SQL CaseQueriesService.list sends for each scenario, and the HTTP answer's first page. */
async function prepare(list: Scenario[], http: HttpClient): Promise<Prepared[]> {
  const logger = new CapturingLogger();
  const dataSource: DataSource = openDataSource(logger);
  await dataSource.initialize();
  try {
    const clock = new Clock();
    const service = new CaseQueriesService(dataSource, clock, new AuditService(dataSource));
    const admin: Actor = {
      id: '00000000-0000-4000-8000-000000000000',
      username: 'admin',
      role: Role.ADMIN,
      officeId: null,
      agencyId: null,
    };
    // The same transformation and validation the app applies to the query string.
    const pipe = createValidationPipe();
    const toQuery = async (raw: Record<string, string>): Promise<ListCasesQuery> =>
      (await pipe.transform(
        { ...raw },
        { type: 'query', metatype: ListCasesQuery, data: undefined },
      )) as ListCasesQuery;
    const captureList = async (
      raw: Record<string, string>,
    ): Promise<{ statement: Statement; nextCursor: string | null; items: number }> => {
      logger.statements = [];
      const page = await service.list(admin, await toQuery(raw));
      const selects = logger.statements.filter((s) => /^\s*SELECT/i.test(s.text));
      if (selects.length !== 1) {
        throw new Error(`expected one SELECT from CaseQueriesService.list, saw ${selects.length}`);
      }
      return { statement: selects[0], nextCursor: page.nextCursor, items: page.items.length };
    };

    const prepared: Prepared[] = [];
    for (const scenario of list) {
      const path = `/api/v1/cases${queryString(scenario.query)}`;
      const answer = JSON.parse(await http.get(path)) as {
        items: { id: string }[];
        nextCursor: string | null;
      };
      const direct = await captureList(scenario.query);
      if (direct.items !== answer.items.length) {
        throw new Error(
          `${scenario.name}: HTTP answered ${answer.items.length} items, the service ${direct.items}`,
        );
      }
      if (!scenario.walk) {
        prepared.push({
          ...scenario,
          path,
          firstCursor: null,
          sql: [direct.statement],
          items: answer.items.length,
        });
        continue;
      }
      if (answer.nextCursor === null) throw new Error(`${scenario.name}: no second page`);
      const sql: Statement[] = [];
      let cursor: string | null = answer.nextCursor;
      for (let page = 0; page < scenario.walk; page++) {
        if (cursor === null) throw new Error(`${scenario.name}: the pages ended early`);
        const step = await captureList({ ...scenario.query, cursor });
        sql.push(step.statement);
        cursor = step.nextCursor;
      }
      prepared.push({ ...scenario, path, firstCursor: answer.nextCursor, sql, items: 20 });
    }
    return prepared;
  } finally {
    await dataSource.destroy();
  }
}

function httpOperation(scenario: Prepared, http: HttpClient): () => () => Promise<void> {
  return () => {
    if (!scenario.walk) return async () => void (await http.get(scenario.path));
    const pages = scenario.walk;
    const sep = scenario.path.includes('?') ? '&' : '?';
    // Each client walks pages 2…(1 + pages) by nextCursor, then starts over.
    let cursor = scenario.firstCursor;
    let page = 0;
    return async () => {
      const body = await http.get(`${scenario.path}${sep}cursor=${cursor}`);
      const next = (JSON.parse(body) as { nextCursor: string | null }).nextCursor;
      page += 1;
      if (page >= pages || next === null) {
        page = 0;
        cursor = scenario.firstCursor;
      } else {
        cursor = next;
      }
    };
  };
}

function sqlOperation(
  scenario: Prepared,
  clients: Client[],
): (worker: number) => () => Promise<void> {
  return (worker) => {
    const db = clients[worker];
    let k = 0;
    return async () => {
      const statement = scenario.sql[k];
      k = (k + 1) % scenario.sql.length;
      // The unnamed extended-protocol statement, exactly as TypeORM's pg driver sends it.
      const result: QueryResult = await db.query(statement.text, statement.values);
      if (result.rowCount === null) throw new Error('no result');
    };
  };
}

async function explain(statement: Statement): Promise<string> {
  const db = await connect(benchDatabaseUrl(), 'fuyi-bench-explain');
  try {
    const r = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.values,
    );
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await db.end();
  }
}

export const listing: Benchmark = {
  name: 'listing',
  description:
    'GET /api/v1/cases: filters, search and keyset pages, against bare SQL and a static route',
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    const today = new Clock().today();
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
      await clearRedisKeys().catch((e: unknown) => log(`could not clear Redis keys: ${String(e)}`));
      if (options.keep) {
        log(`kept database fuyi_bench (--keep): ${benchDatabaseUrl()}`);
      } else {
        await dropBenchDatabase();
        log(`dropped database fuyi_bench`);
      }
    };
    // An interrupted run (Ctrl-C) cleans up the same way as a finished one.
    const forget = onInterrupt(cleanUp);
    try {
      // Compile while the data is seeded: both are set-up, neither is measured.
      const build = buildApp();
      build.catch(() => undefined);
      let facts: SeedFacts;
      try {
        facts = await prepareData(context, today);
      } finally {
        buildDir = (await build.catch(() => null))?.dir ?? null;
      }
      const { dir, typeErrors } = await build; // the build's error, if it failed
      for (const line of typeErrors) log(`  type error (built anyway): ${line}`);
      log(`starting the server (node ${dir}/src/main.js)`);
      server = await startServer(dir, benchDatabaseUrl());
      const http = await server.login(options.concurrency);
      const prepared = await prepare(await scenarios(facts, today), http);
      for (let i = 0; i < options.concurrency; i++) {
        sqlClients.push(await connect(benchDatabaseUrl(), 'fuyi-bench-sql'));
      }
      const postgres = (
        await sqlClients[0].query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
      ).rows[0].v;
      const machine = machineInfo(`PostgreSQL ${postgres}`);
      const load = {
        concurrency: options.concurrency,
        warmupSeconds: options.warmupSeconds,
        durationSeconds: options.durationSeconds,
        serverPid: server.pid,
      };

      log(`measuring GET /health/live (static route)`);
      const anonymous = server.client(options.concurrency);
      const staticRoute = await runLoad(load, () => async () => {
        await anonymous.get('/health/live');
      });
      anonymous.close();
      log(`  p95 ${ms(staticRoute.p95)} ms, ${perSecond(staticRoute.throughput)} req/s`);

      const rows: Row[] = [];
      for (const scenario of prepared) {
        log(`measuring ${scenario.name}`);
        const app = await runLoad(load, httpOperation(scenario, http));
        const sql = await runLoad({ ...load, serverPid: null }, sqlOperation(scenario, sqlClients));
        log(
          `  app p95 ${ms(app.p95)} ms ${perSecond(app.throughput)} req/s · ` +
            `SQL p95 ${ms(sql.p95)} ms ${perSecond(sql.throughput)} q/s`,
        );
        rows.push({ scenario, app, sql });
      }
      http.close();

      const slow = rows
        .filter((r) => r.app.p95 >= BUDGET_P95_MS)
        .sort((a, b) => b.app.p95 - a.app.p95);
      const plans: { name: string; plan: string }[] = [];
      for (const r of slow) {
        plans.push({ name: r.scenario.name, plan: await explain(r.scenario.sql[0]) });
      }
      return report({
        context,
        machine,
        facts,
        staticRoute,
        rows,
        plans,
        started,
        finished: new Date(),
        loadAtStart,
        loadAtEnd: loadAverage(),
        typeErrors,
        key: sizedKey('listing', options.cases),
      });
    } finally {
      forget();
      await cleanUp();
    }
  },
};

interface ReportInput {
  context: BenchContext;
  machine: MachineInfo;
  facts: SeedFacts;
  staticRoute: LoadResult;
  rows: Row[];
  plans: { name: string; plan: string }[];
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
  /** tsc's complaints about the working tree measured (it was built and run regardless). */
  typeErrors: string[];
  key: string;
}

function report(input: ReportInput): BenchReport {
  const { context, machine, facts, staticRoute, rows, plans } = input;
  const { options } = context;
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
  const verdict = (r: LoadResult): string => (r.p95 < BUDGET_P95_MS ? 'yes' : '**no**');
  const maxLoad = Math.max(
    ...rows.map((r) => Math.max(r.app.load1, r.sql.load1)),
    staticRoute.load1,
  );

  const header = [
    'Query',
    'items',
    'app p50',
    'app p95',
    'app p99',
    'app req/s',
    'SQL p50',
    'SQL p95',
    'SQL p99',
    'SQL q/s',
    'p95 app/SQL',
    'p95 < 20 ms',
  ];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];
  const figures = (code: (s: string) => string): string[][] => [
    ...rows.map((r) => [
      code(r.scenario.name),
      r.scenario.walk ? `${r.scenario.items}/page` : String(r.scenario.items),
      ms(r.app.p50),
      ms(r.app.p95),
      ms(r.app.p99),
      perSecond(r.app.throughput),
      ms(r.sql.p50),
      ms(r.sql.p95),
      ms(r.sql.p99),
      perSecond(r.sql.throughput),
      ratio(r.app.p95, r.sql.p95),
      verdict(r.app),
    ]),
    [
      code('GET /health/live (static)'),
      '–',
      ms(staticRoute.p50),
      ms(staticRoute.p95),
      ms(staticRoute.p99),
      perSecond(staticRoute.throughput),
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
    ],
  ];
  const cpuHeader = ['Row', 'machine busy', 'server', 'Postgres', 'load generator', 'load 1 min'];
  const cpuAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r'];
  const cpuRows = (code: (s: string) => string): string[][] => [
    [
      code('GET /health/live'),
      percent(staticRoute.cpu.machine),
      percent(staticRoute.cpu.server),
      percent(staticRoute.cpu.postgres),
      percent(staticRoute.cpu.generator),
      staticRoute.load1.toFixed(2),
    ],
    ...rows.flatMap((r) => [
      [
        code(`${r.scenario.name} (app)`),
        percent(r.app.cpu.machine),
        percent(r.app.cpu.server),
        percent(r.app.cpu.postgres),
        percent(r.app.cpu.generator),
        r.app.load1.toFixed(2),
      ],
      [
        code(`${r.scenario.name} (SQL)`),
        percent(r.sql.cpu.machine),
        '–',
        percent(r.sql.cpu.postgres),
        percent(r.sql.cpu.generator),
        r.sql.load1.toFixed(2),
      ],
    ]),
  ];

  const worst = rows.reduce((a, b) => (b.app.p95 > a.app.p95 ? b : a));
  const within = rows.filter((r) => r.app.p95 < BUDGET_P95_MS).length;
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

  const text = [
    `listing at ${thousands(facts.cases)} cases — ${options.concurrency} clients, ` +
      `${options.warmupSeconds} s warm-up, ${options.durationSeconds} s per row (latencies in ms)`,
    textTable(header, figures(plain), align),
    '',
    textTable(cpuHeader, cpuRows(plain), cpuAlign),
    '',
    `${within}/${rows.length} queries within p95 < ${BUDGET_P95_MS} ms; slowest: ${worst.scenario.name} ` +
      `(p95 ${ms(worst.app.p95)} ms)`,
    `load average at start ${formatLoad(input.loadAtStart)}, at end ${formatLoad(input.loadAtEnd)}`,
  ].join('\n');

  const title =
    facts.cases >= 1_000_000
      ? `${thousands(facts.cases / 1_000_000)} million`
      : thousands(facts.cases);
  const seeded =
    facts.seconds.load > 0
      ? `seeded in ${facts.seconds.load.toFixed(0)} s, indexes and foreign keys rebuilt in ` +
        `${facts.seconds.indexes.toFixed(0)} s, VACUUM ANALYZE + CHECKPOINT ${facts.seconds.vacuum.toFixed(0)} s`
      : 'reused from an earlier run (--reuse)';
  const markdown = [
    `## Case listing at ${title} cases`,
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
      `Other work on the machine (tests of concurrent sessions) shows in “machine busy” beyond ` +
      `server + Postgres + generator.`,
    `- **Data:** ${thousands(facts.cases)} cases, ${thousands(facts.applicants)} applicants, ` +
      `${facts.offices.length} offices, ${facts.agencies.length} agencies; ` +
      facts.sizes.map((s) => `${s.table} ${s.total}`).join(', ') +
      `; ${seeded}.`,
    `- **Load:** ${options.concurrency} concurrent clients in a closed loop, keep-alive HTTP/1.1; ` +
      `${options.warmupSeconds} s warm-up (not counted), then ${options.durationSeconds} s measured ` +
      `per row; latencies in ms, exact percentiles over every request of the window; page size 20.`,
    '- **Rows:** “app” is GET /api/v1/cases through the server (a child process: `node` on the ' +
      'compiled app, `NODE_ENV=production`, `APP_ROLE=api`, `LOG_LEVEL=warn`), as the admin. ' +
      '“SQL” is the statement CaseQueriesService.list sends for the same request, captured from the ' +
      'service itself and replayed with `pg` (same parameters, same unnamed prepared protocol) at ' +
      'the same concurrency: what Postgres alone allows. The static route is the same server ' +
      'answering GET /health/live: what the HTTP stack alone allows.',
    '',
    markdownTable(header, figures(code), align),
    '',
    `${within} of ${rows.length} queries meet the budget (p95 < ${BUDGET_P95_MS} ms` +
      `${facts.cases >= 1_000_000 ? '' : '; the budget is stated at 1M cases'}). ` +
      `Slowest: ${code(worst.scenario.name)}, p95 ${ms(worst.app.p95)} ms ` +
      `(${ratio(worst.app.p95, worst.sql.p95)} its bare SQL).`,
    '',
    '<details><summary>CPU while measuring (share of the whole machine, all cores = 100 %)</summary>',
    '',
    markdownTable(cpuHeader, cpuRows(code), cpuAlign),
    '',
    '</details>',
    '',
    '<details><summary>The SQL replayed (first statement of each row)</summary>',
    '',
    'Every row selects the same columns:',
    '',
    '```sql',
    rows[0].scenario.sql[0].text.slice(0, rows[0].scenario.sql[0].text.indexOf(' FROM ')).trim(),
    '```',
    '',
    ...rows.flatMap((r) => [
      `${code(r.scenario.name)} — ${code(decodeURIComponent(r.scenario.path))}`,
      '',
      '```sql',
      `SELECT … ${r.scenario.sql[0].text.slice(r.scenario.sql[0].text.indexOf(' FROM ')).trim()}`,
      `-- parameters: ${JSON.stringify(r.scenario.sql[0].values)}`,
      '```',
      '',
    ]),
    '</details>',
    ...(plans.length === 0
      ? []
      : [
          '',
          `### Plans of the queries over budget (EXPLAIN (ANALYZE, BUFFERS), after the run)`,
          '',
          ...plans.flatMap((p) => [`${code(p.name)}`, '', '```', p.plan, '```', '']),
        ]),
  ].join('\n');
  return { key: input.key, text, markdown };
}
