import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MaterialsModule } from '../materials/materials.module';
import { DocumentTemplates } from './document-templates';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [CasesModule, MaterialsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentTemplates],
})
export class DocumentsModule {}
