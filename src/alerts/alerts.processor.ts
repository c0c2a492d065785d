import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';
import { AlertsService } from './alerts.service';

/** Raises deadline alerts on a schedule; what is due is read from the database each run. */
@Processor(QueueName.ALERTS)
export class AlertsProcessor extends JobProcessor<QueueName.ALERTS> {
  readonly handlers: HandlerTable<QueueName.ALERTS> = {
    [JobName.RAISE_DEADLINE_ALERTS]: () => this.alerts.raise(),
  };

  constructor(private readonly alerts: AlertsService) {
    super();
  }
}
