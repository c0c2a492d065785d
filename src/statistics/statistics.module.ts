import { Module } from '@nestjs/common';
import { SnapshotsService } from './snapshots.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

@Module({
  controllers: [StatisticsController],
  providers: [StatisticsService, SnapshotsService],
  exports: [StatisticsService, SnapshotsService],
})
export class StatisticsModule {}
