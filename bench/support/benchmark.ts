/** What a benchmark is to bench/run.ts: a name, and a run that returns its report. */
import { BenchOptions } from './args';

export interface BenchContext {
  options: BenchOptions;
  /** The exact command of this run, as recorded in the report. */
  command: string;
  log: (line: string) => void;
}

export interface BenchReport {
  /** Section key in docs/benchmarks.md: `<!-- bench:<key> -->`. */
  key: string;
  /** For the terminal. */
  text: string;
  /** The section's Markdown, without its markers. */
  markdown: string;
}

export interface Benchmark {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchReport>;
}
