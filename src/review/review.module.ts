import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { CasesModule } from '../cases/cases.module';
import { PartiesModule } from '../parties/parties.module';
import { AnswersController } from './answers.controller';
import { AnswersService } from './answers.service';
import { CollectiveDiscussionsController } from './collective-discussions.controller';
import { CollectiveDiscussionsService } from './collective-discussions.service';
import { DecisionFollowUpController } from './decision-follow-up.controller';
import { DecisionFollowUpService } from './decision-follow-up.service';
import { ProceedingsController } from './proceedings.controller';
import { ProceedingsService } from './proceedings.service';
import { ReviewMediationController } from './review-mediation.controller';
import { ReviewMediationService } from './review-mediation.service';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';
import { StaysController } from './stays.controller';
import { StaysService } from './stays.service';

@Module({
  imports: [CasesModule, AlertsModule, PartiesModule],
  controllers: [
    AnswersController,
    ReviewController,
    StaysController,
    CollectiveDiscussionsController,
    ReviewMediationController,
    DecisionFollowUpController,
    ProceedingsController,
  ],
  providers: [
    AnswersService,
    ReviewService,
    StaysService,
    CollectiveDiscussionsService,
    ReviewMediationService,
    DecisionFollowUpService,
    ProceedingsService,
  ],
})
export class ReviewModule {}
