/**
 * What follows a suspension and a decision, against the real State Council calendar 2023–2026
 * (src/calendar/calendar-fixture.ts); every date was worked out by hand from
 * cn-workday-calendar.json.
 *
 * ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议：……（五）依照本法第三十九条
 * 第一款第一项、第二项、第四项的规定中止行政复议满六十日，行政复议中止的原因仍未消除。
 * Art. 39 para 1: （一）作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议；（二）作为申请人的公民丧失
 * 参加行政复议的行为能力，尚未确定法定代理人参加行政复议；……（四）作为申请人的法人或者其他组织终止，尚未
 * 确定权利义务承受人.
 * Art. 75 para 2: 行政复议决定书一经送达，即发生法律效力。
 * Art. 77: 被申请人应当履行行政复议决定书、调解书、意见书。
 */
import { AlertLevel } from '../../alerts/alert.enums';
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { Outcome } from '../../cases/case.enums';
import { AppError } from '../../common/app-error';
import { daysBetween } from '../../common/local-date';
import { AgreementRuling, CompensationRuling, SuspensionGround } from '../proceedings.enums';
import {
  alertLevel,
  checkPerformanceReport,
  decisionService,
  lapsingGroundWhere,
  ordersRespondent,
  performanceAlert,
  performancePendingWhere,
  ServedDecision,
  suspensionLimitAlert,
  suspensionLimitOn,
  suspensionLimitOnSql,
} from './follow-up.rules';

const { DUE_SOON, OVERDUE } = AlertLevel;

/** The error `f` throws, as status, code and the first field's code. */
function thrown(f: () => unknown): { status: number; code: string; field?: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const body = e.getResponse() as { code: string; details?: { code: string }[] };
    return { status: e.getStatus(), code: body.code, field: body.details?.[0]?.code };
  }
  throw new Error('did not throw');
}

describe('alertLevel: DUE_SOON from the working day before, OVERDUE after', () => {
  it.each([
    ['2026-03-06', '2026-03-04', null, 'Wednesday: the next working day is Thursday 3-5'],
    ['2026-03-06', '2026-03-05', DUE_SOON, 'Thursday, the working day before'],
    ['2026-03-06', '2026-03-06', DUE_SOON, 'the day itself'],
    ['2026-03-06', '2026-03-07', OVERDUE, 'the day after'],
    ['2026-02-18', '2026-02-13', null, 'Friday before Spring Festival: next is make-up Sat 2-14'],
    [
      '2026-02-18',
      '2026-02-14',
      DUE_SOON,
      'make-up Saturday 2-14, the last working day before 2-15…2-23 off: next is 2-24',
    ],
    ['2026-02-18', '2026-02-19', OVERDUE, 'in the holiday, the day passed'],
    ['2026-03-09', '2026-03-06', DUE_SOON, 'Friday: the next working day is Monday 3-9'],
  ] as const)('due %s, seen on %s → %s (%s)', (dueOn, today, level, _why) => {
    expect(alertLevel(cn, dueOn, today)).toBe(level);
  });
});

describe('suspensionLimitOn: 中止满六十日 (Art. 41 item 5)', () => {
  it.each([
    ['2026-01-05', '2026-03-06', 'Monday → Friday'],
    ['2025-12-20', '2026-02-18', 'into Spring Festival 2026 (2-15…2-23 off): not rolled'],
    ['2026-03-02', '2026-05-01', 'Labour Day 2026: not rolled'],
    ['2025-08-02', '2025-10-01', 'National Day 2025: not rolled'],
    ['2024-01-01', '2024-03-01', 'a leap year: 31 + 29 days'],
  ])('suspended %s → 60 days on %s (%s)', (suspendedOn, lapsesOn) => {
    for (const ground of [
      SuspensionGround.APPLICANT_DIED,
      SuspensionGround.APPLICANT_INCAPACITATED,
      SuspensionGround.APPLICANT_DISSOLVED,
    ]) {
      expect(suspensionLimitOn({ ground, suspendedOn })).toBe(lapsesOn);
    }
    expect(daysBetween(suspendedOn, lapsesOn)).toBe(60);
  });

  it.each(
    Object.values(SuspensionGround).filter(
      (g) =>
        ![
          SuspensionGround.APPLICANT_DIED,
          SuspensionGround.APPLICANT_INCAPACITATED,
          SuspensionGround.APPLICANT_DISSOLVED,
        ].includes(g),
    ),
  )('%s (not Art. 39 para 1 item 1, 2 or 4) has no limit', (ground) => {
    expect(suspensionLimitOn({ ground, suspendedOn: '2026-01-05' })).toBeNull();
  });

  it('a suspension recorded before grounds were coded has none', () => {
    expect(suspensionLimitOn({ ground: null, suspendedOn: '2026-01-05' })).toBeNull();
  });
});

describe('suspensionLimitAlert', () => {
  const died = (suspendedOn: string) => ({ ground: SuspensionGround.APPLICANT_DIED, suspendedOn });

  it.each([
    ['2026-03-04', 58, null],
    ['2026-03-05', 59, { dueOn: '2026-03-06', level: DUE_SOON }],
    ['2026-03-06', 60, { dueOn: '2026-03-06', level: DUE_SOON }],
    ['2026-03-07', 61, { dueOn: '2026-03-06', level: OVERDUE }],
  ])('suspended 2026-01-05, on %s (day %d) → %j', (today, day, alert) => {
    expect(daysBetween('2026-01-05', today)).toBe(day);
    expect(suspensionLimitAlert(cn, died('2026-01-05'), today)).toEqual(alert);
  });

  it('across Spring Festival: announced on the last working day before it', () => {
    const s = died('2025-12-20');
    expect(suspensionLimitAlert(cn, s, '2026-02-13')).toBeNull();
    expect(suspensionLimitAlert(cn, s, '2026-02-14')).toEqual({
      dueOn: '2026-02-18',
      level: DUE_SOON,
    });
    expect(suspensionLimitAlert(cn, s, '2026-02-19')).toEqual({
      dueOn: '2026-02-18',
      level: OVERDUE,
    });
  });

  it('none for a ground without a limit, however long', () => {
    const s = { ground: SuspensionGround.AWAITING_OTHER_CASE, suspendedOn: '2025-01-01' };
    expect(suspensionLimitAlert(cn, s, '2026-03-02')).toBeNull();
  });
});

const decision = (more: Partial<ServedDecision> = {}): ServedDecision => ({
  type: Outcome.UPHOLD,
  decidedOn: '2026-02-26',
  servedOn: null,
  remakeWithinDays: null,
  agreementRuling: null,
  compensationRuling: null,
  performanceDueOn: null,
  performanceReportedOn: null,
  ...more,
});

describe('ordersRespondent: the decisions that order the respondent to act', () => {
  it.each([
    [{ type: Outcome.ORDER_PERFORMANCE }, true, 'Art. 66'],
    [{ type: Outcome.REVOKE, remakeWithinDays: 30 }, true, 'Art. 64'],
    [{ type: Outcome.PARTIAL_REVOKE, remakeWithinDays: 30 }, true, 'Art. 64'],
    [{ type: Outcome.REVOKE }, false, 'a revocation alone orders nothing'],
    [{ agreementRuling: AgreementRuling.CONTINUE_PERFORMANCE }, true, 'Art. 71'],
    [
      { type: Outcome.CONFIRM_ILLEGAL, compensationRuling: CompensationRuling.AWARDED },
      true,
      'Art. 72',
    ],
    [{ compensationRuling: CompensationRuling.DISMISSED }, false, 'a claim dismissed'],
    [{ type: Outcome.UPHOLD }, false, 'Art. 68'],
    [{ type: Outcome.ALTER }, false, 'the organ alters the act itself (Art. 63)'],
    [{ type: Outcome.DISMISS }, false, 'Art. 69'],
  ] as const)('%j → %s (%s)', (more, orders, _article) => {
    expect(ordersRespondent(decision(more))).toBe(orders);
  });
});

describe('decisionService: served once, in effect from then (Art. 75 para 2)', () => {
  const today = '2026-03-02';

  it('records the day; nothing to perform by a day for a decision that orders nothing', () => {
    expect(decisionService(cn, decision(), { servedOn: '2026-02-27' }, today)).toEqual({
      servedOn: '2026-02-27',
      performanceDueOn: null,
    });
  });

  it('not twice: 409 DECISION_ALREADY_SERVED', () => {
    expect(
      thrown(() =>
        decisionService(cn, decision({ servedOn: '2026-02-27' }), { servedOn: today }, today),
      ),
    ).toEqual({ status: 409, code: 'DECISION_ALREADY_SERVED' });
  });

  it.each([
    ['2026-02-25', 'DATE_OUT_OF_ORDER', 'before decidedOn 2026-02-26'],
    ['2026-03-03', 'DATE_IN_FUTURE', 'after today'],
  ])('servedOn %s → 400 %s (%s)', (servedOn, code) => {
    expect(thrown(() => decisionService(cn, decision(), { servedOn }, today))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      field: code,
    });
  });

  it('served on the day of the decision, or today', () => {
    for (const servedOn of ['2026-02-26', today]) {
      expect(decisionService(cn, decision(), { servedOn }, today).servedOn).toBe(servedOn);
    }
  });

  it('performanceDueOn only with an order to act: 400 PERFORMANCE_NOT_ORDERED', () => {
    const s = { servedOn: '2026-02-27', performanceDueOn: '2026-04-30' };
    expect(thrown(() => decisionService(cn, decision(), s, today))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'PERFORMANCE_NOT_ORDERED',
    });
    const ordered = decision({ type: Outcome.ORDER_PERFORMANCE });
    expect(decisionService(cn, ordered, s, today)).toEqual(s);
  });

  it('performanceDueOn not before servedOn, and may lie in the future', () => {
    const ordered = decision({ type: Outcome.ORDER_PERFORMANCE });
    expect(
      thrown(() =>
        decisionService(cn, ordered, { servedOn: today, performanceDueOn: '2026-03-01' }, today),
      ),
    ).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'DATE_OUT_OF_ORDER' });
    expect(
      decisionService(cn, ordered, { servedOn: today, performanceDueOn: today }, today)
        .performanceDueOn,
    ).toBe(today);
  });

  it.each([
    ['2026-01-20', 15, '2026-02-04', 'Wednesday: a working day'],
    [
      '2026-02-05',
      10,
      '2026-02-24',
      '2-15 is in Spring Festival: rolled to 2-24; 10 calendar days, not working days (Art. 88 para 2 is the law’s own periods)',
    ],
    ['2026-09-01', 30, '2026-10-08', '10-1 is National Day (10-1…10-7 off): rolled to Thu 10-8'],
    ['2026-04-03', 30, '2026-05-06', '5-3 is in Labour Day (5-1…5-5 off): rolled to 5-6'],
  ])(
    'a revocation to remake within the days: served %s + %d → due %s (%s)',
    (servedOn, days, due) => {
      for (const type of [Outcome.REVOKE, Outcome.PARTIAL_REVOKE]) {
        const d = decision({ type, decidedOn: '2026-01-02', remakeWithinDays: days });
        expect(decisionService(cn, d, { servedOn }, '2026-12-31').performanceDueOn).toBe(due);
      }
    },
  );

  it('a day entered for the remake replaces the default', () => {
    const d = decision({ type: Outcome.REVOKE, remakeWithinDays: 30 });
    const s = { servedOn: '2026-02-27', performanceDueOn: '2026-03-20' };
    expect(decisionService(cn, d, s, today)).toEqual(s);
  });
});

describe('checkPerformanceReport (Art. 77)', () => {
  const served = decision({ servedOn: '2026-02-27' });

  it('after service, once, between servedOn and today', () => {
    expect(() => checkPerformanceReport(served, '2026-02-27', '2026-03-02')).not.toThrow();
    expect(thrown(() => checkPerformanceReport(decision(), '2026-03-02', '2026-03-02'))).toEqual({
      status: 409,
      code: 'DECISION_NOT_SERVED',
    });
    expect(
      thrown(() =>
        checkPerformanceReport(
          { ...served, performanceReportedOn: '2026-03-01' },
          '2026-03-02',
          '2026-03-02',
        ),
      ),
    ).toEqual({ status: 409, code: 'PERFORMANCE_ALREADY_REPORTED' });
    expect(thrown(() => checkPerformanceReport(served, '2026-02-26', '2026-03-02'))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'DATE_OUT_OF_ORDER',
    });
  });
});

describe('performanceAlert', () => {
  const d = { servedOn: '2026-02-27', performanceDueOn: '2026-03-09', performanceReportedOn: null };

  it.each([
    ['2026-03-05', null],
    ['2026-03-06', { dueOn: '2026-03-09', level: DUE_SOON }],
    ['2026-03-09', { dueOn: '2026-03-09', level: DUE_SOON }],
    ['2026-03-10', { dueOn: '2026-03-09', level: OVERDUE }],
  ])('due Monday 2026-03-09, on %s → %j', (today, alert) => {
    expect(performanceAlert(cn, d, today)).toEqual(alert);
  });

  it('none once reported, none without a due day', () => {
    expect(performanceAlert(cn, { ...d, performanceReportedOn: '2026-03-08' }, '2026-04-01')).toBe(
      null,
    );
    expect(performanceAlert(cn, { ...d, performanceDueOn: null }, '2026-04-01')).toBeNull();
  });
});

describe('the SQL fragments are made of the same constants', () => {
  it('60 days, the three grounds, and the pending performance', () => {
    expect(suspensionLimitOnSql('s')).toBe('(s.suspended_on + 60)');
    expect(lapsingGroundWhere('s')).toBe(
      "s.ground IN ('APPLICANT_DIED', 'APPLICANT_INCAPACITATED', 'APPLICANT_DISSOLVED')",
    );
    expect(performancePendingWhere('d')).toBe(
      '(d.served_on IS NOT NULL AND d.performance_due_on IS NOT NULL AND d.performance_reported_on IS NULL)',
    );
  });
});
