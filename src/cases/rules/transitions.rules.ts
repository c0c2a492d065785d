/**
 * The case lifecycle as one table (docs/domain.md, "Case lifecycle"). Pure: no Nest, no database.
 * Every change to a case is an event; an event allowed in the current status yields the next
 * status, anything else is refused with the current status.
 */
import { CaseStatus } from '../case.enums';

export enum CaseEvent {
  REGISTER = 'REGISTER',
  REQUEST_SUPPLEMENT = 'REQUEST_SUPPLEMENT',
  FULFIL_SUPPLEMENT = 'FULFIL_SUPPLEMENT',
  ABANDON = 'ABANDON',
  START_PRE_MEDIATION = 'START_PRE_MEDIATION',
  RECORD_MEDIATION_SESSION = 'RECORD_MEDIATION_SESSION',
  PRE_MEDIATION_SUCCEEDED = 'PRE_MEDIATION_SUCCEEDED',
  PRE_MEDIATION_FAILED = 'PRE_MEDIATION_FAILED',
  ACCEPT = 'ACCEPT',
  NOT_ACCEPT = 'NOT_ACCEPT',
  ASSIGN = 'ASSIGN',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  EXTEND = 'EXTEND',
  TERMINATE = 'TERMINATE',
  DRAFT_DECISION = 'DRAFT_DECISION',
  REJECT_DECISION = 'REJECT_DECISION',
  APPROVE_DECISION = 'APPROVE_DECISION',
  ATTACH_MATERIAL = 'ATTACH_MATERIAL',
  ISSUE_RECOMMENDATION = 'ISSUE_RECOMMENDATION',
  /** The review period ended with no refusal: accepted by the law (Art. 30 ¶3); the daily job. */
  DEEM_ACCEPTED = 'DEEM_ACCEPTED',
  /** The applicant withdrew before acceptance (after it: TERMINATE, Art. 41). */
  WITHDRAW_APPLICATION = 'WITHDRAW_APPLICATION',
  /** 驳回申请 (Art. 33): accepted, then found not to meet Art. 30 ¶1. */
  DISMISS_APPLICATION = 'DISMISS_APPLICATION',
  /** The applicant's supplement period extended for a good reason (Art. 31 ¶2). */
  EXTEND_SUPPLEMENT = 'EXTEND_SUPPLEMENT',
  /** The copy of the application sent to the respondent, and its receipt (Art. 48, 54). */
  SEND_ANSWER_COPY = 'SEND_ANSWER_COPY',
  /** The respondent's written answer with its evidence and basis (Art. 48, 54). */
  RECORD_ANSWER = 'RECORD_ANSWER',
  /** A third party, representative or agent joins (Arts. 15–17). */
  ADD_PARTY = 'ADD_PARTY',
  /** A stay of enforcement requested, or decided (Art. 42). */
  REQUEST_STAY = 'REQUEST_STAY',
  DECIDE_STAY = 'DECIDE_STAY',
  /** The parties' views heard and recorded (Art. 49). */
  RECORD_VIEWS = 'RECORD_VIEWS',
  /** A formal hearing (听证) noticed, then held or cancelled (Arts. 50–51). */
  SCHEDULE_FORMAL_HEARING = 'SCHEDULE_FORMAL_HEARING',
  RECORD_FORMAL_HEARING = 'RECORD_FORMAL_HEARING',
  /** Referred to the reconsideration committee, and its opinion recorded (Art. 52). */
  REFER_TO_COMMITTEE = 'REFER_TO_COMMITTEE',
  RECORD_COMMITTEE_OPINION = 'RECORD_COMMITTEE_OPINION',
  /** A collective discussion of the case recorded (Art. 61 ¶1). */
  RECORD_COLLECTIVE_DISCUSSION = 'RECORD_COLLECTIVE_DISCUSSION',
  /** Simplified → ordinary, approved by the office's head (Art. 55). */
  CONVERT_TO_ORDINARY = 'CONVERT_TO_ORDINARY',
  /** Mediation during review (Arts. 5, 73): started; failed or backed out of; its 调解书 in effect. */
  START_REVIEW_MEDIATION = 'START_REVIEW_MEDIATION',
  END_REVIEW_MEDIATION = 'END_REVIEW_MEDIATION',
  REVIEW_MEDIATION_IN_EFFECT = 'REVIEW_MEDIATION_IN_EFFECT',
  /** The decision served: in effect (Art. 75 ¶2). */
  SERVE_DECISION = 'SERVE_DECISION',
  /** The respondent's report of its performance of the decision (Arts. 77–78). */
  RECORD_PERFORMANCE = 'RECORD_PERFORMANCE',
  /** A document (文书) of the case drafted, issued with its number, or served (Art. 88). */
  DRAFT_DOCUMENT = 'DRAFT_DOCUMENT',
  ISSUE_DOCUMENT = 'ISSUE_DOCUMENT',
  SERVE_DOCUMENT = 'SERVE_DOCUMENT',
}

const {
  RECEIVED,
  AWAITING_SUPPLEMENT,
  ABANDONED,
  PRE_MEDIATION,
  MEDIATED,
  NOT_ACCEPTED,
  WITHDRAWN,
  UNDER_REVIEW,
  SUSPENDED,
  TERMINATED,
  DECIDED,
  APPLICATION_DISMISSED,
  REVIEW_MEDIATED,
} = CaseStatus;

/** The states a case is still being worked on in. */
const OPEN = [RECEIVED, AWAITING_SUPPLEMENT, PRE_MEDIATION, UNDER_REVIEW, SUSPENDED];
/** Before acceptance. */
const APPLIED = [RECEIVED, AWAITING_SUPPLEMENT, PRE_MEDIATION];
/** Accepted and not yet closed: the review (审理). */
const IN_REVIEW = [UNDER_REVIEW, SUSPENDED];

/**
 * For each event: the states it may happen in, and the state it leads to (`null`: unchanged).
 * REGISTER has no "from": it creates the case.
 */
export const TRANSITIONS: Record<
  CaseEvent,
  { from: readonly CaseStatus[]; to: CaseStatus | null }
> = {
  [CaseEvent.REGISTER]: { from: [], to: RECEIVED },
  [CaseEvent.REQUEST_SUPPLEMENT]: { from: [RECEIVED], to: AWAITING_SUPPLEMENT },
  [CaseEvent.FULFIL_SUPPLEMENT]: { from: [AWAITING_SUPPLEMENT], to: RECEIVED },
  [CaseEvent.ABANDON]: { from: [AWAITING_SUPPLEMENT], to: ABANDONED },
  [CaseEvent.START_PRE_MEDIATION]: { from: [RECEIVED], to: PRE_MEDIATION },
  [CaseEvent.RECORD_MEDIATION_SESSION]: { from: [PRE_MEDIATION], to: null },
  [CaseEvent.PRE_MEDIATION_SUCCEEDED]: { from: [PRE_MEDIATION], to: MEDIATED },
  [CaseEvent.PRE_MEDIATION_FAILED]: { from: [PRE_MEDIATION], to: RECEIVED },
  [CaseEvent.ACCEPT]: { from: [RECEIVED], to: UNDER_REVIEW },
  [CaseEvent.NOT_ACCEPT]: { from: [RECEIVED], to: NOT_ACCEPTED },
  [CaseEvent.ASSIGN]: { from: OPEN, to: null },
  [CaseEvent.SUSPEND]: { from: [UNDER_REVIEW], to: SUSPENDED },
  [CaseEvent.RESUME]: { from: [SUSPENDED], to: UNDER_REVIEW },
  [CaseEvent.EXTEND]: { from: [UNDER_REVIEW, SUSPENDED], to: null },
  [CaseEvent.TERMINATE]: { from: [UNDER_REVIEW, SUSPENDED], to: TERMINATED },
  [CaseEvent.DRAFT_DECISION]: { from: [UNDER_REVIEW], to: null },
  [CaseEvent.REJECT_DECISION]: { from: [UNDER_REVIEW], to: null },
  [CaseEvent.APPROVE_DECISION]: { from: [UNDER_REVIEW], to: DECIDED },
  // A closed case still receives its documents (the served decision, proofs of service).
  [CaseEvent.ATTACH_MATERIAL]: { from: Object.values(CaseStatus), to: null },
  // Letters may follow a decision: they tell the agency to fix a practice the case revealed.
  [CaseEvent.ISSUE_RECOMMENDATION]: {
    from: [UNDER_REVIEW, SUSPENDED, DECIDED, TERMINATED],
    to: null,
  },
  [CaseEvent.DEEM_ACCEPTED]: { from: [RECEIVED], to: UNDER_REVIEW },
  [CaseEvent.WITHDRAW_APPLICATION]: { from: APPLIED, to: WITHDRAWN },
  [CaseEvent.DISMISS_APPLICATION]: { from: [UNDER_REVIEW], to: APPLICATION_DISMISSED },
  [CaseEvent.EXTEND_SUPPLEMENT]: { from: [AWAITING_SUPPLEMENT], to: null },
  [CaseEvent.SEND_ANSWER_COPY]: { from: IN_REVIEW, to: null },
  [CaseEvent.RECORD_ANSWER]: { from: IN_REVIEW, to: null },
  [CaseEvent.ADD_PARTY]: { from: OPEN, to: null },
  [CaseEvent.REQUEST_STAY]: { from: IN_REVIEW, to: null },
  [CaseEvent.DECIDE_STAY]: { from: IN_REVIEW, to: null },
  [CaseEvent.RECORD_VIEWS]: { from: IN_REVIEW, to: null },
  [CaseEvent.SCHEDULE_FORMAL_HEARING]: { from: IN_REVIEW, to: null },
  [CaseEvent.RECORD_FORMAL_HEARING]: { from: IN_REVIEW, to: null },
  [CaseEvent.REFER_TO_COMMITTEE]: { from: IN_REVIEW, to: null },
  [CaseEvent.RECORD_COMMITTEE_OPINION]: { from: IN_REVIEW, to: null },
  [CaseEvent.RECORD_COLLECTIVE_DISCUSSION]: { from: IN_REVIEW, to: null },
  [CaseEvent.CONVERT_TO_ORDINARY]: { from: IN_REVIEW, to: null },
  [CaseEvent.START_REVIEW_MEDIATION]: { from: IN_REVIEW, to: null },
  [CaseEvent.END_REVIEW_MEDIATION]: { from: IN_REVIEW, to: null },
  [CaseEvent.REVIEW_MEDIATION_IN_EFFECT]: { from: IN_REVIEW, to: REVIEW_MEDIATED },
  // A decision takes effect on service and is then performed: records of a closed case.
  [CaseEvent.SERVE_DECISION]: { from: [DECIDED], to: null },
  [CaseEvent.RECORD_PERFORMANCE]: { from: [DECIDED], to: null },
  // Each step has its document, a closing one included (不予受理, 终止, 决定书…); which document a
  // case may have is documents/rules, from its records.
  [CaseEvent.DRAFT_DOCUMENT]: { from: Object.values(CaseStatus), to: null },
  [CaseEvent.ISSUE_DOCUMENT]: { from: Object.values(CaseStatus), to: null },
  [CaseEvent.SERVE_DOCUMENT]: { from: Object.values(CaseStatus), to: null },
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly event: CaseEvent,
    readonly status: CaseStatus,
  ) {
    super(`${event} is not allowed while the case is ${status}`);
  }
}

export function canApply(status: CaseStatus, event: CaseEvent): boolean {
  return TRANSITIONS[event].from.includes(status);
}

/** The status after `event`, or IllegalTransitionError when the event is not allowed now. */
export function nextStatus(status: CaseStatus, event: CaseEvent): CaseStatus {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(status)) throw new IllegalTransitionError(event, status);
  return rule.to ?? status;
}
