import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';
import { DeliveryService } from './delivery.service';
import { RemindersService } from './reminders.service';

/** Issues due reminder letters and delivers the outbox, on a schedule and when woken. */
@Processor(QueueName.REMINDERS)
export class RemindersProcessor extends JobProcessor<QueueName.REMINDERS> {
  readonly handlers: HandlerTable<QueueName.REMINDERS> = {
    [JobName.ISSUE_DUE_LETTERS]: () => this.reminders.issueDue(),
    [JobName.DELIVER_NOTIFICATIONS]: () => this.delivery.deliverDue(),
  };

  constructor(
    private readonly reminders: RemindersService,
    private readonly delivery: DeliveryService,
  ) {
    super();
  }
}
