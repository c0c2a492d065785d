import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

const LOGIN_THROTTLED = 'fuyi:login-throttled';

/** Puts a route under the stricter `login` rate limit (LOGIN_RATE_LIMIT_PER_MINUTE). */
export const LoginThrottled = (): MethodDecorator => SetMetadata(LOGIN_THROTTLED, true);

/** The `login` throttler skips every route not marked @LoginThrottled(). */
export const notLoginThrottled =
  (reflector: Reflector) =>
  (context: ExecutionContext): boolean =>
    reflector.get<boolean | undefined>(LOGIN_THROTTLED, context.getHandler()) !== true;
