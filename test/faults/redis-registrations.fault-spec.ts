/**
 * Redis killed and started again (empty) in the middle of a stream of concurrent case
 * registrations (docs/architecture.md, "Reliability" and "API conventions": Idempotency-Key). Registration needs only
 * Postgres, so the outage must not show: every request is answered within a bound, with its case
 * or a clear 503, never a 500; and retrying every key that did not get its case, with the same
 * body, leaves exactly one case per key, numbered without gaps. The app runs its workers in
 * process (role `all`), so their reconnecting shares the process with the requests. The private
 * Redis is always killed at the end.
 */
import { Role } from '../../src/access/role';
import { expectStatus, Fixtures } from '../support/fixtures';
import { unique } from '../support/test-app';
import { appOnPrivateRedis } from './support/redis';
import {
  ANSWER_WITHIN_MS,
  application,
  Attempt,
  expectOneCasePerKey,
  register,
} from './support/registrations';
import { until } from './support/wait';

jest.setTimeout(120_000);

/** A year only this suite registers in: its numbers must run 1, 2, 3 … without a gap. */
const YEAR = 2025;
const RECEIVED_ON = '2025-06-10';
const CLIENTS = 6;
const PER_CLIENT = 15;

interface Sent extends Attempt {
  body: object;
  /** Whether Redis was down when the request was sent and when it was answered. */
  downAtStart: boolean;
  downAtEnd: boolean;
}

describe('case registrations while Redis is killed and started again', () => {
  const { app: appNow, redis } = appOnPrivateRedis();

  it('every request is answered, 2xx or 503; retried keys give one case each, numbered without gaps', async () => {
    const app = appNow();
    const server = app.app.getHttpServer();
    const f = await Fixtures.asAdmin(app);
    const respondentId = (await f.createAgency()).id;
    const officer = (await f.signedIn(Role.OFFICER)).pair.accessToken;
    expectStatus(await app.http().get('/health/ready'), 200);

    const sent: Sent[] = [];
    let down = false;
    let n = 0;
    const client = async (): Promise<void> => {
      for (let i = 0; i < PER_CLIENT; i += 1) {
        n += 1;
        const key = unique('redis-fault');
        const body = application(respondentId, RECEIVED_ON, n);
        const downAtStart = down;
        const a = await register(server, officer, key, body);
        sent.push({ ...a, body, downAtStart, downAtEnd: down });
      }
    };
    // The fault, while the clients register: Redis killed after a third of the requests, started
    // again (empty: no persistence) after two thirds, and a second at least.
    const total = CLIENTS * PER_CLIENT;
    const fault = async (): Promise<void> => {
      await until('a third of the registrations', 60_000, () =>
        Promise.resolve(sent.length >= total / 3 ? true : null),
      );
      await redis().kill();
      down = true;
      const killedAt = Date.now();
      // Down for at least a second: long enough for the queues' clients to retry and give up.
      await until('two thirds of the registrations', 60_000, () =>
        Promise.resolve(
          sent.length >= (2 * total) / 3 && Date.now() - killedAt >= 1000 ? true : null,
        ),
      );
      await redis().start();
      down = false;
    };
    await Promise.all([...Array.from({ length: CLIENTS }, client), fault()]);

    expect(sent).toHaveLength(total);
    // The outage really overlapped the stream: requests sent and answered while Redis was away.
    expect(sent.filter((s) => s.downAtStart && s.downAtEnd).length).toBeGreaterThan(0);
    for (const s of sent) {
      // 0: no answer within the bound; 500: a bug.
      if (!(s.status === 201 || (s.status === 503 && s.code === 'SERVICE_UNAVAILABLE'))) {
        throw new Error(`answered ${JSON.stringify(s)}`);
      }
      expect(s.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }

    // Readiness follows Redis back.
    await until('/health/ready 200 after the restart', 15_000, async () =>
      (await app.http().get('/health/ready')).status === 200 ? true : null,
    );

    // Every key again, as a client retries: one that got no case gets one now; one that got its
    // case gets the same case again, marked as a replay.
    const caseIds: string[] = [];
    for (const s of sent) {
      const again = await register(server, officer, s.key, s.body);
      expect(again.status).toBe(201);
      if (s.status === 201) expect(again).toMatchObject({ caseId: s.caseId, replayed: true });
      caseIds.push(again.caseId as string);
    }
    await expectOneCasePerKey(app.db, YEAR, caseIds);
  });
});
