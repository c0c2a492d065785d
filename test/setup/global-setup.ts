/**
 * Once per `npm test`: a fresh database `fuyi_test_<random>` with every migration applied, and a
 * Redis key prefix of the same name. Both are passed to the tests through the environment.
 */
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { createDatabase, withDatabase } from '../../src/database/database-admin';

export default async function globalSetup(): Promise<void> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `fuyi_test_${randomBytes(4).toString('hex')}`;
  await createDatabase(withDatabase(base, name));

  process.env.FUYI_TEST_DATABASE = name;
  process.env.DATABASE_URL = withDatabase(base, name);
  process.env.REDIS_PREFIX = name;

  const ds = new DataSource({ ...dataSourceOptions(validateEnv(process.env)), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
