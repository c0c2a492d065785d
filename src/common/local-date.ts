/**
 * Local dates (`YYYY-MM-DD`, no time, no zone) as the law counts them. Pure: no Nest, no database.
 * Arithmetic is done on UTC midnight so no daylight-saving or host time zone can shift a day.
 */
export type LocalDate = string;

export const LEGAL_TIME_ZONE = 'Asia/Shanghai';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian: every 4th year, but of the centuries only every 4th (2000 yes, 2100 no). */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The instant of UTC midnight of `value` (milliseconds) when it is a real calendar date written
 * `YYYY-MM-DD` in 1900–2999; NaN otherwise. Numbers, not Date objects or parsed strings: the
 * deadlines of every registration count days one at a time.
 */
function utcMidnight(value: string): number {
  const m = LOCAL_DATE.exec(value);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return NaN;
  const last = mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1];
  return d > last ? NaN : Date.UTC(y, mo - 1, d);
}

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no). */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && !Number.isNaN(utcMidnight(value));
}

function toUtc(date: LocalDate): number {
  const t = typeof date === 'string' ? utcMidnight(date) : NaN;
  if (Number.isNaN(t)) throw new RangeError(`not a local date: ${String(date)}`);
  return t;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01, day 0, was a Thursday (4).
  return ((Math.floor(toUtc(date) / DAY_MS) % 7) + 11) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/**
 * Zone offsets are whole quarter hours (+08:00, +05:45, −03:30; in every zone since 1972), so a
 * local date can only change on a quarter hour of UTC: within one, the date last formatted for a
 * zone still holds. Asked for today on every request, this spares formatting it anew each time.
 */
const QUARTER_HOUR_MS = 900_000;

interface Zone {
  format: Intl.DateTimeFormat;
  quarter: number;
  date: LocalDate;
}

const zones = new Map<string, Zone>();

/** The local date of an instant in a time zone (by default the legal one, Asia/Shanghai). */
export function toLocalDate(instant: Date, timeZone: string = LEGAL_TIME_ZONE): LocalDate {
  let zone = zones.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zones.set(timeZone, (zone = { format, quarter: NaN, date: '' }));
  }
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  if (quarter !== zone.quarter) {
    zone.date = zone.format.format(instant);
    zone.quarter = quarter;
  }
  return zone.date;
}
