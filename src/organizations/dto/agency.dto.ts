import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { describeLabels } from '../../common/enum-labels';
import { AgencyEntity } from '../agency.entity';
import { AGENCY_KIND_LABELS, AgencyKind } from '../agency.enums';

export class CreateAgencyDto {
  @ApiProperty({ example: '区市场监督管理局' })
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  name!: string;

  @ApiProperty({
    enum: AgencyKind,
    enumName: 'AgencyKind',
    description: describeLabels(AGENCY_KIND_LABELS),
  })
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @ApiProperty({ example: '王五', description: 'The agency head (负责人)' })
  @IsString()
  @MinLength(1)
  @MaxChars(50)
  headName!: string;

  @ApiProperty({ example: '局长' })
  @IsString()
  @MinLength(1)
  @MaxChars(50)
  headTitle!: string;

  @ApiPropertyOptional({ example: '0571-88888888' })
  @IsOptional()
  @Matches(/^[0-9+() -]{5,20}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;
}

/** Every field optional; null only where the column allows it (contactPhone). */
export class UpdateAgencyDto extends PartialType(CreateAgencyDto, { skipNullProperties: false }) {}

export class AgencyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AgencyKind, enumName: 'AgencyKind' }) kind!: AgencyKind;
  @ApiProperty() headName!: string;
  @ApiProperty() headTitle!: string;
  @ApiProperty({ type: String, nullable: true }) contactPhone!: string | null;
  @ApiProperty() version!: number;

  static of(a: AgencyEntity): AgencyView {
    const { id, name, kind, headName, headTitle, contactPhone, version } = a;
    return { id, name, kind, headName, headTitle, contactPhone, version };
  }
}
