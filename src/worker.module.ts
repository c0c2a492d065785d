/** The job processors and schedulers: loaded by the worker role (APP_ROLE=worker or all). */
import { Module, OnModuleInit } from '@nestjs/common';
import { MaintenanceProcessor } from './auth/maintenance.processor';
import { CasesModule } from './cases/cases.module';
import { IntakeProcessor } from './cases/intake.processor';
import { assertEveryJobHandled } from './jobs/job-handlers';
import { QueueName } from './jobs/queues';

@Module({ imports: [CasesModule], providers: [MaintenanceProcessor, IntakeProcessor] })
export class WorkerModule implements OnModuleInit {
  constructor(
    private readonly maintenance: MaintenanceProcessor,
    private readonly intake: IntakeProcessor,
  ) {}

  onModuleInit(): void {
    assertEveryJobHandled({
      [QueueName.MAINTENANCE]: this.maintenance.handlers,
      [QueueName.CASES]: this.intake.handlers,
    });
  }
}
