/**
 * Instants written ISO 8601 with an offset (docs/architecture.md: "instants are ISO 8601 with an
 * offset"), checked as PostgreSQL reads a timestamptz, so that none that passes fails in SQL (a
 * 500): a real calendar day (no 2026-02-30), years 0001–9999 (Postgres has no year 0), hours
 * 00–23, minutes and seconds 00–59, at most 6 fraction digits (microseconds), and an offset `Z`
 * or ±hh:mm within ±15:59 (Postgres refuses +16:00 and beyond: "time zone displacement out of
 * range"). Pure: no framework.
 */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

export interface InstantOptions {
  /** Seconds must be written (cursors: always; a hearing time may leave them out). */
  secondsRequired?: boolean;
  /** At most this many fraction digits (default 6, what Postgres keeps). */
  maxFractionDigits?: number;
}

/** Days in a month of the proleptic Gregorian calendar (setUTCFullYear: years below 100 too). */
function daysIn(year: number, month: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, 0);
  return t.getUTCDate();
}

/** True for an instant Postgres stores as it is written, and JavaScript's Date reads alike. */
export function isInstant(value: unknown, options: InstantOptions = {}): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, fraction, , , oh, om] = m;
  if (options.secondsRequired && s === undefined) return false;
  if (fraction !== undefined && fraction.length - 1 > (options.maxFractionDigits ?? 6))
    return false;
  const year = Number(y);
  const month = Number(mo);
  if (year < 1 || month < 1 || month > 12) return false;
  if (Number(d) < 1 || Number(d) > daysIn(year, month)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return false;
  if (oh !== undefined && (Number(oh) > 15 || Number(om) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}
