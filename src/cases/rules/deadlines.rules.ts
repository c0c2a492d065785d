/**
 * The law's rules for intake (docs/domain.md, "Deadlines"). Pure: the calendar's exceptions are passed in.
 */
import { LocalDate } from '../../common/local-date';
import {
  addWorkingDays,
  calendarDueDate,
  CalendarExceptions,
  rollForwardToWorkingDay,
} from '../../calendar/rules/working-days.rules';
import { CaseStatus, Outcome, Procedure } from '../case.enums';

/** Working days the office has to decide on acceptance, from receipt. */
export const ACCEPTANCE_WORKING_DAYS = 5;
/** Working days the applicant has to answer a supplement request, from service of the notice. */
export const SUPPLEMENT_WORKING_DAYS = 10;
/** Calendar days to decide, from acceptance. */
export const DECISION_DAYS: Record<Procedure, number> = {
  [Procedure.ORDINARY]: 60,
  [Procedure.SIMPLIFIED]: 30,
};

export function acceptanceDueOn(cal: CalendarExceptions, receivedOn: LocalDate): LocalDate {
  return addWorkingDays(cal, receivedOn, ACCEPTANCE_WORKING_DAYS);
}

export function supplementDueOn(cal: CalendarExceptions, noticeServedOn: LocalDate): LocalDate {
  return addWorkingDays(cal, noticeServedOn, SUPPLEMENT_WORKING_DAYS);
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
 * The legal day of acceptance. ARL 2023 Art. 30 ¶3: 行政复议申请的审查期限届满，行政复议机关未作出
 * 不予受理决定的，审查期限届满之日起视为受理。An acceptance recorded after the review period's last
 * day is deemed made on that day; the decision clock runs from the legal day.
 */
export function legalAcceptance(
  acceptanceDueOn: LocalDate,
  recordedOn: LocalDate,
): { acceptedOn: LocalDate; deemed: boolean } {
  return recordedOn > acceptanceDueOn
    ? { acceptedOn: acceptanceDueOn, deemed: true }
    : { acceptedOn: recordedOn, deemed: false };
}

/**
 * A refusal must be made within the review period. ARL 2023 Art. 30 ¶2: 行政复议机关应当在审查期限内
 * 决定不予受理并说明理由. After it the application is accepted by law (¶3); an application found
 * wanting later is dismissed (驳回申请, Art. 33).
 */
export function mayRefuseOn(acceptanceDueOn: LocalDate, decidedOn: LocalDate): boolean {
  return decidedOn <= acceptanceDueOn;
}

/** Working days to send the application's copy to the respondent, from acceptance (Arts. 48, 54). */
export const ANSWER_COPY_WORKING_DAYS: Record<Procedure, number> = {
  [Procedure.ORDINARY]: 7,
  [Procedure.SIMPLIFIED]: 3,
};

/** Working days the respondent has to answer, from its receipt of the copy (Arts. 48, 54). */
export const ANSWER_WORKING_DAYS: Record<Procedure, number> = {
  [Procedure.ORDINARY]: 10,
  [Procedure.SIMPLIFIED]: 5,
};

/**
 * ARL 2023 Art. 48: 行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本……发送被申请人
 * (simplified, Art. 54: 三日内); Art. 88 ¶2: the "三日", "七日" are working days.
 */
export function answerCopyDueOn(
  cal: CalendarExceptions,
  acceptedOn: LocalDate,
  procedure: Procedure,
): LocalDate {
  return addWorkingDays(cal, acceptedOn, ANSWER_COPY_WORKING_DAYS[procedure]);
}

/**
 * ARL 2023 Art. 48: 被申请人应当自收到行政复议申请书副本……之日起十日内，提出书面答复 (simplified,
 * Art. 54: 五日内); working days (Art. 88 ¶2).
 */
export function answerDueOn(
  cal: CalendarExceptions,
  copyReceivedOn: LocalDate,
  procedure: Procedure,
): LocalDate {
  return addWorkingDays(cal, copyReceivedOn, ANSWER_WORKING_DAYS[procedure]);
}

/**
 * The respondent has not answered in time (Art. 70: the act is then deemed to have no evidence or
 * basis): answered after its last day, or not answered and that day has passed.
 */
export function isAnswerLate(
  c: { answerDueOn: LocalDate | null; answeredOn: LocalDate | null },
  today: LocalDate,
): boolean {
  if (c.answerDueOn === null) return false;
  return c.answeredOn !== null ? c.answeredOn > c.answerDueOn : today > c.answerDueOn;
}

/** The three clocks of a case, and the date column each one is kept in. */
export type DeadlineKind = 'ACCEPTANCE' | 'SUPPLEMENT' | 'DECISION';
export type DeadlineField = 'acceptanceDueOn' | 'supplementDueOn' | 'decisionDueOn';

export const DEADLINE_FIELD: Readonly<Record<DeadlineKind, DeadlineField>> = {
  ACCEPTANCE: 'acceptanceDueOn',
  SUPPLEMENT: 'supplementDueOn',
  DECISION: 'decisionDueOn',
};

/**
 * The clock that runs in each status: acceptance while the application waits (pre-case mediation
 * leaves the acceptance clock intact), the supplement reply, the decision; none while suspended
 * or closed. The one table both runningDeadline() and the SQL of deadlines.sql.ts are made from.
 */
export const RUNNING_DEADLINE: Readonly<Record<CaseStatus, DeadlineKind | null>> = {
  [CaseStatus.RECEIVED]: 'ACCEPTANCE',
  [CaseStatus.PRE_MEDIATION]: 'ACCEPTANCE',
  [CaseStatus.AWAITING_SUPPLEMENT]: 'SUPPLEMENT',
  [CaseStatus.UNDER_REVIEW]: 'DECISION',
  [CaseStatus.SUSPENDED]: null,
  [CaseStatus.ABANDONED]: null,
  [CaseStatus.MEDIATED]: null,
  [CaseStatus.NOT_ACCEPTED]: null,
  [CaseStatus.TERMINATED]: null,
  [CaseStatus.DECIDED]: null,
  [CaseStatus.WITHDRAWN]: null,
  [CaseStatus.APPLICATION_DISMISSED]: null,
  [CaseStatus.REVIEW_MEDIATED]: null,
};

/** The deadlines the office itself must meet (the supplement reply is the applicant's): alerted. */
export const OFFICE_DEADLINES: readonly DeadlineKind[] = ['ACCEPTANCE', 'DECISION'];

/** The kind of the clock running in `status`, null when none runs. */
export function runningDeadlineKind(status: CaseStatus): DeadlineKind | null {
  return RUNNING_DEADLINE[status];
}

/**
 * The deadline running in a status (RUNNING_DEADLINE). A case is overdue when this date has
 * passed; CaseWorkflow keeps it in `currentDueOn`.
 */
export function runningDeadline(c: {
  status: CaseStatus;
  acceptanceDueOn: LocalDate;
  supplementDueOn: LocalDate | null;
  decisionDueOn: LocalDate | null;
}): LocalDate | null {
  const kind = RUNNING_DEADLINE[c.status];
  return kind === null ? null : c[DEADLINE_FIELD[kind]];
}

export function isOverdue(currentDueOn: LocalDate | null, today: LocalDate): boolean {
  return currentDueOn !== null && currentDueOn < today;
}

/** What a case's history says about its deadlines, as stored on the case. */
export interface CaseDeadlineDates {
  receivedOn: LocalDate;
  acceptedOn: LocalDate | null;
  concludedOn: LocalDate | null;
  outcome: Outcome | null;
  acceptanceDueOn: LocalDate;
  supplementDueOn: LocalDate | null;
  decisionDueOn: LocalDate | null;
  /** runningDeadline() of the current status. */
  currentDueOn: LocalDate | null;
}

/** One suspension (中止); `resumedOn` null while it runs. Suspensions of a case never overlap. */
export interface SuspensionSpan {
  suspendedOn: LocalDate;
  resumedOn: LocalDate | null;
}

/** Open at the end of day `d`: received by then and not yet concluded. */
export function isOpenAt(
  c: Pick<CaseDeadlineDates, 'receivedOn' | 'concludedOn'>,
  d: LocalDate,
): boolean {
  return c.receivedOn <= d && (c.concludedOn === null || c.concludedOn > d);
}

/** Suspended at the end of day `d`: a suspension began by then and had not ended by then. */
export function isSuspendedAt(suspensions: readonly SuspensionSpan[], d: LocalDate): boolean {
  return suspensions.some((s) => s.suspendedOn <= d && (s.resumedOn === null || s.resumedOn > d));
}

/**
 * The deadline running at the end of a past day `d`, for a case open and not suspended then (an
 * ended suspension has already moved `decisionDueOn`): the decision's once accepted (Art. 62);
 * before acceptance the one running now for a case still open (acceptance, Art. 30, or the
 * supplement reply, Art. 31), the supplement reply for an abandoned case, and acceptance otherwise.
 */
export function deadlineAt(c: CaseDeadlineDates, d: LocalDate): LocalDate | null {
  if (c.acceptedOn !== null && c.acceptedOn <= d) return c.decisionDueOn;
  if (c.acceptedOn === null && c.concludedOn === null) return c.currentDueOn;
  if (c.outcome === Outcome.ABANDONED) return c.supplementDueOn;
  return c.acceptanceDueOn;
}

/** Overdue at the end of day `d`: open, past the deadline running then, and not suspended then. */
export function isOverdueAt(c: CaseDeadlineDates, d: LocalDate, suspended: boolean): boolean {
  return isOpenAt(c, d) && isOverdue(deadlineAt(c, d), d) && !suspended;
}

/** The last suspension (the one in force, if any); null when the case was never suspended. */
export function lastSuspension(suspensions: readonly SuspensionSpan[]): SuspensionSpan | null {
  return suspensions.reduce<SuspensionSpan | null>(
    (last, s) => (last === null || s.suspendedOn > last.suspendedOn ? s : last),
    null,
  );
}

/**
 * Closings on the applicant's side, never late for the office: the supplement never came (视为放弃,
 * Art. 31 ¶2), or the applicant withdrew before acceptance.
 */
export const APPLICANT_CLOSINGS: readonly Outcome[] = [Outcome.ABANDONED, Outcome.WITHDRAWN];

/**
 * Concluded within the deadline that ended it (按期结案), for a concluded case: the acceptance
 * deadline before acceptance (Art. 30), the decision deadline after it (Art. 62, moved by the
 * extension and by ended suspensions). The applicant's closings (APPLICANT_CLOSINGS) are on time.
 * A case terminated while suspended (Art. 39, 41) stopped its clock on `suspendedOn`, so it is on
 * time when that suspension (the last: the termination ends it, or older records left it open)
 * began within the decision deadline.
 */
export function isConcludedOnTime(
  c: CaseDeadlineDates,
  suspensions: readonly SuspensionSpan[],
): boolean {
  if (c.outcome !== null && APPLICANT_CLOSINGS.includes(c.outcome)) return true;
  const due = c.acceptedOn === null ? c.acceptanceDueOn : c.decisionDueOn;
  if (c.concludedOn !== null && due !== null && c.concludedOn <= due) return true;
  if (c.outcome !== Outcome.TERMINATED) return false;
  const last = lastSuspension(suspensions);
  return (
    last !== null &&
    c.decisionDueOn !== null &&
    last.suspendedOn <= c.decisionDueOn &&
    (last.resumedOn === null || last.resumedOn === c.concludedOn)
  );
}
