import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MediationController } from './mediation.controller';
import { MediationService } from './mediation.service';

@Module({
  imports: [CasesModule],
  controllers: [MediationController],
  providers: [MediationService],
})
export class MediationModule {}
