/** The job processors and schedulers: loaded by the worker role (APP_ROLE=worker or all). */
import { Module, OnModuleInit, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AlertsModule } from './alerts/alerts.module';
import { AlertsProcessor } from './alerts/alerts.processor';
import { RemindersModule } from './reminders/reminders.module';
import { RemindersProcessor } from './reminders/reminders.processor';
import { StatisticsModule } from './statistics/statistics.module';
import { StatisticsProcessor } from './statistics/statistics.processor';
import { MaintenanceProcessor } from './auth/maintenance.processor';
import { CasesModule } from './cases/cases.module';
import { IntakeProcessor } from './cases/intake.processor';
import { assertEveryJobHandled, HandlerTables } from './jobs/job-handlers';
import { JobProcessor } from './jobs/job-processor';
import { QueueName } from './jobs/queues';
import { JobSchedules } from './jobs/schedules';

/** The processor of each queue (its handler table is that queue's: checked by the compiler). */
const PROCESSORS: { readonly [Q in QueueName]: Type<JobProcessor<Q>> } = {
  [QueueName.MAINTENANCE]: MaintenanceProcessor,
  [QueueName.CASES]: IntakeProcessor,
  [QueueName.ALERTS]: AlertsProcessor,
  [QueueName.REMINDERS]: RemindersProcessor,
  [QueueName.STATISTICS]: StatisticsProcessor,
};

@Module({
  imports: [CasesModule, AlertsModule, RemindersModule, StatisticsModule],
  providers: [...Object.values(PROCESSORS), JobSchedules],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    const tables: HandlerTables = {};
    for (const queue of Object.values(QueueName)) {
      tables[queue] = this.moduleRef.get<JobProcessor<typeof queue>>(PROCESSORS[queue]).handlers;
    }
    assertEveryJobHandled(tables);
  }
}
