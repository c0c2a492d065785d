/** Third parties, representatives and agents of a case (ARL 2023 Arts. 15–17). */
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PartiesController } from './parties.controller';
import { PartiesService } from './parties.service';

@Module({
  imports: [CasesModule],
  controllers: [PartiesController],
  providers: [PartiesService],
  exports: [PartiesService],
})
export class PartiesModule {}
