/**
 * PostgreSQL stops under a running API and starts again (docs/architecture.md, "Reliability":
 * "Postgres down: the API answers 503 quickly and recovers by itself when it returns"). The database is a
 * private cluster (initdb + pg_ctl on a free port), never the shared server; it is stopped and
 * removed at the end, whatever happens.
 *
 * - Stopped cleanly (`pg_ctl stop -m fast`) and crashed (`-m immediate`) while requests are in
 *   flight: every request is answered, 2xx or 503, none 500, none hanging.
 * - While it is down: what needs the database answers 503 SERVICE_UNAVAILABLE in the error shape
 *   (docs/architecture.md, "API conventions") within a bound; /health/ready answers 503 naming
 *   the database; /health/live 200.
 * - Started again: the same app process answers 2xx without a restart; retried registrations
 *   (same Idempotency-Key) give exactly one case per key, numbered without gaps.
 */
import request from 'supertest';
import { createDatabase } from '../../src/database/database-admin';
import { Role } from '../../src/access/role';
import { bearer, ErrorBody, expectError, expectStatus, Fixtures } from '../support/fixtures';
import { ADMIN, startApp, TestApp, unique } from '../support/test-app';
import { migrate, PrivateCluster } from './support/postgres';
import {
  ANSWER_WITHIN_MS,
  application,
  Attempt,
  expectOneCasePerKey,
  register,
} from './support/registrations';
import { sleep, until } from './support/wait';

jest.setTimeout(180_000);

/** A request that needs the database is refused within this while Postgres is away. */
const REFUSED_WITHIN_MS = 5_000;
const YEAR = 2026;
const RECEIVED_ON = '2026-02-27'; // before the TestClock's today (2026-03-02)

describe('Postgres stopped and started again under a running API', () => {
  let cluster: PrivateCluster | undefined;
  let t: TestApp | undefined;
  let officer = '';
  let respondentId = '';
  /** Every key sent, with its body and the case it got. */
  const sent = new Map<string, { body: object; caseId?: string }>();
  let n = 0;

  const app = (): TestApp => t as TestApp;
  const http = () => app().http();
  const server = () => app().app.getHttpServer();

  /** A registration with a new key, recorded; never throws. */
  async function registerNew(): Promise<Attempt> {
    n += 1;
    const key = unique('pg-fault');
    const body = application(respondentId, RECEIVED_ON, n);
    sent.set(key, { body });
    const a = await register(server(), officer, key, body);
    if (a.status === 201) sent.set(key, { body, caseId: a.caseId });
    return a;
  }

  /** GET /api/v1/cases, timed; never throws. */
  async function listCases(): Promise<{ status: number; ms: number; body: unknown }> {
    const started = Date.now();
    try {
      const res = await request(server())
        .get('/api/v1/cases')
        .set('authorization', bearer(officer))
        .timeout({ response: ANSWER_WITHIN_MS });
      return { status: res.status, ms: Date.now() - started, body: res.body };
    } catch (e) {
      return { status: 0, ms: Date.now() - started, body: (e as Error).message };
    }
  }

  beforeAll(async () => {
    cluster = await PrivateCluster.create();
    const url = cluster.url('fuyi_fault');
    await createDatabase(url);
    await migrate(url);
    t = await startApp({ env: { DATABASE_URL: url } });
    const f = await Fixtures.asAdmin(t);
    respondentId = (await f.createAgency()).id;
    officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
  });

  // A test that failed half-way leaves the next one a running server.
  beforeEach(async () => {
    if (!cluster?.isRunning) await cluster?.start();
  });

  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await cluster?.remove();
    }
  });

  it.each(['fast', 'immediate'] as const)(
    'pg_ctl stop -m %s: 503 while down, within a bound; the same process recovers',
    async (mode) => {
      const db = cluster as PrivateCluster;
      expectStatus(await http().get('/health/ready'), 200);
      const first = await registerNew();
      expect(first.status).toBe(201);

      // Requests in flight when Postgres goes: each is answered, with its case or with a 503.
      const inFlight = Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0 ? registerNew() : listCases(),
      );
      await sleep(30);
      await db.stop(mode);
      for (const a of await Promise.all(inFlight)) {
        // 0 would be no answer within ANSWER_WITHIN_MS; 500 a bug.
        if (![200, 201, 503].includes(a.status)) throw new Error(`in flight: ${JSON.stringify(a)}`);
      }

      // Down: what needs the database answers 503 in the error shape, quickly.
      const started = Date.now();
      // In English, which names the component (Chinese is the default: README, "Languages").
      const refused = await http()
        .get('/api/v1/cases')
        .set('authorization', bearer(officer))
        .set('accept-language', 'en');
      expect(Date.now() - started).toBeLessThan(REFUSED_WITHIN_MS);
      const body = expectError(refused, 503, 'SERVICE_UNAVAILABLE');
      expect(body.message).toMatch(/database/i);

      const down = await registerNew();
      expect(down).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(down.ms).toBeLessThan(REFUSED_WITHIN_MS);

      const loginStarted = Date.now();
      expectError(await http().post('/api/v1/auth/login').send(ADMIN), 503, 'SERVICE_UNAVAILABLE');
      expect(Date.now() - loginStarted).toBeLessThan(REFUSED_WITHIN_MS);

      // Many at once (more than the pool holds): each refused within the bound.
      const burst = await Promise.all(Array.from({ length: 20 }, () => listCases()));
      for (const r of burst) {
        expect(r.status).toBe(503);
        expect(r.ms).toBeLessThan(REFUSED_WITHIN_MS);
      }

      const ready = await http().get('/health/ready').set('accept-language', 'en');
      const notReady = expectError(ready, 503, 'NOT_READY') as ErrorBody & {
        details: { component: string; status: string }[];
      };
      expect(notReady.message).toMatch(/database/);
      expect(notReady.message).not.toMatch(/redis/);
      expect(notReady.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ component: 'database', status: 'down' }),
          expect.objectContaining({ component: 'redis', status: 'up' }),
        ]),
      );
      expectStatus(await http().get('/health/live'), 200);
      expectStatus(await http().get('/metrics'), 200);

      // Back (after crash recovery, for `immediate`): the same process serves again.
      await db.start();
      const back = await until('GET /api/v1/cases 200 after the restart', 15_000, async () => {
        const r = await listCases();
        return r.status === 200 ? r : null;
      });
      expect(back.status).toBe(200);
      expectStatus(await http().get('/health/ready'), 200);
      expectStatus(await http().post('/api/v1/auth/login').send(ADMIN), 200);
      const after = await registerNew();
      expect(after.status).toBe(201);

      // Every key is retried as a client would (same key, same body): a key without a case
      // gets one now, a key with one gets it again; one case per key, numbered without gaps.
      for (const [key, { body, caseId }] of sent) {
        const again = await register(server(), officer, key, body);
        expect(again.status).toBe(201);
        if (caseId) expect(again).toMatchObject({ caseId, replayed: true });
        sent.set(key, { body, caseId: again.caseId });
      }
      await expectOneCasePerKey(
        app().db,
        YEAR,
        [...sent.values()].map((v) => v.caseId as string),
      );
    },
  );
});
