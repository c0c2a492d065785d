/** Creating and dropping whole databases: start-up, the test runs and the migration check. */
import { Client } from 'pg';

/** The same server as `url`, database `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The database name of a postgres:// URL. */
export const databaseOf = (url: string): string =>
  decodeURIComponent(new URL(url).pathname.slice(1));

const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Runs `sql` on the `postgres` database of the server: CREATE/DROP DATABASE cannot run inside. */
async function onMaintenanceDb<T>(url: string, run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function createDatabase(url: string): Promise<void> {
  return onMaintenanceDb(url, async (c) => {
    await c.query(`CREATE DATABASE ${quoted(databaseOf(url))}`);
  });
}

export function dropDatabase(url: string): Promise<void> {
  return onMaintenanceDb(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoted(databaseOf(url))} WITH (FORCE)`);
  });
}

/** Creates the database of `url` when the server lacks it; true when it did. */
export function createDatabaseIfMissing(url: string): Promise<boolean> {
  return onMaintenanceDb(url, async (c) => {
    const name = databaseOf(url);
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await c.query(`CREATE DATABASE ${quoted(name)}`).catch((e: { code?: string }) => {
      // Another replica created it meanwhile: duplicate_database, or (both inserting into
      // pg_database at once) a unique violation on its name.
      if (e.code !== '42P04' && e.code !== '23505') throw e;
    });
    return true;
  });
}
