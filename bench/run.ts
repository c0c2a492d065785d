/**
 * `npm run bench [-- <names…>] [--cases=N] [--hearings=N] [--concurrency=N] [--warmup=S]
 * [--duration=S] [--keep] [--reuse] [--no-write] [--profile]`: runs the named benchmarks (default: all), prints
 * their tables and rewrites their sections of docs/benchmarks.md (see bench/support/report.ts).
 * Benchmarks measure throughput and latency against the limits of the machine in the same run;
 * timed tests do not (DEVELOPERS, "Fast where it matters").
 */
import 'reflect-metadata';
import { documents } from './documents/documents.bench';
import { listing } from './listing/listing.bench';
import { overhead } from './overhead/overhead.bench';
import { registration } from './registration/registration.bench';
import { reminders } from './reminders/reminders.bench';
import { statistics } from './statistics/statistics.bench';
import { parseArgs } from './support/args';
import { runCleanups } from './support/cleanup';
import { Benchmark, BenchReport } from './support/benchmark';
import { REPORT_PATH, rewriteSections } from './support/report';

const BENCHMARKS: Benchmark[] = [listing, reminders, statistics, registration, documents, overhead];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseArgs(args);
  const unknown = options.names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((b) => `  ${b.name}: ${b.description}`).join('\n');
    throw new Error(`unknown benchmark(s): ${unknown.join(', ')}\nknown:\n${known}`);
  }
  const selected =
    options.names.length === 0
      ? BENCHMARKS
      : options.names.map((n) => BENCHMARKS.find((b) => b.name === n) as Benchmark);
  const command = ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' ');
  const started = Date.now();
  const log = (line: string): void =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

  const reports: BenchReport[] = [];
  for (const benchmark of selected) {
    log(`— ${benchmark.name}`);
    const report = await benchmark.run({ options, command, log });
    console.log(`\n${report.text}\n`);
    reports.push(report);
  }
  if (options.noWrite) {
    log(`--no-write: ${REPORT_PATH} left as it was`);
  } else {
    rewriteSections(reports);
    log(`wrote ${reports.map((r) => `bench:${r.key}`).join(', ')} into ${REPORT_PATH}`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the server and dropping the bench database`);
    void runCleanups().finally(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
