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
  @ApiProperty({
    type: 'integer',
    description:
      'Lawsuits with an instance pending at some time in the period (filed by `to`, not judged ' +
      'before `from`). By respondent a lawsuit counts for each of its defendants; the total counts ' +
      'it once. By month, in the first month of the period it is pending in',
  })
  lawsuits!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Reminder letters (出庭提示函, not the eve notices) issued in the period, one per defendant',
  })
  reminderLetters!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Per hearing: each defendant at each hearing held in the period (not cancelled, its time ' +
      'passed), one head’s duty each',
  })
  hearingsHeld!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Among them, the head attended with the identity proof (SPC 2020 Arts. 2, 6)',
  })
  hearingsHeadAttended!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Among them, the head was absent for a justified, proven reason (Arts. 8–9)',
  })
  hearingsHeadExcused!: number;
  @ApiProperty({
    type: RatioView,
    description: 'Head attendance rate per hearing (按庭次计): hearingsHeadAttended ÷ hearingsHeld',
  })
  headAttendanceRateByHearing!: RatioView;
  @ApiProperty({
    type: 'integer',
    description:
      'Per case and instance: each defendant in each instance (一审, 二审, 再审) with a hearing ' +
      'held, dated by its first held hearing',
  })
  instancesHeard!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Among them, the head fulfilled the duty (SPC 2020 Art. 7): attended one of its hearings, ' +
      'and none the court later noticed the head to was missed without excuse',
  })
  instancesHeadAttended!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Among them, the head attended none and was excused at every hearing held',
  })
  instancesHeadExcused!: number;
  @ApiProperty({
    type: RatioView,
    description:
      'The official head attendance rate, per case and instance (按案件审级计, SPC 2020 Art. 7): ' +
      'instancesHeadAttended ÷ instancesHeard; excused instances stay in the denominator',
  })
  headAttendanceRate!: RatioView;
  @ApiProperty({
    type: 'integer',
    description: 'Instances judged in the period with a concluding judgment (all but a remand)',
  })
  judgments!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description:
      'Instances judged in the period per judgment kind (JudgmentKind, REMANDED included)',
  })
  byJudgment!: Record<string, number>;
  @ApiProperty({
    type: 'integer',
    description: 'Among judgments, those against the administrative side (败诉: LOSING_JUDGMENTS)',
  })
  lost!: number;
  @ApiProperty({
    type: RatioView,
    description:
      'Loss rate (败诉率): lost ÷ judgments; withdrawals, mediation and dismissals of suit count ' +
      'in the denominator',
  })
  lossRate!: RatioView;
  @ApiProperty({
    type: 'integer',
    description: 'Judicial recommendations (司法建议) received in the period, by addressee',
  })
  judicialRecommendations!: number;
  @ApiProperty({ type: 'integer', description: 'Judicial recommendations answered in the period' })
  judicialRecommendationsAnswered!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Judicial recommendations past their due day on `to` and not answered by then (by month: ' +
      'in the month they fell overdue, the first month if before)',
  })
  judicialRecommendationsOverdue!: number;
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
