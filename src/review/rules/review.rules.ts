/**
 * The law's rules for the review of an accepted case (审理): the decision deadline as extended and
 * suspended, the extension itself and who approves it, the switch from the simplified to the
 * ordinary procedure, the grounds of a suspension and of a termination, the forms a decision may
 * take, and who approves a decision. Pure: the calendar's exceptions are passed in; errors are the
 * API's AppError, with the codes and messages the API answers with.
 */
import { Role } from '../../access/role';
import { calendarDueDate, CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { ActType, Outcome, Procedure, TerminationReason } from '../../cases/case.enums';
import { answerCopyDueOn, answerDueOn, decisionDueOn } from '../../cases/rules/deadlines.rules';
import { AppError } from '../../common/app-error';
import { daysBetween, LocalDate } from '../../common/local-date';
import {
  AgreementRuling,
  ApprovalBasis,
  CompensationRuling,
  SuspensionGround,
} from '../proceedings.enums';

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

// ---------------------------------------------------------------------------------------------
// Who approves: the heads of the office and of the organ (designations on a REVIEWER's account).

/** The one who approves, as the users table has them (UserView: role and designations). */
export interface Approver {
  role: Role;
  /** 行政复议机构负责人 (Arts. 55, 62 ¶1). */
  headsOffice: boolean;
  /** 行政复议机关负责人 (Art. 61 ¶1). */
  headsOrgan: boolean;
}

const isOfficeHead = (a: Approver | null): boolean =>
  a !== null && a.role === Role.REVIEWER && a.headsOffice;

const notOfficeHead = (what: string, article: string): AppError =>
  new AppError(
    403,
    'NOT_OFFICE_HEAD',
    `${what} is approved by the head of the reconsideration office (${article}): a REVIEWER designated headsOffice`,
  );

/**
 * An extension is approved by the head of the office: a REVIEWER designated `headsOffice` (403
 * NOT_OFFICE_HEAD otherwise).
 *
 * ARL 2023 Art. 62 para 1: 情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以
 * 适当延长，并书面告知当事人.
 */
export function assertMayExtend(approver: Approver | null): void {
  if (!isOfficeHead(approver)) throw notOfficeHead('An extension', 'Art. 62 para 1');
}

/**
 * The switch from the simplified to the ordinary procedure is approved by the head of the office:
 * a REVIEWER designated `headsOffice` (403 NOT_OFFICE_HEAD otherwise).
 *
 * ARL 2023 Art. 55: 适用简易程序审理的行政复议案件，行政复议机构认为不宜适用简易程序的，经行政复议机构的
 * 负责人批准，可以转为普通程序审理。
 */
export function assertMayConvert(approver: Approver | null): void {
  if (!isOfficeHead(approver)) {
    throw notOfficeHead('The switch to the ordinary procedure', 'Art. 55');
  }
}

/** What the switch to the ordinary procedure reads of the case. */
export interface ConvertibleCase extends ReviewClock {
  answerCopySentOn: LocalDate | null;
  answerCopyReceivedOn: LocalDate | null;
  answeredOn: LocalDate | null;
}

/** What the switch sets: the procedure, and the clocks recomputed under it. */
export interface Conversion {
  procedure: Procedure.ORDINARY;
  decisionDueOn: LocalDate;
  /** Recomputed only while the copy is not sent. */
  answerCopyDueOn?: LocalDate;
  /** Recomputed only while the copy was received and the answer is not in. */
  answerDueOn?: LocalDate;
}

/**
 * Simplified → ordinary (转为普通程序, Art. 55): only a case under the simplified procedure (409
 * NOT_SIMPLIFIED). The law is silent on the deadline after the switch; the code reads Art. 62
 * para 1 as written: the ordinary period is 60 days 自受理申请之日起, so it runs from the original
 * acceptance, not from the switch, plus the days of completed suspensions (the decision clock
 * stops while suspended, docs/domain.md); the simplified period's 30 days are not added to it.
 * Under the ordinary procedure an extension (at most 30 days, approved by the office's head) is
 * then possible, as for any ordinary case. The answer clocks of Arts. 48 and 54 are recomputed
 * with the ordinary lengths while they still run: the copy's 7 working days from acceptance if it
 * is not yet sent; the answer's 10 working days from the receipt of the copy if the answer is not
 * yet in. A clock that has run its course is history and stays as it was.
 *
 * ARL 2023 Art. 55: 适用简易程序审理的行政复议案件，行政复议机构认为不宜适用简易程序的，经行政复议机构的
 * 负责人批准，可以转为普通程序审理。
 * Art. 62 para 1: 适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议
 * 决定……经行政复议机构的负责人批准，可以适当延长……但是延长期限最多不得超过三十日。
 */
export function conversionToOrdinary(cal: CalendarExceptions, c: ConvertibleCase): Conversion {
  if (c.procedure !== Procedure.SIMPLIFIED) {
    throw AppError.conflict(
      'NOT_SIMPLIFIED',
      'Only a case under the simplified procedure is switched to the ordinary one (Art. 55)',
    );
  }
  const ordinary = { ...c, procedure: Procedure.ORDINARY };
  const acceptedOn = c.acceptedOn!;
  return {
    procedure: Procedure.ORDINARY,
    decisionDueOn: decisionDueWith(cal, ordinary, {}),
    ...(c.answerCopySentOn === null
      ? { answerCopyDueOn: answerCopyDueOn(cal, acceptedOn, Procedure.ORDINARY) }
      : {}),
    ...(c.answerCopyReceivedOn !== null && c.answeredOn === null
      ? { answerDueOn: answerDueOn(cal, c.answerCopyReceivedOn, Procedure.ORDINARY) }
      : {}),
  };
}

/** A collective discussion named by an approval, as recorded for the case. */
export interface NamedDiscussion {
  id: string;
  heldOn: LocalDate;
  /** When it was recorded: after the draft it passes. */
  recordedAt: Date;
}

/**
 * What an approval rests on (Art. 61 para 1): a collective discussion of the case the approval
 * names (COLLECTIVE_DISCUSSION: any REVIEWER but the drafter records it), else the consent of the
 * organ's head (ORGAN_HEAD: the approver is a REVIEWER designated `headsOrgan`; 403
 * NOT_ORGAN_HEAD otherwise). A discussion recorded before the draft awaiting approval was made
 * discussed something else, an earlier draft perhaps: 409 DISCUSSION_BEFORE_DRAFT. (The service
 * looks the discussion up among the case's own: 400 UNKNOWN_DISCUSSION.)
 *
 * ARL 2023 Art. 61 para 1: 由行政复议机构对行政行为进行审查，提出意见，经行政复议机关的负责人同意或者
 * 集体讨论通过后，以行政复议机关的名义作出行政复议决定。
 */
export function approvalBasis(
  approver: Approver,
  discussion: NamedDiscussion | null,
  draft: { createdAt: Date },
): { approvalBasis: ApprovalBasis; collectiveDiscussionId: string | null } {
  if (discussion) {
    if (discussion.recordedAt < draft.createdAt) {
      throw AppError.conflict(
        'DISCUSSION_BEFORE_DRAFT',
        'The collective discussion was recorded before the draft awaiting approval was made: it did not pass this draft (Art. 61 para 1)',
      );
    }
    return {
      approvalBasis: ApprovalBasis.COLLECTIVE_DISCUSSION,
      collectiveDiscussionId: discussion.id,
    };
  }
  if (approver.role !== Role.REVIEWER || !approver.headsOrgan) {
    throw new AppError(
      403,
      'NOT_ORGAN_HEAD',
      'A decision is approved with the consent of the head of the reconsideration organ or by a collective discussion (Art. 61 para 1): approve as a REVIEWER designated headsOrgan, or name the collective discussion',
    );
  }
  return { approvalBasis: ApprovalBasis.ORGAN_HEAD, collectiveDiscussionId: null };
}

// ---------------------------------------------------------------------------------------------
// Suspension (Art. 39) and termination (Art. 41).

/**
 * The ground of a suspension: one of the ten of Art. 39 para 1 (SuspensionDto). Mediation or
 * settlement (item 6) suspends only when the applicant and the respondent agree to it: the officer
 * confirms it with `bothPartiesAgree: true` (400 AGREEMENT_REQUIRED), which no other ground takes
 * (400 NOT_ALLOWED).
 *
 * ARL 2023 Art. 39 para 1 (6): 依照本法规定进行调解、和解，申请人和被申请人同意中止.
 */
export function checkSuspensionGround(s: {
  ground: SuspensionGround;
  bothPartiesAgree?: boolean;
}): void {
  if (s.ground === SuspensionGround.MEDIATION_OR_SETTLEMENT) {
    if (s.bothPartiesAgree !== true) {
      throw AppError.invalidField(
        'bothPartiesAgree',
        'AGREEMENT_REQUIRED',
        'A suspension for mediation or settlement needs the agreement of the applicant and the respondent (Art. 39 para 1 item 6): confirm it with bothPartiesAgree true',
      );
    }
  } else if (s.bothPartiesAgree !== undefined) {
    throw AppError.invalidField(
      'bothPartiesAgree',
      'NOT_ALLOWED',
      'bothPartiesAgree is given only with the ground MEDIATION_OR_SETTLEMENT (Art. 39 para 1 item 6)',
    );
  }
}

/** The grounds of Art. 39 para 1 items 1, 2 and 4, whose suspension lapses after 60 days. */
export const LAPSING_GROUNDS: readonly SuspensionGround[] = [
  SuspensionGround.APPLICANT_DIED,
  SuspensionGround.APPLICANT_INCAPACITATED,
  SuspensionGround.APPLICANT_DISSOLVED,
];

/** 中止满六十日 (Art. 41 item 5): calendar days. */
export const SUSPENSION_LAPSE_DAYS = 60;

/**
 * The first day a suspension begun on `suspendedOn` has lasted 60 days (满六十日): 60 calendar
 * days later, the day of suspension not counted (CPL Art. 85 para 2, applied by ARL Art. 88
 * para 1), and not rolled to a working day: this is no period within which anyone must act
 * (CPL Art. 85 para 3), only the time after which the cause is taken to remain.
 */
export function suspensionLapsesOn(suspendedOn: LocalDate): LocalDate {
  return calendarDueDate(suspendedOn, SUSPENSION_LAPSE_DAYS);
}

/** The reasons that end a review by the applicant's withdrawal, which the office allows. */
const WITHDRAWALS: readonly TerminationReason[] = [
  TerminationReason.WITHDRAWN,
  TerminationReason.SETTLED,
];

/**
 * The reason of a termination (终止), Art. 41:
 * - MEDIATED is no longer given (400 MEDIATED_NOT_A_TERMINATION on `reason`): a 调解书 in effect
 *   closes the case as REVIEW_MEDIATED (调解结案, Art. 73), not as a termination; the value stays
 *   for old records.
 * - WITHDRAWN (item 1), and SETTLED (a settlement ends by the applicant's withdrawal, Art. 74
 *   para 2), end the review when the office allows the withdrawal (准予撤回): a REVIEWER records it
 *   (403 WITHDRAWAL_NEEDS_APPROVAL).
 * - SUSPENSION_LAPSED (item 5): only for a case suspended on the ground of Art. 39 para 1 item 1,
 *   2 or 4 (409 SUSPENSION_GROUND_NOT_LAPSING), once the suspension has lasted 60 days on
 *   `concludedOn` (409 SUSPENSION_NOT_LAPSED, naming the day it will have).
 *
 * ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议：（一）申请人撤回行政复议
 * 申请，行政复议机构准予撤回；……（五）依照本法第三十九条第一款第一项、第二项、第四项的规定中止行政复议满
 * 六十日，行政复议中止的原因仍未消除。
 */
export function checkTermination(
  t: { reason: TerminationReason; concludedOn: LocalDate },
  actorRole: Role,
  suspension: { ground: SuspensionGround | null; suspendedOn: LocalDate } | null,
): void {
  if (t.reason === TerminationReason.MEDIATED) {
    throw AppError.invalidField(
      'reason',
      'MEDIATED_NOT_A_TERMINATION',
      'MEDIATED is no longer a reason of termination: a mediation agreement in effect closes the case as REVIEW_MEDIATED (Art. 73)',
    );
  }
  if (WITHDRAWALS.includes(t.reason) && actorRole !== Role.REVIEWER) {
    throw new AppError(
      403,
      'WITHDRAWAL_NEEDS_APPROVAL',
      'A withdrawal ends the review once the office allows it (Art. 41 item 1; Art. 74 para 2): a REVIEWER records it',
    );
  }
  if (t.reason !== TerminationReason.SUSPENSION_LAPSED) return;
  if (!suspension || suspension.ground === null || !LAPSING_GROUNDS.includes(suspension.ground)) {
    throw AppError.conflict(
      'SUSPENSION_GROUND_NOT_LAPSING',
      'SUSPENSION_LAPSED ends only a case suspended on Art. 39 para 1 item 1, 2 or 4 (APPLICANT_DIED, APPLICANT_INCAPACITATED, APPLICANT_DISSOLVED) (Art. 41 item 5)',
    );
  }
  const lapsesOn = suspensionLapsesOn(suspension.suspendedOn);
  if (t.concludedOn < lapsesOn) {
    throw AppError.conflict(
      'SUSPENSION_NOT_LAPSED',
      `The suspension of ${suspension.suspendedOn} has lasted ${daysBetween(suspension.suspendedOn, t.concludedOn)} days on ${t.concludedOn}; it lasts 60 days on ${lapsesOn} (Art. 41 item 5)`,
      [
        {
          field: 'concludedOn',
          code: 'SUSPENSION_NOT_LAPSED',
          message: `concludedOn must be on or after ${lapsesOn}`,
          i18n: { params: { limit: lapsesOn } },
        },
      ],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The forms a decision takes (Arts. 63, 64, 69, 71, 72).

/** The decisions with which the respondent may be ordered to act anew within a period (Art. 64). */
export const REMAKE_OUTCOMES: readonly Outcome[] = [Outcome.REVOKE, Outcome.PARTIAL_REVOKE];

/** The decisions with which compensation is awarded (Art. 72 para 1). */
export const AWARD_OUTCOMES: readonly Outcome[] = [
  Outcome.REVOKE,
  Outcome.PARTIAL_REVOKE,
  Outcome.ALTER,
  Outcome.CONFIRM_ILLEGAL,
  Outcome.CONFIRM_INVALID,
];

/** A draft decision's form (DraftDecisionDto). */
export interface DecisionForm {
  type: Outcome;
  remakeWithinDays?: number;
  notLessFavourable?: boolean;
  thirdPartyContraryRequest?: boolean;
  agreementRuling?: AgreementRuling;
  compensationRuling?: CompensationRuling;
  compensationAmountYuan?: number;
}

const notAllowed = (field: string, why: string): AppError =>
  AppError.invalidField(field, 'NOT_ALLOWED', `${field} is given only ${why}`);

/**
 * What a draft decision may carry with its type, and what the case allows:
 * - `remakeWithinDays` (责令重新作出, the period the respondent has to act anew) only with REVOKE or
 *   PARTIAL_REVOKE (400 REMAKE_NOT_ALLOWED). Art. 64 para 1: 决定撤销或者部分撤销该行政行为，并可以
 *   责令被申请人在一定期限内重新作出行政行为.
 * - ALTER: the drafter confirms the change is not less favourable to the applicant
 *   (`notLessFavourable: true`), unless a third party asked for the contrary
 *   (`thirdPartyContraryRequest: true`, and the case has a third party: 409 NO_THIRD_PARTY);
 *   400 ALTERATION_LESS_FAVOURABLE on `notLessFavourable` otherwise. Neither flag goes with
 *   another type (400 NOT_ALLOWED). Art. 63 para 2: 行政复议机关不得作出对申请人更为不利的变更决定，
 *   但是第三人提出相反请求的除外。
 * - DISMISS (驳回复议请求) only on a case against a failure to act (act type INACTION; 409
 *   DISMISS_NOT_INACTION). Art. 69: 行政复议机关受理申请人认为被申请人不履行法定职责的行政复议申请后，
 *   发现被申请人没有相应法定职责或者在受理前已经履行法定职责的，决定驳回申请人的行政复议请求。
 * - `agreementRuling` (Art. 71) with any type on any case: the act types have no administrative
 *   agreement (行政协议) of their own, so the drafter's choice is not checked against the act.
 * - `compensationRuling` (Art. 72 para 1): AWARDED only with REVOKE, PARTIAL_REVOKE, ALTER,
 *   CONFIRM_ILLEGAL or CONFIRM_INVALID (400 AWARD_NOT_ALLOWED) and with `compensationAmountYuan`
 *   (400 REQUIRED); DISMISSED with any merits decision, without an amount (400 NOT_ALLOWED).
 *   Art. 72 para 1: 对依照《中华人民共和国国家赔偿法》的有关规定应当不予赔偿的，在作出行政复议决定时，
 *   应当同时决定驳回行政赔偿请求；对符合……应当给予赔偿的，在决定撤销或者部分撤销、变更行政行为或者确认
 *   行政行为违法、无效时，应当同时决定被申请人依法给予赔偿.
 */
export function checkDecisionForm(
  f: DecisionForm,
  c: { actType: ActType; hasThirdParty: boolean },
): void {
  if (f.remakeWithinDays !== undefined && !REMAKE_OUTCOMES.includes(f.type)) {
    throw AppError.invalidField(
      'remakeWithinDays',
      'REMAKE_NOT_ALLOWED',
      'The respondent is ordered to act anew within a period only with a revocation, REVOKE or PARTIAL_REVOKE (Art. 64 para 1)',
    );
  }
  if (f.type === Outcome.ALTER) {
    if (f.notLessFavourable !== true && f.thirdPartyContraryRequest !== true) {
      throw AppError.invalidField(
        'notLessFavourable',
        'ALTERATION_LESS_FAVOURABLE',
        'An alteration may not be less favourable to the applicant unless a third party asked for the contrary (Art. 63 para 2): confirm notLessFavourable, or thirdPartyContraryRequest',
      );
    }
  } else {
    for (const field of ['notLessFavourable', 'thirdPartyContraryRequest'] as const) {
      if (f[field] !== undefined) throw notAllowed(field, 'with ALTER (Art. 63 para 2)');
    }
  }
  if (f.compensationRuling === CompensationRuling.AWARDED) {
    if (!AWARD_OUTCOMES.includes(f.type)) {
      throw AppError.invalidField(
        'compensationRuling',
        'AWARD_NOT_ALLOWED',
        'Compensation is awarded with REVOKE, PARTIAL_REVOKE, ALTER, CONFIRM_ILLEGAL or CONFIRM_INVALID (Art. 72 para 1)',
      );
    }
    if (f.compensationAmountYuan === undefined) {
      throw AppError.invalidField(
        'compensationAmountYuan',
        'REQUIRED',
        'compensationAmountYuan is required when compensation is AWARDED (Art. 72 para 1)',
      );
    }
  } else if (f.compensationAmountYuan !== undefined) {
    throw notAllowed('compensationAmountYuan', 'when compensation is AWARDED');
  }
  if (f.type === Outcome.DISMISS && c.actType !== ActType.INACTION) {
    throw AppError.conflict(
      'DISMISS_NOT_INACTION',
      'DISMISS (驳回复议请求) answers an application against a failure to act (act type INACTION) (Art. 69)',
    );
  }
  if (f.type === Outcome.ALTER && f.thirdPartyContraryRequest === true && !c.hasThirdParty) {
    throw AppError.conflict(
      'NO_THIRD_PARTY',
      'The case has no third party to have asked for the contrary (Art. 63 para 2)',
    );
  }
}
