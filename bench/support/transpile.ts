/**
 * Bench sources that run in a process of their own (the bare servers, the profiler hook) are
 * transpiled as the app is compiled, so what runs is what `tsc` would emit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');

/**
 * A file of the benches as plain JavaScript in a fresh temporary directory, with the compiler
 * options of tsconfig.build.json (how the app is compiled): what runs is what `tsc` would emit.
 */
export function transpileToTemp(source: string): { dir: string; file: string } {
  const configPath = join(ROOT, 'tsconfig.build.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT);
  const output = ts.transpileModule(readFileSync(source, 'utf8'), {
    fileName: source,
    compilerOptions: { ...parsed.options, sourceMap: false, inlineSourceMap: false },
    reportDiagnostics: true,
  });
  const errors = output.diagnostics ?? [];
  if (errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${basename(source)} did not transpile:\n${text.join('\n')}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'fuyi-bench-js-'));
  const file = join(dir, basename(source).replace(/\.ts$/, '.js'));
  writeFileSync(file, output.outputText);
  return { dir, file };
}
