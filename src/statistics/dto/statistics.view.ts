import { ApiProperty } from '@nestjs/swagger';

/** Response shapes of the statistics routes (the figures of docs/domain.md). */

export class RatioView {
  @ApiProperty({ type: 'integer' }) numerator!: number;
  @ApiProperty({ type: 'integer' }) denominator!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when the denominator is 0' })
  rate!: number | null;
}

export class ReconsiderationFiguresView {
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer' }) preCaseMediated!: number;
  @ApiProperty({ type: 'integer' }) concluded!: number;
  @ApiProperty({ type: 'integer' }) handled!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Cases concluded in the period per outcome (Outcome)',
  })
  byDecision!: Record<string, number>;
  @ApiProperty({ type: 'integer' }) merits!: number;
  @ApiProperty({ type: 'integer' }) corrected!: number;
  @ApiProperty({ type: RatioView }) correctionRate!: RatioView;
  @ApiProperty({ type: 'integer' }) pending!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'null when the period is not the current one',
  })
  overdue!: number | null;
  @ApiProperty({ type: RatioView }) onTimeRate!: RatioView;
  @ApiProperty({ type: 'integer' }) recommendationLetters!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Accepted by law in the period, the review period having ended (Art. 30 ¶3)',
  })
  deemedAccepted!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Formal hearings (听证, Arts. 50–51) held in the period, dated by the day they were held',
  })
  formalHearingsHeld!: number;
  @ApiProperty({
    type: 'integer',
    description: "Among them, those the respondent's head attended (Art. 51 ¶3)",
  })
  formalHearingHeadAttended!: number;
  @ApiProperty({
    type: RatioView,
    description:
      'formalHearingHeadAttended ÷ formalHearingsHeld (被申请人的负责人应当参加听证, Art. 51 ¶3)',
  })
  formalHearingHeadAttendanceRate!: RatioView;
}

export class LitigationFiguresView {
  @ApiProperty({ type: 'integer' }) lawsuits!: number;
  @ApiProperty({ type: 'integer' }) reminderLetters!: number;
  @ApiProperty({ type: 'integer' }) hearingsHeld!: number;
  @ApiProperty({ type: 'integer' }) headAttended!: number;
  @ApiProperty({ type: 'integer' }) judgments!: number;
  @ApiProperty({ type: 'integer' }) lost!: number;
  @ApiProperty({ type: RatioView }) headAttendanceRate!: RatioView;
  @ApiProperty({ type: RatioView }) lossRate!: RatioView;
}

export class ReconsiderationGroupView {
  @ApiProperty({ description: 'Agency or office id, or the month (YYYY-MM)' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: ReconsiderationFiguresView }) figures!: ReconsiderationFiguresView;
}

export class LitigationGroupView {
  @ApiProperty({ description: 'Agency id, or the month (YYYY-MM)' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: LitigationFiguresView }) figures!: LitigationFiguresView;
}

export class ReconsiderationReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: String, enum: ['respondent', 'office', 'month'], nullable: true })
  groupBy!: string | null;
  @ApiProperty({ type: ReconsiderationFiguresView }) total!: ReconsiderationFiguresView;
  @ApiProperty({ type: [ReconsiderationGroupView] }) groups!: ReconsiderationGroupView[];
}

export class LitigationReportView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: String, enum: ['respondent', 'month'], nullable: true })
  groupBy!: string | null;
  @ApiProperty({ type: LitigationFiguresView }) total!: LitigationFiguresView;
  @ApiProperty({ type: [LitigationGroupView] }) groups!: LitigationGroupView[];
}

export class SnapshotView {
  @ApiProperty({ example: '2026-03', description: 'A year or a month' }) period!: string;
  @ApiProperty({ format: 'date' }) fromDate!: string;
  @ApiProperty({ format: 'date' }) toDate!: string;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'reconsideration: {total, respondent, office, month}; litigation: {total, respondent, month} (as the report routes)',
  })
  figures!: Record<string, unknown>;
}

export class SnapshotJobView {
  @ApiProperty({ description: 'The queued job' }) jobId!: string;
}
