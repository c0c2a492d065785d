import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { HandlerTable, runJob, scheduleRepeating } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { SnapshotsService } from './snapshots.service';

/** The nightly snapshot (year and month to date) and on-demand runs; failures retry (BullMQ). */
@Processor(QueueName.STATISTICS)
export class StatisticsProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(StatisticsProcessor.name);
  private schedule?: { stop: () => void };

  readonly handlers: HandlerTable = {
    [JobName.NIGHTLY_STATISTICS]: () => this.snapshots.nightly(),
    [JobName.STATISTICS_SNAPSHOT]: async (job: Job<{ period: string }>) =>
      (await this.snapshots.compute(job.data.period)).period,
  };

  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly env: Env,
    @InjectQueue(QueueName.STATISTICS) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.schedule = scheduleRepeating(
      this.queue,
      JobName.NIGHTLY_STATISTICS,
      this.env.STATISTICS_SNAPSHOT_CRON,
      this.logger,
    );
  }

  onApplicationShutdown(): void {
    this.schedule?.stop();
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job, this.logger);
  }
}
