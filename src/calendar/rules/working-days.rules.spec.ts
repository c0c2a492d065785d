/**
 * Deadline arithmetic against the real State Council calendar 2023–2026 (the seed data). Every
 * expected date was worked out by hand from cn-workday-calendar.json; the comments show the count.
 */
import { cnCalendar as cn } from '../calendar-fixture';
import calendarData from '../data/cn-workday-calendar.json';
import { daysBetween, dayOfWeek, isLocalDate } from '../../common/local-date';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarExceptions,
  calendarDueDate,
  DayKind,
  isWorkingDay,
  rollForwardToWorkingDay,
} from './working-days.rules';

const noExceptions: CalendarExceptions = new Map();

const SAT = 6;
const SUN = 0;

describe('the seed calendar data (cn-workday-calendar.json)', () => {
  it('lists real dates, each once, in order', () => {
    const dates = calendarData.days.map((d) => d.date);
    expect(dates.every((d) => isLocalDate(d))).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    expect(cn.size).toBe(dates.length);
  });

  it('puts every make-up working day (调休上班) on a Saturday or Sunday — a weekday needs no entry', () => {
    const makeUps = calendarData.days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date);
    expect(makeUps.length).toBeGreaterThan(0);
    for (const d of makeUps) expect([SAT, SUN]).toContain(dayOfWeek(d));
  });

  it('covers the years 2023 to 2026', () => {
    const years = new Set(calendarData.days.map((d) => d.date.slice(0, 4)));
    expect([...years]).toEqual(['2023', '2024', '2025', '2026']);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-03-13', true, 'an ordinary Wednesday'],
    ['2024-02-29', true, 'leap day 2024, a Thursday'],
    ['2024-03-16', false, 'an ordinary Saturday'],
    ['2024-03-17', false, 'an ordinary Sunday'],
    ['2024-10-01', false, 'National Day, a Tuesday'],
    ['2024-01-01', false, "New Year's Day 2024, a Monday"],
    ['2024-09-29', true, 'Sunday 2024-09-29, a National Day make-up working day'],
    ['2024-10-12', true, 'Saturday 2024-10-12, a National Day make-up working day'],
    ['2026-02-14', true, 'Saturday 2026-02-14, a Spring Festival make-up working day'],
    ['2026-02-21', false, 'Saturday 2026-02-21 inside the Spring Festival holiday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(cn, date)).toBe(expected);
  });

  it('falls back to Monday–Friday for a day the calendar does not list (2027-10-01 is a Friday)', () => {
    expect(isWorkingDay(cn, '2027-10-01')).toBe(true);
    expect(isWorkingDay(cn, '2027-10-02')).toBe(false);
  });

  it('without any exceptions, a holiday weekday is a working day and a make-up Sunday is not', () => {
    expect(isWorkingDay(noExceptions, '2024-10-01')).toBe(true);
    expect(isWorkingDay(noExceptions, '2024-09-29')).toBe(false);
  });
});

describe('addWorkingDays (acceptance: 5 working days; supplement: 10 working days)', () => {
  describe('the first day is not counted', () => {
    it('5 working days from Wednesday 2024-03-13 end Wednesday 2024-03-20 (no holiday: Thu, Fri, Mon, Tue, Wed)', () => {
      expect(addWorkingDays(cn, '2024-03-13', 5)).toBe('2024-03-20');
    });

    it('1 working day from Monday 2024-03-11 is Tuesday 2024-03-12, not the Monday itself', () => {
      expect(addWorkingDays(cn, '2024-03-11', 1)).toBe('2024-03-12');
    });

    it('0 working days is the start day itself', () => {
      expect(addWorkingDays(cn, '2024-03-13', 0)).toBe('2024-03-13');
    });

    it('1 working day from Friday 2024-03-15 skips the weekend to Monday 2024-03-18', () => {
      expect(addWorkingDays(cn, '2024-03-15', 1)).toBe('2024-03-18');
    });
  });

  describe('National Day 2024 with its make-up days', () => {
    it('5 working days from Friday 2024-09-27 end Thursday 2024-10-10 (Sun 9-29 make-up, Mon 9-30, 1–7 Oct off, 10-8, 10-9, 10-10)', () => {
      expect(addWorkingDays(cn, '2024-09-27', 5)).toBe('2024-10-10');
    });

    it('would end Friday 2024-10-04 without the calendar — the holiday data changes the answer', () => {
      expect(addWorkingDays(noExceptions, '2024-09-27', 5)).toBe('2024-10-04');
    });

    it('10 working days from Friday 2024-09-27 end Wednesday 2024-10-16 (Sat 10-12 make-up is the 7th)', () => {
      expect(addWorkingDays(cn, '2024-09-27', 10)).toBe('2024-10-16');
    });
  });

  describe('starting on a day off', () => {
    it('5 working days from holiday Tuesday 2024-10-01 end on make-up Saturday 2024-10-12 (10-8 … 10-11, then 10-12)', () => {
      expect(addWorkingDays(cn, '2024-10-01', 5)).toBe('2024-10-12');
    });

    it('5 working days from Saturday 2024-03-16 end Friday 2024-03-22 (Mon 18 … Fri 22)', () => {
      expect(addWorkingDays(cn, '2024-03-16', 5)).toBe('2024-03-22');
    });

    it('5 working days from Sunday 2024-03-17 also end Friday 2024-03-22', () => {
      expect(addWorkingDays(cn, '2024-03-17', 5)).toBe('2024-03-22');
    });
  });

  describe('make-up working days on a weekend count as working days', () => {
    it('3 working days from Wednesday 2025-02-05 end on make-up Saturday 2025-02-08 (Thu 6, Fri 7, Sat 8)', () => {
      expect(addWorkingDays(cn, '2025-02-05', 3)).toBe('2025-02-08');
    });

    it('3 working days from Wednesday 2023-09-27 end on make-up Sunday 2023-10-08 (Thu 9-28, holiday 9-29…10-6, Sat 10-7, Sun 10-8)', () => {
      expect(addWorkingDays(cn, '2023-09-27', 3)).toBe('2023-10-08');
    });

    it('an ordinary Saturday is not counted: 1 working day from Friday 2025-02-14 is Monday 2025-02-17', () => {
      expect(addWorkingDays(cn, '2025-02-14', 1)).toBe('2025-02-17');
    });
  });

  describe('Spring Festival', () => {
    it('2025: 5 working days from Friday 2025-01-24 end Friday 2025-02-07 (Sun 1-26 make-up, Mon 1-27, 1-28…2-4 off, 2-5, 2-6, 2-7)', () => {
      expect(addWorkingDays(cn, '2025-01-24', 5)).toBe('2025-02-07');
    });

    it('2025: 10 working days from Friday 2025-01-24 end Thursday 2025-02-13 (make-up Sat 2-8 is the 6th)', () => {
      expect(addWorkingDays(cn, '2025-01-24', 10)).toBe('2025-02-13');
    });

    it('2026: 5 working days from Thursday 2026-02-12 end Thursday 2026-02-26 (Fri 2-13, make-up Sat 2-14, 2-15…2-23 off, 2-24, 2-25, 2-26)', () => {
      expect(addWorkingDays(cn, '2026-02-12', 5)).toBe('2026-02-26');
    });

    it('2026: 7 working days from Thursday 2026-02-12 end on make-up Saturday 2026-02-28', () => {
      expect(addWorkingDays(cn, '2026-02-12', 7)).toBe('2026-02-28');
    });

    it('2026: 10 working days from Thursday 2026-02-12 end Wednesday 2026-03-04 (across the end of February)', () => {
      expect(addWorkingDays(cn, '2026-02-12', 10)).toBe('2026-03-04');
    });
  });

  describe('National Day', () => {
    it('2023 (with Mid-Autumn, 9-29…10-6): 5 working days from Thursday 2023-09-28 end Wednesday 2023-10-11 (make-up Sat 10-7 and Sun 10-8 count)', () => {
      expect(addWorkingDays(cn, '2023-09-28', 5)).toBe('2023-10-11');
    });

    it('2025 (with Mid-Autumn, 8 days 10-1…10-8): 5 working days from Friday 2025-09-26 end Friday 2025-10-10 (Sun 9-28 make-up, 9-29, 9-30, 10-9, 10-10)', () => {
      expect(addWorkingDays(cn, '2025-09-26', 5)).toBe('2025-10-10');
    });

    it('2025: 10 working days from Friday 2025-09-26 end Thursday 2025-10-16 (make-up Sat 10-11 is the 6th)', () => {
      expect(addWorkingDays(cn, '2025-09-26', 10)).toBe('2025-10-16');
    });
  });

  describe('Labour Day', () => {
    it('2024: 5 working days from Thursday 2024-04-25 end Monday 2024-05-06 (Fri 4-26, make-up Sun 4-28, 4-29, 4-30, 5-1…5-5 off, 5-6)', () => {
      expect(addWorkingDays(cn, '2024-04-25', 5)).toBe('2024-05-06');
    });

    it('2024: 10 working days from Thursday 2024-04-25 end on make-up Saturday 2024-05-11', () => {
      expect(addWorkingDays(cn, '2024-04-25', 10)).toBe('2024-05-11');
    });

    it('2025: 5 working days from Wednesday 2025-04-30 end Monday 2025-05-12 (5-1…5-5 off, 5-6 … 5-9, 5-12)', () => {
      expect(addWorkingDays(cn, '2025-04-30', 5)).toBe('2025-05-12');
    });
  });

  describe('across the year end', () => {
    it('2023→2024: 5 working days from Friday 2023-12-29 end Monday 2024-01-08 (weekend, New Year Mon 1-1 off, 1-2 … 1-5, 1-8)', () => {
      expect(addWorkingDays(cn, '2023-12-29', 5)).toBe('2024-01-08');
    });

    it('2025→2026: 5 working days from Wednesday 2025-12-31 end Thursday 2026-01-08 (1-1…1-3 off, make-up Sun 1-4, 1-5 … 1-8)', () => {
      expect(addWorkingDays(cn, '2025-12-31', 5)).toBe('2026-01-08');
    });

    it('2025→2026: 3 working days from Monday 2025-12-29 end on make-up Sunday 2026-01-04', () => {
      expect(addWorkingDays(cn, '2025-12-29', 3)).toBe('2026-01-04');
    });
  });

  describe('supplement reply: 10 working days from the day the notice arrives', () => {
    it('from Monday 2024-09-09 it ends Tuesday 2024-09-24 (make-up Sat 9-14 counts, Mid-Autumn 9-15…9-17 does not)', () => {
      expect(addWorkingDays(cn, '2024-09-09', 10)).toBe('2024-09-24');
    });
  });

  describe('invalid input is refused', () => {
    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('days = %p', (days) => {
      expect(() => addWorkingDays(cn, '2024-03-13', days)).toThrow(RangeError);
    });

    it.each(['2024-02-30', '2024-3-13', '13/03/2024', ''])('from = %p, even for 0 days', (from) => {
      expect(() => addWorkingDays(cn, from, 0)).toThrow(RangeError);
      expect(() => addWorkingDays(cn, from, 5)).toThrow(RangeError);
    });

    it('a calendar with no working day in a whole year is an error, not an endless loop', () => {
      const allOff = new Map<string, DayKind>();
      for (let i = 0; i < 400; i += 1) {
        allOff.set(new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10), 'HOLIDAY');
      }
      expect(() => addWorkingDays(allOff, '2029-12-31', 1)).toThrow(/no working day/);
      expect(() => rollForwardToWorkingDay(allOff, '2030-01-01')).toThrow(/no working day/);
    });
  });
});

describe('rollForwardToWorkingDay', () => {
  it.each([
    ['2024-03-13', '2024-03-13', 'a working day stays'],
    ['2024-09-29', '2024-09-29', 'a make-up Sunday is a working day and stays'],
    ['2024-03-16', '2024-03-18', 'an ordinary Saturday rolls to Monday'],
    ['2024-09-28', '2024-09-29', 'an ordinary Saturday rolls to the make-up Sunday after it'],
    ['2023-09-29', '2023-10-07', 'National Day 2023 (9-29…10-6) rolls to make-up Saturday 10-7'],
    [
      '2026-02-15',
      '2026-02-24',
      'the first day of Spring Festival 2026 rolls past 9 days off to Tuesday 2-24',
    ],
  ])('%s → %s (%s)', (date, expected) => {
    expect(rollForwardToWorkingDay(cn, date)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => rollForwardToWorkingDay(cn, '2024-13-01')).toThrow(RangeError);
  });
});

describe('calendarDueDate (the unrolled last day)', () => {
  it('is from + days, without any rolling: 60 days from 2024-04-16 is Saturday 2024-06-15', () => {
    expect(calendarDueDate('2024-04-16', 60)).toBe('2024-06-15');
  });

  it('refuses negative or fractional days and malformed dates', () => {
    expect(() => calendarDueDate('2024-04-16', -1)).toThrow(RangeError);
    expect(() => calendarDueDate('2024-04-16', 0.5)).toThrow(RangeError);
    expect(() => calendarDueDate('2024-04-31', 60)).toThrow(RangeError);
  });
});

describe('addCalendarDays (application window 60; decision 60 ordinary / 30 simplified)', () => {
  describe('no roll when the last day is a working day', () => {
    it('60 days from 2024-03-01 end Tuesday 2024-04-30 (the first day is not counted)', () => {
      expect(addCalendarDays(cn, '2024-03-01', 60)).toBe('2024-04-30');
    });

    it('60 days from 2024-01-15 end Friday 2024-03-15 (February 2024 has 29 days)', () => {
      expect(addCalendarDays(cn, '2024-01-15', 60)).toBe('2024-03-15');
    });

    it('60 days from 2023-01-15 end Thursday 2023-03-16 (February 2023 has 28 days)', () => {
      expect(addCalendarDays(cn, '2023-01-15', 60)).toBe('2023-03-16');
    });
  });

  describe('roll forward when the last day is a weekend or a holiday', () => {
    it('60 days from 2024-08-02 fall on National Day Tuesday 2024-10-01 and roll to Tuesday 2024-10-08', () => {
      expect(calendarDueDate('2024-08-02', 60)).toBe('2024-10-01');
      expect(addCalendarDays(cn, '2024-08-02', 60)).toBe('2024-10-08');
    });

    it('60 days from 2025-08-06 fall on Sunday 2025-10-05 inside the 8-day National Day + Mid-Autumn holiday and roll to Thursday 2025-10-09', () => {
      expect(calendarDueDate('2025-08-06', 60)).toBe('2025-10-05');
      expect(addCalendarDays(cn, '2025-08-06', 60)).toBe('2025-10-09');
    });

    it('60 days from 2024-04-16 fall on an ordinary Saturday 2024-06-15 and roll to Monday 2024-06-17', () => {
      expect(addCalendarDays(cn, '2024-04-16', 60)).toBe('2024-06-17');
    });

    it('30 days (simplified procedure) from 2026-01-20 fall on Spring Festival 2026-02-19 and roll to Tuesday 2026-02-24', () => {
      expect(calendarDueDate('2026-01-20', 30)).toBe('2026-02-19');
      expect(addCalendarDays(cn, '2026-01-20', 30)).toBe('2026-02-24');
    });

    it('30 days from 2023-12-02 fall on New Year Monday 2024-01-01 and roll to Tuesday 2024-01-02 (across the year end)', () => {
      expect(addCalendarDays(cn, '2023-12-02', 30)).toBe('2024-01-02');
    });

    it('0 days from holiday 2024-10-01 is the day itself, rolled to 2024-10-08', () => {
      expect(addCalendarDays(cn, '2024-10-01', 0)).toBe('2024-10-08');
    });
  });

  describe('no roll when the last day is a make-up working day on a weekend', () => {
    it('60 days from 2024-08-13 end on make-up Saturday 2024-10-12, which does not roll', () => {
      expect(addCalendarDays(cn, '2024-08-13', 60)).toBe('2024-10-12');
    });

    it('30 days from 2024-08-30 end on make-up Sunday 2024-09-29, which does not roll', () => {
      expect(addCalendarDays(cn, '2024-08-30', 30)).toBe('2024-09-29');
    });

    it('30 days from 2024-12-27 end on Spring Festival make-up Sunday 2025-01-26 (across the year end), which does not roll', () => {
      expect(addCalendarDays(cn, '2024-12-27', 30)).toBe('2025-01-26');
    });
  });

  describe('across month ends and the leap day', () => {
    it.each([
      ['2024-02-28', 1, '2024-02-29', '2024 is a leap year'],
      ['2024-01-30', 30, '2024-02-29', 'lands on leap day 2024-02-29, a Thursday'],
      ['2023-01-30', 30, '2023-03-01', '2023 has no 29 February'],
      ['2024-01-31', 30, '2024-03-01', 'January 31 + 30 in a leap year'],
      ['2025-01-31', 30, '2025-03-03', 'lands on Sunday 2025-03-02 and rolls to Monday'],
      ['2024-12-31', 1, '2025-01-02', "lands on New Year's Day 2025 and rolls to Thursday"],
    ])('%s + %i days → %s (%s)', (from, days, expected) => {
      expect(addCalendarDays(cn, from, days)).toBe(expected);
    });
  });

  describe('extension and suspension apply to the unrolled due date; the roll comes last', () => {
    it('an ordinary decision accepted 2024-04-16 is due Mon 2024-06-17; extended by 30 days it is due Mon 2024-07-15 (from Sat 6-15, not from Mon 6-17)', () => {
      const unrolled = calendarDueDate('2024-04-16', 60);
      expect(rollForwardToWorkingDay(cn, unrolled)).toBe('2024-06-17');
      expect(addCalendarDays(cn, unrolled, 30)).toBe('2024-07-15');
    });

    it('accepted 2024-03-01 (due 2024-04-30), suspended 2024-03-11, resumed 2024-04-10: 30 days are added, due Thursday 2024-05-30', () => {
      const suspended = daysBetween('2024-03-11', '2024-04-10');
      expect(suspended).toBe(30);
      expect(addCalendarDays(cn, calendarDueDate('2024-03-01', 60), suspended)).toBe('2024-05-30');
    });
  });

  it('refuses malformed input', () => {
    expect(() => addCalendarDays(cn, '2023-02-29', 60)).toThrow(RangeError);
    expect(() => addCalendarDays(cn, '2024-03-01', -60)).toThrow(RangeError);
  });
});
