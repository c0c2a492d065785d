/**
 * The layout's rules, checked on the source (docs/architecture.md, "Layers"):
 * lower layers import no capability, rule files import no framework, each table is written by
 * the module that owns it, and audit rows are written by the audit module alone.
 */
import { SRC, sourceFiles } from '../test/support/source-files';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const files = sourceFiles(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
/** The top folder under src/ a file belongs to ('' for src/*.ts). */
const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0] : '';
};

const IMPORT = /^import[\s\S]*?from '([^']+)';$|^import '([^']+)';$/gm;

function importsOf(file: string): { packages: string[]; files: string[] } {
  const packages: string[] = [];
  const local: string[] = [];
  for (const m of text.get(file)!.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) local.push(resolve(dirname(file), spec) + '.ts');
    else packages.push(spec);
  }
  return { packages, files: local };
}

/** Layers below the capabilities: they may import each other, never a capability. */
const LOWER = ['common', 'config', 'access'];

describe('layers', () => {
  it('lower layers import no capability', () => {
    const offending = files
      .filter((f) => LOWER.includes(folderOf(f)))
      .flatMap((f) =>
        importsOf(f)
          .files.filter((target) => !LOWER.includes(folderOf(target)))
          .map((target) => `${relative(SRC, f)} → ${relative(SRC, target)}`),
      );
    expect(offending).toEqual([]);
  });
});

/** Rule homes: `*.rules.ts` (the law's rules), `*.enums.ts` (the vocabulary), `*.sql.ts`. */
const isRuleFile = (f: string): boolean => /\.(rules|enums|sql)\.ts$/.test(f);
const INFRASTRUCTURE = /^(@nestjs\/|typeorm|pg|bullmq|ioredis|fastify|@fastify\/|class-validator)/;

describe('rule files', () => {
  const ruleFiles = files.filter(isRuleFile);

  it('exist in every capability with law in it', () => {
    const homes = new Set(ruleFiles.map(folderOf));
    for (const capability of ['access', 'calendar', 'cases', 'reminders', 'review', 'statistics']) {
      expect([capability, homes.has(capability)]).toEqual([capability, true]);
    }
  });

  it('import no framework, database or queue library', () => {
    const offending = ruleFiles.flatMap((f) =>
      importsOf(f)
        .packages.filter((p) => INFRASTRUCTURE.test(p))
        .map((p) => `${relative(SRC, f)} → ${p}`),
    );
    expect(offending).toEqual([]);
  });

  it('reach no entity, service or database code through what they import', () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (f: string, from: string): void => {
      if (seen.has(f)) return;
      seen.add(f);
      if (/\.(entity|service|repository|controller|module|processor)\.ts$/.test(f)) {
        offending.push(`${relative(SRC, from)} → ${relative(SRC, f)}`);
        return;
      }
      if (!text.has(f)) return; // JSON data and the like
      for (const p of importsOf(f).packages) {
        if (/^(typeorm|pg|bullmq|ioredis)/.test(p)) offending.push(`${relative(SRC, f)} → ${p}`);
      }
      for (const g of importsOf(f).files) visit(g, f);
    };
    for (const f of ruleFiles) visit(f, f);
    expect(offending).toEqual([]);
  });
});

/** Each entity's table and the folder that owns it (where its entity file lives). */
const tables = files.flatMap((f) => {
  const m = /@Entity\('(\w+)'\)[\s\S]*?export class (\w+)/.exec(text.get(f)!);
  return m ? [{ table: m[1], entity: m[2], owner: folderOf(f) }] : [];
});

describe('table ownership', () => {
  it('finds the tables', () => {
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['cases', 'alerts', 'audit_log', 'refresh_tokens', 'case_decisions']),
    );
  });

  it('each table is written only by the module that owns it', () => {
    const offending: string[] = [];
    for (const f of files) {
      const folder = folderOf(f);
      if (folder === 'database') continue; // the entity registry and migrations runner
      const src = text.get(f)!;
      for (const { table, entity, owner } of tables) {
        if (folder === owner) continue;
        const writes = [
          new RegExp(
            `\\.(insert|update|save|delete|upsert|increment|decrement)\\(\\s*${entity}\\b`,
          ),
          new RegExp(`\\.(into|from)\\(\\s*${entity}\\b`),
          new RegExp(`\\binsertRows\\(\\s*\\w+(\\.\\w+)*,\\s*${entity}\\b`),
          new RegExp(`\\balongside\\(\\s*${entity}\\b`),
          new RegExp(`\\b(INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\\s+${table}\\b`),
        ];
        if (writes.some((w) => w.test(src))) offending.push(`${relative(SRC, f)} writes ${table}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
