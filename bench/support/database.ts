/**
 * The bench database `fuyi_bench` on the Postgres server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432): dropped and created afresh, migrated exactly as the app
 * migrates (dataSourceOptions + runMigrations), dropped again at the end unless kept. A benchmark
 * that may run beside another passes a database name of its own (`name`, default `fuyi_bench`).
 */
import { Client, ClientConfig } from 'pg';
import { DataSource, Logger } from 'typeorm';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';

export const BENCH_DATABASE = 'fuyi_bench';

/** The same server as `url`, database `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The Postgres server of DATABASE_URL; its database part is replaced wherever it is used. */
export function serverUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function benchDatabaseUrl(name = BENCH_DATABASE): string {
  return withDatabase(serverUrl(), name);
}

export async function connect(url: string, applicationName: string): Promise<Client> {
  const config: ClientConfig = { connectionString: url, application_name: applicationName };
  const client = new Client(config);
  await client.connect();
  return client;
}

async function onMaintenanceDb(sql: string): Promise<void> {
  // CREATE/DROP DATABASE cannot run inside the database concerned: use `postgres` instead.
  const client = await connect(withDatabase(serverUrl(), 'postgres'), 'fuyi-bench-admin');
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name = BENCH_DATABASE): Promise<boolean> {
  const client = await connect(withDatabase(serverUrl(), 'postgres'), 'fuyi-bench-admin');
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

export async function dropBenchDatabase(name = BENCH_DATABASE): Promise<void> {
  await onMaintenanceDb(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Drops and recreates `fuyi_bench` (or `name`), then runs every migration on it. */
export async function createBenchDatabase(name = BENCH_DATABASE): Promise<string[]> {
  await dropBenchDatabase(name);
  await onMaintenanceDb(`CREATE DATABASE "${name}"`);
  const dataSource = openDataSource(undefined, name);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** A TypeORM DataSource on the bench database, configured as the app configures its own. */
export function openDataSource(logger?: Logger, name = BENCH_DATABASE): DataSource {
  const env = validateEnv({ DATABASE_URL: benchDatabaseUrl(name), APP_ROLE: 'api' });
  return new DataSource({
    ...dataSourceOptions(env),
    logging: ['error'],
    ...(logger ? { logger } : {}),
    extra: { max: 4, connectionTimeoutMillis: 5000, application_name: 'fuyi-bench-typeorm' },
  });
}
