import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, ValidateIf } from 'class-validator';
import { PARTY_ROLE_LABELS, PartyRole } from '../../cases/case.enums';
import { ApplicantDto } from '../../cases/dto/register-case.dto';
import { ApplicantView } from '../../cases/dto/case.view';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';

/**
 * `POST /cases/:id/parties`: a third party (Art. 16), a representative (Art. 15) or an agent
 * (Art. 17). Who they are is given as an applicant is (kind, name, idNumber for a person,
 * creditCode for an organisation, phone, address: the applicant's validators).
 */
export class AddPartyDto extends ApplicantDto {
  @ApiProperty({
    enum: PartyRole,
    enumName: 'PartyRole',
    description: describeLabels(PARTY_ROLE_LABELS),
  })
  @IsEnum(PartyRole)
  role!: PartyRole;

  @ApiPropertyOptional({
    example: '孙九',
    maxLength: 100,
    description:
      'Whom the party acts for: required for AGENT (an applicant or third party of the case, named as filed; at most two agents each) and REPRESENTATIVE (e.g. 全体申请人); not given for THIRD_PARTY',
  })
  @ValidateIf((d: AddPartyDto) => d.role !== PartyRole.THIRD_PARTY || d.actsFor !== undefined)
  @IsText(100)
  actsFor?: string;

  @ApiProperty({
    example: '2026-03-02',
    description:
      'Day the party joined (admitted on application, notified, or the power of attorney filed); not before receivedOn, not in the future',
  })
  @IsLocalDate()
  joinedOn!: string;
}

/** A party of a case as the API shows it: who, as an applicant is shown (ID and phone masked). */
export class PartyView extends ApplicantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    enum: PartyRole,
    enumName: 'PartyRole',
    description: describeLabels(PARTY_ROLE_LABELS),
  })
  role!: PartyRole;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Whom an agent or representative acts for; null for a third party',
  })
  actsFor!: string | null;
  @ApiProperty({ example: '2026-03-02' }) joinedOn!: string;
  @ApiProperty({ format: 'uuid', description: 'The user who recorded the party' })
  createdBy!: string;
  @ApiProperty({ example: '2026-03-02T09:15:00.000Z' }) createdAt!: string;
}
