import { Controller, Get, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../access/authenticated.decorator';
import { AppError } from '../common/app-error';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
@Public()
// Probes and scrapes are the platform's, at its own rate: a client's limit never refuses them.
@SkipThrottle()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /**
   * The process is up (for restarts); checks nothing else: the answer Terminus gives for no
   * indicators, without running it (a tenth of the route's CPU).
   */
  @Get('live')
  @ApiOperation({ summary: '存活检查 / Liveness' })
  @HealthCheck()
  live(): HealthCheckResult {
    return { status: 'ok', info: {}, error: {}, details: {} };
  }

  /**
   * Postgres and Redis answer; otherwise 503 in the error shape, naming what is down, with one
   * entry per dependency in `details`.
   */
  @Get('ready')
  @ApiOperation({ summary: '就绪检查 / Readiness' })
  @HealthCheck()
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.db.pingCheck('database', { timeout: 1500 }),
        () => this.redis.isHealthy('redis'),
      ]);
    } catch (e) {
      // Terminus's own 503 body would be replaced by the error filter's, losing what is down.
      if (!(e instanceof ServiceUnavailableException)) throw e;
      const result = e.getResponse() as Partial<HealthCheckResult>;
      const down = Object.keys(result.error ?? {});
      throw new AppError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'NOT_READY',
        `Not ready: ${down.join(', ') || 'a dependency'} down`,
        Object.entries(result.details ?? {}).map(([component, state]) => ({ component, ...state })),
      );
    }
  }
}
