/**
 * The load generator: `concurrency` workers, each issuing one operation after another as fast
 * as answers come back (closed loop). Every operation's latency is taken with
 * process.hrtime.bigint(); those that start during the warm-up or end after the window are left
 * out. Percentiles are exact (nearest rank over every sorted sample), not estimated.
 */
import * as http from 'node:http';
import { gcBetween, GcTotals } from './gc';
import { cpuShares, CpuShares, cpuSnapshot, loadAverage } from './machine';

export interface LoadOptions {
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The server process, to report its share of the CPU. */
  serverPid: number | null;
  /** Reads the server's garbage collection totals (gc.ts), at the window's start and end. */
  gcOf?: () => Promise<GcTotals>;
}

export interface LoadResult {
  samples: number;
  /** Completed operations per second in the measured window. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Milliseconds. */
  mean: number;
  cpu: CpuShares;
  load1: number;
  /** The server's garbage collection in the window, when `gcOf` was given. */
  gc: GcTotals | null;
}

/** One operation of worker `worker`; resolves when its answer is complete and checked. */
export type Operation = () => Promise<void>;

/** Nearest-rank percentile of ascending `sorted` (q in (0, 1]). */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export async function runLoad(
  options: LoadOptions,
  makeOperation: (worker: number) => Operation,
): Promise<LoadResult> {
  const operations = Array.from({ length: options.concurrency }, (_, w) => makeOperation(w));
  const start = process.hrtime.bigint();
  const measureFrom = start + BigInt(Math.round(options.warmupSeconds * 1e9));
  const measureTo = measureFrom + BigInt(Math.round(options.durationSeconds * 1e9));
  const latencies: number[] = [];
  let failure: unknown = null;
  let cpuFrom: ReturnType<typeof cpuSnapshot> | null = null;
  let gcFrom: GcTotals | null = null;

  const warmup = new Promise<void>((resolve) =>
    setTimeout(resolve, options.warmupSeconds * 1000).unref(),
  ).then(async () => {
    cpuFrom = cpuSnapshot(options.serverPid);
    gcFrom = (await options.gcOf?.()) ?? null;
  });

  const worker = async (operation: Operation): Promise<void> => {
    while (failure === null) {
      const t0 = process.hrtime.bigint();
      if (t0 >= measureTo) return;
      try {
        await operation();
      } catch (e) {
        failure = e;
        return;
      }
      const t1 = process.hrtime.bigint();
      if (t0 >= measureFrom && t1 <= measureTo) latencies.push(Number(t1 - t0) / 1e6);
    }
  };
  await Promise.all([...operations.map(worker), warmup]);
  // The window's end, not the last answer's: a late answer is outside the window anyway.
  const cpuTo = cpuSnapshot(options.serverPid);
  const gcTo = gcFrom && (await options.gcOf?.());
  if (failure !== null)
    throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    samples: sorted.length,
    throughput: sorted.length / options.durationSeconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length > 0 ? sum / sorted.length : NaN,
    cpu: cpuFrom ? cpuShares(cpuFrom, cpuTo) : cpuShares(cpuTo, cpuTo),
    load1: loadAverage()[0],
    gc: gcFrom && gcTo ? gcBetween(gcFrom, gcTo) : null,
  };
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * A keep-alive HTTP/1.1 client for one origin, one socket per concurrent client. Node's own
 * `http` rather than `fetch`: on 2 cores shared with the server and Postgres, the generator's
 * own CPU per request is part of what is measured, and `http` spends less of it.
 */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    sockets: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  withHeaders(headers: Record<string, string>): HttpClient {
    return new HttpClient(this.port, this.agent.maxSockets, { ...this.headers, ...headers });
  }

  request(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...this.headers,
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** GET that must answer 200; returns the body text. */
  async get(path: string): Promise<string> {
    const answer = await this.request('GET', path);
    if (answer.status !== 200) {
      throw new Error(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    }
    return answer.body;
  }

  close(): void {
    this.agent.destroy();
  }
}
