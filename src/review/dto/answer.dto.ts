import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';

/**
 * The copy of the application sent to the respondent and its receipt (Art. 48; simplified Art. 54).
 * Each date is recorded once: a later call may add the receipt, repeating the sending day or
 * leaving it out; a date that differs from the one recorded is refused (409).
 */
export class AnswerCopyDto {
  @ApiPropertyOptional({
    example: '2026-03-03',
    description:
      'The day the copy was sent: not before acceptance, not in the future. Required until the sending is recorded; afterwards it may be left out or must equal the recorded day',
  })
  @ValidateIf((d: AnswerCopyDto) => d.sentOn !== undefined)
  @IsLocalDate()
  sentOn?: string;

  @ApiPropertyOptional({
    example: '2026-03-05',
    description:
      'The day the respondent received it, when known: not before sentOn, not in the future. Starts the answer period of 10 (simplified: 5) working days',
  })
  @ValidateIf((d: AnswerCopyDto) => d.receivedOn !== undefined)
  @IsLocalDate()
  receivedOn?: string;
}

/** One item of evidence or of the basis the respondent submitted. */
export class AnswerItemDto {
  @ApiProperty({ example: '现场检查笔录', maxLength: 500 })
  @IsText(500)
  title!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A material of this case holding the item (uploaded first), when there is one',
  })
  @ValidateIf((d: AnswerItemDto) => d.materialId !== undefined && d.materialId !== null)
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  materialId?: string | null;
}

/** The respondent's written answer (书面答复) with its evidence and basis (Art. 48 ¶1; Art. 54). */
export class AnswerDto {
  @ApiProperty({
    example: '2026-03-12',
    description: 'The day of the answer: not before the copy’s receipt, not in the future',
  })
  @IsLocalDate()
  answeredOn!: string;

  @ApiProperty({ description: 'What the answer says (答复意见)', maxLength: 20000 })
  @IsText(20000)
  summary!: string;

  @ApiProperty({
    type: [AnswerItemDto],
    description: 'The evidence of the act (证据); may be empty (Art. 70 then applies)',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerItemDto)
  evidence!: AnswerItemDto[];

  @ApiProperty({
    type: [AnswerItemDto],
    description:
      'The basis of the act (依据: laws, regulations, normative documents); may be empty',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerItemDto)
  basis!: AnswerItemDto[];
}

export class AnswerItemView {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) materialId!: string | null;
}

/** The respondent's answer with the case's answer clock. */
export class AnswerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() answeredOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [AnswerItemView] }) evidence!: AnswerItemView[];
  @ApiProperty({ type: [AnswerItemView] }) basis!: AnswerItemView[];
  @ApiProperty({ format: 'uuid', description: 'Who recorded it' }) recordedBy!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Last day to send the copy: 7 (simplified: 3) working days from acceptance',
  })
  answerCopyDueOn!: string | null;
  @ApiProperty() answerCopySentOn!: string;
  @ApiProperty() answerCopyReceivedOn!: string;
  @ApiProperty({
    description: 'Last day to answer: 10 (simplified: 5) working days from the copy’s receipt',
  })
  answerDueOn!: string;
  @ApiProperty({
    description:
      'Answered after answerDueOn: the act is deemed to have no evidence or basis (Art. 70)',
  })
  late!: boolean;
}
