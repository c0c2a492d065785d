import type { IncomingMessage, ServerResponse } from 'node:http';
import { levels } from 'pino';
import type { Options } from 'pino-http';
import { PROBE_ROUTES } from './probe-routes';

const PROBE_PATHS = new Set(PROBE_ROUTES.map((r) => `/${r.path}`));

/** Where app.factory.ts leaves the authenticated caller's id on the raw request for the log. */
export const ACTOR_ID = Symbol('fuyi.actorId');

type LoggedRequest = IncomingMessage & { id?: string; [ACTOR_ID]?: string };

/**
 * The request log (pino-http, through nestjs-pino): one line per finished request with its id,
 * method, URL, status, time and, once the access guard has authenticated it, the caller's user id
 * (`actorId`). Response headers are not logged (cookies, download names, rate-limit counters …);
 * request headers neither, beyond what `req` lists.
 */
export function requestLogOptions(level: string): Options {
  // The line of a finished request is written at info. Below `level` it is 'silent' to pino-http,
  // which then builds nothing for it (the caller's child logger, the line's objects).
  const finished = levels.values[level] <= levels.values.info ? 'info' : 'silent';
  return {
    level,
    customLogLevel: () => finished,
    // The request id comes from Fastify (X-Request-Id or a new UUID), see app.factory.ts.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    // app.module.ts does not even mount the logger on the probes (no per-request logger for lines
    // never written); this keeps them out wherever it is mounted.
    autoLogging: {
      ignore: (req) => PROBE_PATHS.has((req.url ?? '').split('?')[0]),
    },
    // Read when the request arrives (no caller yet) and when it is logged. `undefined`, not `{}`:
    // pino-http makes a child logger of whatever this returns.
    customProps: (req) => {
      const actorId = (req as LoggedRequest)[ACTOR_ID];
      return (actorId ? { actorId } : undefined) as object;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
  };
}
