/**
 * The intake rules against the real State Council calendar 2023–2026 (the seed data). Every
 * expected date was worked out by hand from cn-workday-calendar.json; the test names give the count.
 * Working-day periods: the first day is not counted, weekends and holidays are skipped, make-up
 * working days (调休上班) count. Calendar-day periods: a last day that is not a working day rolls
 * forward; extensions and suspensions are added before that roll.
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { daysBetween, LocalDate } from '../../common/local-date';
import { addCalendarDays, CalendarExceptions } from '../../calendar/rules/working-days.rules';
import {
  acceptanceDueOn,
  CaseDeadlineDates,
  deadlineAt,
  decisionDueOn,
  isConcludedOnTime,
  isOpenAt,
  isOverdue,
  isOverdueAt,
  isSuspendedAt,
  lastSuspension,
  OFFICE_DEADLINES,
  runningDeadline,
  runningDeadlineKind,
  supplementDueOn,
  SuspensionSpan,
} from './deadlines.rules';
import { CaseStatus, Outcome, Procedure } from '../case.enums';

const noExceptions: CalendarExceptions = new Map();

describe('acceptanceDueOn: 5 working days from receipt', () => {
  it.each([
    [
      '2024-03-13',
      '2024-03-20',
      'Wednesday, no holiday: Thu 14, Fri 15, Mon 18, Tue 19, Wed 20 — the first day is not counted',
    ],
    [
      '2024-09-27',
      '2024-10-10',
      'Friday before National Day 2024: make-up Sun 9-29, Mon 9-30, 10-1…10-7 off, 10-8, 10-9, 10-10',
    ],
    [
      '2026-02-27',
      '2026-03-05',
      'Friday 2026-02-27: make-up Sat 2-28 counts, Mon 3-2, Tue 3-3, Wed 3-4, Thu 3-5',
    ],
    [
      '2026-02-13',
      '2026-02-27',
      'Friday before Spring Festival 2026: make-up Sat 2-14, 2-15…2-23 off, 2-24, 2-25, 2-26, 2-27',
    ],
    [
      '2024-10-07',
      '2024-10-12',
      'received online on holiday Monday 2024-10-07: 10-8 … 10-11, then make-up Saturday 10-12',
    ],
    [
      '2025-12-31',
      '2026-01-08',
      'across the year end: 1-1…1-3 off, make-up Sun 1-4, Mon 1-5 … Thu 1-8',
    ],
  ])('received %s → due %s (%s)', (receivedOn, expected) => {
    expect(acceptanceDueOn(cn, receivedOn)).toBe(expected);
  });

  it('would be Friday 2026-03-06 without the calendar: the make-up Saturday moves it a day earlier', () => {
    expect(acceptanceDueOn(noExceptions, '2026-02-27')).toBe('2026-03-06');
  });
});

describe('supplementDueOn: 10 working days from the day the notice reaches the applicant', () => {
  it.each([
    ['2024-03-04', '2024-03-18', 'Monday, no holiday: two full weeks, Tue 3-5 … Mon 3-18'],
    [
      '2025-01-24',
      '2025-02-13',
      'Friday before Spring Festival 2025: make-up Sun 1-26, Mon 1-27, 1-28…2-4 off, 2-5, 2-6, 2-7, make-up Sat 2-8, 2-10, 2-11, 2-12, 2-13',
    ],
    [
      '2024-09-25',
      '2024-10-14',
      'Wednesday before National Day 2024: 9-26, 9-27, make-up Sun 9-29, 9-30, 10-1…10-7 off, 10-8 … 10-11, make-up Sat 10-12, Mon 10-14',
    ],
  ])('served %s → due %s (%s)', (servedOn, expected) => {
    expect(supplementDueOn(cn, servedOn)).toBe(expected);
  });
});

describe('decisionDueOn: 60 (ordinary) or 30 (simplified) calendar days from acceptance', () => {
  describe('without added days', () => {
    it.each([
      [
        '2024-03-01',
        Procedure.ORDINARY,
        '2024-04-30',
        '+60 is Tuesday 2024-04-30, a working day: no roll',
      ],
      [
        '2024-08-02',
        Procedure.ORDINARY,
        '2024-10-08',
        '+60 is National Day 2024-10-01: rolls past 10-1…10-7 to Tuesday 10-8',
      ],
      [
        '2024-04-16',
        Procedure.ORDINARY,
        '2024-06-17',
        '+60 is an ordinary Saturday 2024-06-15: rolls to Monday',
      ],
      [
        '2024-08-13',
        Procedure.ORDINARY,
        '2024-10-12',
        '+60 is make-up working Saturday 2024-10-12: does not roll',
      ],
      [
        '2025-09-01',
        Procedure.SIMPLIFIED,
        '2025-10-09',
        '+30 is 2025-10-01, first of the 8-day National Day + Mid-Autumn holiday: rolls to Thursday 10-9',
      ],
      [
        '2026-01-29',
        Procedure.SIMPLIFIED,
        '2026-02-28',
        '+30 is Spring Festival make-up working Saturday 2026-02-28: does not roll',
      ],
      [
        '2026-01-20',
        Procedure.SIMPLIFIED,
        '2026-02-24',
        '+30 is Spring Festival 2026-02-19: rolls past 2-15…2-23 to Tuesday 2-24',
      ],
    ])('accepted %s, %s → due %s (%s)', (acceptedOn, procedure, expected) => {
      expect(decisionDueOn(cn, acceptedOn, procedure)).toBe(expected);
    });

    it('addedDays defaults to 0', () => {
      expect(decisionDueOn(cn, '2024-08-02', Procedure.ORDINARY, 0)).toBe(
        decisionDueOn(cn, '2024-08-02', Procedure.ORDINARY),
      );
    });
  });

  describe('extension and suspension days are added to the unrolled date; the roll comes last', () => {
    it('ordinary, accepted 2024-08-02, extended 30 days: 10-01 + 30 = Thursday 2024-10-31, not rolled 10-08 + 30 = 2024-11-07', () => {
      expect(decisionDueOn(cn, '2024-08-02', Procedure.ORDINARY, 30)).toBe('2024-10-31');
      // Rolling first and adding afterwards would give a week more:
      expect(addCalendarDays(cn, '2024-10-08', 30)).toBe('2024-11-07');
    });

    it('ordinary, accepted 2024-08-02, extended 30 days and suspended 2024-08-20 → 2024-09-01 (12 days): 10-01 + 42 = Tuesday 2024-11-12, not 10-08 + 42 = 2024-11-19', () => {
      const suspended = daysBetween('2024-08-20', '2024-09-01');
      expect(suspended).toBe(12);
      expect(decisionDueOn(cn, '2024-08-02', Procedure.ORDINARY, 30 + suspended)).toBe(
        '2024-11-12',
      );
      expect(addCalendarDays(cn, '2024-10-08', 30 + suspended)).toBe('2024-11-19');
    });

    it('ordinary, accepted 2024-08-02, suspended 11 days: 10-01 + 11 = make-up Saturday 2024-10-12, which does not roll (rolling first: 10-08 + 11 = Sat 10-19 → Mon 10-21)', () => {
      expect(decisionDueOn(cn, '2024-08-02', Procedure.ORDINARY, 11)).toBe('2024-10-12');
      expect(addCalendarDays(cn, '2024-10-08', 11)).toBe('2024-10-21');
    });

    it('simplified, accepted 2025-09-01, suspended 3 days: 10-01 + 3 = holiday 2025-10-04 → Thursday 2025-10-09 (rolling first: 10-09 + 3 = Sun 10-12 → Mon 10-13)', () => {
      expect(decisionDueOn(cn, '2025-09-01', Procedure.SIMPLIFIED, 3)).toBe('2025-10-09');
      expect(addCalendarDays(cn, '2025-10-09', 3)).toBe('2025-10-13');
    });

    it('ordinary, accepted 2024-03-01 (due Tuesday 2024-04-30), suspended 1 day: lands on Labour Day 2024-05-01 and rolls past 5-1…5-5 to Monday 2024-05-06', () => {
      expect(decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 1)).toBe('2024-05-06');
    });
  });
});

describe('runningDeadline: the clock that runs in each status', () => {
  const dates = {
    acceptanceDueOn: '2024-10-10',
    supplementDueOn: '2024-10-14',
    decisionDueOn: '2024-12-09',
  };
  const RUNNING: Record<CaseStatus, LocalDate | null> = {
    [CaseStatus.RECEIVED]: dates.acceptanceDueOn,
    // Pre-case mediation leaves the acceptance clock running.
    [CaseStatus.PRE_MEDIATION]: dates.acceptanceDueOn,
    [CaseStatus.AWAITING_SUPPLEMENT]: dates.supplementDueOn,
    [CaseStatus.UNDER_REVIEW]: dates.decisionDueOn,
    // Suspension stops the decision clock.
    [CaseStatus.SUSPENDED]: null,
    [CaseStatus.ABANDONED]: null,
    [CaseStatus.MEDIATED]: null,
    [CaseStatus.NOT_ACCEPTED]: null,
    [CaseStatus.TERMINATED]: null,
    [CaseStatus.DECIDED]: null,
    [CaseStatus.WITHDRAWN]: null,
    [CaseStatus.APPLICATION_DISMISSED]: null,
    [CaseStatus.REVIEW_MEDIATED]: null,
  };

  it.each(Object.values(CaseStatus).map((s): [CaseStatus, LocalDate | null] => [s, RUNNING[s]]))(
    '%s → %p',
    (status, expected) => {
      expect(runningDeadline({ status, ...dates })).toBe(expected);
    },
  );

  it('AWAITING_SUPPLEMENT without a supplement due date has no running deadline', () => {
    expect(
      runningDeadline({ ...dates, status: CaseStatus.AWAITING_SUPPLEMENT, supplementDueOn: null }),
    ).toBeNull();
  });

  it('UNDER_REVIEW without a decision due date has no running deadline', () => {
    expect(
      runningDeadline({ ...dates, status: CaseStatus.UNDER_REVIEW, decisionDueOn: null }),
    ).toBeNull();
  });
});

describe('isOverdue: only once the due day has passed', () => {
  it.each([
    ['2024-10-08', '2024-10-07', false, 'the day before the due day'],
    ['2024-10-08', '2024-10-08', false, 'on the due day itself'],
    ['2024-10-08', '2024-10-09', true, 'the day after the due day'],
    ['2024-12-31', '2025-01-01', true, 'the day after, across the year end'],
    ['2024-02-29', '2024-03-01', true, 'the day after, across leap day'],
  ])('due %s, today %s → %s (%s)', (dueOn, today, expected) => {
    expect(isOverdue(dueOn, today)).toBe(expected);
  });

  it('is never overdue without a running deadline', () => {
    expect(isOverdue(null, '2099-12-31')).toBe(false);
  });
});

describe('runningDeadlineKind: which clock runs in each status', () => {
  it.each([
    // Art. 30: 行政复议机关收到行政复议申请后，应当在五日内进行审查。
    [CaseStatus.RECEIVED, 'ACCEPTANCE'],
    [CaseStatus.PRE_MEDIATION, 'ACCEPTANCE'],
    // Art. 31: 申请人应当自收到补正通知之日起十日内提交补正材料。
    [CaseStatus.AWAITING_SUPPLEMENT, 'SUPPLEMENT'],
    // Art. 62: 应当自受理申请之日起六十日内作出行政复议决定 (简易程序: 三十日内).
    [CaseStatus.UNDER_REVIEW, 'DECISION'],
    [CaseStatus.SUSPENDED, null],
    [CaseStatus.ABANDONED, null],
    [CaseStatus.MEDIATED, null],
    [CaseStatus.NOT_ACCEPTED, null],
    [CaseStatus.TERMINATED, null],
    [CaseStatus.DECIDED, null],
  ])('%s → %p', (status, kind) => {
    expect(runningDeadlineKind(status)).toBe(kind);
  });

  it('the office answers for acceptance and decision; the supplement reply is the applicant’s (Art. 31)', () => {
    expect(OFFICE_DEADLINES).toEqual(['ACCEPTANCE', 'DECISION']);
  });
});

/**
 * The history rules of the statistics: a case's state at the end of a past day and whether it
 * ended within its deadline. The due dates are those the intake and review rules above compute.
 */
describe('deadlines on a past day and on-time conclusion', () => {
  // Received Friday 2024-09-27: Art. 30's five (working, Art. 88) days end Thursday 2024-10-10.
  const received = '2024-09-27';
  const acceptanceDue = acceptanceDueOn(cn, received);
  // Accepted 2024-10-08; Art. 62: sixty days, 2024-12-07 is a Saturday → Monday 2024-12-09.
  const accepted = '2024-10-08';
  const decisionDue = decisionDueOn(cn, accepted, Procedure.ORDINARY);
  const base: CaseDeadlineDates = {
    receivedOn: received,
    acceptedOn: null,
    concludedOn: null,
    outcome: null,
    acceptanceDueOn: acceptanceDue,
    supplementDueOn: null,
    decisionDueOn: null,
    currentDueOn: acceptanceDue,
  };
  const underReview: CaseDeadlineDates = {
    ...base,
    acceptedOn: accepted,
    decisionDueOn: decisionDue,
    currentDueOn: decisionDue,
  };

  it('the dates the fixtures stand on', () => {
    expect(acceptanceDue).toBe('2024-10-10');
    expect(decisionDue).toBe('2024-12-09');
  });

  describe('isOpenAt: received by the end of the day, not concluded by then', () => {
    it.each<[LocalDate, LocalDate | null, boolean, string]>([
      ['2024-09-26', null, false, 'the day before receipt'],
      ['2024-09-27', null, true, 'the day of receipt'],
      ['2024-12-01', '2024-12-01', false, 'the day it was concluded'],
      ['2024-11-30', '2024-12-01', true, 'the day before it was concluded'],
    ])('day %s, concluded %p → %p (%s)', (d, concludedOn, open) => {
      expect(isOpenAt({ receivedOn: received, concludedOn }, d)).toBe(open);
    });
  });

  describe('isSuspendedAt (Art. 39: 行政复议中止): from the day it began to the day before resumption', () => {
    const spans: SuspensionSpan[] = [
      { suspendedOn: '2024-10-20', resumedOn: '2024-11-01' },
      { suspendedOn: '2024-11-20', resumedOn: null },
    ];
    it.each<[LocalDate, boolean, string]>([
      ['2024-10-19', false, 'the day before it began'],
      ['2024-10-20', true, 'the day it began'],
      ['2024-10-31', true, 'the day before resumption'],
      ['2024-11-01', false, 'resumed that day'],
      ['2024-11-20', true, 'the second one began'],
      ['2026-01-01', true, 'still suspended'],
    ])('%s → %p (%s)', (d, suspended) => {
      expect(isSuspendedAt(spans, d)).toBe(suspended);
    });

    it('lastSuspension is the latest start, null without suspension', () => {
      expect(lastSuspension(spans)).toEqual(spans[1]);
      expect(lastSuspension([...spans].reverse())).toEqual(spans[1]);
      expect(lastSuspension([])).toBeNull();
    });
  });

  describe('deadlineAt: the clock running at the end of a past day', () => {
    it('before acceptance, an open case: the one running now (Art. 30 acceptance or Art. 31 supplement)', () => {
      expect(deadlineAt(base, '2024-10-01')).toBe(acceptanceDue);
      const awaiting = { ...base, supplementDueOn: '2024-10-14', currentDueOn: '2024-10-14' };
      expect(deadlineAt(awaiting, '2024-10-01')).toBe('2024-10-14');
    });

    it('accepted by that day: the decision deadline (Art. 62), before it: acceptance (Art. 30)', () => {
      expect(deadlineAt(underReview, '2024-10-08')).toBe(decisionDue);
      expect(deadlineAt(underReview, '2024-10-07')).toBe(acceptanceDue);
    });

    it('an abandoned case: the supplement reply it let lapse (Art. 31: 视为申请人放弃)', () => {
      const abandoned: CaseDeadlineDates = {
        ...base,
        supplementDueOn: '2024-10-14',
        concludedOn: '2024-10-15',
        outcome: Outcome.ABANDONED,
        currentDueOn: null,
      };
      expect(deadlineAt(abandoned, '2024-10-14')).toBe('2024-10-14');
    });

    it('a case closed before acceptance otherwise: acceptance', () => {
      const notAccepted: CaseDeadlineDates = {
        ...base,
        concludedOn: '2024-10-11',
        outcome: Outcome.NOT_ACCEPTED,
        currentDueOn: null,
      };
      expect(deadlineAt(notAccepted, '2024-10-10')).toBe(acceptanceDue);
    });
  });

  describe('isOverdueAt: open, past the deadline running then, not suspended', () => {
    it.each([
      ['2024-10-10', false, false, 'acceptance due day itself'],
      ['2024-10-11', false, false, 'accepted since 2024-10-08: the decision clock runs'],
      ['2024-12-09', false, false, 'decision due day itself'],
      ['2024-12-10', false, true, 'the day after the decision due day'],
      ['2024-12-10', true, false, 'suspended then: no clock runs (Art. 39)'],
    ])('day %s, suspended %p → %p (%s)', (d, suspended, overdue) => {
      expect(isOverdueAt(underReview, d, suspended)).toBe(overdue);
    });

    it('late acceptance shows on the days before the case was accepted', () => {
      const lateAccepted = { ...underReview, acceptedOn: '2024-10-14' };
      expect(isOverdueAt(lateAccepted, '2024-10-11', false)).toBe(true);
      expect(isOverdueAt(lateAccepted, '2024-10-14', false)).toBe(false);
    });

    it('a concluded case is never overdue after its conclusion', () => {
      const decided = { ...underReview, concludedOn: '2024-12-20', outcome: Outcome.UPHOLD };
      expect(isOverdueAt(decided, '2024-12-19', false)).toBe(true);
      expect(isOverdueAt(decided, '2024-12-20', false)).toBe(false);
    });
  });

  describe('isConcludedOnTime (按期结案)', () => {
    const decided = (concludedOn: string, decisionDueOn = decisionDue): CaseDeadlineDates => ({
      ...underReview,
      decisionDueOn,
      concludedOn,
      outcome: Outcome.UPHOLD,
      currentDueOn: null,
    });

    it.each([
      ['2024-12-09', true, 'on the due day'],
      ['2024-12-10', false, 'the day after'],
    ])(
      'Art. 62 ¶1 (应当自受理申请之日起六十日内作出行政复议决定): decided %s → %p (%s)',
      (concludedOn, onTime) => {
        expect(isConcludedOnTime(decided(concludedOn), [])).toBe(onTime);
      },
    );

    it('Art. 62 ¶1 (延长期限最多不得超过三十日): an extension of 30 days moves the deadline', () => {
      const extended = decisionDueOn(cn, accepted, Procedure.ORDINARY, 30);
      expect(extended).toBe('2025-01-06');
      expect(isConcludedOnTime(decided('2025-01-06', extended), [])).toBe(true);
      expect(isConcludedOnTime(decided('2025-01-07', extended), [])).toBe(false);
    });

    it('Art. 62 ¶2 (简易程序…三十日内): accepted 2025-09-01, due Thursday 2025-10-09 after the National Day holiday', () => {
      const due = decisionDueOn(cn, '2025-09-01', Procedure.SIMPLIFIED);
      const simplified = { ...decided('2025-10-09', due), acceptedOn: '2025-09-01' };
      expect(isConcludedOnTime(simplified, [])).toBe(true);
      expect(isConcludedOnTime({ ...simplified, concludedOn: '2025-10-10' }, [])).toBe(false);
    });

    it.each([
      ['2024-10-10', true, 'on the acceptance due day'],
      ['2024-10-11', false, 'a day late'],
    ])('Art. 30 (在审查期限内决定不予受理): not accepted %s → %p (%s)', (concludedOn, onTime) => {
      const notAccepted = {
        ...base,
        concludedOn,
        outcome: Outcome.NOT_ACCEPTED,
        currentDueOn: null,
      };
      expect(isConcludedOnTime(notAccepted, [])).toBe(onTime);
    });

    it('pre-case mediation concluded after the acceptance deadline is late (Art. 30)', () => {
      const mediated = { ...base, concludedOn: '2024-10-11', outcome: Outcome.MEDIATED };
      expect(isConcludedOnTime(mediated, [])).toBe(false);
    });

    it('Art. 31 (无正当理由逾期不补正的，视为申请人放弃): an abandoned case is on time, whenever it closed', () => {
      const abandoned = {
        ...base,
        supplementDueOn: '2024-10-14',
        concludedOn: '2024-12-31',
        outcome: Outcome.ABANDONED,
      };
      expect(isConcludedOnTime(abandoned, [])).toBe(true);
    });

    it('a withdrawal before acceptance is the applicant’s closing: on time, even while a supplement was awaited', () => {
      // Received 2024-09-27 (review period to 10-10), supplement awaited, withdrawn 10-25.
      const withdrawn = {
        ...base,
        supplementDueOn: '2024-10-28',
        concludedOn: '2024-10-25',
        outcome: Outcome.WITHDRAWN,
      };
      expect(isConcludedOnTime(withdrawn, [])).toBe(true);
    });

    it('Art. 33 (驳回申请) after acceptance is measured against the decision deadline', () => {
      const dismissed = (concludedOn: string): CaseDeadlineDates => ({
        ...decided(concludedOn),
        outcome: Outcome.APPLICATION_DISMISSED,
      });
      expect(isConcludedOnTime(dismissed(decided('2024-10-01').decisionDueOn!), [])).toBe(true);
      expect(isConcludedOnTime(dismissed('2025-06-30'), [])).toBe(false);
    });

    describe('Art. 39 and 41 (中止; 终止): a case terminated while suspended stopped its clock on suspendedOn', () => {
      const terminated = (concludedOn: string): CaseDeadlineDates => ({
        ...decided(concludedOn),
        outcome: Outcome.TERMINATED,
      });
      it.each<[string, SuspensionSpan[], boolean, string]>([
        [
          '2025-03-01',
          [{ suspendedOn: '2024-12-01', resumedOn: '2025-03-01' }],
          true,
          'suspended within the deadline, the termination ended the suspension',
        ],
        [
          '2025-03-01',
          [{ suspendedOn: '2024-12-09', resumedOn: null }],
          true,
          'suspended on the due day, left open in an older record',
        ],
        [
          '2025-03-01',
          [{ suspendedOn: '2024-12-10', resumedOn: '2025-03-01' }],
          false,
          'suspended the day after the deadline',
        ],
        [
          '2025-03-01',
          [{ suspendedOn: '2024-12-01', resumedOn: '2025-01-15' }],
          false,
          'resumed before the termination: the clock ran again',
        ],
        [
          '2025-03-01',
          [
            { suspendedOn: '2024-10-20', resumedOn: '2025-03-01' },
            { suspendedOn: '2024-12-20', resumedOn: null },
          ],
          false,
          'only the last suspension counts, and it began after the deadline',
        ],
        ['2025-03-01', [], false, 'never suspended, terminated late'],
        ['2024-12-09', [], true, 'never suspended, terminated on the due day'],
      ])('terminated %s, suspensions %j → %p (%s)', (concludedOn, spans, onTime) => {
        expect(isConcludedOnTime(terminated(concludedOn), spans)).toBe(onTime);
      });

      it('a decided (not terminated) case gains nothing from a suspension in the record', () => {
        expect(
          isConcludedOnTime(decided('2025-03-01'), [
            { suspendedOn: '2024-12-01', resumedOn: '2025-03-01' },
          ]),
        ).toBe(false);
      });
    });
  });
});
