import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/app-error';
import { Role } from '../access/role';
import { Actor } from '../access/actor';
import { ACCESS_POLICY, AccessPolicy } from '../access/authenticated.decorator';

interface AccessTokenClaims {
  sub: string;
  username: string;
  role: Role;
  officeId: string | null;
  agencyId: string | null;
}

/** The actor an access token names; 401 INVALID_TOKEN when it is not one we signed or expired. */
export async function actorOfToken(jwt: JwtService, token: string): Promise<Actor> {
  try {
    const claims = await jwt.verifyAsync<AccessTokenClaims>(token);
    return {
      id: claims.sub,
      username: claims.username,
      role: claims.role,
      officeId: claims.officeId,
      agencyId: claims.agencyId,
    };
  } catch {
    throw new AppError(
      HttpStatus.UNAUTHORIZED,
      'INVALID_TOKEN',
      'The access token is invalid or expired',
    );
  }
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
    private readonly jwt: JwtService,
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
    return actorOfToken(this.jwt, match[1]);
  }
}

export type { AccessTokenClaims };
