import { Processor as BullProcessor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { HandlerTable, runJob } from './job-handlers';
import { QueueName } from './queues';

/**
 * The worker of queue Q: each job is run by the handler its name has in `handlers` (runJob: the
 * outcome is counted in jobOutcomes, a failure logged and rethrown for BullMQ to retry). A
 * capability's processor is only its constructor and its handler table; schedules are installed
 * by JobSchedules (schedules.ts), and WorkerModule checks every job has a handler.
 */
export abstract class JobProcessor<Q extends QueueName> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  abstract readonly handlers: HandlerTable<Q>;

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job, this.logger);
  }
}

/**
 * `@Processor` of @nestjs/bullmq for a JobProcessor, typed: the class's handler table must be the
 * one of the queue it consumes.
 */
export function Processor<Q extends QueueName>(
  queue: Q,
): (target: abstract new (...args: never[]) => JobProcessor<Q>) => void {
  return (target) => BullProcessor(queue)(target);
}
