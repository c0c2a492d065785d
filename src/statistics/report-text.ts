/** The yearly paragraph of the rule-of-law report (docs/domain.md), rendered from the figures. Pure. */
import { Outcome, OUTCOME_LABELS } from '../cases/case.enums';
import { LitigationFigures, percent, ReconsiderationFigures } from './rules/figures.rules';

/** The decisions the paragraph always names, in its order; others follow when not zero. */
const NAMED: Outcome[] = [
  Outcome.REVOKE,
  Outcome.UPHOLD,
  Outcome.DISMISS,
  Outcome.ORDER_PERFORMANCE,
  Outcome.NOT_ACCEPTED,
];
const OTHERS: Outcome[] = [
  Outcome.PARTIAL_REVOKE,
  Outcome.ALTER,
  Outcome.CONFIRM_ILLEGAL,
  Outcome.CONFIRM_INVALID,
  Outcome.REVIEW_MEDIATED,
  Outcome.TERMINATED,
  Outcome.ABANDONED,
  Outcome.WITHDRAWN,
  Outcome.APPLICATION_DISMISSED,
];

/**
 * The paragraph for `year`: reconsideration, then litigation. `l` is null for a reader confined to
 * one filing office (an agent): lawsuits belong to no office, so that paragraph has no litigation
 * sentence. `recommendationLetters` counts 建议书 and 意见书 (docs/domain.md), printed as the template's
 * "发放行政复议建议书K份". The litigation sentence gives the official head attendance rate, per case
 * and instance (SPC 2020 Art. 7), with the per-hearing rate beside it, then the instances concluded
 * and lost (审结, 败诉: a remand concludes nothing) and the judicial recommendations received.
 */
export function renderYearReport(
  year: number,
  r: ReconsiderationFigures,
  l: LitigationFigures | null,
): string {
  const decisions = [
    ...NAMED.map((o) => `${OUTCOME_LABELS[o]}${r.byDecision[o] ?? 0}件`),
    ...OTHERS.filter((o) => (r.byDecision[o] ?? 0) > 0).map(
      (o) => `${OUTCOME_LABELS[o]}${r.byDecision[o]}件`,
    ),
  ].join('，');
  const correction =
    r.correctionRate.rate === null ? '无实体审理结案' : `纠错率达${percent(r.correctionRate)}`;
  const reconsideration =
    `${year}年，办理行政复议案件${r.handled}件（案前调解${r.preCaseMediated}件，` +
    `新收及旧存结案${r.concluded}件，其中${decisions}），${correction}，` +
    `发放行政复议建议书${r.recommendationLetters}份。`;
  if (l === null) return `${reconsideration}\n`;
  // The official rate is per case and instance (SPC 2020 Art. 7); the per-hearing rate beside it.
  const attendance =
    l.headAttendanceRate.rate === null
      ? '无开庭'
      : `行政机关负责人出庭率达${percent(l.headAttendanceRate)}` +
        `（按案件审级计；按庭次计${percent(l.headAttendanceRateByHearing)}）`;
  const judged =
    l.lossRate.rate === null
      ? '无审结案件'
      : `审结${l.judgments}件，其中败诉${l.lost}件，败诉率${percent(l.lossRate)}`;
  return (
    reconsideration +
    `承办行政应诉案件${l.lawsuits}件，发出出庭提示函${l.reminderLetters}份，${attendance}，` +
    `${judged}，收到司法建议${l.judicialRecommendations}份。\n`
  );
}
