import { Module } from '@nestjs/common';
import { DocumentTemplates } from './document-templates';

/** The office's document templates, for the case documents and the hearing reminder letters. */
@Module({
  providers: [DocumentTemplates],
  exports: [DocumentTemplates],
})
export class DocumentTemplatesModule {}
