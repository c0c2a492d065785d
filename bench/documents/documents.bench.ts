/**
 * `documents`: how fast the project's renderer writes a .docx (docs/domain.md, "Documents and
 * service"), against the same `docx` library writing a minimal document, in the same process and
 * the same run.
 *
 * Two rows, each one render after another in this process (no server, no database):
 *
 * 1. the renderer: `DocumentTemplates.render` over the repository's template
 *    (templates/documents/default.docx and office.json, as the app loads them at start-up) with the
 *    composition of a 行政复议决定书, the longest kind, from the realistic facts of
 *    src/documents/texts/facts-fixture.ts (`compose(DECISION, documentFacts(…))`) and a 文号;
 * 2. the baseline: `new Document` with one paragraph → `Packer.toBuffer`, what the library does at
 *    the least.
 *
 * After `--warmup` seconds of both (not counted), the two rows are measured alternately in rounds
 * of a second until each has had `--duration` seconds, so that other work on the machine weighs
 * on both alike. Latencies are per render (ms), exact percentiles over every render measured. Every
 * rendered file is checked once: no placeholder left, the 文号 and the title in its text.
 */
import { Document, Packer, Paragraph, patchDetector, TextRun } from 'docx';
import mammoth from 'mammoth';
import { validateEnv } from '../../src/config/env';
import { DocumentTemplates } from '../../src/documents/document-templates';
import { DocumentKind } from '../../src/documents/document.enums';
import { chineseDate, compose, Composition } from '../../src/documents/texts';
import { documentFacts } from '../../src/documents/texts/facts-fixture';
import { BenchContext, BenchReport, Benchmark } from '../support/benchmark';
import { connect, serverUrl } from '../support/database';
import { percentile } from '../support/load';
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

const KIND = DocumentKind.DECISION;
const NUMBER = '区府复决〔2026〕17号';
const DATE = chineseDate('2026-05-06');
/** Length of one measured round of a row, in seconds. */
const ROUND_SECONDS = 1;

type Render = () => Promise<Buffer>;

interface Row {
  name: string;
  renders: number;
  seconds: number;
  latencies: Float64Array;
  bytes: number;
  cpu: CpuShares;
}

/** Postgres is not used; its version is recorded with the machine as the other sections do. */
async function postgresVersion(): Promise<string> {
  try {
    const db = await connect(serverUrl(), 'fuyi-bench-documents');
    try {
      return (await db.query<{ v: string }>(`SELECT split_part(version(), ',', 1) AS v`)).rows[0].v;
    } finally {
      await db.end();
    }
  } catch {
    return 'PostgreSQL (not reachable; not used here)';
  }
}

/** The text of a .docx, as a reader of the format (mammoth) finds it. */
async function documentText(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

/** Renders one after another for `seconds`; adds each render's latency to `into`. */
async function measure(render: Render, seconds: number, into: number[]): Promise<number> {
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  let n = 0;
  for (;;) {
    const t0 = process.hrtime.bigint();
    if (t0 >= end) return n;
    await render();
    into.push(Number(process.hrtime.bigint() - t0) / 1e6);
    n += 1;
  }
}

export const documents: Benchmark = {
  name: 'documents',
  description:
    'documents (.docx) rendered per second by DocumentTemplates.render (a 决定书) against docx writing a minimal document',
  async run(context: BenchContext): Promise<BenchReport> {
    const { options, log } = context;
    const started = new Date();
    const loadAtStart = loadAverage();
    const machine = machineInfo(await postgresVersion());

    const env = validateEnv({
      DOCUMENT_TEMPLATES_DIR: process.env.DOCUMENT_TEMPLATES_DIR || 'templates/documents',
    });
    const templates = new DocumentTemplates(env);
    await templates.onModuleInit();
    const composition: Composition = compose(KIND, documentFacts({ kind: KIND }));
    const ours: Render = () => templates.render(KIND, composition, { number: NUMBER, date: DATE });
    const minimal: Render = () =>
      Packer.toBuffer(
        new Document({
          sections: [{ children: [new Paragraph({ children: [new TextRun('行政复议决定书')] })] }],
        }),
      );

    // Each output checked once: what is measured is a real document.
    const sample = await ours();
    const left = await patchDetector({ data: sample });
    const text = await documentText(sample);
    const problems = [
      ...(left.length > 0 ? [`placeholders left: ${left.join(', ')}`] : []),
      ...(text.includes(NUMBER) ? [] : [`no 文号 ${NUMBER}`]),
      ...(text.includes(composition.title) ? [] : [`no title ${composition.title}`]),
    ];
    if (problems.length > 0)
      throw new Error(`the rendered 决定书 is wrong: ${problems.join('; ')}`);
    const baselineSample = await minimal();
    if (!(await documentText(baselineSample)).includes('行政复议决定书')) {
      throw new Error('the minimal document lacks its paragraph');
    }
    const bodyChars = composition.body.reduce((n, p) => n + p.length, 0);

    log(`warm-up: ${options.warmupSeconds} s of each`);
    await measure(ours, options.warmupSeconds, []);
    await measure(minimal, options.warmupSeconds, []);

    const rows: { name: string; render: Render; latencies: number[]; seconds: number }[] = [
      { name: 'DocumentTemplates.render, 决定书', render: ours, latencies: [], seconds: 0 },
      {
        name: 'docx minimal (new Document, 1 paragraph → Packer.toBuffer)',
        render: minimal,
        latencies: [],
        seconds: 0,
      },
    ];
    const cpuTicks = rows.map(() => ({ busy: [] as CpuShares[] }));
    log(
      `measuring ${options.durationSeconds} s of each, alternating in rounds of ${ROUND_SECONDS} s`,
    );
    while (rows.some((r) => r.seconds < options.durationSeconds)) {
      for (const [i, r] of rows.entries()) {
        if (r.seconds >= options.durationSeconds) continue;
        const round = Math.min(ROUND_SECONDS, options.durationSeconds - r.seconds);
        const from = cpuSnapshot(null);
        const t0 = process.hrtime.bigint();
        await measure(r.render, round, r.latencies);
        r.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
        cpuTicks[i].busy.push(cpuShares(from, cpuSnapshot(null)));
      }
    }
    const results: Row[] = rows.map((r, i) => ({
      name: r.name,
      renders: r.latencies.length,
      seconds: r.seconds,
      latencies: Float64Array.from(r.latencies).sort(),
      bytes: i === 0 ? sample.length : baselineSample.length,
      cpu: meanShares(cpuTicks[i].busy),
    }));
    for (const r of results) {
      log(`  ${r.name}: ${perSecond(r.renders / r.seconds)}/s`);
    }
    return report(context, {
      machine,
      rows: results,
      composition: { paragraphs: composition.body.length, chars: bodyChars },
      started,
      finished: new Date(),
      loadAtStart,
      loadAtEnd: loadAverage(),
    });
  },
};

function meanShares(all: CpuShares[]): CpuShares {
  const mean = (pick: (c: CpuShares) => number | null): number | null => {
    const values = all.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  };
  return {
    machine: mean((c) => c.machine),
    server: null,
    postgres: mean((c) => c.postgres),
    generator: mean((c) => c.generator) ?? 0,
  };
}

interface Results {
  machine: MachineInfo;
  rows: Row[];
  composition: { paragraphs: number; chars: number };
  started: Date;
  finished: Date;
  loadAtStart: [number, number, number];
  loadAtEnd: [number, number, number];
}

function report(context: BenchContext, r: Results): BenchReport {
  const [ours, baseline] = r.rows;
  const rate = (row: Row): number => row.renders / row.seconds;
  const header = [
    'Row',
    'renders',
    'seconds',
    'per second',
    'p50',
    'p99',
    'max',
    'bytes',
    'this process',
    'machine busy',
  ];
  const align: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const p = (row: Row, q: number): string => ms(percentile(row.latencies, q));
  const rows = (code: (s: string) => string): string[][] =>
    r.rows.map((row) => [
      code(row.name),
      thousands(row.renders),
      row.seconds.toFixed(1),
      perSecond(rate(row)),
      p(row, 0.5),
      p(row, 0.99),
      ms(row.latencies[row.latencies.length - 1] ?? NaN),
      thousands(row.bytes),
      percent(row.cpu.generator),
      percent(row.cpu.machine),
    ]);
  const ratio = rate(ours) / rate(baseline);
  const summary =
    `The renderer writes ${perSecond(rate(ours))} 决定书 per second on one core, ` +
    `${(ratio * 100).toFixed(0)} % of the minimal document's rate ` +
    `(${(1 / ratio).toFixed(1)}× its time per document: p50 ${p(ours, 0.5)} against ` +
    `${p(baseline, 0.5)} ms).`;
  const plain = (s: string): string => s;
  const code = (s: string): string => `\`${s}\``;
  const text = [
    `documents — one render at a time in this process, ${r.rows[0].seconds.toFixed(0)} s per row`,
    textTable(header, rows(plain), align),
    '',
    summary,
    `load average at start ${formatLoad(r.loadAtStart)}, at end ${formatLoad(r.loadAtEnd)}`,
  ].join('\n');
  const markdown = [
    '## Documents (.docx) rendered',
    '',
    `- **Command:** \`${context.command}\``,
    `- **When:** ${r.started.toISOString()} – ${r.finished.toISOString()}; code ${r.machine.commit}`,
    `- **Machine:** ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ` +
      `${r.machine.platform}, Node ${r.machine.node}, ${r.machine.postgres} (not used here)`,
    `- **Load average** (1/5/15 min): ${formatLoad(r.loadAtStart)} at start, ` +
      `${formatLoad(r.loadAtEnd)} at end. Other work on the machine shows in “machine busy” ` +
      'beyond this process.',
    `- **Load:** one render after another in the bench process (single-threaded, no server, no ` +
      `database), ${context.options.warmupSeconds} s of warm-up of each row (not counted), then ` +
      `${context.options.durationSeconds} s of each, the rows alternating in rounds of ` +
      `${ROUND_SECONDS} s; latencies in ms, exact percentiles over every render.`,
    `- **Rows:** *DocumentTemplates.render* is what issuing a document runs after reading the ` +
      'case: the repository’s template (`templates/documents/default.docx`, office.json) patched ' +
      'with `docx`’s `patchDocument` (heading, 文号, title, recipient, body paragraphs in the ' +
      '正文 style, attachments, issuer, date, seal) for the composition of a 行政复议决定书, the ' +
      'longest kind, from the realistic facts of `src/documents/texts/facts-fixture.ts` ' +
      `(${r.composition.paragraphs} body paragraphs, ${thousands(r.composition.chars)} ` +
      'characters); the output was checked to hold the 文号 and the title and no placeholder. ' +
      '*docx minimal* is the same library writing the least it can: `new Document` with one ' +
      'paragraph, `Packer.toBuffer`.',
    '',
    markdownTable(header, rows(code), align),
    '',
    summary,
  ].join('\n');
  return { key: 'documents', text, markdown };
}
