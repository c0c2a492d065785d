/** `npm run bench [-- <names…>] [--cases=N] [--duration=S] …`: the command line, parsed once. */

export interface BenchOptions {
  /** Benchmarks to run, in the order given; empty: every known one. */
  names: string[];
  /** Cases to seed (listing: 100,000 unless given; statistics: 1,000,000 unless given). */
  cases: number;
  /** Hearings scheduled per phase of the reminders benchmark (two letters each). */
  hearings: number;
  /** Concurrent clients of every measured row. */
  concurrency: number;
  /** Seconds of warm-up before each measured row (excluded from the figures). */
  warmupSeconds: number;
  /** Seconds measured per row. */
  durationSeconds: number;
  /** Leave the bench database behind at the end. */
  keep: boolean;
  /** Use the bench database as it is (from an earlier `--keep`): no drop, no seed. */
  reuse: boolean;
  /** Do not rewrite docs/benchmarks.md (trial runs). */
  noWrite: boolean;
  /** Profile the server’s CPU under load (overhead, registration), and sum the profiles up. */
  profile: boolean;
  /** The options given on the command line (`cases`, `concurrency`…), for per-benchmark defaults. */
  given: Set<string>;
}

const USAGE = `usage: npm run bench [-- <benchmark…>] [--cases=N] [--hearings=N] [--concurrency=N]
                      [--warmup=S] [--duration=S] [--keep] [--reuse] [--no-write] [--profile]`;

function positiveNumber(flag: string, raw: string, integer: boolean): number {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(
      `${flag} must be a positive ${integer ? 'integer' : 'number'}: ${raw}\n${USAGE}`,
    );
  }
  return value;
}

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    names: [],
    cases: 100_000,
    hearings: 10_000,
    concurrency: 4,
    warmupSeconds: 2,
    durationSeconds: 10,
    keep: false,
    reuse: false,
    noWrite: false,
    profile: false,
    given: new Set(),
  };
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      options.names.push(arg);
      continue;
    }
    const [, flag, value] = match;
    options.given.add(flag);
    const needValue = (): string => {
      if (value === undefined || value === '') throw new Error(`--${flag} needs a value\n${USAGE}`);
      return value;
    };
    switch (flag) {
      case 'cases':
        options.cases = positiveNumber('--cases', needValue(), true);
        break;
      case 'hearings':
        options.hearings = positiveNumber('--hearings', needValue(), true);
        break;
      case 'concurrency':
        options.concurrency = positiveNumber('--concurrency', needValue(), true);
        break;
      case 'warmup':
        options.warmupSeconds = positiveNumber('--warmup', needValue(), false);
        break;
      case 'duration':
        options.durationSeconds = positiveNumber('--duration', needValue(), false);
        break;
      case 'keep':
        options.keep = true;
        break;
      case 'reuse':
        options.reuse = true;
        options.keep = true;
        break;
      case 'no-write':
        options.noWrite = true;
        break;
      case 'profile':
        options.profile = true;
        break;
      case 'help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option --${flag}\n${USAGE}`);
    }
  }
  return options;
}
