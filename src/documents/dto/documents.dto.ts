import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  DocumentKind,
  DocumentStatus,
  SERVICE_METHOD_LABELS,
  ServiceMethod,
} from '../document.enums';

/** `POST /cases/:id/documents`: a draft, generated from the case's records. */
export class DraftDocumentDto {
  @ApiProperty({
    enum: DocumentKind,
    enumName: 'DocumentKind',
    description: describeLabels(DOCUMENT_KIND_LABELS),
  })
  @IsEnum(DocumentKind)
  kind!: DocumentKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The step the document is for when the case has several: a supplement request, a suspension, a formal hearing, a recommendation or opinion letter. Left out: the latest',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  subjectId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The issued document of the same kind this one corrects; it is superseded when this one is issued',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  supersedesId?: string;
}

/** `POST /cases/:id/documents/:did/services`: one service of an issued document (送达). */
export class ServeDocumentDto {
  @ApiProperty({
    enum: ServiceMethod,
    enumName: 'ServiceMethod',
    description: describeLabels(SERVICE_METHOD_LABELS),
  })
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @ApiProperty({ example: '张三', description: 'Who it was served on (受送达人)' })
  @IsText(200)
  recipient!: string;

  @ApiProperty({
    example: '2026-03-04',
    description:
      'The day of the act: signed for (直接送达), left (留置), arrived in the recipient’s system (电子送达), received per the postal return (邮寄送达), or the notice published (公告送达: served 30 days later, CPL Art. 95)',
  })
  @IsLocalDate()
  deliveredOn!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The proof (送达回证, postal return, the notice as published): a material of the case',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  proofMaterialId?: string;

  @ApiPropertyOptional({
    example: '2026-04-01',
    description:
      'DECISION only, on its first service: the respondent’s last day to perform a decision that orders it to act, as POST /cases/:id/decision/service takes it (400 PERFORMANCE_NOT_ORDERED otherwise)',
  })
  @IsOptional()
  @IsLocalDate()
  performanceDueOn?: string;
}

export class DocumentServiceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ServiceMethod, enumName: 'ServiceMethod' }) method!: ServiceMethod;
  @ApiProperty() recipient!: string;
  @ApiProperty() deliveredOn!: string;
  @ApiProperty({ description: 'The day the law counts as service' }) servedOn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proofMaterialId!: string | null;
  @ApiProperty() recordedAt!: string;
}

export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: DocumentKind, enumName: 'DocumentKind' }) kind!: DocumentKind;
  @ApiProperty({ example: '行政复议受理通知书' }) title!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectId!: string | null;
  @ApiProperty({
    enum: DocumentStatus,
    enumName: 'DocumentStatus',
    description: describeLabels(DOCUMENT_STATUS_LABELS),
  })
  status!: DocumentStatus;
  @ApiProperty({ type: String, nullable: true, example: '区府复受〔2026〕17号' })
  number!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuedOn!: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The issued bytes, a material of the case',
  })
  materialId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the issued bytes' })
  sha256!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesId!: string | null;
  @ApiProperty({ type: [DocumentServiceView] }) services!: DocumentServiceView[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}
