/**
 * The real State Council calendar 2023–2026 (the seed data) as the exceptions map the deadline
 * arithmetic takes, built exactly as CalendarService.load() builds it from the calendar_days rows.
 * For unit tests: every expected date in them is worked out by hand from cn-workday-calendar.json.
 */
import calendarData from './data/cn-workday-calendar.json';
import { CalendarExceptions, DayKind } from './rules/working-days.rules';

const isDayKind = (kind: string): kind is DayKind => kind === 'HOLIDAY' || kind === 'WORKDAY';

export const cnCalendar: CalendarExceptions = new Map(
  calendarData.days.map((d): [string, DayKind] => {
    if (!isDayKind(d.kind)) throw new Error(`bad kind ${d.kind} on ${d.date}`);
    return [d.date, d.kind];
  }),
);
