import { DataSource } from 'typeorm';
import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';

/**
 * Housekeeping of the maintenance queue, nightly: expired refresh tokens, the sessions left with
 * none (their access tokens expired long before), and stale failed-login counts are purged.
 */
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
  private async purgeRefreshTokens(): Promise<{
    deleted: number;
    sessions: number;
    loginAttempts: number;
  }> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM refresh_tokens WHERE expires_at < now()`,
    );
    const sessions = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM sessions s
        WHERE s.created_at < now() - interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = s.id)`,
    );
    const attempts = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM login_attempts
        WHERE last_attempt_at < now() - interval '1 day'
          AND (locked_until IS NULL OR locked_until < now())`,
    );
    return { deleted: result[1], sessions: sessions[1], loginAttempts: attempts[1] };
  }
}
