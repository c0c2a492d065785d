import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';

/**
 * @nestjs/throttler's guard, with a standard `Retry-After` (seconds) on every 429. The library
 * names the header after its limit (`Retry-After-login` for the login limit), which no client or
 * proxy reads; this one sends `Retry-After` whichever limit refused the request.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const { res } = this.getRequestResponse(context);
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    (res as { header: (name: string, value: string) => unknown }).header(
      'Retry-After',
      String(seconds),
    );
    return super.throwThrottlingException(context, detail);
  }
}
