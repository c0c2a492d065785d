import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { HandlerTable, runJob, scheduleRepeating } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { IntakeService } from './intake.service';

/**
 * Daily: cases whose supplement reply is overdue become ABANDONED. The job reads what is due from
 * the database, so a missed or repeated run only delays or repeats a no-op.
 */
@Processor(QueueName.CASES)
export class IntakeProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(IntakeProcessor.name);
  private schedule?: { stop: () => void };

  readonly handlers: HandlerTable = {
    [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: () => this.intake.abandonExpired(),
  };

  constructor(
    private readonly intake: IntakeService,
    private readonly env: Env,
    @InjectQueue(QueueName.CASES) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.schedule = scheduleRepeating(
      this.queue,
      JobName.ABANDON_EXPIRED_SUPPLEMENTS,
      this.env.SUPPLEMENT_EXPIRY_CRON,
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
