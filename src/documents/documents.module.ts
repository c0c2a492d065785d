import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MaterialsModule } from '../materials/materials.module';
import { DocumentTemplatesModule } from './document-templates.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [CasesModule, MaterialsModule, DocumentTemplatesModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
