import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from './role';
import { Actor } from './actor';

export const ACCESS_POLICY = 'fuyi:access-policy';

/** Who may call a route: nobody signed in (`public`), or signed-in users of the listed roles. */
export type AccessPolicy = { public: true } | { public: false; roles: Role[] };

/**
 * Marks a route as open to signed-in users of these roles (all roles when none are listed).
 * Every route carries either this or @Public(): the guard refuses routes that carry neither.
 */
export function Authenticated(...roles: Role[]): MethodDecorator & ClassDecorator {
  const allowed = roles.length > 0 ? roles : Object.values(Role);
  return applyDecorators(
    SetMetadata(ACCESS_POLICY, { public: false, roles: allowed } satisfies AccessPolicy),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `Roles allowed: ${allowed.join(', ')}` }),
  );
}

export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy);
}

/** The caller of an @Authenticated route. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  if (!request.actor) throw new Error('CurrentActor used on a route without @Authenticated');
  return request.actor;
});
