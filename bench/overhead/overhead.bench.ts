/**
 * `overhead`: what the app's layers cost per request, against the framework alone in the same run
 * (issue 18, "The cost of a request"). Four rows, each server in a process of its own and the load
 * generator in this one:
 *
 * - a bare Fastify 5 server answering GET /health/live with `{"status":"ok"}`;
 * - a bare Nest 11 app on @nestjs/platform-fastify with one controller answering the same (no
 *   guards, pipes, interceptors, logger);
 * - the real app (compiled, `NODE_ENV=production`, `LOG_LEVEL=warn`, `APP_ROLE=api`, the rate
 *   limit raised so nothing is refused) answering GET /health/live (static: checks nothing);
 * - the same app answering GET /api/v1/cases/:id for one registered case, as the OFFICER who
 *   registered it (bearer token).
 *
 * The rows run in rounds (forward, then backward) so background noise weighs alike on each, and
 * every ratio compares rows of the same round. The app's resident memory is read from
 * /proc/<pid>/status.
 *
 * Goals (the issue's): the static route ≥ 0.4× bare Fastify, the case read ≥ 0.25×, API memory
 * < 300 MB.
 *
 * Defaults of its own (unless given on the command line): 32 clients, 2 s warm-up, 10 s measured,
 * two rounds.
 */
import { readFileSync, rmSync } from 'node:fs';
import { Clock } from '../../src/common/clock';
import { residentIdCheckCharacter } from '../../src/common/validators/id-number';
import { BenchContext, BenchReport, Benchmark } from '../support/benchmark';
import { onInterrupt } from '../support/cleanup';
import {
  benchDatabaseUrl,
  connect,
  createBenchDatabase,
  dropBenchDatabase,
} from '../support/database';
import { HttpClient, LoadResult, runLoad } from '../support/load';
import { formatLoad, loadAverage, machineInfo, MachineInfo } from '../support/machine';
import { markdownTable, ms, percent, perSecond, textTable } from '../support/report';
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
import { BareServer, buildBareServer, removeBareBuild, startBareServer } from './bare';

/** Its own database and Redis prefix: other benchmarks may run on the same machine. */
const DATABASE = 'fuyi_bench_overhead';
const REDIS_PREFIX = 'fuyi-bench-overhead';
const DEFAULTS = { concurrency: 32, warmup: 2, duration: 10 };
const ROUNDS = 2;
const GOAL_STATIC = 0.4;
const GOAL_READ = 0.25;
const GOAL_RSS_MB = 300;

type RowId = 'fastify' | 'nest' | 'static' | 'read';

const ROWS: { id: RowId; label: string; server: string }[] = [
  { id: 'fastify', label: 'bare Fastify 5: GET /health/live', server: 'bare Fastify' },
  { id: 'nest', label: 'bare Nest 11 on Fastify: GET /health/live', server: 'bare Nest' },
  { id: 'static', label: 'app: GET /health/live (static)', server: 'app' },
  { id: 'read', label: 'app: GET /api/v1/cases/:id (officer)', server: 'app' },
];

interface Measured {
  row: RowId;
  round: number;
  result: LoadResult;
  errors: number;
  firstError: string | null;
  /** The serving process's VmRSS at most while measuring, MB. */
  rssMax: number;
}

/** VmRSS of `pid` in MB (NaN where /proc is not there, or the process is gone). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

/** Samples VmRSS of `pid` every 100 ms until stopped; returns the maximum (MB). */
function sampleRss(pid: number): () => number {
  const samples: number[] = [rssOf(pid)];
  const timer = setInterval(() => samples.push(rssOf(pid)), 100);
  return () => {
    clearInterval(timer);
    samples.push(rssOf(pid));
    const known = samples.filter((v) => !Number.isNaN(v));
    return known.length > 0 ? Math.max(...known) : NaN;
  };
}

/** A valid resident ID number (born 1980-01-01). */
function idNumber(n: number): string {
  const first17 = `11010519800101${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

async function expectCreated<T>(answer: Promise<{ status: number; body: string }>, what: string) {
  const a = await answer;
  if (a.status !== 200 && a.status !== 201) {
    throw new Error(`${what} answered ${a.status}: ${a.body.slice(0, 300)}`);
  }
  return JSON.parse(a.body) as T;
}

/**
 * Set-up through the API, not measured: an agency (the respondent), an OFFICER, and one case
 * registered by that officer. Returns the officer's token and the case's id.
 */
async function registerOneCase(server: RunningServer): Promise<{ token: string; caseId: string }> {
  const admin = await server.login(1);
  const anonymous = server.client(1);
  try {
    const agency = await expectCreated<{ id: string }>(
      admin.request('POST', '/api/v1/agencies', {
        name: '区第1局',
        kind: 'DEPARTMENT',
        headName: '王1',
        headTitle: '局长',
      }),
      'POST /agencies',
    );
    const password = randomPassword();
    await expectCreated<{ id: string }>(
      admin.request('POST', '/api/v1/users', {
        username: 'bench-officer',
        displayName: '承办人',
        password,
        role: 'OFFICER',
      }),
      'POST /users',
    );
    const { accessToken } = await expectCreated<{ accessToken: string }>(
      anonymous.request('POST', '/api/v1/auth/login', { username: 'bench-officer', password }),
      'login',
    );
    const officer = server.client(1).withHeaders({ authorization: `Bearer ${accessToken}` });
    try {
      const receivedOn = new Clock().today();
      const registered = await expectCreated<{ id: string }>(
        officer.request('POST', '/api/v1/cases', {
          channel: 'WINDOW',
          receivedOn,
          applicants: [
            {
              kind: 'PERSON',
              name: '张三',
              idNumber: idNumber(1),
              phone: '13800138000',
              address: '某镇某村3组',
            },
          ],
          respondentId: agency.id,
          act: {
            type: 'PENALTY',
            documentNumber: `罚〔${receivedOn.slice(0, 4)}〕1号`,
            actOn: receivedOn,
            knownOn: receivedOn,
            amountYuan: 5000,
          },
          requests: '撤销处罚决定',
          factsAndReasons: '事实不清，证据不足',
        }),
        'POST /cases',
      );
      const caseId = registered.id;
      // The read must answer 200 before it is measured.
      await officer.get(`/api/v1/cases/${caseId}`);
      return { token: accessToken, caseId };
    } finally {
      officer.close();
    }
  } finally {
    admin.close();
    anonymous.close();
  }
}

export const overhead: Benchmark = {
  name: 'overhead',
  description:
    'the app’s static route and a case read as ratios of bare Fastify and bare Nest, same run',
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    const concurrency = options.given.has('concurrency')
      ? options.concurrency
      : DEFAULTS.concurrency;
    const warmupSeconds = options.given.has('warmup') ? options.warmupSeconds : DEFAULTS.warmup;
    const durationSeconds = options.given.has('duration')
      ? options.durationSeconds
      : DEFAULTS.duration;
    const started = new Date();
    const loadAtStart = loadAverage();
    let buildDir: string | null = null;
    let bareDir: string | null = null;
    let profiler: ServerProfiler | null = null;
    let app: RunningServer | null = null;
    const bare: BareServer[] = [];
    const clients: HttpClient[] = [];
    const cleanUp = async (): Promise<void> => {
      for (const c of clients.splice(0)) c.close();
      for (const s of bare.splice(0)) await s.stop();
      if (app) await app.stop();
      app = null;
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
      buildDir = null;
      if (bareDir) removeBareBuild(bareDir);
      bareDir = null;
      profiler?.remove();
      profiler = null;
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

      const bareBuild = buildBareServer();
      bareDir = bareBuild.dir;
      log(`starting the bare Fastify and bare Nest servers (node ${bareBuild.file})`);
      const fastify = await startBareServer(bareBuild.file, 'fastify');
      bare.push(fastify);
      const nest = await startBareServer(bareBuild.file, 'nest');
      bare.push(nest);
      log(`starting the app (node ${dir}/src/main.js)`);
      // --profile: the app carries the profiler's hook, which the rows below switch on and off.
      if (options.profile) profiler = new ServerProfiler();
      app = await startServer(dir, benchDatabaseUrl(DATABASE), {
        REDIS_PREFIX,
        ...profiler?.env,
      });
      const { token, caseId } = await registerOneCase(app);
      log(`  registered case ${caseId} as an OFFICER`);

      const db = await connect(benchDatabaseUrl(DATABASE), 'fuyi-bench-setup');
      const postgres = (
        await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
      ).rows[0].v;
      await db.end();
      const machine = machineInfo(`PostgreSQL ${postgres}`);

      const appServer: RunningServer = app;
      const targets: Record<RowId, { pid: number; client: HttpClient; path: string }> = {
        fastify: { pid: fastify.pid, client: fastify.client(concurrency), path: '/health/live' },
        nest: { pid: nest.pid, client: nest.client(concurrency), path: '/health/live' },
        static: {
          pid: appServer.pid,
          client: appServer.client(concurrency),
          path: '/health/live',
        },
        read: {
          pid: appServer.pid,
          client: appServer.client(concurrency).withHeaders({ authorization: `Bearer ${token}` }),
          path: `/api/v1/cases/${caseId}`,
        },
      };
      for (const t of Object.values(targets)) clients.push(t.client);
      const rssAppBefore = rssOf(appServer.pid);

      const measured: Measured[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const order = round % 2 === 1 ? ROWS : [...ROWS].reverse();
        for (const row of order) {
          const target = targets[row.id];
          log(`round ${round}/${ROUNDS}: measuring ${row.label}`);
          const seen: { errors: number; first: string | null } = { errors: 0, first: null };
          const stopRss = sampleRss(target.pid);
          const result = await runLoad(
            { concurrency, warmupSeconds, durationSeconds, serverPid: target.pid },
            () => async () => {
              const answer = await target.client.request('GET', target.path);
              if (answer.status !== 200) {
                seen.errors += 1;
                seen.first ??= `${answer.status} ${answer.body.slice(0, 300)}`;
              }
            },
          );
          const rssMax = stopRss();
          const { errors, first: firstError } = seen;
          measured.push({ row: row.id, round, result, errors, firstError, rssMax });
          log(
            `  ${perSecond(result.throughput)} req/s, p50 ${ms(result.p50)} ms, ` +
              `p99 ${ms(result.p99)} ms, ${errors} error(s)`,
          );
          if (firstError) log(`  first error: ${firstError}`);
        }
      }

      // Profiled apart from the measured rounds, whose figures the profiler would slow.
      const profiles: Profiled[] = [];
      if (profiler) {
        for (const row of ROWS.filter((r) => r.server === 'app')) {
          const target = targets[row.id];
          log(`profiling ${row.label} (not counted in the figures)`);
          const { result, profile } = await profiler.during(target.pid, () =>
            runLoad({ concurrency, warmupSeconds, durationSeconds, serverPid: target.pid }, () => {
              return async () => {
                await target.client.request('GET', target.path);
              };
            }),
          );
          const seconds = warmupSeconds + durationSeconds;
          profiles.push(profiled(row.label, profile, result.throughput, seconds));
          log(`  ${profile}`);
        }
      }

      const rssAtEnd = {
        fastify: rssOf(fastify.pid),
        nest: rssOf(nest.pid),
        app: rssOf(appServer.pid),
      };
      log(
        `  RSS at the end: app ${rssAtEnd.app.toFixed(0)} MB, bare Fastify ` +
          `${rssAtEnd.fastify.toFixed(0)} MB, bare Nest ${rssAtEnd.nest.toFixed(0)} MB`,
      );

      return report({
        context,
        machine,
        concurrency,
        warmupSeconds,
        durationSeconds,
        measured,
        rssAppBefore,
        rssAtEnd,
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

interface ReportInput {
  context: BenchContext;
  machine: MachineInfo;
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
  measured: Measured[];
  rssAppBefore: number;
  rssAtEnd: { fastify: number; nest: number; app: number };
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
  typeErrors: string[];
  profiles: Profiled[];
}

function report(input: ReportInput): BenchReport {
  const { context, machine, measured } = input;
  const x = (v: number): string => `${v.toFixed(2)}×`;
  const mb = (v: number): string => (Number.isNaN(v) ? '–' : `${v.toFixed(0)} MB`);
  const range = (values: number[], format: (v: number) => string): string => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return format(lo) === format(hi) ? format(lo) : `${format(lo)}–${format(hi)}`;
  };
  const of = (row: RowId, round: number): Measured =>
    measured.find((m) => m.row === row && m.round === round) as Measured;
  const rounds = Array.from({ length: ROUNDS }, (_, i) => i + 1);
  /** Throughput of `row` over the same round's `base`, per round. */
  const ratios = (row: RowId, base: RowId): number[] =>
    rounds.map((r) => of(row, r).result.throughput / of(base, r).result.throughput);
  const label = (id: RowId): string => ROWS.find((r) => r.id === id)?.label ?? id;
  /** A whole core of the machine or more: the generator, not the server, may set the pace. */
  /** CPU time per answered request, µs, from a share of the whole machine over the window. */
  const perRequest = (share: number | null, m: Measured): number =>
    share === null || m.result.throughput <= 0
      ? NaN
      : (share * machine.cpus * 1e6) / m.result.throughput;
  const us = (v: number): string => (Number.isNaN(v) ? '–' : v.toFixed(0));
  /**
   * The generator, not the server, may set the pace: it used a whole core, or as much CPU per
   * request as the server.
   */
  const generatorBound = (m: Measured): boolean =>
    m.result.cpu.generator * machine.cpus >= 0.9 ||
    perRequest(m.result.cpu.generator, m) >= perRequest(m.result.cpu.server, m);

  const header = ['Row', 'round', 'req/s', 'p50', 'p99', '÷ bare Fastify', '÷ bare Nest', 'errors'];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const figures = (code: (s: string) => string): string[][] =>
    rounds.flatMap((round) =>
      ROWS.map((row) => {
        const m = of(row.id, round);
        return [
          code(row.label),
          String(round),
          perSecond(m.result.throughput),
          ms(m.result.p50),
          ms(m.result.p99),
          x(m.result.throughput / of('fastify', round).result.throughput),
          x(m.result.throughput / of('nest', round).result.throughput),
          String(m.errors),
        ];
      }),
    );

  const summaryHeader = [
    'Row',
    'req/s',
    'p50',
    'p99',
    '÷ bare Fastify',
    '÷ bare Nest',
    'server CPU µs/req',
    'CPU/req × bare Fastify',
  ];
  const summaryAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const summary = (code: (s: string) => string): string[][] =>
    ROWS.map((row) => {
      const runs = rounds.map((r) => of(row.id, r));
      return [
        code(row.label),
        range(
          runs.map((m) => m.result.throughput),
          perSecond,
        ),
        range(
          runs.map((m) => m.result.p50),
          ms,
        ),
        range(
          runs.map((m) => m.result.p99),
          ms,
        ),
        range(ratios(row.id, 'fastify'), x),
        range(ratios(row.id, 'nest'), x),
        range(
          runs.map((m) => perRequest(m.result.cpu.server, m)),
          us,
        ),
        range(
          runs.map((m) => {
            const base = of('fastify', m.round);
            return perRequest(m.result.cpu.server, m) / perRequest(base.result.cpu.server, base);
          }),
          (v) => (Number.isNaN(v) ? '–' : v < 10 ? `${v.toFixed(1)}×` : `${v.toFixed(0)}×`),
        ),
      ];
    });

  const cpuHeader = [
    'Row',
    'round',
    'machine busy',
    'server',
    'Postgres',
    'generator',
    'server µs/req',
    'generator µs/req',
    'load 1 min',
  ];
  const cpuAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const cpuRows = (code: (s: string) => string): string[][] =>
    rounds.flatMap((round) =>
      ROWS.map((row) => {
        const m = of(row.id, round);
        return [
          code(row.label),
          String(round),
          percent(m.result.cpu.machine),
          percent(m.result.cpu.server),
          percent(m.result.cpu.postgres),
          percent(m.result.cpu.generator),
          us(perRequest(m.result.cpu.server, m)),
          `${us(perRequest(m.result.cpu.generator, m))}${generatorBound(m) ? ' (bound)' : ''}`,
          m.result.load1.toFixed(2),
        ];
      }),
    );

  const met = (values: number[], goal: number): string => {
    const passed = values.filter((v) => v >= goal).length;
    return passed === values.length
      ? 'yes'
      : passed === 0
        ? '**no**'
        : `**no** (${passed} round(s) of ${values.length})`;
  };
  const appRss = [
    ...measured.filter((m) => m.row === 'static' || m.row === 'read').map((m) => m.rssMax),
    input.rssAtEnd.app,
  ].filter((v) => !Number.isNaN(v));
  const rssMaxApp = appRss.length > 0 ? Math.max(...appRss) : NaN;
  const errors = measured.reduce((n, m) => n + m.errors, 0);
  const checks: [string, string, string][] = [
    [
      `static route ≥ ${GOAL_STATIC}× bare Fastify (issue goal)`,
      range(ratios('static', 'fastify'), x),
      met(ratios('static', 'fastify'), GOAL_STATIC),
    ],
    [
      `case read ≥ ${GOAL_READ}× bare Fastify (issue goal)`,
      range(ratios('read', 'fastify'), x),
      met(ratios('read', 'fastify'), GOAL_READ),
    ],
    [
      `API RSS < ${GOAL_RSS_MB} MB (issue goal)`,
      `${mb(input.rssAtEnd.app)} at the end, max ${mb(rssMaxApp)}`,
      Number.isNaN(rssMaxApp) ? '–' : rssMaxApp < GOAL_RSS_MB ? 'yes' : '**no**',
    ],
    ['errors = 0', String(errors), errors === 0 ? 'yes' : '**no**'],
  ];
  const firstError = measured.find((m) => m.firstError !== null);
  const boundRows = measured.filter(generatorBound);
  const boundNote =
    boundRows.length > 0
      ? `In ${boundRows.length} row(s) of ${measured.length} the load generator used a whole ` +
        'core, or as much CPU per request as the server, marked “bound” in the CPU table ' +
        `(${[...new Set(boundRows.map((m) => label(m.row)))].join('; ')}): it shares the ` +
        'machine with the server, so those req/s are partly the generator’s limit, understate ' +
        'what that server allows alone, and flatter the ratios to them. Server CPU µs per ' +
        'request (and its multiple of bare Fastify’s, same round) compares the servers without the ' +
        'generator.'
      : '';
  const memory =
    `Server memory (VmRSS): app ${mb(input.rssAppBefore)} before the rows, ` +
    `${mb(input.rssAtEnd.app)} at the end (max ${mb(rssMaxApp)} while measured); bare Fastify ` +
    `${mb(input.rssAtEnd.fastify)}, bare Nest ${mb(input.rssAtEnd.nest)} at the end.`;
  const maxLoad = Math.max(...measured.map((m) => m.result.load1));
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

  const text = [
    `overhead — ${input.concurrency} clients, ${input.warmupSeconds} s warm-up, ` +
      `${input.durationSeconds} s per row, ${ROUNDS} rounds (latencies in ms)`,
    textTable(header, figures(plain), align),
    '',
    textTable(summaryHeader, summary(plain), summaryAlign),
    '',
    textTable(cpuHeader, cpuRows(plain), cpuAlign),
    '',
    textTable(['Check', 'measured', 'met'], checks, ['l', 'r', 'l']),
    '',
    memory,
    ...(boundNote ? [boundNote] : []),
    ...(firstError ? [`first error (${label(firstError.row)}): ${firstError.firstError}`] : []),
    `load average at start ${formatLoad(input.loadAtStart)}, at end ${formatLoad(input.loadAtEnd)}`,
    ...profilesText(input.profiles),
  ].join('\n');

  const markdown = [
    `## The cost of a request (the app against bare Fastify and bare Nest)`,
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
    `- **Load:** ${input.concurrency} concurrent clients in a closed loop, keep-alive HTTP/1.1 ` +
      `(bench/support/load.ts, in the bench process); ${input.warmupSeconds} s warm-up (not ` +
      `counted), then ${input.durationSeconds} s measured per row; latencies in ms, exact ` +
      `percentiles over every request of the window. The rows run in ${ROUNDS} rounds, forward ` +
      'then backward, so that background noise weighs alike on each; every ratio divides ' +
      'req/s by the bare row of the same round. Every answer must be 200.',
    '- **Rows:** each server is a process of its own (`node`, `NODE_ENV=production`, ' +
      '`--max-old-space-size=192`). “Bare Fastify” is Fastify 5 alone with one route answering ' +
      '`{"status":"ok"}`; “bare Nest” is Nest 11 on `@nestjs/platform-fastify` with one ' +
      'controller answering the same (`logger: false`, no guards, pipes or interceptors); both ' +
      'in bench/overhead/bare-server.ts, transpiled with tsconfig.build.json’s options. “App” is ' +
      'the compiled app (`APP_ROLE=api`, `LOG_LEVEL=warn`, rate limit raised so nothing is ' +
      'refused) on a freshly migrated database `' +
      DATABASE +
      '`: GET /health/live checks nothing (Terminus with no indicators); GET ' +
      '/api/v1/cases/:id reads the one case of the database as the OFFICER who registered it ' +
      '(bearer token).',
    '',
    markdownTable(summaryHeader, summary(code), summaryAlign),
    '',
    markdownTable(['Check', 'measured', 'met'], checks, ['l', 'r', 'l']),
    '',
    memory +
      (boundNote ? ` ${boundNote}` : '') +
      (firstError ? ` First error: ${code((firstError.firstError ?? '').slice(0, 300))}.` : ''),
    '',
    '<details><summary>Each row of each round</summary>',
    '',
    markdownTable(header, figures(code), align),
    '',
    '</details>',
    '',
    '<details><summary>CPU while measuring (share of the whole machine, all cores = 100 %)</summary>',
    '',
    markdownTable(cpuHeader, cpuRows(code), cpuAlign),
    '',
    '</details>',
    ...profilesMarkdown(input.profiles, 'Each app row run once more'),
  ].join('\n');
  return { key: 'overhead', text, markdown };
}
