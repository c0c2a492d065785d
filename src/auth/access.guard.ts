import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/app-error';
import { Role } from '../access/role';
import { Actor } from '../access/actor';
import { ACCESS_POLICY, AccessPolicy } from '../access/authenticated.decorator';
import { SessionRegistry } from './session-registry';
import { VerifiedTokens } from './verified-tokens';

interface AccessTokenClaims {
  sub: string;
  /** The session (login) the token belongs to: refused once it has ended. */
  sid: string;
  username: string;
  role: Role;
  officeId: string | null;
  agencyId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalidToken = (): AppError =>
  new AppError(HttpStatus.UNAUTHORIZED, 'INVALID_TOKEN', 'The access token is invalid or expired');

/**
 * The actor an access token names, as the user is NOW (role, office, agency read with the
 * session, never taken from the token's claims): 401 INVALID_TOKEN when it is not a token we
 * signed, has expired or names no session; 401 SESSION_ENDED when its session has ended or its
 * user is disabled. What the session check reads is cached for SESSION_CHECK_SECONDS
 * (session-registry.ts): the bound on how long an ended session is still served.
 */
export async function actorOfToken(
  tokens: VerifiedTokens,
  sessions: SessionRegistry,
  token: string,
): Promise<Actor> {
  let claims: AccessTokenClaims;
  try {
    claims = await tokens.claims(token);
  } catch {
    throw invalidToken();
  }
  if (typeof claims.sid !== 'string' || !UUID.test(claims.sid)) throw invalidToken();
  const state = await sessions.state(claims.sid);
  if (!state || state.userId !== claims.sub) throw invalidToken();
  if (!state.live) {
    throw new AppError(
      HttpStatus.UNAUTHORIZED,
      'SESSION_ENDED',
      'The session has ended; sign in again',
    );
  }
  return state.actor;
}

/**
 * The one global guard: reads the route's access policy, verifies the bearer token and the role.
 * A route that declares no policy is refused (fail closed).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: VerifiedTokens,
    private readonly sessions: SessionRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(
        `Route without an access policy: ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'This route is not open to anyone');
    }
    if (policy.public) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const actor = await this.verify(request.headers.authorization);
    if (!policy.roles.includes(actor.role)) {
      throw new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `Role ${actor.role} may not do this`);
    }
    request.actor = actor;
    return true;
  }

  private verify(header: string | undefined): Promise<Actor> {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header ?? '');
    if (!match) {
      throw new AppError(
        HttpStatus.UNAUTHORIZED,
        'UNAUTHENTICATED',
        'A bearer access token is required',
      );
    }
    return actorOfToken(this.tokens, this.sessions, match[1]);
  }
}

export type { AccessTokenClaims };
