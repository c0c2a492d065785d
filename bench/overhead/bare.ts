/**
 * The bare servers (bare-server.ts) in processes of their own, started like the app in
 * bench/support/server.ts: a free port on 127.0.0.1, the same environment (`NODE_ENV=production`,
 * the Docker image's heap bound), ready once GET /health/live answers 200, stopped with SIGTERM
 * (SIGKILL after 10 s) and on an interrupted run.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { onInterrupt } from '../support/cleanup';
import { HttpClient } from '../support/load';
import { transpileToTemp } from '../support/transpile';

const ROOT = resolve(__dirname, '..', '..');
const SOURCE = join(__dirname, 'bare-server.ts');

export type BareKind = 'fastify' | 'nest';

export interface BareServer {
  kind: BareKind;
  port: number;
  pid: number;
  client(concurrency: number): HttpClient;
  stop(): Promise<void>;
}

/** As bench/support/server.ts picks the app's port. */
export function freePort(): Promise<number> {
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

/** bare-server.ts, transpiled (transpileToTemp). */
export function buildBareServer(): { dir: string; file: string } {
  return transpileToTemp(SOURCE);
}

export function removeBareBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function startBareServer(file: string, kind: BareKind): Promise<BareServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [file, kind], {
    cwd: ROOT,
    env: {
      ...process.env,
      // The transpiled file lives outside the checkout: let it find the checkout's node_modules.
      NODE_PATH: join(ROOT, 'node_modules'),
      NODE_ENV: 'production',
      // As the app is started (bench/support/server.ts, the Dockerfile's NODE_OPTIONS).
      NODE_OPTIONS: '--max-old-space-size=192',
      PORT: String(port),
    },
    // stdin stays open as long as this process lives: the server stops when it closes.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // A server that already exited would make writes to its stdin fail: that is not ours to report.
  child.stdin?.on('error', () => undefined);
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
    child.stdin?.destroy();
  };
  const unregister = onInterrupt(stop);

  const probe = new HttpClient(port, 1);
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      if (!running) throw new Error(`the bare ${kind} server exited while starting:\n${output}`);
      if (Date.now() > deadline) {
        throw new Error(`the bare ${kind} server did not start in 30 s:\n${output}`);
      }
      const answer = await probe.request('GET', '/health/live').catch(() => null);
      if (answer?.status === 200) {
        const body = JSON.parse(answer.body) as { status?: string };
        if (body.status !== 'ok') {
          throw new Error(`the bare ${kind} server answered ${answer.body.slice(0, 200)}`);
        }
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    probe.close();
    await stop();
    throw e;
  }
  probe.close();

  return {
    kind,
    port,
    pid: child.pid ?? -1,
    client: (concurrency) => new HttpClient(port, concurrency),
    stop,
  };
}
