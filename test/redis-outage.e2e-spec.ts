/**
 * Redis goes away (a private redis-server, killed for real): readiness answers 503 naming redis,
 * while login and reads, which need only Postgres, go on; when Redis returns, so does readiness.
 * The app also shuts down promptly while Redis is down. The private Redis is always killed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import {
  bearer,
  ErrorBody,
  expectError,
  expectStatus,
  Fixtures,
  TokenPair,
} from './support/fixtures';
import { ADMIN, startApp, TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** True when a Redis answers PING on the port. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(100);
  }
}

/** A throwaway Redis: no persistence, on `port`. */
class PrivateRedis {
  private process: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it unless it runs, and waits until it answers. */
  async start(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.process = child;
    let exited = false;
    child.once('exit', () => (exited = true));
    await until(`redis-server on ${this.port}`, 5000, async () => {
      if (exited) throw new Error(`redis-server on ${this.port} exited`);
      return (await pings(this.port)) ? true : null;
    });
  }

  /** Kills it as a crash would, and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
}

describe('Redis outage', () => {
  let redis: PrivateRedis;
  let t: TestApp | null = null;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
  });
  afterAll(async () => {
    await redis.kill();
    await t?.close();
  });

  const ready = () => (t as TestApp).http().get('/health/ready');

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
