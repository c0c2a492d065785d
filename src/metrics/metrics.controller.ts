import {
  Controller,
  Get,
  Header,
  Headers,
  HttpStatus,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import { SkipThrottle } from '@nestjs/throttler';
import { Queue } from 'bullmq';
import { Public } from '../access/authenticated.decorator';
import { AppError } from '../common/app-error';
import { Env } from '../config/env';
import { QueueName } from '../jobs/queues';
import { queueDepth, registry } from './metrics';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

@ApiTags('operations')
@Controller('metrics')
// Scraped by Prometheus at its own rate: the clients' limit never refuses it.
@SkipThrottle()
@Public()
export class MetricsController implements OnApplicationBootstrap {
  private queues: Queue[] = [];

  constructor(
    private readonly env: Env,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Every queue of QueueName, so a new queue is measured without touching this file. Looked up
   * once every provider exists: in the constructor the queue providers may not be built yet, and
   * `queue_jobs` then never had a sample.
   */
  onApplicationBootstrap(): void {
    this.queues = Object.values(QueueName).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
  }

  /** Prometheus text. When METRICS_TOKEN is set, scrapers send it as a bearer token. */
  @Get()
  @ApiOperation({ summary: 'Prometheus 指标 / Prometheus metrics' })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async metrics(@Headers('authorization') authorization?: string): Promise<string> {
    if (this.env.METRICS_TOKEN && authorization !== `Bearer ${this.env.METRICS_TOKEN}`) {
      throw new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'METRICS_TOKEN required');
    }
    await this.readQueueDepths();
    return registry.metrics();
  }

  private async readQueueDepths(): Promise<void> {
    await Promise.all(
      this.queues.map(async (q) => {
        try {
          const counts = await Promise.race([
            q.getJobCounts(...STATES),
            new Promise<never>((_, reject) =>
              setTimeout(() => reject(new Error('timeout')), 500).unref(),
            ),
          ]);
          for (const state of STATES) queueDepth.set({ queue: q.name, state }, counts[state] ?? 0);
        } catch {
          // Redis away: the depths keep their last values; /health/ready says why.
        }
      }),
    );
  }
}
