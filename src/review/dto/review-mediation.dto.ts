import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import { REVIEW_MEDIATION_STATUS_LABELS, ReviewMediationStatus } from '../proceedings.enums';

/** `POST /cases/:id/review-mediation`: mediation begins during the review (Art. 5). */
export class StartReviewMediationDto {
  @ApiProperty({
    example: '2026-03-02',
    description:
      'Not before acceptance, nor before the end of the case’s last mediation; not in the future',
  })
  @IsLocalDate()
  startedOn!: string;
}

/** How an open mediation ends: its 调解书 in effect, no agreement, or a party backed out. */
export const REVIEW_MEDIATION_OUTCOMES = [
  ReviewMediationStatus.IN_EFFECT,
  ReviewMediationStatus.FAILED,
  ReviewMediationStatus.RETRACTED,
] as const;
export type ReviewMediationOutcome = (typeof REVIEW_MEDIATION_OUTCOMES)[number];

const inEffect = (d: ReviewMediationOutcomeDto): boolean =>
  d.outcome === ReviewMediationStatus.IN_EFFECT;

/**
 * `POST /cases/:id/review-mediation/outcome`. IN_EFFECT takes `agreement` and `effectiveOn`;
 * FAILED and RETRACTED take `endedOn` and `reason`; the other pair is refused (400 NOT_ALLOWED).
 */
export class ReviewMediationOutcomeDto {
  @ApiProperty({
    enum: REVIEW_MEDIATION_OUTCOMES,
    enumName: 'ReviewMediationOutcome',
    description: `IN_EFFECT: the 调解书 signed by every party and sealed by the organ (Art. 73 ¶1), the case closes as REVIEW_MEDIATED (调解结案); FAILED or RETRACTED: the review goes on (Art. 73 ¶2). ${describeLabels(REVIEW_MEDIATION_STATUS_LABELS)}`,
  })
  @IsIn(REVIEW_MEDIATION_OUTCOMES)
  outcome!: ReviewMediationOutcome;

  @ApiPropertyOptional({
    maxLength: 10000,
    description: 'IN_EFFECT only, and then required: the agreement the 调解书 records',
  })
  @ValidateIf((d: ReviewMediationOutcomeDto) => inEffect(d) || d.agreement !== undefined)
  @IsText(10000)
  agreement?: string;

  @ApiPropertyOptional({
    example: '2026-03-02',
    description:
      'IN_EFFECT only, and then required: the day the last party signed and the organ sealed it, when it takes effect and the case concludes; not before the mediation began nor before a suspension in force (which ends that day), not in the future',
  })
  @ValidateIf((d: ReviewMediationOutcomeDto) => inEffect(d) || d.effectiveOn !== undefined)
  @IsLocalDate()
  effectiveOn?: string;

  @ApiPropertyOptional({
    example: '2026-03-02',
    description:
      'FAILED or RETRACTED only, and then required: the day mediation ended; not before it began, not in the future',
  })
  @ValidateIf((d: ReviewMediationOutcomeDto) => !inEffect(d) || d.endedOn !== undefined)
  @IsLocalDate()
  endedOn?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description:
      'FAILED or RETRACTED only, and then required: why no agreement was reached, or which party backed out and how',
  })
  @ValidateIf((d: ReviewMediationOutcomeDto) => !inEffect(d) || d.reason !== undefined)
  @IsText(2000)
  reason?: string;
}

/** A mediation during the review as the API shows it. */
export class ReviewMediationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '2026-03-02' }) startedOn!: string;
  @ApiProperty({
    enum: ReviewMediationStatus,
    enumName: 'ReviewMediationStatus',
    description: describeLabels(REVIEW_MEDIATION_STATUS_LABELS),
  })
  status!: ReviewMediationStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The agreement of the 调解书' })
  agreement!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'In effect from (Art. 73 ¶1)' })
  effectiveOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'FAILED or RETRACTED on' })
  endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed, or who backed out' })
  endReason!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who started it' }) createdBy!: string;
  @ApiProperty({ example: '2026-03-02T09:15:00.000Z' }) createdAt!: string;
}
