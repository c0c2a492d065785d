/**
 * The figures leadership publishes (docs/domain.md, "Statistics: definitions"), assembled from counts
 * the database aggregated. Pure.
 */
import { CORRECTING_OUTCOMES, MERITS_OUTCOMES, Outcome } from '../../cases/case.enums';
import {
  CONCLUDING_JUDGMENTS,
  JudgmentKind,
  LOSING_JUDGMENTS,
} from '../../litigation/litigation-case.enums';

/** An exact fraction and its value; `rate` is null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** Outcomes that count in `concluded` (everything closing but pre-case mediation). */
export const CONCLUDING_OUTCOMES: readonly Outcome[] = Object.values(Outcome).filter(
  (o) => o !== Outcome.MEDIATED,
);

/** What the database counts for one group. */
export interface ReconsiderationCounts {
  received: number;
  preCaseMediated: number;
  /** Concluded within their deadline. */
  onTime: number;
  /** Per concluding outcome, among cases concluded in the period. */
  byOutcome: Partial<Record<Outcome, number>>;
  pending: number;
  overdue: number | null;
  recommendationLetters: number;
  /** Accepted by law in the period, the review period having ended (Art. 30 ¶3). */
  deemedAccepted: number;
  /** Formal hearings (听证, Arts. 50–51) held in the period, by the day they were held. */
  formalHearingsHeld: number;
  /** Among them, those the respondent's head attended (Art. 51 ¶3). */
  formalHearingHeadAttended: number;
}

export interface ReconsiderationFigures {
  received: number;
  preCaseMediated: number;
  concluded: number;
  handled: number;
  byDecision: Record<string, number>;
  merits: number;
  corrected: number;
  correctionRate: Ratio;
  pending: number;
  overdue: number | null;
  onTimeRate: Ratio;
  recommendationLetters: number;
  deemedAccepted: number;
  formalHearingsHeld: number;
  formalHearingHeadAttended: number;
  /**
   * `formalHearingHeadAttended ÷ formalHearingsHeld`: ARL 2023 Art. 51 ¶3, 被申请人的负责人应当参加
   * 听证 (a head who cannot attend gives the reason and sends a staff member, who does not count).
   */
  formalHearingHeadAttendanceRate: Ratio;
}

const sum = (counts: Partial<Record<Outcome, number>>, outcomes: readonly Outcome[]): number =>
  outcomes.reduce((n, o) => n + (counts[o] ?? 0), 0);

export function reconsiderationFigures(c: ReconsiderationCounts): ReconsiderationFigures {
  const concluded = sum(c.byOutcome, CONCLUDING_OUTCOMES);
  const merits = sum(c.byOutcome, MERITS_OUTCOMES);
  const corrected = sum(c.byOutcome, CORRECTING_OUTCOMES);
  return {
    received: c.received,
    preCaseMediated: c.preCaseMediated,
    concluded,
    handled: c.preCaseMediated + concluded,
    byDecision: Object.fromEntries(CONCLUDING_OUTCOMES.map((o) => [o, c.byOutcome[o] ?? 0])),
    merits,
    corrected,
    correctionRate: ratio(corrected, merits),
    pending: c.pending,
    overdue: c.overdue,
    onTimeRate: ratio(c.onTime, concluded),
    recommendationLetters: c.recommendationLetters,
    deemedAccepted: c.deemedAccepted,
    formalHearingsHeld: c.formalHearingsHeld,
    formalHearingHeadAttended: c.formalHearingHeadAttended,
    formalHearingHeadAttendanceRate: ratio(c.formalHearingHeadAttended, c.formalHearingsHeld),
  };
}

/** What the database counts for one group of litigation (statistics/rules/figures.sql.ts). */
export interface LitigationCounts {
  /** Lawsuits with an instance pending at some time in the period. */
  lawsuits: number;
  /** Issued 出庭提示函 (LETTER), one per defendant, by the day issued. */
  reminderLetters: number;
  /** Each held hearing × defendant: one head's duty to appear at one hearing. */
  hearingsHeld: number;
  /** Among them, the head attended (HeadAppearance.ATTENDED). */
  hearingsHeadAttended: number;
  /** Among them, the head was excused (Arts. 8–9: HeadAppearance.EXCUSED). */
  hearingsHeadExcused: number;
  /** Each instance × defendant with a hearing held, dated by its first held hearing. */
  instancesHeard: number;
  /** Among them, the duty fulfilled as Art. 7 counts it (instanceDuty: ATTENDED). */
  instancesHeadAttended: number;
  /** Among them, excused at every hearing held (instanceDuty: EXCUSED). */
  instancesHeadExcused: number;
  /** Instances judged in the period, per judgment kind (a remand included). */
  byJudgment: Partial<Record<JudgmentKind, number>>;
  /** Judicial recommendations (司法建议) received in the period. */
  judicialRecommendations: number;
  /** Those answered in the period. */
  judicialRecommendationsAnswered: number;
  /** Past their due day at the period's end and not answered by then. */
  judicialRecommendationsOverdue: number;
}

export interface LitigationFigures {
  lawsuits: number;
  reminderLetters: number;
  hearingsHeld: number;
  hearingsHeadAttended: number;
  hearingsHeadExcused: number;
  /** Per hearing: `hearingsHeadAttended ÷ hearingsHeld` (按庭次计). */
  headAttendanceRateByHearing: Ratio;
  instancesHeard: number;
  instancesHeadAttended: number;
  instancesHeadExcused: number;
  /**
   * The official rate, per case and instance (按案件审级计, SPC 2020 Art. 7):
   * `instancesHeadAttended ÷ instancesHeard`. Excused instances stay in the denominator.
   */
  headAttendanceRate: Ratio;
  /** Instances concluded in the period: every judgment but a remand (发回重审). */
  judgments: number;
  /** Every judgment kind, REMANDED included, 0 when none. */
  byJudgment: Record<JudgmentKind, number>;
  /** Among `judgments`, those against the administrative side (LOSING_JUDGMENTS). */
  lost: number;
  /** `lost ÷ judgments`: withdrawals, mediation and dismissals of suit count in the denominator. */
  lossRate: Ratio;
  judicialRecommendations: number;
  judicialRecommendationsAnswered: number;
  judicialRecommendationsOverdue: number;
}

const sumOf = <K extends string>(counts: Partial<Record<K, number>>, keys: readonly K[]): number =>
  keys.reduce((n, k) => n + (counts[k] ?? 0), 0);

export function litigationFigures(c: LitigationCounts): LitigationFigures {
  const judgments = sumOf(c.byJudgment, CONCLUDING_JUDGMENTS);
  const lost = sumOf(c.byJudgment, LOSING_JUDGMENTS);
  return {
    lawsuits: c.lawsuits,
    reminderLetters: c.reminderLetters,
    hearingsHeld: c.hearingsHeld,
    hearingsHeadAttended: c.hearingsHeadAttended,
    hearingsHeadExcused: c.hearingsHeadExcused,
    headAttendanceRateByHearing: ratio(c.hearingsHeadAttended, c.hearingsHeld),
    instancesHeard: c.instancesHeard,
    instancesHeadAttended: c.instancesHeadAttended,
    instancesHeadExcused: c.instancesHeadExcused,
    headAttendanceRate: ratio(c.instancesHeadAttended, c.instancesHeard),
    judgments,
    byJudgment: Object.fromEntries(
      Object.values(JudgmentKind).map((k) => [k, c.byJudgment[k] ?? 0]),
    ) as Record<JudgmentKind, number>,
    lost,
    lossRate: ratio(lost, judgments),
    judicialRecommendations: c.judicialRecommendations,
    judicialRecommendationsAnswered: c.judicialRecommendationsAnswered,
    judicialRecommendationsOverdue: c.judicialRecommendationsOverdue,
  };
}

/**
 * `numerator ÷ denominator` in units of 1/`scale`, rounded half up on the exact fraction (in
 * floating point 57 ÷ 200 × 100 is 28.499…, which Math.round would take down to 28).
 */
export const roundedRate = (r: Ratio, scale: number): number | null =>
  r.denominator === 0
    ? null
    : Math.floor((2 * scale * r.numerator + r.denominator) / (2 * r.denominator));

/** A rate as the report prints it: a whole percent, rounded half up. */
export const percent = (r: Ratio): string => {
  const whole = roundedRate(r, 100);
  return whole === null ? '—' : `${whole}%`;
};
