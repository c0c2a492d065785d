/**
 * `npm run migration:check`: do the migrations build exactly the schema the entities describe?
 *
 * Creates a fresh database `fuyi_migcheck_<random>` on the server of DATABASE_URL, runs every
 * migration on it, then asks TypeORM what it would still change to match the entities. Any
 * pending statement means an entity was changed without a migration (or the other way round):
 * the statements are listed and the exit code is 1. The temporary database is always dropped.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { validateEnv } from '../src/config/env';
import { dataSourceOptions } from '../src/database/data-source';

/** The same server as `url`, database `name`. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onMaintenanceDb(baseUrl: string, sql: string): Promise<void> {
  // CREATE/DROP DATABASE cannot run inside the database concerned: use `postgres` instead.
  const client = new Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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
  console.log(`migration check on ${server.host}, temporary database ${name}`);

  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await onMaintenanceDb(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
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

  await onMaintenanceDb(baseUrl, `CREATE DATABASE "${name}"`);
  try {
    const pending = await pendingStatements(withDatabase(baseUrl, name));
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
