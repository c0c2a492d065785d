/**
 * The law's rules for the review of an accepted case (审理): the decision deadline as extended and
 * suspended, the extension itself, the dates a suspension or termination may bear, and the
 * approval of a decision. Pure: the calendar's exceptions are passed in; errors are the API's
 * AppError, with the codes and messages the API answers with.
 */
import { CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { Procedure } from '../../cases/case.enums';
import { decisionDueOn } from '../../cases/rules/deadlines.rules';
import { AppError } from '../../common/app-error';
import { daysBetween, LocalDate } from '../../common/local-date';

/** The most calendar days one extension adds (ARL 2023 Art. 62 para 1). */
export const MAX_EXTENSION_DAYS = 30;

/** What the decision deadline of an accepted case is computed from. */
export interface ReviewClock {
  acceptedOn: LocalDate | null;
  procedure: Procedure | null;
  suspendedDays: number;
  extensionDays: number;
}

/**
 * The decision's last day with the days added so far (suspensions, extension), either as stored
 * on the case or as `extra` replaces them: decisionDueOn() of deadlines.rules.ts, which adds them
 * before the roll to a working day.
 */
export function decisionDueWith(
  cal: CalendarExceptions,
  c: ReviewClock,
  extra: { suspendedDays?: number; extensionDays?: number },
): LocalDate {
  return decisionDueOn(
    cal,
    c.acceptedOn!,
    c.procedure!,
    (extra.suspendedDays ?? c.suspendedDays) + (extra.extensionDays ?? c.extensionDays),
  );
}

/**
 * An extension (延期): under the ordinary procedure only, once only, of 1 to 30 calendar days
 * (the last already checked by ExtensionDto; repeated here for any other caller). Answers the
 * case's new extension and decision deadline.
 *
 * ARL 2023 Art. 62 para 1: 适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出
 * 行政复议决定……情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，
 * 并书面告知当事人；但是延长期限最多不得超过三十日。
 * Para 2 gives the simplified procedure no extension: 适用简易程序审理的行政复议案件，行政复议机关应当自
 * 受理申请之日起三十日内作出行政复议决定。
 */
export function extension(
  cal: CalendarExceptions,
  c: ReviewClock,
  days: number,
): { extensionDays: number; decisionDueOn: LocalDate } {
  if (c.procedure !== Procedure.ORDINARY) {
    throw AppError.conflict(
      'EXTENSION_NOT_ALLOWED',
      'Cases under the simplified procedure cannot be extended',
    );
  }
  if (c.extensionDays > 0) {
    throw AppError.conflict('ALREADY_EXTENDED', 'This case has been extended once already');
  }
  if (!Number.isInteger(days)) {
    throw AppError.invalidField('days', 'IS_INT', 'days must be an integer number');
  }
  if (days < 1) throw AppError.invalidField('days', 'MIN', 'days must not be less than 1');
  if (days > MAX_EXTENSION_DAYS) {
    throw AppError.invalidField(
      'days',
      'MAX',
      `days must not be greater than ${MAX_EXTENSION_DAYS}`,
    );
  }
  return { extensionDays: days, decisionDueOn: decisionDueWith(cal, c, { extensionDays: days }) };
}

/**
 * A resumption (恢复审理) adds the calendar days the case was suspended, `suspendedOn` to
 * `resumedOn`, to its suspended days, and moves the decision deadline by them (docs/domain.md,
 * "Suspension stops the decision clock").
 *
 * ARL 2023 Art. 39 para 2: 行政复议中止的原因消除后，应当及时恢复行政复议案件的审理。
 * (Neither Art. 39 nor Art. 62 says whether suspended time counts; the design brief adds it.)
 */
export function resumption(
  cal: CalendarExceptions,
  c: ReviewClock,
  suspendedOn: LocalDate,
  resumedOn: LocalDate,
): { days: number; suspendedDays: number; decisionDueOn: LocalDate } {
  const days = daysBetween(suspendedOn, resumedOn);
  const suspendedDays = c.suspendedDays + days;
  return { days, suspendedDays, decisionDueOn: decisionDueWith(cal, c, { suspendedDays }) };
}

/**
 * The earliest day a suspension (中止) may begin: the last resumption, or acceptance if the case
 * was never suspended; with its name for the error (date-order.rules.ts).
 *
 * ARL 2023 Art. 39 para 1: 行政复议期间有下列情形之一的，行政复议中止 — during review, hence not
 * before acceptance, and one suspension after another.
 */
export function suspensionEarliest(
  acceptedOn: LocalDate | null,
  last: { resumedOn: LocalDate | null } | null,
): { earliest: LocalDate; name: string } {
  return {
    earliest: last?.resumedOn ?? acceptedOn!,
    name: last ? 'the last resumption' : 'acceptedOn',
  };
}

/**
 * The earliest day a termination (终止) may bear: the suspension in force, else acceptance.
 *
 * ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议.
 */
export function terminationEarliest(c: {
  suspendedOn: LocalDate | null;
  acceptedOn: LocalDate | null;
}): { earliest: LocalDate; name: string } {
  return { earliest: c.suspendedOn ?? c.acceptedOn!, name: 'the last event' };
}

/**
 * One draft decision at a time awaits approval.
 *
 * ARL 2023 Art. 61 para 1: 由行政复议机构对行政行为进行审查，提出意见，经行政复议机关的负责人同意或者
 * 集体讨论通过后，以行政复议机关的名义作出行政复议决定。
 */
export function assertNoPendingDraft(pending: boolean): void {
  if (pending) {
    throw AppError.conflict('DRAFT_PENDING', 'A draft decision is already awaiting approval');
  }
}

/**
 * A decision is approved (or returned) only as a draft, and by someone other than its drafter:
 * the office proposes (提出意见), another approves (同意).
 *
 * ARL 2023 Art. 61 para 1: 由行政复议机构对行政行为进行审查，提出意见，经行政复议机关的负责人同意或者
 * 集体讨论通过后，以行政复议机关的名义作出行政复议决定。
 */
export function assertReviewable<D extends { draftedBy: string }>(
  draft: D | null,
  reviewerId: string,
): asserts draft is D {
  if (!draft) throw AppError.conflict('NO_DRAFT', 'There is no draft decision to review');
  if (draft.draftedBy === reviewerId) {
    throw new AppError(
      403,
      'APPROVER_IS_DRAFTER',
      'A decision is approved by someone other than its drafter',
    );
  }
}
