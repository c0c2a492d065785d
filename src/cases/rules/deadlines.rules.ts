/**
 * The law's rules for intake (domain.md, "Deadlines"). Pure: the calendar's exceptions are passed in.
 */
import { LocalDate } from '../../common/local-date';
import {
  addCalendarDays,
  addWorkingDays,
  calendarDueDate,
  CalendarExceptions,
  rollForwardToWorkingDay,
} from '../../calendar/rules/working-days.rules';
import { ActType, CaseStatus, Procedure } from '../case.enums';

/** Calendar days the applicant has from the day they knew of the act. */
export const APPLICATION_WINDOW_DAYS = 60;
/** Working days the office has to decide on acceptance, from receipt. */
export const ACCEPTANCE_WORKING_DAYS = 5;
/** Working days the applicant has to answer a supplement request, from service of the notice. */
export const SUPPLEMENT_WORKING_DAYS = 10;
/** Calendar days to decide, from acceptance. */
export const DECISION_DAYS: Record<Procedure, number> = {
  [Procedure.ORDINARY]: 60,
  [Procedure.SIMPLIFIED]: 30,
};
/** Amounts below this (yuan) suit the simplified procedure. */
export const SIMPLIFIED_AMOUNT_LIMIT_YUAN = 3000;

export function acceptanceDueOn(cal: CalendarExceptions, receivedOn: LocalDate): LocalDate {
  return addWorkingDays(cal, receivedOn, ACCEPTANCE_WORKING_DAYS);
}

export function supplementDueOn(cal: CalendarExceptions, noticeServedOn: LocalDate): LocalDate {
  return addWorkingDays(cal, noticeServedOn, SUPPLEMENT_WORKING_DAYS);
}

/**
 * Filed after the 60-day window (which, like every calendar-day period, ends on a working day).
 * A late application is still registered; the flag tells the officer to look at it.
 */
export function isApplicationLate(
  cal: CalendarExceptions,
  knownOn: LocalDate | null,
  receivedOn: LocalDate,
): boolean {
  if (knownOn === null) return false;
  return receivedOn > addCalendarDays(cal, knownOn, APPLICATION_WINDOW_DAYS);
}

/**
 * The decision's last day: 60 or 30 calendar days from acceptance, plus the days added by an
 * extension and by suspensions, and only then rolled forward to a working day.
 */
export function decisionDueOn(
  cal: CalendarExceptions,
  acceptedOn: LocalDate,
  procedure: Procedure,
  addedDays = 0,
): LocalDate {
  return rollForwardToWorkingDay(
    cal,
    calendarDueDate(acceptedOn, DECISION_DAYS[procedure] + addedDays),
  );
}

/**
 * What the system proposes at acceptance (繁简分流): simplified for small amounts and
 * information-disclosure cases; the officer decides.
 */
export function suggestProcedure(act: { type: ActType; amountYuan: number | null }): Procedure {
  if (act.type === ActType.INFORMATION_DISCLOSURE) return Procedure.SIMPLIFIED;
  if (act.amountYuan !== null && act.amountYuan < SIMPLIFIED_AMOUNT_LIMIT_YUAN) {
    return Procedure.SIMPLIFIED;
  }
  return Procedure.ORDINARY;
}

/**
 * The deadline running in a status: acceptance while the application waits (pre-case mediation
 * leaves the acceptance clock intact), the supplement reply, the decision; none while suspended
 * or closed. A case is overdue when this date has passed.
 */
export function runningDeadline(c: {
  status: CaseStatus;
  acceptanceDueOn: LocalDate;
  supplementDueOn: LocalDate | null;
  decisionDueOn: LocalDate | null;
}): LocalDate | null {
  switch (c.status) {
    case CaseStatus.RECEIVED:
    case CaseStatus.PRE_MEDIATION:
      return c.acceptanceDueOn;
    case CaseStatus.AWAITING_SUPPLEMENT:
      return c.supplementDueOn;
    case CaseStatus.UNDER_REVIEW:
      return c.decisionDueOn;
    case CaseStatus.SUSPENDED:
    case CaseStatus.ABANDONED:
    case CaseStatus.MEDIATED:
    case CaseStatus.NOT_ACCEPTED:
    case CaseStatus.TERMINATED:
    case CaseStatus.DECIDED:
      return null;
  }
}

export function isOverdue(currentDueOn: LocalDate | null, today: LocalDate): boolean {
  return currentDueOn !== null && currentDueOn < today;
}
