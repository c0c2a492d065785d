/** The job processors and schedulers: loaded by the worker role (APP_ROLE=worker or all). */
import { Module, OnModuleInit } from '@nestjs/common';
import { MaintenanceProcessor } from './auth/maintenance.processor';
import { assertEveryJobHandled } from './jobs/job-handlers';
import { QueueName } from './jobs/queues';

@Module({ providers: [MaintenanceProcessor] })
export class WorkerModule implements OnModuleInit {
  constructor(private readonly maintenance: MaintenanceProcessor) {}

  onModuleInit(): void {
    assertEveryJobHandled({ [QueueName.MAINTENANCE]: this.maintenance.handlers });
  }
}
