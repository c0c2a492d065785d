import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';

/** Optional, but not null: validated whenever the field is present. */
const present = (_: unknown, value: unknown): boolean => value !== undefined;

/** `POST /cases/:id/decision/service`: the decision served, in effect (Art. 75 ¶2). */
export class ServeDecisionDto {
  @ApiProperty({
    example: '2026-03-02',
    description:
      'The day the decision reached the parties (送达) and took effect; not before decidedOn, not in the future',
  })
  @IsLocalDate()
  servedOn!: string;

  @ApiPropertyOptional({
    example: '2026-04-01',
    description:
      'The last day of the respondent’s performance, when the decision orders it to act: ORDER_PERFORMANCE (Art. 66), a revocation with remakeWithinDays (Art. 64), an agreement ruling (Art. 71) or compensation awarded (Art. 72); 400 PERFORMANCE_NOT_ORDERED otherwise. Not before servedOn. Left out with remakeWithinDays: servedOn + remakeWithinDays calendar days, a last day off rolled to the next working day. A PERFORMANCE alert runs from the working day before it until performance is reported.',
  })
  @ValidateIf(present)
  @IsLocalDate()
  performanceDueOn?: string;
}

/** `POST /cases/:id/decision/performance`: the respondent reports its performance (Art. 77). */
export class RecordPerformanceDto {
  @ApiProperty({
    example: '2026-03-20',
    description: 'The day the respondent’s report arrived; not before servedOn, not in the future',
  })
  @IsLocalDate()
  reportedOn!: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'What the respondent reports it did (kept in the timeline)',
  })
  @ValidateIf(present)
  @IsText(2000)
  summary?: string;
}
