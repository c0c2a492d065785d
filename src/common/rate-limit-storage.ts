import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

interface Window {
  endsAt: number;
  hits: number;
  /** 0 when not blocked. */
  blockedUntil: number;
}

/**
 * The rate limits' counts in this process's memory, for @nestjs/throttler's guard: a fixed window
 * per caller and limit, constant work per request. The library's own storage keeps the expiry of
 * every hit and filters that list on each request: at 900 requests/s from one address that was a
 * fifth of the API's CPU (docs/benchmarks.md, registration). A window allows up to twice the limit
 * across its boundary, which is all a limit against floods needs.
 */
export class RateLimitStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private readonly sweep = setInterval(() => this.forgetExpired(), 60_000);

  constructor() {
    this.sweep.unref();
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    _throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w) {
      w = { endsAt: now + ttl, hits: 0, blockedUntil: 0 };
      this.windows.set(key, w);
    }
    const blockOver = w.blockedUntil !== 0 && w.blockedUntil <= now;
    if (blockOver || (w.blockedUntil === 0 && w.endsAt <= now)) {
      w.endsAt = now + ttl; // a new window, counted afresh
      w.hits = 0;
      w.blockedUntil = 0;
    }
    if (w.blockedUntil === 0) {
      w.hits += 1;
      if (w.hits > limit) w.blockedUntil = blockDuration > 0 ? now + blockDuration : w.endsAt;
    }
    const isBlocked = w.blockedUntil > now;
    return Promise.resolve({
      totalHits: w.hits,
      timeToExpire: Math.max(0, Math.ceil((w.endsAt - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((w.blockedUntil - now) / 1000) : 0,
    });
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [key, w] of this.windows) {
      if (w.endsAt <= now && w.blockedUntil <= now) this.windows.delete(key);
    }
  }
}
