import { isInstant } from './instant';

describe('isInstant: what Postgres reads as a timestamptz, and nothing else', () => {
  it.each([
    '2026-03-20T09:30:00+08:00',
    '2026-03-20T09:30+08:00',
    '2026-03-20T01:30:00.123456Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59-15:59',
    '2026-01-01T00:00:00+15:59',
  ])('accepts %s', (v) => {
    expect(isInstant(v)).toBe(true);
  });

  it.each([
    ['2026-02-30T00:00:00Z', 'no 30 February'],
    ['2026-02-29T00:00:00Z', '2026 is no leap year'],
    ['1900-02-29T00:00:00Z', '1900 is no leap year'],
    ['2026-04-31T00:00:00Z', 'April has 30 days'],
    ['0000-01-01T00:00:00Z', 'Postgres has no year 0'],
    ['2026-01-01T00:00:00+23:59', 'offset beyond ±15:59'],
    ['2026-01-01T00:00:00+16:00', 'offset beyond ±15:59'],
    ['2026-01-01T00:00:00-16:00', 'offset beyond ±15:59'],
    ['2026-01-01T00:00:00+08:60', 'offset minutes'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T23:60:00Z', 'minute 60'],
    ['2026-01-01T23:59:60Z', 'a leap second'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-00-01T00:00:00Z', 'month 0'],
    ['2026-01-00T00:00:00Z', 'day 0'],
    ['2026-01-01T00:00:00.1234567Z', 'seven fraction digits'],
    ['2026-01-01T00:00:00', 'no offset'],
    ['+275760-09-13T00:00:00Z', 'an expanded year'],
    ['2026-01-01', 'a date alone'],
    ['', 'empty'],
  ])('refuses %s (%s)', (v) => {
    expect(isInstant(v)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 0, 1.5e12, {}, [], new Date()])
      expect(isInstant(v)).toBe(false);
  });

  it('secondsRequired and maxFractionDigits narrow it', () => {
    expect(isInstant('2026-03-20T09:30+08:00', { secondsRequired: true })).toBe(false);
    expect(isInstant('2026-03-20T09:30:00.1234Z', { maxFractionDigits: 3 })).toBe(false);
    expect(isInstant('2026-03-20T09:30:00.123Z', { maxFractionDigits: 3 })).toBe(true);
  });
});
