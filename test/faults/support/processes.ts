/** Real processes for the fault tests: free ports, children we can kill, the service's entry points. */
import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

/** A local TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

/** How a process ended: its exit code, or the signal that ended it. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child process, the tail of its output kept for failure messages. */
export class Child {
  output = '';
  readonly exited: Promise<Exit>;
  private running = true;

  constructor(
    readonly process: ChildProcess,
    readonly name = 'child',
  ) {
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-50_000);
    };
    process.stdout?.on('data', keep);
    process.stderr?.on('data', keep);
    this.exited = new Promise((r) =>
      process.once('exit', (code, signal) => {
        this.running = false;
        r({ code, signal });
      }),
    );
  }

  get alive(): boolean {
    return this.running;
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Sends `signal` and waits for the exit; SIGKILL after 10 s if it is still there. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<Exit> {
    if (!this.running) {
      this.process.stdout?.destroy();
      this.process.stderr?.destroy();
      return this.exited;
    }
    this.process.kill(signal);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10_000);
    const exit = await this.exited;
    clearTimeout(timer);
    // Its pipes can outlive it and keep Jest from exiting.
    this.process.stdout?.destroy();
    this.process.stderr?.destroy();
    return exit;
  }
}

/**
 * `node src/<entry>.ts` (transpiled on the fly by ts-node with SWC, so no build is needed) with
 * the test run's environment plus `env`. `main` is the API (APP_ROLE decides), `worker` the worker.
 */
export function startService(
  entry: 'main' | 'worker',
  env: Record<string, string>,
  name: string = entry,
): Child {
  return new Child(
    spawn(process.execPath, ['-r', 'ts-node/register', resolve(ROOT, 'src', `${entry}.ts`)], {
      cwd: ROOT,
      env: {
        ...process.env,
        // ts-node hands the target to SWC, which does not know ES2023.
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({ target: 'ES2022' }),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    name,
  );
}
