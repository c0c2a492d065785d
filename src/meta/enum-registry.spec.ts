import { readFileSync } from 'node:fs';
import { SRC, sourceFiles } from '../../test/support/source-files';
import { relative } from 'node:path';
import { ENUM_REGISTRY, enumName } from './enum-registry';

/** Every `export const X_LABELS` of src, with the file that exports it. */
const labelExports = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/export const (\w+_LABELS)\b/g)].map((m) => ({
    file,
    name: m[1],
  })),
);

describe('the enum registry served by GET /meta/enums', () => {
  it('finds the label maps of the source', () => {
    expect(labelExports.length).toBeGreaterThanOrEqual(19);
  });

  it.each(labelExports.map((e) => [e.name, relative(SRC, e.file), e.file]))(
    '%s (%s) is served, as the very map the code uses',
    (name, _where, file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(file) as Record<string, unknown>;
      expect(ENUM_REGISTRY[enumName(name)]).toBe(module[name]);
    },
  );

  it('serves nothing else, and every label is Chinese', () => {
    expect(Object.keys(ENUM_REGISTRY).sort()).toEqual(
      labelExports.map((e) => enumName(e.name)).sort(),
    );
    for (const labels of Object.values(ENUM_REGISTRY)) {
      expect(Object.keys(labels).length).toBeGreaterThan(0);
      for (const label of Object.values(labels)) expect(label).toMatch(/\p{Script=Han}/u);
    }
  });

  it('names each enum after its map', () => {
    expect(enumName('CASE_STATUS_LABELS')).toBe('CaseStatus');
    expect(enumName('ROLE_LABELS')).toBe('Role');
  });
});
