import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';

@Module({ imports: [CasesModule], controllers: [ReviewController], providers: [ReviewService] })
export class ReviewModule {}
