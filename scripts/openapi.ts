/**
 * `npm run openapi:write [file]`: the OpenAPI document without a running server. Builds the HTTP
 * application in-process (src/app.factory.ts, as the tests do, never listening), takes the document
 * it serves at /docs-json (the error codes included, from src/common/messages.ts) and writes it,
 * by default to .openapi/openapi.json (gitignored: it is generated from the code each
 * time, see docs/architecture.md, "The front-end contract").
 *
 * Needs the database server and Redis of the environment (the app connects at start-up); it uses
 * the `postgres` maintenance database unless DATABASE_URL is set, and runs no migration.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? '.openapi/openapi.json');
  process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.RUN_MIGRATIONS = 'false';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.APP_ROLE = 'api';
  process.env.REDIS_PREFIX ??= 'fuyi-openapi';
  // Loaded only now: the app's modules read the environment when they are imported.
  const { createHttpApp } = await import('../src/app.factory');
  const { buildOpenApiDocument } = await import('../src/openapi');
  const app = await createHttpApp();
  try {
    const document = buildOpenApiDocument(app);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
    const operations = Object.values(document.paths).reduce(
      (n, item) => n + Object.keys(item).filter((k) => k !== 'parameters').length,
      0,
    );
    console.log(`wrote ${out}: ${operations} operations`);
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
