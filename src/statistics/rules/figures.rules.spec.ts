import { Outcome } from '../../cases/case.enums';
import {
  CONCLUDING_OUTCOMES,
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

describe('litigationFigures', () => {
  it('adds the attendance and loss rates', () => {
    expect(
      litigationFigures({
        lawsuits: 4,
        reminderLetters: 4,
        hearingsHeld: 6,
        headAttended: 3,
        judgments: 3,
        lost: 1,
      }),
    ).toEqual({
      lawsuits: 4,
      reminderLetters: 4,
      hearingsHeld: 6,
      headAttended: 3,
      judgments: 3,
      lost: 1,
      headAttendanceRate: { numerator: 3, denominator: 6, rate: 0.5 },
      lossRate: { numerator: 1, denominator: 3, rate: 1 / 3 },
    });
  });

  it('no hearing, no judgment: no rates', () => {
    const f = litigationFigures({
      lawsuits: 1,
      reminderLetters: 0,
      hearingsHeld: 0,
      headAttended: 0,
      judgments: 0,
      lost: 0,
    });
    expect(f.headAttendanceRate.rate).toBeNull();
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
