import { HandlerTable } from '../jobs/job-handlers';
import { JobProcessor, Processor } from '../jobs/job-processor';
import { JobName, QueueName } from '../jobs/queues';
import { SnapshotsService } from './snapshots.service';

/** The nightly snapshot (year and month to date) and on-demand runs; failures retry (BullMQ). */
@Processor(QueueName.STATISTICS)
export class StatisticsProcessor extends JobProcessor<QueueName.STATISTICS> {
  readonly handlers: HandlerTable<QueueName.STATISTICS> = {
    [JobName.NIGHTLY_STATISTICS]: () => this.snapshots.nightly(),
    [JobName.STATISTICS_SNAPSHOT]: async (job) =>
      (await this.snapshots.compute(job.data.period)).period,
  };

  constructor(private readonly snapshots: SnapshotsService) {
    super();
  }
}
