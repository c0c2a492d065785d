/** Prometheus metrics at /metrics: HTTP latency, queue depths, job outcomes, process figures. */
import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MetricsController } from './metrics.controller';

@Module({ imports: [JobsModule], controllers: [MetricsController] })
export class MetricsModule {}
