import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { CasesModule } from '../cases/cases.module';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';

@Module({
  imports: [CasesModule, AlertsModule],
  controllers: [ReviewController],
  providers: [ReviewService],
})
export class ReviewModule {}
