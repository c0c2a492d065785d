/**
 * Time limits on the database (docs/operations.md, "Time limits"): a statement past
 * DATABASE_STATEMENT_TIMEOUT_MS, a wait for a pooled connection past DATABASE_CONNECT_TIMEOUT_MS,
 * and a frozen server (every Postgres process SIGSTOPped) all answer 503 SERVICE_UNAVAILABLE
 * within their bound, and the same app answers 200 again once the database is back. On a private
 * cluster (never the shared server), removed at the end whatever happens.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createDatabase } from '../../src/database/database-admin';
import { bearer, expectError, expectStatus, Fixtures } from '../support/fixtures';
import { startApp, TestApp } from '../support/test-app';
import { migrate, PrivateCluster } from './support/postgres';
import { waitFor } from './support/wait';

jest.setTimeout(180_000);

const STATEMENT_MS = 1500;
const CONNECT_MS = 700;
/** The client gives up on a frozen server this long after statement_timeout (data-source.ts). */
const MARGIN_MS = 2000;
const SLACK_MS = 1500;

const run = promisify(execFile);

describe('database time limits', () => {
  let cluster: PrivateCluster | undefined;
  let t: TestApp | undefined;
  let token = '';
  let locker: Client | undefined;
  let frozen: number[] = [];

  const app = (): TestApp => t as TestApp;
  const me = () => app().http().get('/api/v1/auth/me').set('authorization', bearer(token));
  const timed = async (req: () => Promise<import('supertest').Response>) => {
    const started = Date.now();
    const res = await req();
    return { res, ms: Date.now() - started };
  };

  beforeAll(async () => {
    cluster = await PrivateCluster.create();
    const url = cluster.url('fuyi_time_limits');
    await createDatabase(url);
    await migrate(url);
    t = await startApp({
      env: {
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: '2',
        DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
        DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_MS),
        // The guard's session check stays cached: what is timed is the route's own query.
        SESSION_CHECK_SECONDS: '60',
      },
    });
    const fx = await Fixtures.asAdmin(t);
    token = fx.adminToken;
    expectStatus(await me(), 200);
    locker = new Client({ connectionString: url });
    await locker.connect();
  });

  afterAll(async () => {
    for (const pid of frozen) process.kill(pid, 'SIGCONT');
    await locker?.end().catch(() => undefined);
    await t?.close().catch(() => undefined);
    await cluster?.remove();
  });

  const lockUsers = async () => {
    await locker!.query('BEGIN');
    await locker!.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
  };
  const release = () => locker!.query('ROLLBACK');

  it('a statement past statement_timeout answers 503 within the bound, and the next one 200', async () => {
    await lockUsers();
    try {
      const { res, ms } = await timed(() => me());
      expectError(res, 503, 'SERVICE_UNAVAILABLE');
      expect(ms).toBeGreaterThanOrEqual(STATEMENT_MS - 100);
      expect(ms).toBeLessThan(STATEMENT_MS + SLACK_MS);
    } finally {
      await release();
    }
    expectStatus(await me(), 200);
  });

  it('a request that waits for a pooled connection past the limit answers 503', async () => {
    await lockUsers();
    try {
      // Both connections of the pool wait on the lock …
      const busy = [me(), me()];
      await new Promise((r) => setTimeout(r, 300));
      // … so a third request waits for one, and gives up after DATABASE_CONNECT_TIMEOUT_MS.
      const { res, ms } = await timed(() => me());
      expectError(res, 503, 'SERVICE_UNAVAILABLE');
      expect(ms).toBeLessThan(CONNECT_MS + SLACK_MS);
      for (const r of await Promise.all(busy)) expectError(r, 503, 'SERVICE_UNAVAILABLE');
    } finally {
      await release();
    }
    expectStatus(await me(), 200);
  });

  it('a frozen server (SIGSTOP) answers 503 within the bound; thawed, the same app recovers', async () => {
    const postmaster = Number(
      (await readFile(join(cluster!.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(postmaster)]);
    frozen = [
      postmaster,
      ...stdout
        .split('\n')
        .map(Number)
        .filter((n) => n > 0),
    ];
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      const answers = await Promise.all([timed(() => me()), timed(() => me()), timed(() => me())]);
      for (const { res, ms } of answers) {
        expectError(res, 503, 'SERVICE_UNAVAILABLE');
        expect(ms).toBeLessThan(STATEMENT_MS + MARGIN_MS + SLACK_MS);
      }
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      frozen = [];
    }
    expect(await waitFor(async () => (await me()).status === 200, 20_000)).toBe(true);
    expectStatus(await me(), 200);
  });
});
