import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { HandlerTable, runJob, scheduleRepeating } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { AlertsService } from './alerts.service';

/** Raises deadline alerts on a schedule; what is due is read from the database each run. */
@Processor(QueueName.ALERTS)
export class AlertsProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(AlertsProcessor.name);
  private schedule?: { stop: () => void };

  readonly handlers: HandlerTable = {
    [JobName.RAISE_DEADLINE_ALERTS]: () => this.alerts.raise(),
  };

  constructor(
    private readonly alerts: AlertsService,
    private readonly env: Env,
    @InjectQueue(QueueName.ALERTS) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.schedule = scheduleRepeating(
      this.queue,
      JobName.RAISE_DEADLINE_ALERTS,
      this.env.DEADLINE_ALERTS_CRON,
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
