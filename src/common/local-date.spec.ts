import {
  addDays,
  dayOfWeek,
  daysBetween,
  isLocalDate,
  isWeekend,
  LEGAL_TIME_ZONE,
  toLocalDate,
} from './local-date';

describe('isLocalDate', () => {
  it.each([
    ['2024-02-29', 'leap day of a leap year'],
    ['2000-02-29', '2000 is a leap year (divisible by 400)'],
    ['2024-12-31', 'last day of the year'],
    ['1900-01-01', 'the lower bound'],
    ['2999-12-31', 'the upper bound'],
  ])('accepts %s (%s)', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });

  it.each([
    ['2023-02-29', '2023 is not a leap year'],
    ['2100-02-29', '2100 is not a leap year (century not divisible by 400)'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no 13th month'],
    ['2024-00-10', 'no month 0'],
    ['2024-01-00', 'no day 0'],
    ['2024-1-5', 'month and day need two digits'],
    ['20240105', 'no separators'],
    ['2024/01/05', 'wrong separators'],
    [' 2024-01-05', 'leading space'],
    ['2024-01-05T00:00:00Z', 'an instant, not a date'],
    ['1899-12-31', 'before 1900'],
    ['3000-01-01', 'after 2999'],
    ['', 'empty'],
  ])('refuses %p (%s)', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it.each([[null], [undefined], [20240105], [new Date('2024-01-05T00:00:00Z')], [{}]])(
    'refuses the non-string %p',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01', 'across a month end'],
    ['2024-02-28', 1, '2024-02-29', 'onto leap day 2024'],
    ['2024-02-29', 1, '2024-03-01', 'off leap day 2024'],
    ['2023-02-28', 1, '2023-03-01', '2023 has no 29 February'],
    ['2023-12-31', 1, '2024-01-01', 'across the year end'],
    ['2024-01-01', 366, '2025-01-01', '2024 has 366 days'],
    ['2023-01-01', 365, '2024-01-01', '2023 has 365 days'],
    ['2024-03-01', -1, '2024-02-29', 'backwards onto leap day'],
    ['2024-03-31', 0, '2024-03-31', 'zero days'],
  ])('%s + %i → %s (%s)', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('is not shifted by daylight saving time in the host zone (the last Sunday of March, Europe)', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
  });

  it('refuses a malformed date', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-03-11', '2024-04-10', 30, 'a suspension of 30 days'],
    ['2024-02-28', '2024-03-01', 2, 'across leap day 2024'],
    ['2023-02-28', '2023-03-01', 1, 'no leap day in 2023'],
    ['2024-01-01', '2025-01-01', 366, 'a leap year'],
    ['2024-10-10', '2024-10-01', -9, 'negative when `to` is earlier'],
    ['2024-10-10', '2024-10-10', 0, 'the same day'],
  ])('%s → %s is %i (%s)', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => daysBetween('2024-02-30', '2024-03-01')).toThrow(RangeError);
  });
});

describe('dayOfWeek and isWeekend', () => {
  it.each([
    ['2024-09-27', 5, false, 'Friday'],
    ['2024-09-28', 6, true, 'Saturday'],
    ['2024-09-29', 0, true, 'Sunday (a make-up working day, but still a weekend day)'],
    ['2024-09-30', 1, false, 'Monday'],
    ['2024-02-29', 4, false, 'leap day 2024 is a Thursday'],
    ['2026-02-14', 6, true, 'Saturday'],
  ])('%s is day %i, weekend %s (%s)', (date, dow, weekend) => {
    expect(dayOfWeek(date)).toBe(dow);
    expect(isWeekend(date)).toBe(weekend);
  });

  it('refuses a malformed date', () => {
    expect(() => dayOfWeek('2024-9-27')).toThrow(RangeError);
    expect(() => isWeekend('')).toThrow(RangeError);
  });
});

describe('toLocalDate', () => {
  it('uses Asia/Shanghai (UTC+8) by default', () => {
    expect(LEGAL_TIME_ZONE).toBe('Asia/Shanghai');
    expect(toLocalDate(new Date('2024-09-30T15:59:59.999Z'))).toBe('2024-09-30');
    expect(toLocalDate(new Date('2024-09-30T16:00:00.000Z'))).toBe('2024-10-01');
  });

  it('gives the Shanghai date across the year end: 23:30 UTC on 31 December is already 1 January', () => {
    expect(toLocalDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
  });

  it('honours another time zone when asked', () => {
    const instant = new Date('2024-09-30T16:00:00Z');
    expect(toLocalDate(instant, 'UTC')).toBe('2024-09-30');
    expect(toLocalDate(instant, 'America/New_York')).toBe('2024-09-30');
    expect(toLocalDate(new Date('2024-02-29T12:00:00Z'), 'UTC')).toBe('2024-02-29');
  });

  it('returns a value isLocalDate accepts', () => {
    expect(isLocalDate(toLocalDate(new Date('2025-10-01T00:00:00Z')))).toBe(true);
  });

  it('changes the date at local midnight when asked again and again, in quarter-hour zones too', () => {
    // Shanghai: the last millisecond of 30 September, then 1 October, then back.
    for (const [at, date] of [
      ['2024-09-30T15:45:00.000Z', '2024-09-30'],
      ['2024-09-30T15:59:59.999Z', '2024-09-30'],
      ['2024-09-30T16:00:00.000Z', '2024-10-01'],
      ['2024-09-30T16:14:59.999Z', '2024-10-01'],
      ['2024-09-30T15:59:59.999Z', '2024-09-30'],
    ]) {
      expect(toLocalDate(new Date(at))).toBe(date);
    }
    // Kathmandu is UTC+05:45: its midnight is 18:15 UTC.
    for (const [at, date] of [
      ['2024-09-30T18:14:59.999Z', '2024-09-30'],
      ['2024-09-30T18:15:00.000Z', '2024-10-01'],
      ['2024-09-30T18:00:00.000Z', '2024-09-30'],
    ]) {
      expect(toLocalDate(new Date(at), 'Asia/Kathmandu')).toBe(date);
    }
  });
});

describe('day arithmetic against Date, every day from 1900 to 2999', () => {
  it('isLocalDate, addDays, daysBetween and dayOfWeek agree with Date', () => {
    const first = Date.UTC(1900, 0, 1);
    const days = Math.round((Date.UTC(2999, 11, 31) - first) / 86_400_000);
    let previous = '1899-12-31';
    for (let n = 0; n <= days; n += 1) {
      const instant = new Date(first + n * 86_400_000);
      const date = instant.toISOString().slice(0, 10);
      if (!isLocalDate(date)) throw new Error(`${instant.toISOString()} refused`);
      if (n > 0 && addDays(previous, 1) !== date) throw new Error(`${previous} + 1 ≠ ${date}`);
      if (daysBetween('1900-01-01', date) !== n) throw new Error(`daysBetween to ${date}`);
      if (dayOfWeek(date) !== instant.getUTCDay()) throw new Error(`dayOfWeek(${date})`);
      previous = date;
    }
    expect(previous).toBe('2999-12-31');
  });
});
