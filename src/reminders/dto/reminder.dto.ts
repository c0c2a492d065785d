import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { PageQuery } from '../../common/pagination';
import { IsText } from '../../common/validators/text';
import { REMINDER_KIND_LABELS, ReminderKind } from '../reminder-letter.enums';

export class ListReminderLettersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  hearingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId?: string;
}

export class AcknowledgeLetterDto {
  @ApiProperty({ example: '王五', description: 'Who will attend' })
  @IsText(50)
  attendeeName!: string;

  @ApiProperty({ example: '局长' })
  @IsText(50)
  attendeeTitle!: string;
}

export class ReminderLetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({
    enum: ReminderKind,
    enumName: 'ReminderKind',
    description: describeLabels(REMINDER_KIND_LABELS),
  })
  kind!: ReminderKind;
  @ApiProperty({ description: 'The hearing time the letter is for' }) hearingAt!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ example: '区市场监督管理局局长王五' }) recipient!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) attendeeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) attendeeTitle!: string | null;
  @ApiProperty({
    description:
      'The hearing was moved or cancelled after this letter went out: it no longer holds, and a ' +
      'moved hearing has letters of its own for the new time',
  })
  superseded!: boolean;
}
