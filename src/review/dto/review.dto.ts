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
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText, MaxChars } from '../../common/validators/text';
import { LETTER_KIND_LABELS, LetterKind } from '../recommendation-letter.enums';

export class AssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'An active OFFICER or REVIEWER' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  officerId!: string;
}

export class SuspensionDto {
  @ApiProperty({ maxLength: 2000 })
  @IsText(2000)
  reason!: string;

  @ApiProperty({ example: '2026-03-10' })
  @IsLocalDate()
  suspendedOn!: string;
}

export class ResumptionDto {
  @ApiProperty({
    example: '2026-03-20',
    description: 'The days from suspendedOn are added to the deadline',
  })
  @IsLocalDate()
  resumedOn!: string;
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
}

export class TerminationDto {
  @ApiProperty({
    enum: TerminationReason,
    enumName: 'TerminationReason',
    description: describeLabels(TERMINATION_REASON_LABELS),
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
