/**
 * Who is sued and in what order the instances of a lawsuit follow one another (docs/domain.md,
 * "Litigation response"). Pure.
 */
import { Outcome } from '../../cases/case.enums';
import { JudgmentKind, LitigationStage } from '../litigation-case.enums';

/**
 * What the reconsideration decision a lawsuit is about requires of its defendants:
 * - `CO_DEFENDANTS`: the organ upheld the act (维持), which includes dismissing the claims (驳回复议
 *   请求), and a decision that partly upholds: the original agency and the organ are both
 *   defendants (ALL Art. 26 ¶2; SPC 2018 Arts. 133, 134 ¶2).
 * - `ORGAN_ALONE`: the organ changed the act's result (撤销, 变更, 确认无效, 责令履行): the organ is the
 *   defendant (ALL Art. 26 ¶2; SPC 2018 Art. 22).
 * - null: the law does not fix it from the outcome: a confirmation of illegality may count as
 *   either (SPC 2018 Art. 22 ¶3: on procedural grounds it upholds), a case not decided in time
 *   leaves the plaintiff the choice (ALL Art. 26 ¶3), and the other endings decided nothing.
 */
export function defendantsRule(outcome: Outcome | null): 'CO_DEFENDANTS' | 'ORGAN_ALONE' | null {
  switch (outcome) {
    case Outcome.UPHOLD:
    case Outcome.DISMISS:
    case Outcome.PARTIAL_REVOKE:
      return 'CO_DEFENDANTS';
    case Outcome.REVOKE:
    case Outcome.ALTER:
    case Outcome.CONFIRM_INVALID:
    case Outcome.ORDER_PERFORMANCE:
      return 'ORGAN_ALONE';
    case Outcome.CONFIRM_ILLEGAL:
    case Outcome.NOT_ACCEPTED:
    case Outcome.APPLICATION_DISMISSED:
    case Outcome.TERMINATED:
    case Outcome.MEDIATED:
    case Outcome.REVIEW_MEDIATED:
    case Outcome.ABANDONED:
    case Outcome.WITHDRAWN:
    case null:
      return null;
  }
}

/** The instance a lawsuit is in, as far as what may follow it. */
export interface LastInstance {
  stage: LitigationStage;
  judgment: JudgmentKind | null;
}

/**
 * Why `stage` cannot open after `last`, or null when it can. A new instance opens only once the
 * last is judged (`INSTANCE_OPEN`); an appeal (二审) follows a first instance or a retrial, a first
 * instance follows only a remand (发回重审, ALL Art. 89 ¶1 items 3–4), and a retrial (再审) follows any
 * judgment but a remand (`STAGE_OUT_OF_ORDER`).
 */
export function nextInstanceRefusal(
  last: LastInstance,
  stage: LitigationStage,
): 'INSTANCE_OPEN' | 'STAGE_OUT_OF_ORDER' | null {
  if (last.judgment === null) return 'INSTANCE_OPEN';
  const remanded = last.judgment === JudgmentKind.REMANDED;
  switch (stage) {
    case LitigationStage.FIRST_INSTANCE:
      return remanded ? null : 'STAGE_OUT_OF_ORDER';
    case LitigationStage.SECOND_INSTANCE:
      return !remanded && last.stage !== LitigationStage.SECOND_INSTANCE
        ? null
        : 'STAGE_OUT_OF_ORDER';
    case LitigationStage.RETRIAL:
      return remanded ? 'STAGE_OUT_OF_ORDER' : null;
  }
}

/** A remand (发回重审) is a ruling of an appeal or a retrial, never of a first instance. */
export const judgmentFits = (stage: LitigationStage, kind: JudgmentKind): boolean =>
  kind !== JudgmentKind.REMANDED || stage !== LitigationStage.FIRST_INSTANCE;
