/**
 * Three API processes start at once on an empty database, as replicas do after a deploy
 * (docs/operations.md, Migrations): one migrates under the advisory lock while the others wait,
 * every replica becomes ready, each migration ran once, and the index the migrations build
 * CONCURRENTLY is valid. (Waiting in a blocking pg_advisory_lock held a snapshot that the
 * concurrent index build waited for in turn: a deadlock.) The database is the test's own, dropped
 * at the end; the processes are always stopped.
 */
import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { dropDatabase, withDatabase } from '../../src/database/database-admin';
import { Child, freePort, startService } from './support/processes';
import { until } from './support/wait';

jest.setTimeout(180_000);

const REPLICAS = 3;

describe('replicas starting together on an empty database', () => {
  const url = withDatabase(
    process.env.DATABASE_URL ?? '',
    `${process.env.FUYI_TEST_DATABASE ?? 'fuyi_test'}_replicas`,
  );
  const children: Child[] = [];

  afterAll(async () => {
    for (const c of children) await c.kill();
    await dropDatabase(url);
  });

  it('one migrates, all become ready, every migration ran once, the concurrent index is valid', async () => {
    await dropDatabase(url);
    const ports: number[] = [];
    for (let i = 1; i <= REPLICAS; i++) {
      const port = await freePort();
      ports.push(port);
      children.push(
        startService(
          'main',
          {
            APP_ROLE: 'api',
            DATABASE_URL: url,
            RUN_MIGRATIONS: 'true',
            DATABASE_POOL_SIZE: '3',
            PORT: String(port),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'fuyi'}-replicas`,
          },
          `api ${i}`,
        ),
      );
    }
    try {
      for (const port of ports) {
        await until(`replica on ${port} ready`, 60_000, async () => {
          const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
          return res?.status === 200 ? true : null;
        });
      }
    } catch (e) {
      throw new Error(
        `${String(e)}\n${children.map((c) => `--- ${c.name} (exit ${String(c.process.exitCode)} ${String(c.process.signalCode)}):\n${c.output.slice(-3000)}`).join('\n')}`,
      );
    }

    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const ran = await db.query<{ name: string; n: number }>(
        'SELECT name, count(*)::int AS n FROM migrations GROUP BY name',
      );
      expect(ran.rows).toHaveLength(MIGRATIONS.length);
      expect(ran.rows.every((r) => r.n === 1)).toBe(true);
      const invalid = await db.query(
        `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE NOT indisvalid`,
      );
      expect(invalid.rows).toEqual([]);
      const index = await db.query<{ def: string }>(
        `SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'cases_received_idx'`,
      );
      expect(index.rows[0].def).toMatch(/\(received_on, id\) INCLUDE \(concluded_on/);
    } finally {
      await db.end();
    }
  });
});
