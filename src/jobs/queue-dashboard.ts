import { createBullBoard } from '@bull-board/api';
import { CONTENT_LANGUAGE, errorMessage, preferredLanguage } from '../common/messages';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOfToken } from '../auth/access.guard';
import { SessionRegistry } from '../auth/session-registry';
import { VerifiedTokens } from '../auth/verified-tokens';
import { Role } from '../access/role';
import { QueueName } from './queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'fuyi_queues';

/** The access token of a dashboard request: bearer header, `?token=` (first visit), or cookie. */
function tokenOf(req: FastifyRequest): { token: string | null; fromQuery: boolean } {
  const bearer = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(req.headers.authorization ?? '');
  if (bearer) return { token: bearer[1], fromQuery: false };
  const query = (req.query as Record<string, unknown> | undefined)?.token;
  if (typeof query === 'string' && /^[A-Za-z0-9_.-]+$/.test(query)) {
    return { token: query, fromQuery: true };
  }
  const cookie = new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z0-9_.-]+)`).exec(
    req.headers.cookie ?? '',
  );
  return { token: cookie?.[1] ?? null, fromQuery: false };
}

/**
 * The BullMQ dashboard (bull-board) at /admin/queues, for ADMIN only. A browser opens it once as
 * `/admin/queues?token=<accessToken>`; the token then rides in an HttpOnly cookie scoped to the
 * dashboard until it expires.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const tokens = app.get(VerifiedTokens);
  const sessions = app.get(SessionRegistry);
  const adapter = new FastifyAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
    ),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Fuyi 复议 queues' } },
  });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
        // In the caller's language, as every other error (src/common/messages.ts).
        const language = preferredLanguage(req.headers['accept-language']);
        const refuse = (status: number, code: string, message: string): FastifyReply =>
          reply
            .code(status)
            .header('content-language', CONTENT_LANGUAGE[language])
            .send({ statusCode: status, code, message: errorMessage(code, language, message) });
        const { token, fromQuery } = tokenOf(req);
        if (!token) return refuse(401, 'UNAUTHENTICATED', 'An ADMIN access token is required');
        const actor = await actorOfToken(tokens, sessions, token).catch(() => null);
        if (!actor) return refuse(401, 'INVALID_TOKEN', 'The access token is invalid or expired');
        if (actor.role !== Role.ADMIN) {
          return refuse(403, 'FORBIDDEN', 'The queue dashboard is for ADMIN');
        }
        if (fromQuery) {
          void reply.header(
            'set-cookie',
            `${COOKIE}=${token}; Path=${QUEUE_DASHBOARD_PATH}; HttpOnly; SameSite=Strict`,
          );
        }
      });
      await scope.register(adapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
