import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { HandlerTable, runJob, scheduleRepeating } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';

/** Housekeeping of the maintenance queue: expired and revoked refresh tokens are purged nightly. */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private schedule?: { stop: () => void };

  readonly handlers: HandlerTable = {
    [JobName.PURGE_REFRESH_TOKENS]: () => this.purgeRefreshTokens(),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Env,
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.schedule = scheduleRepeating(
      this.queue,
      JobName.PURGE_REFRESH_TOKENS,
      this.env.TOKEN_PURGE_CRON,
      this.logger,
    );
  }

  onApplicationShutdown(): void {
    this.schedule?.stop();
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job, this.logger);
  }

  /**
   * Tokens past expiry can never be accepted again. Used ones are kept until then: presenting a
   * used token is how a stolen copy is detected (the whole login is revoked).
   */
  private async purgeRefreshTokens(): Promise<{ deleted: number }> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM refresh_tokens WHERE expires_at < now()`,
    );
    return { deleted: result[1] };
  }
}
