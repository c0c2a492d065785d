/** Drops the run's database and deletes its Redis keys, whatever the outcome of the tests. */
import Redis from 'ioredis';
import { dropDatabase, withDatabase } from '../../src/database/database-admin';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.FUYI_TEST_DATABASE;
  if (!name?.startsWith('fuyi_test_')) return; // never drop anything a test run did not create
  await dropDatabase(withDatabase(process.env.DATABASE_URL ?? '', name));

  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${name}}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis may have been stopped by a fault test that failed to restart it; nothing to clean then.
  } finally {
    redis.disconnect();
  }
}
