/** The job processors and schedulers: loaded by the worker role (APP_ROLE=worker or all). */
import { Module, OnModuleInit } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module';
import { AlertsProcessor } from './alerts/alerts.processor';
import { RemindersModule } from './reminders/reminders.module';
import { RemindersProcessor } from './reminders/reminders.processor';
import { StatisticsModule } from './statistics/statistics.module';
import { StatisticsProcessor } from './statistics/statistics.processor';
import { MaintenanceProcessor } from './auth/maintenance.processor';
import { CasesModule } from './cases/cases.module';
import { IntakeProcessor } from './cases/intake.processor';
import { assertEveryJobHandled } from './jobs/job-handlers';
import { QueueName } from './jobs/queues';

@Module({
  imports: [CasesModule, AlertsModule, RemindersModule, StatisticsModule],
  providers: [
    MaintenanceProcessor,
    IntakeProcessor,
    AlertsProcessor,
    RemindersProcessor,
    StatisticsProcessor,
  ],
})
export class WorkerModule implements OnModuleInit {
  constructor(
    private readonly maintenance: MaintenanceProcessor,
    private readonly intake: IntakeProcessor,
    private readonly alerts: AlertsProcessor,
    private readonly reminders: RemindersProcessor,
    private readonly statistics: StatisticsProcessor,
  ) {}

  onModuleInit(): void {
    assertEveryJobHandled({
      [QueueName.MAINTENANCE]: this.maintenance.handlers,
      [QueueName.CASES]: this.intake.handlers,
      [QueueName.ALERTS]: this.alerts.handlers,
      [QueueName.REMINDERS]: this.reminders.handlers,
      [QueueName.STATISTICS]: this.statistics.handlers,
    });
  }
}
