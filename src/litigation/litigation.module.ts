import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { LitigationController } from './litigation.controller';
import { HearingsService } from './hearings.service';
import { LitigationService } from './litigation.service';

@Module({
  imports: [RemindersModule],
  controllers: [LitigationController],
  providers: [LitigationService, HearingsService],
})
export class LitigationModule {}
