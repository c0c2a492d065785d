import { Module } from '@nestjs/common';
import { CaseWorkflow } from './case-workflow';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { IntakeService } from './intake.service';

@Module({
  controllers: [CasesController],
  providers: [CaseWorkflow, CasesService, IntakeService],
  exports: [CaseWorkflow, CasesService, IntakeService],
})
export class CasesModule {}
