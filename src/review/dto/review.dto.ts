import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  MERITS_OUTCOMES,
  Outcome,
  OUTCOME_LABELS,
  TERMINATION_REASON_LABELS,
  TerminationReason,
} from '../../cases/case.enums';
import { describeLabels } from '../../common/enum-labels';
import { IsDecimal } from '../../common/validators/decimal';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText, MaxChars } from '../../common/validators/text';
import {
  AGREEMENT_RULING_LABELS,
  AgreementRuling,
  COMPENSATION_RULING_LABELS,
  CompensationRuling,
  SUSPENSION_GROUND_LABELS,
  SuspensionGround,
} from '../proceedings.enums';
import { LETTER_KIND_LABELS, LetterKind } from '../recommendation-letter.enums';

/** Optional, but not null: validated whenever the field is present. */
const present = (_: unknown, value: unknown): boolean => value !== undefined;

export class AssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'An active OFFICER or REVIEWER' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  officerId!: string;
}

export class SuspensionDto {
  @ApiProperty({
    enum: SuspensionGround,
    enumName: 'SuspensionGround',
    description: `The ground of Art. 39 ¶1. ${describeLabels(SUSPENSION_GROUND_LABELS)}`,
  })
  @IsEnum(SuspensionGround)
  ground!: SuspensionGround;

  @ApiProperty({ maxLength: 2000, description: 'The facts of the ground' })
  @IsText(2000)
  reason!: string;

  @ApiProperty({ example: '2026-03-10' })
  @IsLocalDate()
  suspendedOn!: string;

  @ApiPropertyOptional({
    example: '2026-03-11',
    description:
      'The day the written notice of the suspension reached the parties (Art. 39 ¶3: 书面告知当事人); between suspendedOn and today',
  })
  @ValidateIf(present)
  @IsLocalDate()
  noticeServedOn?: string;

  @ApiPropertyOptional({
    description:
      'MEDIATION_OR_SETTLEMENT only, and then required true: the applicant and the respondent agree to the suspension (Art. 39 ¶1 (6))',
  })
  @ValidateIf(present)
  @IsBoolean()
  bothPartiesAgree?: boolean;
}

export class ResumptionDto {
  @ApiProperty({
    example: '2026-03-20',
    description: 'The days from suspendedOn are added to the deadline',
  })
  @IsLocalDate()
  resumedOn!: string;

  @ApiPropertyOptional({
    example: '2026-03-21',
    description:
      'The day the written notice of the resumption reached the parties (Art. 39 ¶3); between resumedOn and today',
  })
  @ValidateIf(present)
  @IsLocalDate()
  noticeServedOn?: string;
}

export class ExtensionDto {
  @ApiProperty({ maxLength: 2000 })
  @IsText(2000)
  reason!: string;

  // A JSON number: no conversion, which would take "5", true and [5] for numbers.
  @ApiProperty({ minimum: 1, maximum: 30, description: 'Calendar days added (at most 30, once)' })
  @IsInt()
  @Min(1)
  @Max(30)
  days!: number;

  @ApiPropertyOptional({
    example: '2026-04-20',
    description:
      'The day the written notice of the extension reached the parties (Art. 62 ¶1: 书面告知当事人); between acceptedOn and today',
  })
  @ValidateIf(present)
  @IsLocalDate()
  noticeServedOn?: string;
}

export class ConversionDto {
  @ApiProperty({
    example: '2026-03-10',
    description: 'The day the head of the office approved the switch; between acceptedOn and today',
  })
  @IsLocalDate()
  convertedOn!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why the simplified procedure is not suitable' })
  @IsText(2000)
  reason!: string;
}

export class TerminationDto {
  @ApiProperty({
    enum: TerminationReason,
    enumName: 'TerminationReason',
    description: `Art. 41. MEDIATED is no longer given (400 MEDIATED_NOT_A_TERMINATION: a 调解书 closes the case as REVIEW_MEDIATED); WITHDRAWN and SETTLED need the office's approval, recorded by a REVIEWER (403 WITHDRAWAL_NEEDS_APPROVAL); SUSPENSION_LAPSED only after 60 days suspended on APPLICANT_DIED, APPLICANT_INCAPACITATED or APPLICANT_DISSOLVED (409 SUSPENSION_GROUND_NOT_LAPSING, SUSPENSION_NOT_LAPSED). ${describeLabels(TERMINATION_REASON_LABELS)}`,
  })
  @IsEnum(TerminationReason)
  reason!: TerminationReason;

  @ApiProperty({ example: '2026-04-01' })
  @IsLocalDate()
  concludedOn!: string;
}

const MERITS = MERITS_OUTCOMES as Outcome[];

export class DraftDecisionDto {
  @ApiProperty({
    enum: MERITS,
    enumName: 'DecisionType',
    description: describeLabels(Object.fromEntries(MERITS.map((o) => [o, OUTCOME_LABELS[o]]))),
  })
  @IsIn(MERITS)
  type!: Outcome;

  @ApiProperty({ maxLength: 50000 })
  @IsText(50000)
  reasoning!: string;

  @ApiProperty({ type: [String], example: ['《中华人民共和国行政复议法》第六十四条'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxChars(500, { each: true })
  legalBasis!: string[];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    description:
      'REVOKE or PARTIAL_REVOKE only (400 REMAKE_NOT_ALLOWED): the respondent acts anew within this many days (Art. 64 ¶1: 责令重新作出)',
  })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  @Max(365)
  remakeWithinDays?: number;

  @ApiPropertyOptional({
    description:
      'ALTER only: the drafter confirms the change is not less favourable to the applicant (Art. 63 ¶2); required true unless thirdPartyContraryRequest (400 ALTERATION_LESS_FAVOURABLE)',
  })
  @ValidateIf(present)
  @IsBoolean()
  notLessFavourable?: boolean;

  @ApiPropertyOptional({
    description:
      'ALTER only: a third party of the case asked for the contrary (Art. 63 ¶2); 409 NO_THIRD_PARTY when the case has none',
  })
  @ValidateIf(present)
  @IsBoolean()
  thirdPartyContraryRequest?: boolean;

  @ApiPropertyOptional({
    enum: AgreementRuling,
    enumName: 'AgreementRuling',
    description: `On an administrative agreement (Art. 71); not checked against the act type. ${describeLabels(AGREEMENT_RULING_LABELS)}`,
  })
  @ValidateIf(present)
  @IsEnum(AgreementRuling)
  agreementRuling?: AgreementRuling;

  @ApiPropertyOptional({
    enum: CompensationRuling,
    enumName: 'CompensationRuling',
    description: `On the compensation claimed with the application (Art. 72 ¶1): AWARDED with REVOKE, PARTIAL_REVOKE, ALTER, CONFIRM_ILLEGAL or CONFIRM_INVALID (400 AWARD_NOT_ALLOWED) and an amount; DISMISSED with any type. ${describeLabels(COMPENSATION_RULING_LABELS)}`,
  })
  @ValidateIf(present)
  @IsEnum(CompensationRuling)
  compensationRuling?: CompensationRuling;

  @ApiPropertyOptional({
    example: 2000,
    description: 'With compensationRuling AWARDED only (and then required): yuan, 2 decimals',
  })
  @ValidateIf(present)
  @IsDecimal(2)
  @Min(0.01)
  @Max(999_999_999_999.99)
  compensationAmountYuan?: number;
}

export class ApprovalDto {
  @ApiProperty({ description: 'true: approve (→ DECIDED); false: send the draft back' })
  @IsBoolean()
  approved!: boolean;

  @ApiPropertyOptional({ example: '2026-04-20', description: 'When approved: the decision date' })
  @ValidateIf((d: ApprovalDto) => d.approved === true || d.decidedOn !== undefined)
  @IsLocalDate()
  decidedOn?: string;

  @ApiPropertyOptional({ description: 'When sent back: what to change', maxLength: 5000 })
  @ValidateIf((d: ApprovalDto) => d.approved === false || d.comment !== undefined)
  @IsText(5000)
  comment?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'When approved: the collective discussion of this case that passed the draft (approvalBasis COLLECTIVE_DISCUSSION; any REVIEWER but the drafter records it). Without it the approver consents as head of the organ (ORGAN_HEAD: a REVIEWER designated headsOrgan, else 403 NOT_ORGAN_HEAD). Art. 61 ¶1',
  })
  @ValidateIf(present)
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  collectiveDiscussionId?: string;
}

export class CollectiveDiscussionDto {
  @ApiProperty({ example: '2026-04-18', description: 'Between acceptedOn and today' })
  @IsLocalDate()
  heldOn!: string;

  @ApiProperty({ maxLength: 500, description: 'Who took part, as named' })
  @IsText(500)
  participants!: string;

  @ApiProperty({ maxLength: 50000, description: 'What was agreed: the decision proposed, and why' })
  @IsText(50000)
  conclusion!: string;
}

/** A collective discussion of a case (集体讨论, Art. 61 ¶1). */
export class CollectiveDiscussionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() heldOn!: string;
  @ApiProperty() participants!: string;
  @ApiProperty() conclusion!: string;
  @ApiProperty({ format: 'uuid' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class RecommendationLetterDto {
  @ApiProperty({
    enum: LetterKind,
    enumName: 'LetterKind',
    description: describeLabels(LETTER_KIND_LABELS),
  })
  @IsEnum(LetterKind)
  kind!: LetterKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId!: string;

  @ApiProperty({ example: '2026-04-25' })
  @IsLocalDate()
  issuedOn!: string;

  @ApiProperty({ maxLength: 50000 })
  @IsText(50000)
  content!: string;
}

export class RecommendationLetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: LetterKind, enumName: 'LetterKind' }) kind!: LetterKind;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() content!: string;
}
