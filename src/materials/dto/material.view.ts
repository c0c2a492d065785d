import { ApiProperty } from '@nestjs/swagger';
import { describeLabels } from '../../common/enum-labels';
import { MATERIAL_KIND_LABELS, MaterialKind } from '../material-kind';

/** A material as the API shows it; the bytes are at GET /cases/:id/materials/:mid. */
export class MaterialView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: MaterialKind,
    enumName: 'MaterialKind',
    description: describeLabels(MATERIAL_KIND_LABELS),
  })
  kind!: MaterialKind;
  @ApiProperty({ example: '行政复议申请书.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Detected from the content' })
  contentType!: string;
  @ApiProperty({ example: 183042 }) sizeBytes!: number;
  @ApiProperty({
    description: 'SHA-256 of the content, lower-case hex',
    minLength: 64,
    maxLength: 64,
  })
  sha256!: string;
  @ApiProperty({ example: '2026-03-02T09:15:00.000Z' }) uploadedAt!: string;
  @ApiProperty({ format: 'uuid', description: 'The user who attached it' }) uploadedBy!: string;
}
