import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { ACTOR_ID, requestLogOptions } from './request-log';

describe('the request log', () => {
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const log = pinoHttp(requestLogOptions('info'), stream);
    server = createServer((req, res) => {
      log(req, res);
      // What app.factory.ts does once the access guard has authenticated the caller.
      if (req.url === '/signed-in') (req as { [ACTOR_ID]?: string })[ACTOR_ID] = 'user-42';
      res.setHeader('set-cookie', 'secret=1');
      res.setHeader('content-disposition', 'attachment; filename="zhang-san.pdf"');
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lineOf = async (path: string): Promise<Record<string, unknown>> => {
    await fetch(`${base}${path}`, { headers: { authorization: 'Bearer abc', cookie: 'x=1' } });
    await new Promise((r) => setTimeout(r, 20));
    return lines.find((l) => (l.req as { url?: string } | undefined)?.url === path)!;
  };

  it('carries the caller id of an authenticated request', async () => {
    const line = await lineOf('/signed-in');
    expect(line.actorId).toBe('user-42');
    expect(line.res).toEqual({ statusCode: 200 });
  });

  it('logs no response header, and of the request only its id, method and URL', async () => {
    const line = await lineOf('/anonymous');
    expect(line.actorId).toBeUndefined();
    expect(line.res).toEqual({ statusCode: 200 });
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'url']);
    expect(JSON.stringify(line)).not.toMatch(/secret=1|zhang-san|Bearer abc/);
  });

  it('does not log health checks or metrics scrapes', async () => {
    await fetch(`${base}/health/live`);
    await fetch(`${base}/metrics`);
    await new Promise((r) => setTimeout(r, 20));
    const urls = lines.map((l) => (l.req as { url?: string } | undefined)?.url);
    expect(urls).not.toContain('/health/live');
    expect(urls).not.toContain('/metrics');
  });

  it('at a level above info writes no line for a finished request, and a warning with its request', async () => {
    const written: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        written.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const log = pinoHttp(requestLogOptions('warn'), stream);
    const quiet = createServer((req, res) => {
      log(req, res);
      (req as { [ACTOR_ID]?: string })[ACTOR_ID] = 'user-42';
      if (req.url === '/warned') req.log.warn('something to look at');
      res.end('ok');
    });
    await new Promise<void>((resolve) => quiet.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(quiet.address() as AddressInfo).port}`;
    try {
      await fetch(`${at}/fine`);
      await fetch(`${at}/warned`);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      await new Promise<void>((resolve) => quiet.close(() => resolve()));
    }
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ level: 40, msg: 'something to look at' });
    expect(written[0].req).toMatchObject({ method: 'GET', url: '/warned' });
  });
});
