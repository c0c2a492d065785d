import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { CasesModule } from '../cases/cases.module';
import { PartiesModule } from '../parties/parties.module';
import { AnswersController } from './answers.controller';
import { AnswersService } from './answers.service';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';
import { StaysController } from './stays.controller';
import { StaysService } from './stays.service';

@Module({
  imports: [CasesModule, AlertsModule, PartiesModule],
  controllers: [AnswersController, ReviewController, StaysController],
  providers: [AnswersService, ReviewService, StaysService],
})
export class ReviewModule {}
