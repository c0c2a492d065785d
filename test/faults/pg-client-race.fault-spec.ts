/**
 * The race postgres-restart.fault-spec.ts hits now and then, made certain: Postgres shutting down
 * just as a new pooled connection becomes ready, so ReadyForQuery and the FATAL 57P01 arrive in one
 * read. pg-pool hands the client out without its own 'error' listener and TypeORM adds its one a
 * promise tick later; in between, the FATAL is emitted as 'error' on a client nobody listens to.
 * A fake server (just enough of the protocol) sends exactly that.
 *
 * - A plain pg client: the process dies of the unhandled 'error' (run in a child process).
 * - The service's client (data-source.ts, ListenedClient): nothing crashes, and the client's next
 *   query fails with an error the API answers 503.
 */
import { execFile } from 'node:child_process';
import { AddressInfo, createServer, Server } from 'node:net';
import { promisify } from 'node:util';
import { Logger } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';
import { ErrorFilter } from '../../src/common/error.filter';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { ROOT } from './support/processes';

const run = promisify(execFile);

/** One backend message: type, length, body. */
function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

const field = (code: string, value: string): Buffer => Buffer.from(`${code}${value}\0`);

/** Answers any startup with AuthenticationOk, ReadyForQuery and FATAL 57P01, in one write. */
function fakeShuttingDownServer(): Promise<Server> {
  const reply = Buffer.concat([
    message('R', Buffer.from([0, 0, 0, 0])),
    message('Z', Buffer.from('I')),
    message(
      'E',
      Buffer.concat([
        field('S', 'FATAL'),
        field('V', 'FATAL'),
        field('C', '57P01'),
        field('M', 'terminating connection due to administrator command'),
        Buffer.from([0]),
      ]),
    ),
  ]);
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(reply));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What TypeORM does: take a client from the pool, listen for its errors a promise tick later. */
const TAKE_LIKE_TYPEORM = `
  pool.on('error', () => undefined);
  new Promise((ok, fail) => pool.connect((err, client, release) => (err ? fail(err) : ok([client, release]))))
    .then(([client, release]) => { client.on('error', () => undefined); return [client, release]; })`;

describe('a FATAL read together with ReadyForQuery on a new pooled connection', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    Logger.overrideLogger(false); // the error filter's warning is expected here
    server = await fakeShuttingDownServer();
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('kills a process with a plain pg client (the unhandled error this guards against)', async () => {
    const script = `
      const { Pool } = require('pg');
      const pool = new Pool({ host: '127.0.0.1', port: ${port}, user: 'postgres', database: 'x' });
      ${TAKE_LIKE_TYPEORM}
      .then(() => setTimeout(() => { console.log('survived'); process.exit(0); }, 500));`;
    const outcome = await run(process.execPath, ['-e', script], { cwd: ROOT }).then(
      (r) => ({ code: 0, output: r.stdout }),
      (e: { code: number; stderr: string }) => ({ code: e.code, output: e.stderr }),
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toMatch(/Unhandled error|terminating connection/);
  });

  it("leaves the service's client unusable but the process alive; its next query is a 503", async () => {
    const { extra } = dataSourceOptions(validateEnv(process.env)) as { extra: object };
    const pool = new Pool({
      ...extra,
      host: '127.0.0.1',
      port,
      user: 'postgres',
      database: 'x',
    });
    try {
      pool.on('error', () => undefined);
      const [client, release] = await new Promise<[PoolClient, (e?: Error) => void]>((ok, fail) =>
        pool.connect((err, c, r) => (c ? ok([c, r]) : fail(err ?? new Error('no client')))),
      ).then(([c, r]) => {
        c.on('error', () => undefined);
        return [c, r] as const;
      });
      await new Promise((r) => setTimeout(r, 200)); // the FATAL has been read by now
      const failed = await client.query('SELECT 1').then(
        () => null,
        (e: Error) => e,
      );
      expect(failed?.message).toMatch(/not queryable/);
      release();
      expect(pool.totalCount).toBe(0); // the pool dropped it

      // The error filter answers it 503.
      let status = 0;
      const reply = {
        status: (s: number) => ((status = s), reply),
        header: () => reply,
        send: () => reply,
      };
      new ErrorFilter().catch(failed, {
        switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ headers: {} }) }),
      } as never);
      expect(status).toBe(503);
    } finally {
      await pool.end();
    }
  });
});
