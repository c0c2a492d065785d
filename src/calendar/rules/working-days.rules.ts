/**
 * Legal deadline arithmetic (docs/domain.md, "Deadlines"). Pure: the calendar's exceptions are passed in.
 *
 * - Working-day periods (the law's 3, 5, 7 and 10 days) skip weekends and statutory holidays but
 *   count make-up working days (调休) that fall on a weekend.
 * - The first day is not counted.
 * - A calendar-day period whose last day is not a working day ends on the next working day
 *   (Civil Procedure Law, applied where the reconsideration law is silent).
 */
import { addDays, isLocalDate, isWeekend, LocalDate } from '../../common/local-date';

export type DayKind = 'HOLIDAY' | 'WORKDAY';

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  HOLIDAY: '法定节假日',
  WORKDAY: '调休上班',
};

/** The days that differ from the Monday–Friday default, keyed by local date. */
export type CalendarExceptions = ReadonlyMap<LocalDate, DayKind>;

/**
 * No real calendar has a year without a working day; a longer run of days off means the
 * exceptions are wrong, and an error beats an endless loop or a deadline on a day off.
 */
const MAX_DAYS_OFF_IN_A_ROW = 366;

function assertLocalDate(date: LocalDate): void {
  if (!isLocalDate(date)) throw new RangeError(`not a local date: ${String(date)}`);
}

function assertWholeDays(days: number): void {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
}

/** The first working day strictly after `date`. */
function nextWorkingDay(exceptions: CalendarExceptions, date: LocalDate): LocalDate {
  let d = date;
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i += 1) {
    d = addDays(d, 1);
    if (isWorkingDay(exceptions, d)) return d;
  }
  throw new RangeError(`no working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${date}`);
}

export function isWorkingDay(exceptions: CalendarExceptions, date: LocalDate): boolean {
  const kind = exceptions.get(date);
  if (kind === 'HOLIDAY') return false;
  if (kind === 'WORKDAY') return true;
  return !isWeekend(date);
}

/** The `days`-th working day after `from` (from itself not counted). */
export function addWorkingDays(
  exceptions: CalendarExceptions,
  from: LocalDate,
  days: number,
): LocalDate {
  assertLocalDate(from);
  assertWholeDays(days);
  let date = from;
  for (let left = days; left > 0; left -= 1) date = nextWorkingDay(exceptions, date);
  return date;
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function rollForwardToWorkingDay(
  exceptions: CalendarExceptions,
  date: LocalDate,
): LocalDate {
  assertLocalDate(date);
  return isWorkingDay(exceptions, date) ? date : nextWorkingDay(exceptions, date);
}

/** The unrolled last day of a calendar-day period: `from` + `days`. */
export function calendarDueDate(from: LocalDate, days: number): LocalDate {
  assertLocalDate(from);
  assertWholeDays(days);
  return addDays(from, days);
}

/** A calendar-day period's last day, rolled forward to a working day. */
export function addCalendarDays(
  exceptions: CalendarExceptions,
  from: LocalDate,
  days: number,
): LocalDate {
  return rollForwardToWorkingDay(exceptions, calendarDueDate(from, days));
}
