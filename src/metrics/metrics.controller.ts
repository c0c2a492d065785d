import { Controller, Get, Header, Headers, HttpStatus } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { getQueueToken } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Public } from '../access/authenticated.decorator';
import { AppError } from '../common/app-error';
import { Env } from '../config/env';
import { QueueName } from '../jobs/queues';
import { queueDepth, registry } from './metrics';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

@ApiTags('operations')
@Controller('metrics')
@Public()
export class MetricsController {
  private readonly queues: Queue[];

  constructor(
    private readonly env: Env,
    moduleRef: ModuleRef,
  ) {
    // Every queue of QueueName, so a new queue is measured without touching this file.
    this.queues = Object.values(QueueName).map((name) =>
      moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
  }

  /** Prometheus text. When METRICS_TOKEN is set, scrapers send it as a bearer token. */
  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
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
