/**
 * `--profile`: the app's server carries cpu-profile-hook.ts (preloaded with `node --require`),
 * and a bench profiles a stretch of load by signalling the server before and after it. The
 * profiles land in a temporary directory that outlives the run (the report names the files), and
 * are summed up by profile-summary.ts for the report.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileSummary, summarizeProfile } from './profile-summary';
import { markdownTable, percent, perSecond, textTable } from './report';
import { transpileToTemp } from './transpile';

/** One stretch of load run under the profiler. */
export interface Profiled extends ProfileSummary {
  /** What was profiled, as the report names it. */
  title: string;
  file: string;
}

export class ServerProfiler {
  /** Where the profiles are written; kept after the run. */
  readonly dir = mkdtempSync(join(tmpdir(), 'fuyi-profile-'));
  private readonly hook = transpileToTemp(join(__dirname, 'cpu-profile-hook.ts'));
  private written = 0;

  /** To add to the server's environment (startServer's `env`). */
  get env(): Record<string, string> {
    return {
      // The heap bound of the Docker image, as startServer sets it, and the hook.
      NODE_OPTIONS: `--max-old-space-size=192 --require ${this.hook.file}`,
      FUYI_PROFILE_DIR: this.dir,
    };
  }

  /** Profiles the server `pid` while `run` runs; the result of `run` and the profile's summary. */
  async during<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; profile: string }> {
    process.kill(pid, 'SIGWINCH');
    let result: T;
    try {
      result = await run();
    } finally {
      process.kill(pid, 'SIGWINCH');
    }
    this.written += 1;
    const file = join(this.dir, `${this.written}.cpuprofile`);
    const deadline = Date.now() + 30_000;
    while (!existsSync(file)) {
      if (Date.now() > deadline) throw new Error(`no CPU profile at ${file} after 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { result, profile: file };
  }

  /** The transpiled hook; the profiles stay. */
  remove(): void {
    rmSync(this.hook.dir, { recursive: true, force: true });
  }
}

/**
 * `file`, the profile of `what` under load at `throughput` per second for `seconds` (warm-up
 * included, as the profiler ran through it), summed up.
 */
export function profiled(
  what: string,
  file: string,
  throughput: number,
  seconds: number,
): Profiled {
  const summary = summarizeProfile(file);
  const perRequestUs = (summary.busyMs * 1000) / (throughput * seconds);
  const title =
    `CPU profile of ${what}: ${perSecond(throughput)} req/s while profiled, ` +
    `${(summary.busyMs / 1000).toFixed(1)} s of CPU sampled, ${perRequestUs.toFixed(0)} µs per request`;
  return { title, file, ...summary };
}

const shareRows = (shares: ProfileSummary['layers'], format: (s: string) => string) =>
  shares.map((sh) => [format(sh.name), percent(sh.share)]);
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

/** The profiles for the terminal. */
export function profilesText(profiles: Profiled[]): string[] {
  return profiles.flatMap((p) => [
    '',
    p.title,
    textTable(
      ['layer (self time)', 'share'],
      shareRows(p.layers, (s) => s),
      ['l', 'r'],
    ),
    textTable(
      ['function (self time)', 'share'],
      shareRows(p.functions, (s) => s),
      ['l', 'r'],
    ),
    p.file,
  ]);
}

/** The profiles for docs/benchmarks.md, under a heading of their own; nothing when none. */
export function profilesMarkdown(profiles: Profiled[], what: string): string[] {
  if (profiles.length === 0) return [];
  return [
    '',
    '### Where the app’s CPU goes (`--profile`)',
    '',
    `${what} under the V8 sampling profiler (100 µs; not counted in the figures above): shares ` +
      'of the sampled busy time by the layer holding the running function (its npm package or ' +
      'the app’s folder), and the functions with the most self time. `(garbage collector)` and ' +
      '`(program)` are V8’s own.',
    ...profiles.flatMap((p) => [
      '',
      `**${p.title}**`,
      '',
      markdownTable(['layer (self time)', 'share'], shareRows(p.layers, code), ['l', 'r']),
      '',
      '<details><summary>Functions with the most self time</summary>',
      '',
      markdownTable(['function (self time)', 'share'], shareRows(p.functions, code), ['l', 'r']),
      '',
      '</details>',
    ]),
  ];
}
