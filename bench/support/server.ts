/**
 * The real API in its own process, as production runs it: compiled with tsconfig.build.json
 * (into a temporary directory, so the checkout's dist/ is left to whoever else uses it) and
 * started with `node <build>/src/main.js` on the bench database, a free port and a Redis prefix
 * of its own. The load generator stays in this process, apart from the server.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { onInterrupt } from './cleanup';
import { HttpClient } from './load';

const ROOT = resolve(__dirname, '..', '..');
export const REDIS_PREFIX = 'fuyi-bench';
/** The bench database's first administrator (a throwaway local database: `--reuse` logs in again). */
const ADMIN_PASSWORD = 'fuyi-bench-admin';

/**
 * A random password the app's strength rule accepts every time: random base64url alone lacks a
 * digit or a symbol now and then, and the set-up fails.
 */
export const randomPassword = (): string => `${randomBytes(12).toString('base64url')}a1!A`;

export interface RunningServer {
  port: number;
  pid: number;
  /** Sockets for `concurrency` clients, not yet logged in. */
  client(concurrency: number): HttpClient;
  /** A client carrying the administrator's bearer token. */
  login(concurrency: number): Promise<HttpClient>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Compiles src/ and migrations/ into a fresh temporary directory. Others edit this checkout
 * while benchmarks run: type errors elsewhere do not stop the run as long as tsc emitted the app
 * (it does unless noEmitOnError); they are returned, to be reported with the figures.
 */
export async function buildApp(): Promise<{ dir: string; typeErrors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'fuyi-bench-build-'));
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  try {
    await promisify(execFile)(tsc, ['-p', 'tsconfig.build.json', '--outDir', dir], { cwd: ROOT });
    return { dir, typeErrors: [] };
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    const text = `${out.stdout ?? ''}${out.stderr ?? ''}` || String(e);
    if (existsSync(join(dir, 'src', 'main.js'))) {
      return { dir, typeErrors: text.split('\n').filter((l) => /error TS\d+/.test(l)) };
    }
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`build failed:\n${text}`);
  }
}

/** `env` is added last: e.g. a Redis prefix of the benchmark's own (reminders). */
export async function startServer(
  buildDir: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'fuyi-bench-storage-'));
  const child: ChildProcess = spawn(process.execPath, [join(buildDir, 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      // The build lives outside the checkout: let it find the checkout's node_modules.
      NODE_PATH: join(ROOT, 'node_modules'),
      NODE_ENV: 'production',
      // The heap bound of the Docker image (Dockerfile, NODE_OPTIONS).
      NODE_OPTIONS: '--max-old-space-size=192',
      APP_ROLE: 'api',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_PREFIX,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // A run at 1M cases outlasts the default 15 minutes.
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      STORAGE_DIR: storage,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  let running = true;
  void exited.then(() => {
    running = false;
  });

  const stop = async (): Promise<void> => {
    unregister();
    if (running) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(storage, { recursive: true, force: true });
  };

  const unregister = onInterrupt(stop);

  const probe = new HttpClient(port, 1);
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (!running) throw new Error(`the server exited while starting:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the server did not start in 60 s:\n${output}`);
      const answer = await probe.request('GET', '/health/ready').catch(() => null);
      if (answer?.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (e) {
    probe.close();
    await stop();
    throw e;
  }
  probe.close();

  return {
    port,
    pid: child.pid ?? -1,
    client: (concurrency) => new HttpClient(port, concurrency),
    async login(concurrency) {
      const anonymous = new HttpClient(port, 1);
      try {
        const answer = await anonymous.request('POST', '/api/v1/auth/login', {
          username: 'admin',
          password: ADMIN_PASSWORD,
        });
        if (answer.status !== 200) {
          throw new Error(`login answered ${answer.status}: ${answer.body.slice(0, 300)}`);
        }
        const { accessToken } = JSON.parse(answer.body) as { accessToken: string };
        return new HttpClient(port, concurrency, { authorization: `Bearer ${accessToken}` });
      } finally {
        anonymous.close();
      }
    },
    stop,
  };
}

/** Deletes every Redis key the bench server may have made (its queues' prefix, or `prefix`). */
export async function clearRedisKeys(prefix = REDIS_PREFIX): Promise<number> {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
