/**
 * Who is sued after a reconsideration decision (ALL Art. 26 ¶2; SPC 2018 Arts. 22, 133, 134) and
 * the order of a lawsuit's instances (ALL Arts. 85, 89, 90–92), worked by hand.
 */
import { Outcome } from '../../cases/case.enums';
import { JudgmentKind, LitigationStage } from '../litigation-case.enums';
import { defendantsRule, judgmentFits, LastInstance, nextInstanceRefusal } from './lawsuit.rules';

const { FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL } = LitigationStage;

describe('defendantsRule', () => {
  it.each([
    [Outcome.UPHOLD, 'CO_DEFENDANTS', 'the organ upheld the act (ALL Art. 26 ¶2)'],
    [
      Outcome.DISMISS,
      'CO_DEFENDANTS',
      'dismissing the claims counts as upholding (SPC 2018 Art. 133)',
    ],
    [
      Outcome.PARTIAL_REVOKE,
      'CO_DEFENDANTS',
      'a decision partly upholding, partly changing (SPC 2018 Art. 134 ¶2)',
    ],
    [Outcome.REVOKE, 'ORGAN_ALONE', 'the organ revoked the act (ALL Art. 26 ¶2)'],
    [Outcome.ALTER, 'ORGAN_ALONE', 'the organ altered the act (ALL Art. 26 ¶2)'],
    [
      Outcome.CONFIRM_INVALID,
      'ORGAN_ALONE',
      'confirming the act void changes it (SPC 2018 Art. 22 ¶2)',
    ],
    [
      Outcome.ORDER_PERFORMANCE,
      'ORGAN_ALONE',
      'ordering performance changes the result (SPC 2018 Art. 22 ¶1)',
    ],
    [
      Outcome.CONFIRM_ILLEGAL,
      null,
      'confirming it unlawful upholds only on procedural grounds (SPC 2018 Art. 22 ¶3)',
    ],
    [
      Outcome.APPLICATION_DISMISSED,
      null,
      'an application dismissed as inadmissible is no upholding (SPC 2018 Art. 133)',
    ],
    [Outcome.NOT_ACCEPTED, null, 'not accepted: nothing decided (ALL Art. 26 ¶3)'],
    [Outcome.TERMINATED, null, 'terminated: nothing decided'],
    [Outcome.MEDIATED, null, 'mediated before the case: nothing decided'],
    [Outcome.REVIEW_MEDIATED, null, 'a mediation agreement in effect: nothing decided'],
    [Outcome.ABANDONED, null, 'abandoned: nothing decided'],
    [Outcome.WITHDRAWN, null, 'withdrawn: nothing decided'],
    [null, null, 'not decided (yet or in time): the plaintiff chooses (ALL Art. 26 ¶3)'],
  ] as [Outcome | null, ReturnType<typeof defendantsRule>, string][])(
    '%s → %s: %s',
    (outcome, expected) => {
      expect(defendantsRule(outcome)).toBe(expected);
    },
  );

  it('has an answer written above for every Outcome', () => {
    const covered = [
      'UPHOLD',
      'DISMISS',
      'PARTIAL_REVOKE',
      'REVOKE',
      'ALTER',
      'CONFIRM_INVALID',
      'ORDER_PERFORMANCE',
      'CONFIRM_ILLEGAL',
      'APPLICATION_DISMISSED',
      'NOT_ACCEPTED',
      'TERMINATED',
      'MEDIATED',
      'REVIEW_MEDIATED',
      'ABANDONED',
      'WITHDRAWN',
    ];
    expect(Object.values(Outcome).sort()).toEqual(covered.sort());
  });
});

describe('nextInstanceRefusal', () => {
  const open = (stage: LitigationStage): LastInstance => ({ stage, judgment: null });
  const judged = (
    stage: LitigationStage,
    judgment = JudgmentKind.CLAIMS_REJECTED,
  ): LastInstance => ({
    stage,
    judgment,
  });
  const remanded = (stage: LitigationStage): LastInstance => ({
    stage,
    judgment: JudgmentKind.REMANDED,
  });

  it.each([FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL])(
    'nothing opens while the current instance (%s) is unjudged: INSTANCE_OPEN',
    (current) => {
      for (const next of [FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL]) {
        expect([current, next, nextInstanceRefusal(open(current), next)]).toEqual([
          current,
          next,
          'INSTANCE_OPEN',
        ]);
      }
    },
  );

  it.each([
    // A first instance judged: appealed (ALL Art. 85) or retried (ALL Art. 90), not heard again.
    [judged(FIRST_INSTANCE), FIRST_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [judged(FIRST_INSTANCE), SECOND_INSTANCE, null],
    [judged(FIRST_INSTANCE), RETRIAL, null],
    // An appeal judged: final (ALL Art. 89 ¶1 items 1–2), only a retrial may follow (Arts. 90–92).
    [judged(SECOND_INSTANCE), FIRST_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [judged(SECOND_INSTANCE), SECOND_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [judged(SECOND_INSTANCE), RETRIAL, null],
    // An appeal remanded (发回重审, ALL Art. 89 ¶1 items 3–4): the first instance again, only.
    [remanded(SECOND_INSTANCE), FIRST_INSTANCE, null],
    [remanded(SECOND_INSTANCE), SECOND_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [remanded(SECOND_INSTANCE), RETRIAL, 'STAGE_OUT_OF_ORDER'],
    // A retrial judged (under first-instance procedure it may be appealed); another retrial.
    [judged(RETRIAL), FIRST_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [judged(RETRIAL), SECOND_INSTANCE, null],
    [judged(RETRIAL), RETRIAL, null],
    // A retrial remanded: the first instance again, only.
    [remanded(RETRIAL), FIRST_INSTANCE, null],
    [remanded(RETRIAL), SECOND_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [remanded(RETRIAL), RETRIAL, 'STAGE_OUT_OF_ORDER'],
    // A loss or a withdrawal concludes as a dismissal of the claims does.
    [judged(FIRST_INSTANCE, JudgmentKind.REVOKED), SECOND_INSTANCE, null],
    [judged(SECOND_INSTANCE, JudgmentKind.WITHDRAWN), SECOND_INSTANCE, 'STAGE_OUT_OF_ORDER'],
    [judged(FIRST_INSTANCE, JudgmentKind.MEDIATED), FIRST_INSTANCE, 'STAGE_OUT_OF_ORDER'],
  ] as const)('after %o, a %s: %s', (last, next, expected) => {
    expect(nextInstanceRefusal(last, next)).toBe(expected);
  });
});

describe('judgmentFits', () => {
  it('a first instance is never remanded (ALL Art. 89: a ruling of the appeal)', () => {
    expect(judgmentFits(FIRST_INSTANCE, JudgmentKind.REMANDED)).toBe(false);
  });

  it('an appeal and a retrial may remand (ALL Art. 89 ¶1 items 3–4; Art. 92)', () => {
    expect(judgmentFits(SECOND_INSTANCE, JudgmentKind.REMANDED)).toBe(true);
    expect(judgmentFits(RETRIAL, JudgmentKind.REMANDED)).toBe(true);
  });

  it('every other kind fits every stage', () => {
    for (const stage of [FIRST_INSTANCE, SECOND_INSTANCE, RETRIAL]) {
      for (const kind of Object.values(JudgmentKind).filter((k) => k !== JudgmentKind.REMANDED)) {
        expect([stage, kind, judgmentFits(stage, kind)]).toEqual([stage, kind, true]);
      }
    }
  });
});
