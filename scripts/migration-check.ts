/**
 * `npm run migration:check`: do the migrations build exactly the schema the entities describe?
 *
 * Creates a fresh database `fuyi_migcheck_<random>` on the server of DATABASE_URL, runs every
 * migration on it, then asks TypeORM what it would still change to match the entities. Any
 * pending statement means an entity was changed without a migration (or the other way round):
 * the statements are listed and the exit code is 1. The temporary database is always dropped.
 */
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateEnv } from '../src/config/env';
import { createDatabase, dropDatabase, withDatabase } from '../src/database/database-admin';
import { dataSourceOptions } from '../src/database/data-source';

async function pendingStatements(databaseUrl: string): Promise<string[]> {
  const env = validateEnv({ ...process.env, DATABASE_URL: databaseUrl, APP_ROLE: 'api' });
  const dataSource = new DataSource({
    ...dataSourceOptions(env),
    logging: ['error'],
    extra: { max: 2, connectionTimeoutMillis: 5000, application_name: 'fuyi-migration-check' },
  });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    console.log(`ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ') || '-'}`);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) =>
      q.parameters && q.parameters.length > 0
        ? `${q.query} -- parameters: ${JSON.stringify(q.parameters)}`
        : q.query,
    );
  } finally {
    await dataSource.destroy();
  }
}

let interrupted = false;

async function main(): Promise<number> {
  const baseUrl = validateEnv(process.env).DATABASE_URL;
  const name = `fuyi_migcheck_${randomBytes(4).toString('hex')}`;
  const server = new URL(baseUrl);
  const url = withDatabase(baseUrl, name);
  console.log(`migration check on ${server.host}, temporary database ${name}`);

  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await dropDatabase(url);
  };
  // Ctrl-C or a CI timeout must not leave the temporary database behind either.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      drop()
        .catch((e: unknown) => console.error(`could not drop ${name}: ${String(e)}`))
        .finally(() => process.exit(130));
    });
  }

  await createDatabase(url);
  try {
    const pending = await pendingStatements(url);
    if (pending.length > 0) {
      console.error(
        `entities and migrations disagree: ${pending.length} statement(s) would still be needed ` +
          `after all migrations ran.\nWrite a migration (npm run migration:generate -- ` +
          `migrations/<Name>) or fix the entity. Pending:\n`,
      );
      for (const statement of pending) console.error(`  ${statement};`);
      return 1;
    }
    console.log('entities and migrations agree');
    return 0;
  } finally {
    await drop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (interrupted) return; // the signal handler drops the database and exits
    console.error(
      `migration check failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    process.exit(1);
  });
