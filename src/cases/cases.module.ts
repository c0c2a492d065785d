import { Module } from '@nestjs/common';
import { CaseQueriesService } from './case-queries.service';
import { CaseWorkflow } from './case-workflow';
import { CasesController } from './cases.controller';
import { IntakeService } from './intake.service';
import { RegistrationService } from './registration.service';

@Module({
  controllers: [CasesController],
  providers: [CaseWorkflow, CaseQueriesService, RegistrationService, IntakeService],
  exports: [CaseWorkflow, CaseQueriesService, RegistrationService, IntakeService],
})
export class CasesModule {}
