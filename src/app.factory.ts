import { writeSync } from 'node:fs';
import multipart from '@fastify/multipart';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { mountQueueDashboard } from './jobs/queue-dashboard';
import { ErrorFilter } from './common/error.filter';
import { CONTENT_LANGUAGE, DEFAULT_LANGUAGE, errorMessage } from './common/messages';
import { requestContext } from './common/request-context';
import { PROBE_ROUTES } from './common/probe-routes';
import { ACTOR_ID } from './common/request-log';
import { createValidationPipe } from './common/validation';
import { AppRole, Env, validateEnv } from './config/env';
import { httpDuration } from './metrics/metrics';
import { buildOpenApiDocument } from './openapi';

export const API_PREFIX = 'api/v1';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Replaces providers, e.g. the Clock in tests. */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

function fastifyAdapter(env: Env): FastifyAdapter {
  return new FastifyAdapter({
    // Trust X-Request-Id from the proxy or client when it looks like one; otherwise make one.
    genReqId: (req: IncomingMessage) => {
      const header = req.headers['x-request-id'];
      const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
      // pino-http reads req.id, so log lines carry the same id.
      (req as { id?: string }).id = id;
      return id;
    },
    // Client addresses (rate limits, logs) from X-Forwarded-For only behind proxies we know.
    trustProxy: trustProxy(env.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    clientErrorHandler,
  });
}

/**
 * Requests Node's HTTP parser refuses before any route sees them (a URL or headers over 16 KB, a
 * malformed request line) get the error shape of docs/architecture.md too, not Fastify's own.
 */
function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const code =
    status === 431 ? 'HEADERS_TOO_LARGE' : status === 408 ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST';
  // No parsed request, so no Accept-Language: the default language (src/common/messages.ts).
  const body = JSON.stringify({
    statusCode: status,
    code,
    message: errorMessage(code, DEFAULT_LANGUAGE),
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Language: ${CONTENT_LANGUAGE[DEFAULT_LANGUAGE]}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${randomUUID()}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/**
 * Whether clients reach the service over TLS: PUBLIC_URL, the address people open, is https://
 * (TLS is terminated by the proxy in front; the service itself only speaks HTTP).
 */
export function tlsConfigured(env: Env): boolean {
  return env.PUBLIC_URL?.startsWith('https://') ?? false;
}

/** TRUST_PROXY: `false`, `true`, a number of hops, or addresses/CIDRs separated by commas. */
function trustProxy(value: string): boolean | number | string[] {
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((v) => v.trim());
}

/** Builds the HTTP application (api or all role): every global piece is set here, once. */
export async function createHttpApp(
  overrides: ProviderOverride[] = [],
  role?: AppRole,
): Promise<NestFastifyApplication> {
  const env = validateEnv(process.env);
  const module = AppModule.forRole(role ?? env.APP_ROLE);
  let app: NestFastifyApplication;
  if (overrides.length === 0) {
    app = await NestFactory.create<NestFastifyApplication>(module, fastifyAdapter(env), {
      bufferLogs: true,
    });
  } else {
    // A dev dependency, loaded only when tests override providers: production images install
    // with `npm ci --omit=dev` and must start without it.
    const { Test } = await import('@nestjs/testing');
    let builder = Test.createTestingModule({ imports: [module] });
    for (const o of overrides) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
    app = (await builder.compile()).createNestApplication<NestFastifyApplication>(
      fastifyAdapter(env),
      { bufferLogs: true },
    );
  }
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // Everything Nest runs for a route (guards, pipes, handler, filter) runs inside this context.
  fastify.addHook('preHandler', (request, _reply, done) =>
    requestContext.run({ requestId: request.id }, done),
  );
  // The access guard leaves the caller on the request; the request log (src/common/request-log.ts)
  // reads it from the raw request once the response is written.
  fastify.addHook('onSend', (request, _reply, payload, done) => {
    const actor = (request as { actor?: { id?: string } }).actor;
    if (actor?.id) (request.raw as { [ACTOR_ID]?: string })[ACTOR_ID] = actor.id;
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });

  // Security headers: helmet's middleware built once and run on every request (the Fastify
  // plugin rebuilt it, CSP directives parsed anew, on each: a fifth of a static route's CPU).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
        // helmet's default `upgrade-insecure-requests` sends a page's scripts and styles to
        // https://, which blanks /docs and /admin/queues served over plain HTTP on any origin
        // but localhost: only sent when TLS is configured (tlsConfigured).
        upgradeInsecureRequests: tlsConfigured(env) ? [] : null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (e) => done(e as Error | undefined)),
  );
  // Case materials: one file per request, streamed to storage (src/materials), never buffered.
  await app.register(multipart, {
    limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5 },
  });
  const origins = env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    credentials: false,
    exposedHeaders: [
      'x-request-id',
      'content-disposition',
      'etag',
      'repr-digest',
      'idempotent-replayed',
    ],
  });

  app.setGlobalPrefix(API_PREFIX, { exclude: PROBE_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
  await mountQueueDashboard(app);
  return app;
}

/** The worker role alone: no HTTP server, only processors and schedulers. */
export async function createWorkerContext(): Promise<INestApplicationContext> {
  const ctx = await NestFactory.createApplicationContext(AppModule.forRole('worker'), {
    bufferLogs: true,
  });
  ctx.useLogger(ctx.get(Logger));
  ctx.enableShutdownHooks();
  return ctx;
}

export function listenOptions(env: Env): { port: number; host: string } {
  return { port: env.PORT, host: env.HOST };
}

/**
 * A failed start: the reason on stderr, written synchronously (process.exit cuts short an
 * asynchronous write to a pipe, which is what stderr is under Docker or a supervisor), then exit 1.
 */
export function failStart(e: unknown): never {
  writeSync(2, `${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
