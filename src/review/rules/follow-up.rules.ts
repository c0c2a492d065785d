/**
 * The law's rules for what follows a suspension and a decision: the alert on the day a suspension
 * on Art. 39 para 1 item 1, 2 or 4 has lasted 60 days (Art. 41 item 5), the decision's service
 * (Art. 75) and the respondent's performance (Arts. 77–78) with its alert. Pure: the calendar's
 * exceptions are passed in; errors are the API's AppError. The alerts' SQL (AlertsService.raise)
 * is made from the constants and fragments at the end of this file, so the two cannot drift.
 */
import { AlertLevel } from '../../alerts/alert.enums';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarExceptions,
} from '../../calendar/rules/working-days.rules';
import { Outcome } from '../../cases/case.enums';
import { notBefore, withinRange } from '../../cases/rules/date-order.rules';
import { AppError } from '../../common/app-error';
import { LocalDate } from '../../common/local-date';
import { AgreementRuling, CompensationRuling, SuspensionGround } from '../proceedings.enums';
import {
  LAPSING_GROUNDS,
  REMAKE_OUTCOMES,
  SUSPENSION_LAPSE_DAYS,
  suspensionLapsesOn,
} from './review.rules';

// ---------------------------------------------------------------------------------------------
// Alerts: one reading for every follow-up alert.

/**
 * The level of an alert for a day `dueOn` seen on `today`: OVERDUE once the day has passed,
 * DUE_SOON from the working day before it (the day itself included), none before that. As the
 * deadline alerts of AlertsService.raise: "soon" is the next working day after `today`, so a day
 * that falls in a holiday is announced on the last working day before the holiday.
 */
export function alertLevel(
  cal: CalendarExceptions,
  dueOn: LocalDate,
  today: LocalDate,
): AlertLevel | null {
  if (dueOn < today) return AlertLevel.OVERDUE;
  return dueOn <= addWorkingDays(cal, today, 1) ? AlertLevel.DUE_SOON : null;
}

// ---------------------------------------------------------------------------------------------
// 中止满六十日 (Art. 41 item 5).

/** The suspension in force, as `case_suspensions` has it. */
export interface SuspensionInForce {
  ground: SuspensionGround | null;
  suspendedOn: LocalDate;
}

/**
 * The day the officer is alerted about: the suspension in force, on the ground of Art. 39 para 1
 * item 1, 2 or 4 (APPLICANT_DIED, APPLICANT_INCAPACITATED, APPLICANT_DISSOLVED: LAPSING_GROUNDS),
 * has lasted 60 days (suspensionLapsesOn of review.rules.ts: 60 calendar days after
 * `suspendedOn`, not rolled to a working day). From that day the organ terminates the review if the
 * cause remains (TerminationReason SUSPENSION_LAPSED), so the alert says "decide now". Null for
 * any other ground, and for a suspension recorded before grounds were coded (ground null).
 *
 * ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议：……（五）依照本法第三十九条
 * 第一款第一项、第二项、第四项的规定中止行政复议满六十日，行政复议中止的原因仍未消除。
 */
export function suspensionLimitOn(s: SuspensionInForce): LocalDate | null {
  if (s.ground === null || !LAPSING_GROUNDS.includes(s.ground)) return null;
  return suspensionLapsesOn(s.suspendedOn);
}

/**
 * The SUSPENSION_LIMIT alert a suspension in force calls for on `today` (alertLevel of its
 * suspensionLimitOn), or null. Reading (the law names the day, not an alert): DUE_SOON from the
 * working day before the 60th day and on it, OVERDUE after it while the case is still suspended,
 * i.e. neither resumed nor terminated.
 */
export function suspensionLimitAlert(
  cal: CalendarExceptions,
  s: SuspensionInForce,
  today: LocalDate,
): { dueOn: LocalDate; level: AlertLevel } | null {
  const dueOn = suspensionLimitOn(s);
  const level = dueOn === null ? null : alertLevel(cal, dueOn, today);
  return level === null ? null : { dueOn: dueOn!, level };
}

// ---------------------------------------------------------------------------------------------
// Service (Art. 75) and performance (Arts. 77–78).

/** What service and performance read of the approved decision. */
export interface ServedDecision {
  type: Outcome;
  decidedOn: LocalDate | null;
  servedOn: LocalDate | null;
  remakeWithinDays: number | null;
  agreementRuling: AgreementRuling | null;
  compensationRuling: CompensationRuling | null;
  performanceDueOn: LocalDate | null;
  performanceReportedOn: LocalDate | null;
}

/**
 * The decision orders the respondent to do something, by a period the decision sets: 责令履行
 * (ORDER_PERFORMANCE, Art. 66: 决定被申请人在一定期限内履行), a revocation that orders it to act anew
 * within `remakeWithinDays` (Art. 64 para 1), a ruling on an administrative agreement (Art. 71:
 * 决定被申请人承担依法订立、继续履行、采取补救措施或者赔偿损失等责任 / 给予合理补偿), or compensation awarded
 * (Art. 72 para 1: 决定被申请人依法给予赔偿). Only these take a `performanceDueOn`.
 */
export function ordersRespondent(d: ServedDecision): boolean {
  return (
    d.type === Outcome.ORDER_PERFORMANCE ||
    (REMAKE_OUTCOMES.includes(d.type) && d.remakeWithinDays !== null) ||
    d.agreementRuling !== null ||
    d.compensationRuling === CompensationRuling.AWARDED
  );
}

/**
 * The service of the decision (送达), once (409 DECISION_ALREADY_SERVED): `servedOn` between the
 * decision's day and today. The decision takes effect that day.
 *
 * The performance due day: given only when the decision orders the respondent to act
 * (ordersRespondent; 400 PERFORMANCE_NOT_ORDERED otherwise), not before `servedOn`. Left out with a
 * revocation ordering a remake within `remakeWithinDays`, it defaults to `servedOn` + that many
 * calendar days, rolled forward to a working day: the period runs from service, as the decision is
 * in effect only from then (Art. 75 para 2); it is the organ's period, not one of the law's
 * "三日、五日、七日、十日" counted in working days (Art. 88 para 2), so it counts calendar days; and a
 * last day that is a holiday rolls forward (Art. 88 para 1 → CPL Art. 85 para 3). The other orders
 * carry their period in the decision's text only: the officer enters the day, or no alert runs.
 *
 * ARL 2023 Art. 75 para 2: 行政复议决定书一经送达，即发生法律效力。
 * Art. 64 para 1: 决定撤销或者部分撤销该行政行为，并可以责令被申请人在一定期限内重新作出行政行为.
 */
export function decisionService(
  cal: CalendarExceptions,
  d: ServedDecision,
  s: { servedOn: LocalDate; performanceDueOn?: LocalDate },
  today: LocalDate,
): { servedOn: LocalDate; performanceDueOn: LocalDate | null } {
  if (d.servedOn !== null) {
    throw AppError.conflict(
      'DECISION_ALREADY_SERVED',
      `The decision was served on ${d.servedOn} already (Art. 75 para 2)`,
    );
  }
  withinRange('servedOn', s.servedOn, d.decidedOn!, 'decidedOn', today);
  if (s.performanceDueOn !== undefined) {
    if (!ordersRespondent(d)) {
      throw AppError.invalidField(
        'performanceDueOn',
        'PERFORMANCE_NOT_ORDERED',
        'performanceDueOn is given only when the decision orders the respondent to act: ORDER_PERFORMANCE (Art. 66), a revocation with remakeWithinDays (Art. 64), an agreement ruling (Art. 71) or compensation awarded (Art. 72)',
      );
    }
    notBefore('performanceDueOn', s.performanceDueOn, s.servedOn, 'servedOn');
    return { servedOn: s.servedOn, performanceDueOn: s.performanceDueOn };
  }
  const remake = REMAKE_OUTCOMES.includes(d.type) ? d.remakeWithinDays : null;
  return {
    servedOn: s.servedOn,
    performanceDueOn: remake === null ? null : addCalendarDays(cal, s.servedOn, remake),
  };
}

/**
 * The respondent's report that it performed the decision (Art. 77 para 1), recorded once (409
 * PERFORMANCE_ALREADY_REPORTED) and only for a decision served, hence in effect (409
 * DECISION_NOT_SERVED): `reportedOn` between `servedOn` and today. Any served decision may have
 * one (Art. 77 binds the respondent to every decision); the PERFORMANCE alert stops with it.
 *
 * ARL 2023 Art. 77: 被申请人应当履行行政复议决定书、调解书、意见书。被申请人不履行或者无正当理由拖延履行
 * ……的，行政复议机关或者有关上级行政机关应当责令其限期履行.
 */
export function checkPerformanceReport(
  d: Pick<ServedDecision, 'servedOn' | 'performanceReportedOn'>,
  reportedOn: LocalDate,
  today: LocalDate,
): void {
  if (d.servedOn === null) {
    throw AppError.conflict(
      'DECISION_NOT_SERVED',
      'The decision has not been served: it is not in effect and nothing is performed yet (Art. 75 para 2)',
    );
  }
  if (d.performanceReportedOn !== null) {
    throw AppError.conflict(
      'PERFORMANCE_ALREADY_REPORTED',
      `The respondent's performance was reported on ${d.performanceReportedOn} already`,
    );
  }
  withinRange('reportedOn', reportedOn, d.servedOn, 'servedOn', today);
}

/**
 * The PERFORMANCE alert a served decision calls for on `today`: its `performanceDueOn` within a
 * working day or past (alertLevel) while no performance is reported; null otherwise. Overdue, the
 * organ orders performance within a time limit (Art. 77 para 2: 责令其限期履行).
 */
export function performanceAlert(
  cal: CalendarExceptions,
  d: Pick<ServedDecision, 'servedOn' | 'performanceDueOn' | 'performanceReportedOn'>,
  today: LocalDate,
): { dueOn: LocalDate; level: AlertLevel } | null {
  if (d.servedOn === null || d.performanceDueOn === null || d.performanceReportedOn !== null) {
    return null;
  }
  const level = alertLevel(cal, d.performanceDueOn, today);
  return level === null ? null : { dueOn: d.performanceDueOn, level };
}

// ---------------------------------------------------------------------------------------------
// The same rules as SQL fragments, for AlertsService.raise (pure text: only this file's constants
// and the enums' values are spliced in, never input). `s` is an alias of `case_suspensions`, `d`
// of `case_decisions`.

/** suspensionLimitOn(): the 60th day of the suspension, for a row on a lapsing ground. */
export const suspensionLimitOnSql = (s: string): string =>
  `(${s}.suspended_on + ${SUSPENSION_LAPSE_DAYS})`;

/** The suspension's ground is one of LAPSING_GROUNDS (false for a null ground). */
export const lapsingGroundWhere = (s: string): string =>
  `${s}.ground IN (${LAPSING_GROUNDS.map((g) => `'${g}'`).join(', ')})`;

/** performanceAlert()'s conditions besides the day: served, a due day, nothing reported. */
export const performancePendingWhere = (d: string): string =>
  `(${d}.served_on IS NOT NULL AND ${d}.performance_due_on IS NOT NULL AND ${d}.performance_reported_on IS NULL)`;
