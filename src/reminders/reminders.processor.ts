import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { HandlerTable, runJob, scheduleRepeating } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { DeliveryService } from './delivery.service';
import { RemindersService } from './reminders.service';

const SWEEPS = [JobName.ISSUE_DUE_LETTERS, JobName.DELIVER_NOTIFICATIONS];

/** Issues due reminder letters and delivers the outbox, on a schedule and when woken. */
@Processor(QueueName.REMINDERS)
export class RemindersProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(RemindersProcessor.name);
  private schedules: { stop: () => void }[] = [];

  readonly handlers: HandlerTable = {
    [JobName.ISSUE_DUE_LETTERS]: () => this.reminders.issueDue(),
    [JobName.DELIVER_NOTIFICATIONS]: () => this.delivery.deliverDue(),
  };

  constructor(
    private readonly reminders: RemindersService,
    private readonly delivery: DeliveryService,
    private readonly env: Env,
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.schedules = SWEEPS.map((name) =>
      scheduleRepeating(this.queue, name, this.env.REMINDER_SWEEP_CRON, this.logger),
    );
  }

  onApplicationShutdown(): void {
    for (const s of this.schedules) s.stop();
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job, this.logger);
  }
}
