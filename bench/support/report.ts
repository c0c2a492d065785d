/**
 * docs/benchmarks.md: one section per benchmark (and table size), between
 * `<!-- bench:<key> -->` and `<!-- /bench:<key> -->`. A run rewrites the sections it measured and
 * leaves everything else in the file as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPORT_PATH = resolve(__dirname, '..', '..', 'docs', 'benchmarks.md');

const PREAMBLE = `# Benchmarks

Measured with \`npm run bench\` (bench/run.ts), never with timed tests: each run measures our
figures and, in the same run on the same machine, the machine's own limit for the same work, so
that a figure can be read against what the hardware allows. Each section below is rewritten by
the run that produced it and names the exact command, the machine and how busy it was.

`;

export function rewriteSections(sections: { key: string; markdown: string }[]): void {
  let text = existsSync(REPORT_PATH) ? readFileSync(REPORT_PATH, 'utf8') : PREAMBLE;
  for (const { key, markdown } of sections) {
    const open = `<!-- bench:${key} -->`;
    const close = `<!-- /bench:${key} -->`;
    const block = `${open}\n${markdown.trim()}\n${close}`;
    const from = text.indexOf(open);
    const to = text.indexOf(close);
    if (from >= 0 && to > from) {
      text = text.slice(0, from) + block + text.slice(to + close.length);
    } else {
      text = `${text.trimEnd()}\n\n${block}\n`;
    }
  }
  writeFileSync(REPORT_PATH, text.endsWith('\n') ? text : `${text}\n`);
}

/** A Markdown table; `align` per column, 'r' for numbers. */
export function markdownTable(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(align.map((a) => (a === 'r' ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n');
}

/** A plain-text table for the terminal. */
export function textTable(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const pad = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [pad(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad)].join('\n');
}

export const ms = (v: number): string =>
  Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);

export const perSecond = (v: number): string => (v < 100 ? v.toFixed(1) : v.toFixed(0));

export const percent = (v: number | null): string =>
  v === null ? '–' : `${Math.round(v * 100)} %`;

export const thousands = (n: number): string => n.toLocaleString('en-US');

/** The section key of a run at a size: `listing:100k`, `statistics:1m`, `reminders:10k`. */
export const sizedKey = (name: string, n: number): string =>
  n % 1_000_000 === 0
    ? `${name}:${n / 1_000_000}m`
    : n % 1000 === 0
      ? `${name}:${n / 1000}k`
      : `${name}:${n}`;
