/** From rows to the API's case views; PII masked per the caller's role. */
import { Actor } from '../access/actor';
import { LocalDate } from '../common/local-date';
import { piiMasker } from '../access/access.rules';
import { CaseApplicantEntity } from './case-applicant.entity';
import { isAnswerLate, isOverdue } from './rules/deadlines.rules';
import { simplifiedGrounds } from './rules/intake.rules';
import { CaseEntity } from './case.entity';
import { CaseSummaryView, CaseView, DecisionView, SupplementRequestView } from './dto/case.view';
import { DecisionEntity } from '../review/decision.entity';
import { SupplementRequestEntity } from './supplement-request.entity';

export type CaseSummaryRow = Pick<
  CaseEntity,
  | 'id'
  | 'number'
  | 'status'
  | 'channel'
  | 'officeId'
  | 'respondentId'
  | 'receivedOn'
  | 'applicantNames'
  | 'applicationLate'
  | 'applicationTimeliness'
  | 'suggestedProcedure'
  | 'procedure'
  | 'acceptanceDueOn'
  | 'supplementDueOn'
  | 'acceptedOn'
  | 'deemedAccepted'
  | 'answerDueOn'
  | 'answeredOn'
  | 'decisionDueOn'
  | 'concludedOn'
  | 'outcome'
  | 'currentDueOn'
  | 'assignedOfficerId'
  | 'version'
>;

export const SUMMARY_COLUMNS: (keyof CaseSummaryRow)[] = [
  'id',
  'number',
  'status',
  'channel',
  'officeId',
  'respondentId',
  'receivedOn',
  'applicantNames',
  'applicationLate',
  'applicationTimeliness',
  'suggestedProcedure',
  'procedure',
  'acceptanceDueOn',
  'supplementDueOn',
  'acceptedOn',
  'deemedAccepted',
  'answerDueOn',
  'answeredOn',
  'decisionDueOn',
  'concludedOn',
  'outcome',
  'currentDueOn',
  'assignedOfficerId',
  'version',
];

export function toSummaryView(c: CaseSummaryRow, today: LocalDate): CaseSummaryView {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    channel: c.channel,
    officeId: c.officeId,
    respondentId: c.respondentId,
    receivedOn: c.receivedOn,
    applicantNames: c.applicantNames,
    applicationLate: c.applicationLate,
    applicationTimeliness: c.applicationTimeliness,
    suggestedProcedure: c.suggestedProcedure,
    procedure: c.procedure,
    acceptanceDueOn: c.acceptanceDueOn,
    supplementDueOn: c.supplementDueOn,
    acceptedOn: c.acceptedOn,
    deemedAccepted: c.deemedAccepted,
    decisionDueOn: c.decisionDueOn,
    answerLate: isAnswerLate(c, today),
    concludedOn: c.concludedOn,
    outcome: c.outcome,
    overdue: isOverdue(c.currentDueOn, today),
    assignedOfficerId: c.assignedOfficerId,
    version: c.version,
  };
}

export function toSupplementView(s: SupplementRequestEntity): SupplementRequestView {
  const { id, items, noticeServedOn, dueOn, status, fulfilledOn } = s;
  const { noticeSentOn, extensionReason, extendedOn } = s;
  return {
    id,
    items,
    noticeServedOn,
    dueOn,
    status,
    fulfilledOn,
    noticeSentOn,
    extensionReason,
    extendedOn,
  };
}

export function toDecisionView(d: DecisionEntity): DecisionView {
  const {
    id,
    type,
    reasoning,
    legalBasis,
    status,
    draftedBy,
    reviewedBy,
    reviewComment,
    decidedOn,
    remakeWithinDays,
    agreementRuling,
    compensationRuling,
    compensationAmountYuan,
    approvalBasis,
    collectiveDiscussionId,
  } = d;
  return {
    id,
    type,
    reasoning,
    legalBasis,
    status,
    draftedBy,
    reviewedBy,
    reviewComment,
    decidedOn,
    remakeWithinDays,
    agreementRuling,
    compensationRuling,
    compensationAmountYuan,
    approvalBasis,
    collectiveDiscussionId,
    servedOn: d.servedOn,
    performanceDueOn: d.performanceDueOn,
    performanceReportedOn: d.performanceReportedOn,
  };
}

export function toCaseView(
  c: CaseEntity,
  applicants: CaseApplicantEntity[],
  supplements: SupplementRequestEntity[],
  decision: DecisionEntity | null,
  actor: Actor,
  today: LocalDate,
): CaseView {
  const mask = piiMasker(actor);
  // Object.assign, not `{ ...summary, more }`: V8 (Node 20) gives a literal that starts with a
  // spread a map outside its transition tree, so each of the properties after it made a new map
  // on every call: 100-130 µs a view against 4.7 µs (docs/benchmarks.md, "the cost of a request").
  return Object.assign(toSummaryView(c, today), {
    applicants: applicants.map((a) => ({
      kind: a.kind,
      name: a.name,
      idNumber: mask.idNumber(a.idNumber),
      creditCode: a.creditCode,
      phone: mask.phone(a.phone),
      address: a.address,
    })),
    act: {
      type: c.actType,
      documentNumber: c.actDocumentNumber,
      actOn: c.actOn,
      knownOn: c.knownOn,
      amountYuan: c.actAmountYuan,
      summary: c.actSummary,
      onTheSpot: c.actOnTheSpot,
      warningOrCriticism: c.actWarningOrCriticism,
      immovableProperty: c.immovableProperty,
    },
    applicationPeriod: {
      statutoryPeriodDays: c.statutoryPeriodDays,
      notInformedOfRight: c.notInformedOfRight,
      learnedOfRightOn: c.learnedOfRightOn,
      obstacleFrom: c.obstacleFrom,
      obstacleEndedOn: c.obstacleEndedOn,
      obstacleReason: c.obstacleReason,
    },
    partiesAgreeSimplified: c.partiesAgreeSimplified,
    simplifiedGrounds: simplifiedGrounds(c),
    simplifiedGround: c.simplifiedGround,
    acceptanceRecordedOn: c.acceptanceRecordedOn,
    dismissalReason: c.dismissalReason,
    convertedToOrdinaryOn: c.convertedToOrdinaryOn,
    answerCopyDueOn: c.answerCopyDueOn,
    answerCopySentOn: c.answerCopySentOn,
    answerCopyReceivedOn: c.answerCopyReceivedOn,
    answerDueOn: c.answerDueOn,
    answeredOn: c.answeredOn,
    requests: c.requests,
    factsAndReasons: c.factsAndReasons,
    enterpriseRelated: c.enterpriseRelated,
    notAcceptedReason: c.notAcceptedReason,
    terminationReason: c.terminationReason,
    suspendedOn: c.suspendedOn,
    suspendedDays: c.suspendedDays,
    extensionDays: c.extensionDays,
    supplementRequests: supplements.map(toSupplementView),
    decision: decision && toDecisionView(decision),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  });
}
