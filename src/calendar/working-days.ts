/**
 * Legal deadline arithmetic (domain.md, "Deadlines"). Pure: the calendar's exceptions are passed in.
 *
 * - Working-day periods (the law's 3, 5, 7 and 10 days) skip weekends and statutory holidays but
 *   count make-up working days (调休) that fall on a weekend.
 * - The first day is not counted.
 * - A calendar-day period whose last day is not a working day ends on the next working day
 *   (Civil Procedure Law, applied where the reconsideration law is silent).
 */
import { addDays, isWeekend, LocalDate } from './local-date';

export type DayKind = 'HOLIDAY' | 'WORKDAY';

/** The days that differ from the Monday–Friday default, keyed by local date. */
export type CalendarExceptions = ReadonlyMap<LocalDate, DayKind>;

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
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(exceptions, date)) left -= 1;
  }
  return date;
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function rollForwardToWorkingDay(
  exceptions: CalendarExceptions,
  date: LocalDate,
): LocalDate {
  let d = date;
  // A year never has more than a few consecutive days off; the bound only guards bad data.
  for (let i = 0; i < 366 && !isWorkingDay(exceptions, d); i += 1) d = addDays(d, 1);
  return d;
}

/** The unrolled last day of a calendar-day period: `from` + `days`. */
export function calendarDueDate(from: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
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
