import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The application's source directory. */
export const SRC = join(__dirname, '..', '..', 'src');

/** Every TypeScript file below `dir` but the specs (for tests that read the source itself). */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}
