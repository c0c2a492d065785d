/** Case materials (案件材料): files attached to a case while it is open, stored outside the database. */
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LocalDiskStorage } from './local-disk.storage';
import { MaterialsController } from './materials.controller';
import { MaterialsService } from './materials.service';
import { MaterialStorage } from './storage';

@Module({
  imports: [CasesModule],
  controllers: [MaterialsController],
  providers: [MaterialsService, { provide: MaterialStorage, useClass: LocalDiskStorage }],
  exports: [MaterialsService, MaterialStorage],
})
export class MaterialsModule {}
