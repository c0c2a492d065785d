/**
 * The law's rules of the review's proceedings under the 2023 law (docs/domain.md, "Review"): the
 * notice of a formal hearing (听证, Art. 51 ¶1), who answers for the respondent at it (Art. 51 ¶3),
 * and the warnings a decision draft carries while the parties are not heard (Art. 49), a formal
 * hearing is not recorded (Arts. 51, 61 ¶2) or the committee's opinion is awaited (Arts. 52 ¶3,
 * 61 ¶3). Pure: the calendar's exceptions are passed in; errors are the API's AppError, with the
 * codes and messages the API answers with.
 */
import { addWorkingDays, CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { Procedure } from '../../cases/case.enums';
import { AppError } from '../../common/app-error';
import { LocalDate } from '../../common/local-date';
import { FormalHearingStatus, ViewsMethod } from '../proceedings.enums';

// ---------------------------------------------------------------------------------------------
// The notice of a formal hearing (Art. 51 ¶1).

/** 五日前: working days (Art. 88 ¶2). */
export const FORMAL_HEARING_NOTICE_WORKING_DAYS = 5;

/**
 * The first day a formal hearing may be held when its written notice reached the parties on
 * `noticeServedOn`: the 5th working day after it, the day of service not counted.
 *
 * The reading. Art. 51 ¶1 asks for the notice 于举行听证的五日前; Art. 88 ¶2 makes the five days
 * working days; Art. 88 ¶1 and CPL Art. 85 ¶2 (期间开始的时和日，不计算在期间内) leave the day of
 * service out. The five days are the parties' time to prepare, so they run from the notice: the
 * hearing may be held on the 5th working day after service or later (served Monday, held the next
 * Monday at the earliest, as the Administrative Penalty Law's 七日前 is read in practice: notified
 * on the 3rd, heard on the 10th). Two consequences, both on the parties' side:
 * - a notice served on a day off counts as if served on the working day before it, since the
 *   days after it are what count (served Sunday or the Friday before: the same first day);
 * - a hearing on a day off is allowed only when it falls on or after that 5th working day (a
 *   Saturday right before it is refused, although counting back from it would find 5 working
 *   days). Counting back from the hearing and counting on from the notice agree whenever both
 *   days are working days.
 *
 * ARL 2023 Art. 51 ¶1: 行政复议机构组织听证的，应当于举行听证的五日前将听证的时间、地点和拟听证事项
 * 书面通知当事人。Art. 88 ¶2: 本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，
 * 不含法定休假日。
 */
export function earliestFormalHearingDay(
  cal: CalendarExceptions,
  noticeServedOn: LocalDate,
): LocalDate {
  return addWorkingDays(cal, noticeServedOn, FORMAL_HEARING_NOTICE_WORKING_DAYS);
}

/** Whether the notice served on `noticeServedOn` came in time for a hearing on `heldOn`. */
export function isFormalHearingNoticeInTime(
  cal: CalendarExceptions,
  noticeServedOn: LocalDate,
  heldOn: LocalDate,
): boolean {
  return heldOn >= earliestFormalHearingDay(cal, noticeServedOn);
}

/**
 * 400 on `noticeServedOn`, FORMAL_HEARING_NOTICE_LATE with the earliest day the hearing may be
 * held as `{limit}`, when the notice did not reach the parties 5 working days before the hearing
 * (earliestFormalHearingDay).
 */
export function checkFormalHearingNotice(
  cal: CalendarExceptions,
  noticeServedOn: LocalDate,
  heldOn: LocalDate,
): void {
  const earliest = earliestFormalHearingDay(cal, noticeServedOn);
  if (heldOn >= earliest) return;
  throw AppError.invalidField(
    'noticeServedOn',
    'FORMAL_HEARING_NOTICE_LATE',
    `the notice of a formal hearing reaches the parties 5 working days before it (Art. 51 para 1): served on ${noticeServedOn}, the hearing is held on ${earliest} at the earliest, not ${heldOn}`,
    { limit: earliest },
  );
}

// ---------------------------------------------------------------------------------------------
// The record of a formal hearing, and who answered for the respondent (Art. 51 ¶3).

/** What the office records after the day of a formal hearing: held, or not held and why. */
export interface FormalHearingRecord {
  held: boolean;
  /** Held: 被申请人的负责人 attended. */
  respondentHeadAttended?: boolean;
  /** Held: who attended for the respondent, the head or the staff member the head sent. */
  respondentAttendeeName?: string;
  respondentAttendeeTitle?: string;
  /** Held, the head absent: why (应当说明理由). */
  headAbsenceReason?: string;
  /** Held: 听证笔录, what the decision rests on (Art. 61 ¶2). */
  record?: string;
  /** Not held: why. */
  reason?: string;
}

const HELD_ONLY = [
  'respondentHeadAttended',
  'respondentAttendeeName',
  'respondentAttendeeTitle',
  'headAbsenceReason',
  'record',
] as const;

const notAllowed = (field: string, why: string): AppError =>
  AppError.invalidField(field, 'NOT_ALLOWED', `${field} is not given ${why}`);

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/**
 * The respondent at a formal hearing: its head attends (respondentHeadAttended, the head named as
 * attendee); a head who cannot gives the reason (headAbsenceReason) and sends a staff member in
 * their place (the attendee named is that delegate). Given the head attended, no reason of absence
 * is given (NOT_ALLOWED); given the head absent, the reason and the delegate are required
 * (HEAD_ABSENCE_UNEXPLAINED on the missing one). The law does not foresee a respondent that sends
 * nobody: such a hearing cannot be recorded as held with a respondent's attendance, and the rule
 * requires one.
 *
 * ARL 2023 Art. 51 ¶3: 被申请人的负责人应当参加听证。不能参加的，应当说明理由并委托相应的工作人员参加
 * 听证。
 */
export function checkHeadAttendance(r: FormalHearingRecord): void {
  if (r.respondentHeadAttended === true) {
    if (r.headAbsenceReason !== undefined) {
      throw notAllowed('headAbsenceReason', 'when the respondent’s head attended (Art. 51 para 3)');
    }
    return;
  }
  const unexplained = (field: string, what: string): AppError =>
    AppError.invalidField(
      field,
      'HEAD_ABSENCE_UNEXPLAINED',
      `a head who cannot attend a formal hearing gives the reason and sends a staff member (Art. 51 para 3): ${what} is missing`,
    );
  if (blank(r.headAbsenceReason)) throw unexplained('headAbsenceReason', 'the reason');
  if (blank(r.respondentAttendeeName)) throw unexplained('respondentAttendeeName', 'the delegate');
}

/**
 * A formal hearing's record: held, with the respondent's attendance (checkHeadAttendance) and
 * the 听证笔录, and no reason of cancellation; or not held, with its reason and none of the
 * rest (NOT_ALLOWED on the first field given out of place). The presence of the fields each case
 * requires is the DTO's (REQUIRED).
 */
export function checkFormalHearingRecord(r: FormalHearingRecord): void {
  if (!r.held) {
    const given = HELD_ONLY.find((f) => r[f] !== undefined);
    if (given) throw notAllowed(given, 'for a hearing that was not held');
    return;
  }
  if (r.reason !== undefined) throw notAllowed('reason', 'for a hearing that was held');
  checkHeadAttendance(r);
}

// ---------------------------------------------------------------------------------------------
// The warnings a decision draft carries.

export enum ReviewWarningCode {
  /** Ordinary procedure, and no views of the parties recorded (Art. 49). */
  VIEWS_NOT_HEARD = 'VIEWS_NOT_HEARD',
  /** A formal hearing noticed and not yet recorded as held or not held (Arts. 51, 61 ¶2). */
  FORMAL_HEARING_NOT_RECORDED = 'FORMAL_HEARING_NOT_RECORDED',
  /** Referred to the committee, its opinion not yet recorded (Arts. 52 ¶3, 61 ¶3). */
  COMMITTEE_OPINION_PENDING = 'COMMITTEE_OPINION_PENDING',
}

/** The facts of a case the warnings read. */
export interface ReviewFacts {
  procedure: Procedure | null;
  /** Each hearing of the parties' views recorded (Art. 49). */
  viewsHeard: readonly { method: ViewsMethod }[];
  formalHearings: readonly { id: string; heldOn: LocalDate; status: FormalHearingStatus }[];
  committeeReferrals: readonly { id: string; referredOn: LocalDate; opinionOn: LocalDate | null }[];
}

/** Something the drafter and the approver should look at before the decision; not a refusal. */
export interface ReviewWarning {
  code: ReviewWarningCode;
  /** In Chinese, for the office, with the article. */
  message: string;
  /** The records it is about (formal hearings, committee referrals); empty for VIEWS_NOT_HEARD. */
  ids: string[];
}

const listed = (dates: LocalDate[]): string => dates.join('、');

/**
 * The warnings of a case under review, in this order:
 * - VIEWS_NOT_HEARD: ordinary procedure and no hearing of the parties' views recorded. Any record
 *   counts, WRITTEN included: it records that the parties could not be heard for their own
 *   reasons, and the case is then reviewed in writing as the second sentence allows. The law
 *   asks this of the ordinary procedure only (第三节 普通程序); a simplified case, or one not yet
 *   accepted (no procedure), gets no such warning.
 * - FORMAL_HEARING_NOT_RECORDED: a formal hearing noticed (SCHEDULED) and not yet recorded as held
 *   or not held: a case that was heard decides on the hearing's record.
 * - COMMITTEE_OPINION_PENDING: a referral to the committee whose opinion is not recorded: the
 *   decision takes it as an important reference.
 *
 * ARL 2023 Art. 49: 适用普通程序审理的行政复议案件，行政复议机构应当当面或者通过互联网、电话等方式听取
 * 当事人的意见，并将听取的意见记录在案。因当事人原因不能听取意见的，可以书面审理。
 * Art. 61 ¶2: 经过听证的行政复议案件，行政复议机关应当根据听证笔录、审查认定的事实和证据，依照本法作出
 * 行政复议决定。
 * Art. 52 ¶3: 行政复议机构应当记录行政复议委员会的咨询意见。Art. 61 ¶3: 提请行政复议委员会提出咨询意见
 * 的行政复议案件，行政复议机关应当将咨询意见作为作出行政复议决定的重要参考依据。
 */
export function reviewWarnings(f: ReviewFacts): ReviewWarning[] {
  const warnings: ReviewWarning[] = [];
  if (f.procedure === Procedure.ORDINARY && f.viewsHeard.length === 0) {
    warnings.push({
      code: ReviewWarningCode.VIEWS_NOT_HEARD,
      message:
        '本案适用普通程序，尚未记录听取当事人的意见：行政复议机构应当当面或者通过互联网、电话等方式听取当事人的意见，并将听取的意见记录在案；因当事人原因不能听取意见的，可以书面审理（行政复议法第四十九条）',
      ids: [],
    });
  }
  const pending = f.formalHearings.filter((h) => h.status === FormalHearingStatus.SCHEDULED);
  if (pending.length > 0) {
    warnings.push({
      code: ReviewWarningCode.FORMAL_HEARING_NOT_RECORDED,
      message: `已通知的听证（${listed(pending.map((h) => h.heldOn))}）尚未登记举行情况和听证笔录：经过听证的案件，应当根据听证笔录、审查认定的事实和证据作出行政复议决定（行政复议法第五十一条、第六十一条第二款）`,
      ids: pending.map((h) => h.id),
    });
  }
  const awaited = f.committeeReferrals.filter((r) => r.opinionOn === null);
  if (awaited.length > 0) {
    warnings.push({
      code: ReviewWarningCode.COMMITTEE_OPINION_PENDING,
      message: `已提请行政复议委员会提出咨询意见（${listed(awaited.map((r) => r.referredOn))}），尚未记录咨询意见：咨询意见应当作为作出行政复议决定的重要参考依据（行政复议法第五十二条第三款、第六十一条第三款）`,
      ids: awaited.map((r) => r.id),
    });
  }
  return warnings;
}
