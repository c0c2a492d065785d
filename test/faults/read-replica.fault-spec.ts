/**
 * The statistics read from a streaming replica when DATABASE_REPLICA_URL names one
 * (docs/operations.md, "A read replica for the statistics"); everything else stays on the
 * primary. A private primary and a hot standby of it (pg_basebackup -R), never the shared server;
 * both are stopped and removed at the end, whatever happens.
 *
 * - With the standby's replay paused, a new case shows in the list (primary) at once but not in
 *   the statistics (standby) until replay resumes.
 * - With the standby stopped, the statistics answer 503 SERVICE_UNAVAILABLE while the list,
 *   registration and readiness (the primary) go on; started again, the statistics answer.
 */
import { Client } from 'pg';
import { createDatabase } from '../../src/database/database-admin';
import { Role } from '../../src/access/role';
import { bearer, expectError, expectStatus, Fixtures } from '../support/fixtures';
import { startApp, TestApp, unique } from '../support/test-app';
import { migrate, PrivateCluster } from './support/postgres';
import { application, register } from './support/registrations';
import { until } from './support/wait';

jest.setTimeout(180_000);

const RECEIVED_ON = '2026-02-27'; // before the TestClock's today (2026-03-02)
const YEAR = 'from=2026-01-01&to=2026-12-31';

async function one<T>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: T }>(`SELECT ${sql} AS v`)).rows[0].v;
  } finally {
    await client.end();
  }
}

describe('statistics on a read replica', () => {
  let primary: PrivateCluster | undefined;
  let standby: PrivateCluster | undefined;
  let t: TestApp | undefined;
  let officer = '';
  let respondentId = '';
  let n = 0;
  const database = 'fuyi_replica';

  const app = (): TestApp => t as TestApp;

  async function registerOne(): Promise<string> {
    n += 1;
    const a = await register(
      app().app.getHttpServer(),
      officer,
      unique('replica'),
      application(respondentId, RECEIVED_ON, n),
    );
    expect(a.status).toBe(201);
    return a.caseId!;
  }

  const received = async (): Promise<number> => {
    const res = await app()
      .http()
      .get(`/api/v1/statistics/reconsideration?${YEAR}`)
      .set('authorization', bearer(officer));
    expectStatus(res, 200);
    return (res.body as { total: { received: number } }).total.received;
  };

  const listed = async (): Promise<string[]> => {
    const res = await app().http().get('/api/v1/cases').set('authorization', bearer(officer));
    expectStatus(res, 200);
    return (res.body as { items: { id: string }[] }).items.map((c) => c.id);
  };

  /** Until the standby has replayed everything the primary has written. */
  const caughtUp = async (): Promise<void> => {
    const lsn = await one<string>(primary!.url(database), 'pg_current_wal_lsn()::text');
    await until('the standby to catch up', 30_000, async () => {
      const behind = await one<string>(
        standby!.url(database),
        `pg_wal_lsn_diff('${lsn}', pg_last_wal_replay_lsn())::text`,
      );
      return Number(behind) <= 0 ? true : null;
    });
  };

  beforeAll(async () => {
    primary = await PrivateCluster.create();
    await createDatabase(primary.url(database));
    await migrate(primary.url(database));
    standby = await PrivateCluster.standbyOf(primary);
    t = await startApp({
      env: {
        DATABASE_URL: primary.url(database),
        DATABASE_REPLICA_URL: standby.url(database),
      },
    });
    const f = await Fixtures.asAdmin(t);
    respondentId = (await f.createAgency()).id;
    officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
  });

  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await standby?.remove();
      await primary?.remove();
    }
  });

  it('reads the standby: a case appears in the figures when the standby has replayed it', async () => {
    for (let i = 0; i < 3; i++) await registerOne();
    await caughtUp();
    expect(await received()).toBe(3);
    expect(await one<boolean>(standby!.url(database), 'pg_is_in_recovery()')).toBe(true);

    await one(standby!.url(database), 'pg_wal_replay_pause()');
    try {
      const late = await registerOne();
      expect(await listed()).toContain(late); // the list reads the primary
      expect(await received()).toBe(3); // the statistics read the paused standby
    } finally {
      await one(standby!.url(database), 'pg_wal_replay_resume()');
    }
    await caughtUp();
    expect(await received()).toBe(4);
  });

  it('with the standby down, the statistics answer 503 and the rest goes on', async () => {
    await standby!.stop('fast');
    try {
      const res = await app()
        .http()
        .get(`/api/v1/statistics/reconsideration?${YEAR}`)
        .set('authorization', bearer(officer));
      expectError(res, 503, 'SERVICE_UNAVAILABLE');
      expectStatus(await app().http().get('/health/ready'), 200);
      const id = await registerOne();
      expect(await listed()).toContain(id);
    } finally {
      await standby!.start();
    }
    await caughtUp();
    expect(await received()).toBe(5);
  });
});
