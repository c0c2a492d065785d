import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Env } from '../config/env';

/** Pings Redis on a connection of its own that never queues commands while Redis is away. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    env: Env,
    private readonly health: HealthIndicatorService,
  ) {
    this.redis = new Redis(env.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.redis.on('error', () => undefined); // reported through the check, not as log noise
  }

  async isHealthy(key = 'redis'): Promise<HealthIndicatorResult> {
    const check = this.health.check(key);
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      const started = Date.now();
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out after 1000 ms')), 1000).unref(),
        ),
      ]);
      return check.up({ latencyMs: Date.now() - started });
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
