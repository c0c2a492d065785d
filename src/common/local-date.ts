/**
 * Local dates (`YYYY-MM-DD`, no time, no zone) as the law counts them. Pure: no Nest, no database.
 * Arithmetic is done on UTC midnight so no daylight-saving or host time zone can shift a day.
 */
export type LocalDate = string;

export const LEGAL_TIME_ZONE = 'Asia/Shanghai';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a local date: ${String(date)}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return toUtc(date).getUTCDay();
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
