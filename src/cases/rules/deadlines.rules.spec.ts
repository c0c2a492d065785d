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
  decisionDueOn,
  isApplicationLate,
  isOverdue,
  runningDeadline,
  suggestProcedure,
  supplementDueOn,
} from './deadlines.rules';
import { ActType, CaseStatus, Procedure } from '../case.enums';

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

describe('isApplicationLate: 60 calendar days from the day the applicant knew of the act', () => {
  describe('knew on 2024-08-02: day 60 is National Day 2024-10-01, so the window ends Tuesday 2024-10-08', () => {
    it.each([
      ['2024-08-02', false, 'filed the day they knew'],
      ['2024-10-01', false, 'day 60 itself, a holiday (filed online)'],
      ['2024-10-08', false, 'the first working day after the holiday, the last day of the window'],
      ['2024-10-09', true, 'the day after the rolled-forward last day'],
    ])('received %s → late %s (%s)', (receivedOn, late) => {
      expect(isApplicationLate(cn, '2024-08-02', receivedOn)).toBe(late);
    });
  });

  describe('knew on 2024-03-01: day 60 is Tuesday 2024-04-30, a working day, no roll', () => {
    it.each([
      ['2024-04-30', false, 'day 60'],
      [
        '2024-05-01',
        true,
        'day 61, although it is Labour Day: the window already ended on a working day',
      ],
    ])('received %s → late %s (%s)', (receivedOn, late) => {
      expect(isApplicationLate(cn, '2024-03-01', receivedOn)).toBe(late);
    });
  });

  it.each(['2024-10-09', '2026-12-31'])(
    'is never late when the day the applicant knew is not known (received %s)',
    (receivedOn) => {
      expect(isApplicationLate(cn, null, receivedOn)).toBe(false);
    },
  );
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

describe('suggestProcedure (繁简分流)', () => {
  it.each<[ActType, number | null, Procedure, string]>([
    [ActType.INFORMATION_DISCLOSURE, null, Procedure.SIMPLIFIED, 'an information-disclosure case'],
    [
      ActType.INFORMATION_DISCLOSURE,
      50000,
      Procedure.SIMPLIFIED,
      'an information-disclosure case, whatever the amount',
    ],
    [ActType.PENALTY, 2999.99, Procedure.SIMPLIFIED, 'an amount under 3,000 yuan'],
    [ActType.PENALTY, 0, Procedure.SIMPLIFIED, 'an amount of 0 yuan is under 3,000'],
    [ActType.PENALTY, 3000, Procedure.ORDINARY, 'exactly 3,000 yuan is not under 3,000'],
    [ActType.PENALTY, 3000.01, Procedure.ORDINARY, 'an amount over 3,000 yuan'],
    [ActType.PENALTY, null, Procedure.ORDINARY, 'a penalty with no amount'],
    [ActType.LICENSING, null, Procedure.ORDINARY, 'a licensing case with no amount'],
  ])('%s, amount %p → %s (%s)', (type, amountYuan, expected) => {
    expect(suggestProcedure({ type, amountYuan })).toBe(expected);
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
