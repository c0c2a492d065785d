/**
 * Redis goes away (a private redis-server, killed for real): readiness answers 503 naming redis,
 * while login and reads, which need only Postgres, go on; when Redis returns, so does readiness.
 * The app also shuts down promptly while Redis is down. The private Redis is always killed.
 */
import {
  bearer,
  ErrorBody,
  expectError,
  expectStatus,
  Fixtures,
  TokenPair,
} from '../support/fixtures';
import { ADMIN, startApp, TestApp } from '../support/test-app';
import { PrivateRedis } from './support/redis';
import { until } from './support/wait';

describe('Redis outage', () => {
  let redis: PrivateRedis;
  let t: TestApp | null = null;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
  });
  afterAll(async () => {
    await redis.kill();
    await t?.close();
  });

  // In English, whose message names what is down (Chinese is the default: README, "Languages").
  const ready = () => (t as TestApp).http().get('/health/ready').set('accept-language', 'en');

  it('readiness names redis while it is down; login and reads go on; readiness returns with it', async () => {
    t = await startApp({ env: { REDIS_URL: redis.url } });
    const app = t;
    expect((await ready()).status).toBe(200);
    const before = await Fixtures.login(app, ADMIN.username, ADMIN.password);

    await redis.kill();

    const started = Date.now();
    const down = await until('503 from /health/ready', 5000, async () => {
      const res = await ready();
      return res.status === 503 ? res : null;
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const body = expectError(down, 503, 'NOT_READY') as ErrorBody & {
      details: { component: string; status: string; message?: string }[];
    };
    expect(body.message).toMatch(/redis/);
    expect(body.message).not.toMatch(/database/);
    expect(body.details).toEqual(
      expect.arrayContaining([
        { component: 'database', status: 'up' },
        expect.objectContaining({
          component: 'redis',
          status: 'down',
          message: expect.any(String),
        }),
      ]),
    );

    // Postgres is the source of truth: signing in and reading need no Redis.
    const loginStarted = Date.now();
    const res = await app.http().post('/api/v1/auth/login').send(ADMIN);
    expectStatus(res, 200);
    expect(Date.now() - loginStarted).toBeLessThan(3000);
    const token = (res.body as TokenPair).accessToken;
    expectStatus(await app.http().get('/api/v1/agencies').set('authorization', bearer(token)), 200);
    expectStatus(
      await app.http().get('/api/v1/auth/me').set('authorization', bearer(before.accessToken)),
      200,
    );
    expectStatus(await app.http().get('/health/live'), 200);
    expectStatus(await app.http().get('/metrics'), 200);

    await redis.start();
    const back = await until('200 from /health/ready', 10_000, async () => {
      const r = await ready();
      return r.status === 200 ? r : null;
    });
    expect(back.body).toMatchObject({ details: { redis: { status: 'up' } } });

    await t.close();
    t = null;
  });

  it.each(['api', 'all'] as const)(
    'an instance with role %s shuts down promptly while Redis is down',
    async (role) => {
      await redis.start();
      t = await startApp({ role, env: { REDIS_URL: redis.url } });
      expect((await ready()).status).toBe(200);
      // A command waiting in the queue connection's offline queue is what used to hold close().
      await redis.kill();
      expectStatus(await t.http().get('/metrics'), 200);

      const started = Date.now();
      await t.close();
      t = null;
      expect(Date.now() - started).toBeLessThan(5000);
    },
  );
});
