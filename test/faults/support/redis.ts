/** A Redis of the test's own, to kill and start again; and clean-up of a key prefix. */
import { spawn } from 'node:child_process';
import { Socket } from 'node:net';
import Redis from 'ioredis';
import { startApp, TestApp } from '../../support/test-app';
import { Child, freePort } from './processes';
import { until } from './wait';

/** True when a Redis answers PING on the port. */
export function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/**
 * A throwaway redis-server on a port of its own, without persistence: after a kill it comes back
 * empty, as a Redis without AOF (or a failed-over replica that lagged) would.
 */
export class PrivateRedis {
  private child: Child | null = null;

  private constructor(readonly port: number) {}

  /** A private Redis on a free port, started. */
  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child?.alive ?? false;
  }

  /** Starts it (on the same port) unless it runs, and waits until it answers. */
  async start(): Promise<void> {
    if (this.child?.alive) return;
    const child = new Child(
      spawn(
        'redis-server',
        ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      ),
      `redis-server :${this.port}`,
    );
    this.child = child;
    await until(`redis-server on ${this.port}`, 10_000, async () => {
      if (!child.alive) throw new Error(`redis-server on ${this.port} exited:\n${child.output}`);
      return (await pings(this.port)) ? true : null;
    });
  }

  /** Kills it as a crash would (SIGKILL), and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    await child?.kill('SIGKILL');
  }
}

/** Deletes every key under the hash-tagged prefix `{prefix}` (BullMQ queues of one prefix). */
export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * For a describe block: the app (API and jobs) on a private Redis of its own, started before its
 * tests; after them Redis is started again if a test left it down (so the app closes normally),
 * then both are stopped.
 */
export function appOnPrivateRedis(): { app: () => TestApp; redis: () => PrivateRedis } {
  let redis: PrivateRedis | undefined;
  let t: TestApp | undefined;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await startApp({ role: 'all', env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    if (redis && !redis.alive) await redis.start().catch(() => undefined);
    await t?.close();
    await redis?.kill();
  });
  return { app: () => t!, redis: () => redis! };
}
