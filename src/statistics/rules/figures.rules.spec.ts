import { Outcome } from '../../cases/case.enums';
import { HeadAppearance } from '../../litigation/hearing.enums';
import { JudgmentKind } from '../../litigation/litigation-case.enums';
import { HeldHearing, instanceDuty } from '../../litigation/rules/attendance.rules';
import {
  CONCLUDING_OUTCOMES,
  LitigationCounts,
  litigationFigures,
  percent,
  ratio,
  ReconsiderationCounts,
  reconsiderationFigures,
  roundedRate,
} from './figures.rules';

const counts = (overrides: Partial<ReconsiderationCounts> = {}): ReconsiderationCounts => ({
  received: 0,
  preCaseMediated: 0,
  onTime: 0,
  byOutcome: {},
  pending: 0,
  overdue: 0,
  recommendationLetters: 0,
  deemedAccepted: 0,
  formalHearingsHeld: 0,
  formalHearingHeadAttended: 0,
  ...overrides,
});

describe('ratio', () => {
  it('keeps the exact fraction and its value', () => {
    expect(ratio(4, 10)).toEqual({ numerator: 4, denominator: 10, rate: 0.4 });
    expect(ratio(0, 3)).toEqual({ numerator: 0, denominator: 3, rate: 0 });
  });

  it('has no value when the denominator is 0', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('CONCLUDING_OUTCOMES', () => {
  it('is every outcome but pre-case mediation', () => {
    expect([...CONCLUDING_OUTCOMES].sort()).toEqual(
      Object.values(Outcome)
        .filter((o) => o !== Outcome.MEDIATED)
        .sort(),
    );
  });
});

describe('reconsiderationFigures', () => {
  it('the worked example of docs/domain.md: merits 10, corrected 4, correction rate 40%', () => {
    const f = reconsiderationFigures(
      counts({
        received: 14,
        preCaseMediated: 2,
        onTime: 13,
        byOutcome: {
          [Outcome.REVOKE]: 3,
          [Outcome.CONFIRM_ILLEGAL]: 1,
          [Outcome.UPHOLD]: 4,
          [Outcome.DISMISS]: 2,
          [Outcome.NOT_ACCEPTED]: 5,
        },
        pending: 6,
        overdue: 1,
        recommendationLetters: 3,
      }),
    );
    expect(f).toEqual({
      received: 14,
      preCaseMediated: 2,
      concluded: 15,
      handled: 17,
      byDecision: {
        REVOKE: 3,
        PARTIAL_REVOKE: 0,
        ALTER: 0,
        CONFIRM_ILLEGAL: 1,
        CONFIRM_INVALID: 0,
        ORDER_PERFORMANCE: 0,
        UPHOLD: 4,
        DISMISS: 2,
        NOT_ACCEPTED: 5,
        TERMINATED: 0,
        ABANDONED: 0,
        WITHDRAWN: 0,
        APPLICATION_DISMISSED: 0,
        REVIEW_MEDIATED: 0,
      },
      merits: 10,
      corrected: 4,
      correctionRate: { numerator: 4, denominator: 10, rate: 0.4 },
      pending: 6,
      overdue: 1,
      onTimeRate: { numerator: 13, denominator: 15, rate: 13 / 15 },
      recommendationLetters: 3,
      deemedAccepted: 0,
      formalHearingsHeld: 0,
      formalHearingHeadAttended: 0,
      formalHearingHeadAttendanceRate: { numerator: 0, denominator: 0, rate: null },
    });
    expect(percent(f.correctionRate)).toBe('40%');
  });

  it('six codes correct; upheld and dismissed do not; the rest are not merits', () => {
    const each = (o: Outcome) => reconsiderationFigures(counts({ byOutcome: { [o]: 1 } }));
    for (const o of [
      Outcome.REVOKE,
      Outcome.PARTIAL_REVOKE,
      Outcome.ALTER,
      Outcome.CONFIRM_ILLEGAL,
      Outcome.CONFIRM_INVALID,
      Outcome.ORDER_PERFORMANCE,
    ]) {
      expect(each(o)).toMatchObject({ concluded: 1, merits: 1, corrected: 1 });
    }
    for (const o of [Outcome.UPHOLD, Outcome.DISMISS]) {
      expect(each(o)).toMatchObject({ concluded: 1, merits: 1, corrected: 0 });
    }
    for (const o of [
      Outcome.NOT_ACCEPTED,
      Outcome.TERMINATED,
      Outcome.ABANDONED,
      Outcome.WITHDRAWN,
      // 驳回申请 (Art. 33) is no decision on the merits, unlike 驳回复议请求 (Art. 69).
      Outcome.APPLICATION_DISMISSED,
      // 调解结案 (Art. 73): concluded, counted apart, not a decision.
      Outcome.REVIEW_MEDIATED,
    ]) {
      expect(each(o)).toMatchObject({
        concluded: 1,
        handled: 1,
        merits: 0,
        corrected: 0,
        correctionRate: { rate: null },
      });
    }
  });

  it('pre-case mediation is handled but not concluded', () => {
    const f = reconsiderationFigures(counts({ preCaseMediated: 3 }));
    expect(f).toMatchObject({ preCaseMediated: 3, concluded: 0, handled: 3 });
    expect(f.onTimeRate).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(f.byDecision).not.toHaveProperty('MEDIATED');
  });

  it('nothing at all: zeros, and rates without a value', () => {
    const f = reconsiderationFigures(counts());
    expect(f).toMatchObject({ concluded: 0, handled: 0, merits: 0, corrected: 0 });
    expect(f.correctionRate.rate).toBeNull();
    expect(f.onTimeRate.rate).toBeNull();
    expect(Object.values(f.byDecision)).toEqual(Array(14).fill(0));
    expect(f.formalHearingHeadAttendanceRate.rate).toBeNull();
  });

  // ARL 2023 Art. 51 ¶3: 被申请人的负责人应当参加听证。不能参加的，应当说明理由并委托相应的工作人员参加
  // 听证。A staff member sent in the head's place does not count as the head.
  it('the head-attendance rate of formal hearings: attended ÷ held', () => {
    const f = reconsiderationFigures(
      counts({ formalHearingsHeld: 4, formalHearingHeadAttended: 3 }),
    );
    expect(f).toMatchObject({
      formalHearingsHeld: 4,
      formalHearingHeadAttended: 3,
      formalHearingHeadAttendanceRate: { numerator: 3, denominator: 4, rate: 0.75 },
    });
    expect(percent(f.formalHearingHeadAttendanceRate)).toBe('75%');
    // Hearings are no concluded cases.
    expect(f).toMatchObject({ concluded: 0, handled: 0 });
  });
});

/** Litigation counts, zero but for `overrides`. */
const lawsuitCounts = (overrides: Partial<LitigationCounts> = {}): LitigationCounts => ({
  lawsuits: 0,
  reminderLetters: 0,
  hearingsHeld: 0,
  hearingsHeadAttended: 0,
  hearingsHeadExcused: 0,
  instancesHeard: 0,
  instancesHeadAttended: 0,
  instancesHeadExcused: 0,
  byJudgment: {},
  judicialRecommendations: 0,
  judicialRecommendationsAnswered: 0,
  judicialRecommendationsOverdue: 0,
  ...overrides,
});

const { ATTENDED, EXCUSED, ABSENT } = HeadAppearance;
/** A held hearing of one instance for one defendant, as instanceDuty reads it. */
const held = (appearance: HeadAppearance | null, courtNoticed = false): HeldHearing => ({
  appearance,
  courtNoticed,
});

describe('litigationFigures', () => {
  it('a three-hearing instance attended once: 1/1 per case and instance, 1/3 per hearing', () => {
    // One lawsuit, one defendant, one instance; the head at the first hearing only, a staff member
    // at the other two (SPC 2020 Art. 7: one attendance fulfils the instance's duty).
    const hearings = [held(ATTENDED), held(ABSENT), held(ABSENT)];
    expect(instanceDuty(hearings)).toBe(ATTENDED);
    const f = litigationFigures(
      lawsuitCounts({
        lawsuits: 1,
        hearingsHeld: 3,
        hearingsHeadAttended: 1,
        instancesHeard: 1,
        instancesHeadAttended: 1,
      }),
    );
    expect(f.headAttendanceRate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(f.headAttendanceRateByHearing).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(percent(f.headAttendanceRate)).toBe('100%');
    expect(percent(f.headAttendanceRateByHearing)).toBe('33%');
  });

  it('an excused absence is counted apart, and stays in both denominators', () => {
    // Instance 1: excused at both hearings (Arts. 8–9): EXCUSED. Instance 2: excused once, then
    // a staff member without excuse: ABSENT. Instance 3: the head attended.
    expect(instanceDuty([held(EXCUSED), held(EXCUSED)])).toBe(EXCUSED);
    expect(instanceDuty([held(EXCUSED), held(ABSENT)])).toBe(ABSENT);
    expect(instanceDuty([held(ATTENDED)])).toBe(ATTENDED);
    // An appearance not yet recorded counts as absent.
    expect(instanceDuty([held(EXCUSED), held(null)])).toBe(ABSENT);
    const f = litigationFigures(
      lawsuitCounts({
        lawsuits: 3,
        hearingsHeld: 5,
        hearingsHeadAttended: 1,
        hearingsHeadExcused: 3,
        instancesHeard: 3,
        instancesHeadAttended: 1,
        instancesHeadExcused: 1,
      }),
    );
    expect(f).toMatchObject({ hearingsHeadExcused: 3, instancesHeadExcused: 1 });
    expect(f.headAttendanceRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(f.headAttendanceRateByHearing).toEqual({ numerator: 1, denominator: 5, rate: 0.2 });
  });

  it('Art. 7 exception: the court noticed the head again, and the head missed it', () => {
    // Attended the first; the court served its notice (出庭通知书) for the second, which a staff
    // member attended: the duty is not fulfilled.
    const missed = [held(ATTENDED), held(ABSENT, true)];
    expect(instanceDuty(missed)).toBe(ABSENT);
    // Noticed again but excused, or noticed for a hearing before the one attended: fulfilled.
    expect(instanceDuty([held(ATTENDED), held(EXCUSED, true)])).toBe(ATTENDED);
    expect(instanceDuty([held(ABSENT, true), held(ATTENDED)])).toBe(ATTENDED);
    // A later hearing without the court's notice leaves the duty fulfilled.
    expect(instanceDuty([held(ATTENDED), held(ABSENT)])).toBe(ATTENDED);
    const f = litigationFigures(
      lawsuitCounts({
        lawsuits: 1,
        hearingsHeld: 2,
        hearingsHeadAttended: 1,
        instancesHeard: 1,
        instancesHeadAttended: 0,
      }),
    );
    expect(f.headAttendanceRate).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(f.headAttendanceRateByHearing).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });

  it('co-defendants: each head has its own duty; the lawsuit counts once in the total', () => {
    // The agency and the reconsideration organ sued together (ALL Art. 26 ¶2), two hearings in
    // the first instance: the agency's head at the first, the organ's at the second.
    const agency = [held(ATTENDED), held(ABSENT)];
    const organ = [held(ABSENT), held(ATTENDED)];
    expect([instanceDuty(agency), instanceDuty(organ)]).toEqual([ATTENDED, ATTENDED]);
    // By respondent each defendant: the lawsuit, its instance, two hearings, one attended.
    const each = lawsuitCounts({
      lawsuits: 1,
      hearingsHeld: 2,
      hearingsHeadAttended: 1,
      instancesHeard: 1,
      instancesHeadAttended: 1,
      byJudgment: { [JudgmentKind.REVOKED]: 1 },
    });
    expect(litigationFigures(each)).toMatchObject({
      lawsuits: 1,
      judgments: 1,
      lost: 1,
      headAttendanceRate: { numerator: 1, denominator: 1, rate: 1 },
      headAttendanceRateByHearing: { numerator: 1, denominator: 2, rate: 0.5 },
    });
    // In total: one lawsuit and one judgment; two heads' duties in the instance, four per hearing.
    const total = litigationFigures(
      lawsuitCounts({
        lawsuits: 1,
        hearingsHeld: 4,
        hearingsHeadAttended: 2,
        instancesHeard: 2,
        instancesHeadAttended: 2,
        byJudgment: { [JudgmentKind.REVOKED]: 1 },
      }),
    );
    expect(total).toMatchObject({
      lawsuits: 1,
      judgments: 1,
      lost: 1,
      headAttendanceRate: { numerator: 2, denominator: 2, rate: 1 },
      headAttendanceRateByHearing: { numerator: 2, denominator: 4, rate: 0.5 },
    });
  });

  it('judgments by kind: a remand concludes nothing; withdrawals and dismissals count', () => {
    const f = litigationFigures(
      lawsuitCounts({
        byJudgment: {
          [JudgmentKind.CLAIMS_REJECTED]: 3,
          [JudgmentKind.WITHDRAWN]: 2,
          [JudgmentKind.SUIT_DISMISSED]: 1,
          [JudgmentKind.MEDIATED]: 1,
          [JudgmentKind.REVOKED]: 1,
          [JudgmentKind.CONFIRMED_UNLAWFUL]: 1,
          [JudgmentKind.PERFORMANCE_ORDERED]: 1,
          [JudgmentKind.REMANDED]: 2,
        },
      }),
    );
    expect(f.judgments).toBe(10);
    expect(f.lost).toBe(3);
    expect(f.lossRate).toEqual({ numerator: 3, denominator: 10, rate: 0.3 });
    // Every kind, zero when none, the remand as its own count.
    expect(f.byJudgment).toEqual({
      CLAIMS_REJECTED: 3,
      SUIT_DISMISSED: 1,
      WITHDRAWN: 2,
      MEDIATED: 1,
      REVOKED: 1,
      PERFORMANCE_ORDERED: 1,
      CONFIRMED_UNLAWFUL: 1,
      CONFIRMED_VOID: 0,
      VARIED: 0,
      COMPENSATION: 0,
      REMANDED: 2,
    });
  });

  it('every figure, exactly', () => {
    expect(
      litigationFigures(
        lawsuitCounts({
          lawsuits: 4,
          reminderLetters: 5,
          hearingsHeld: 6,
          hearingsHeadAttended: 3,
          hearingsHeadExcused: 1,
          instancesHeard: 4,
          instancesHeadAttended: 3,
          instancesHeadExcused: 1,
          byJudgment: { [JudgmentKind.CLAIMS_REJECTED]: 2, [JudgmentKind.VARIED]: 1 },
          judicialRecommendations: 2,
          judicialRecommendationsAnswered: 1,
          judicialRecommendationsOverdue: 1,
        }),
      ),
    ).toEqual({
      lawsuits: 4,
      reminderLetters: 5,
      hearingsHeld: 6,
      hearingsHeadAttended: 3,
      hearingsHeadExcused: 1,
      headAttendanceRateByHearing: { numerator: 3, denominator: 6, rate: 0.5 },
      instancesHeard: 4,
      instancesHeadAttended: 3,
      instancesHeadExcused: 1,
      headAttendanceRate: { numerator: 3, denominator: 4, rate: 0.75 },
      judgments: 3,
      byJudgment: {
        CLAIMS_REJECTED: 2,
        SUIT_DISMISSED: 0,
        WITHDRAWN: 0,
        MEDIATED: 0,
        REVOKED: 0,
        PERFORMANCE_ORDERED: 0,
        CONFIRMED_UNLAWFUL: 0,
        CONFIRMED_VOID: 0,
        VARIED: 1,
        COMPENSATION: 0,
        REMANDED: 0,
      },
      lost: 1,
      lossRate: { numerator: 1, denominator: 3, rate: 1 / 3 },
      judicialRecommendations: 2,
      judicialRecommendationsAnswered: 1,
      judicialRecommendationsOverdue: 1,
    });
  });

  it('no hearing, no judgment: no rates', () => {
    const f = litigationFigures(lawsuitCounts({ lawsuits: 1 }));
    expect(f.headAttendanceRate.rate).toBeNull();
    expect(f.headAttendanceRateByHearing.rate).toBeNull();
    expect(f.lossRate.rate).toBeNull();
  });

  it('only remands: no instance concluded, no loss rate', () => {
    const f = litigationFigures(lawsuitCounts({ byJudgment: { [JudgmentKind.REMANDED]: 1 } }));
    expect(f).toMatchObject({ judgments: 0, lost: 0 });
    expect(f.byJudgment.REMANDED).toBe(1);
    expect(f.lossRate.rate).toBeNull();
  });
});

describe('percent: a whole percent, rounded half up on the exact fraction', () => {
  it.each([
    [4, 10, '40%'],
    [1, 3, '33%'],
    [2, 3, '67%'],
    [1, 8, '13%'], // 12.5
    [57, 200, '29%'], // 28.5, which floating point makes 28.499…
    [1, 200, '1%'], // 0.5
    [199, 200, '100%'], // 99.5
    [0, 7, '0%'],
    [7, 7, '100%'],
  ])('%i / %i → %s', (n, d, text) => {
    expect(percent(ratio(n, d))).toBe(text);
  });

  it('no value: a dash', () => {
    expect(percent(ratio(0, 0))).toBe('—');
  });
});

describe('roundedRate', () => {
  it('in tenths of a percent', () => {
    expect(roundedRate(ratio(15, 17), 1000)).toBe(882); // 88.235…
    expect(roundedRate(ratio(1, 16), 1000)).toBe(63); // 6.25 → 6.3
    expect(roundedRate(ratio(0, 0), 1000)).toBeNull();
  });
});
