import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';
import { IntakeService } from './intake.service';

/**
 * Daily: cases whose supplement reply is overdue become ABANDONED (Art. 31 ¶2); applications whose
 * review period ended with no refusal are accepted by law (Art. 30 ¶3). Each job reads what is due
 * from the database, so a missed or repeated run only delays or repeats a no-op.
 */
@Processor(QueueName.CASES)
export class IntakeProcessor extends JobProcessor<QueueName.CASES> {
  readonly handlers: HandlerTable<QueueName.CASES> = {
    [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: () => this.intake.abandonExpired(),
    [JobName.DEEM_ACCEPTED]: () => this.intake.deemAccepted(),
  };

  constructor(private readonly intake: IntakeService) {
    super();
  }
}
