import { DataSource } from 'typeorm';
import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';

/** Housekeeping of the maintenance queue: expired and revoked refresh tokens are purged nightly. */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends JobProcessor<QueueName.MAINTENANCE> {
  readonly handlers: HandlerTable<QueueName.MAINTENANCE> = {
    [JobName.PURGE_REFRESH_TOKENS]: () => this.purgeRefreshTokens(),
  };

  constructor(private readonly dataSource: DataSource) {
    super();
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
