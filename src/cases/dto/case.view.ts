import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { describeLabels } from '../../common/enum-labels';
import {
  ACT_TYPE_LABELS,
  ActType,
  ApplicantKind,
  APPLICATION_TIMELINESS_LABELS,
  ApplicationTimeliness,
  CASE_STATUS_LABELS,
  CaseStatus,
  CHANNEL_LABELS,
  Channel,
  Outcome,
  OUTCOME_LABELS,
  Procedure,
  PROCEDURE_LABELS,
  SIMPLIFIED_GROUND_LABELS,
  SimplifiedGround,
  TERMINATION_REASON_LABELS,
  TerminationReason,
} from '../case.enums';
import { DECISION_STATUS_LABELS, DecisionStatus } from '../../review/decision.enums';
import {
  AGREEMENT_RULING_LABELS,
  AgreementRuling,
  APPROVAL_BASIS_LABELS,
  ApprovalBasis,
  COMPENSATION_RULING_LABELS,
  CompensationRuling,
} from '../../review/proceedings.enums';
import { SupplementStatus } from '../supplement-request.enums';
import { CaseEvent } from '../rules/transitions.rules';

export class ApplicantView {
  @ApiProperty({ enum: ApplicantKind, enumName: 'ApplicantKind' }) kind!: ApplicantKind;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Masked for VIEWER and AGENCY_LIAISON',
  })
  idNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) creditCode!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Masked for VIEWER and AGENCY_LIAISON',
  })
  phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
}

export class ActView {
  @ApiProperty({ enum: ActType, enumName: 'ActType', description: describeLabels(ACT_TYPE_LABELS) })
  type!: ActType;
  @ApiProperty({ type: String, nullable: true }) documentNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-01-10' }) actOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-01-12' }) knownOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) amountYuan!: number | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ description: '当场作出 (Art. 53 ¶1 (1))' }) onTheSpot!: boolean;
  @ApiProperty({ description: '警告或者通报批评 (Art. 53 ¶1 (2))' }) warningOrCriticism!: boolean;
  @ApiProperty({ description: '因不动产 (Art. 21: outer limit 20 years)' })
  immovableProperty!: boolean;
}

/** The facts of the application period (ARL 2023 Arts. 20–21) as registered. */
export class ApplicationPeriodView {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'A longer period a law gives (Art. 20 ¶1), in days',
  })
  statutoryPeriodDays!: number | null;
  @ApiProperty({ description: 'The agency did not tell of the right to apply (Art. 20 ¶3)' })
  notInformedOfRight!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-01' })
  learnedOfRightOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Obstacle (Art. 20 ¶2) from' })
  obstacleFrom!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Obstacle ended on' })
  obstacleEndedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) obstacleReason!: string | null;
}

export class SupplementRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [String] }) items!: string[];
  @ApiProperty({ example: '2026-03-04' }) noticeServedOn!: string;
  @ApiProperty({ example: '2026-03-18', description: '10 working days after service' })
  dueOn!: string;
  @ApiProperty({ enum: SupplementStatus, enumName: 'SupplementStatus' }) status!: SupplementStatus;
  @ApiProperty({ type: String, nullable: true }) fulfilledOn!: string | null;
  @ApiProperty({ example: '2026-03-03', description: 'Day the office sent the notice' })
  noticeSentOn!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the reply period was extended (Art. 31 ¶2)',
  })
  extensionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) extendedOn!: string | null;
}

/** What every list item and the full case share. */
export class CaseSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '临复〔2026〕17号' }) number!: string;
  @ApiProperty({
    enum: CaseStatus,
    enumName: 'CaseStatus',
    description: describeLabels(CASE_STATUS_LABELS),
  })
  status!: CaseStatus;
  @ApiProperty({ enum: Channel, enumName: 'Channel', description: describeLabels(CHANNEL_LABELS) })
  channel!: Channel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officeId!: string | null;
  @ApiProperty({ format: 'uuid' }) respondentId!: string;
  @ApiProperty({ example: '2026-03-02' }) receivedOn!: string;
  @ApiProperty({ example: '张三、李四' }) applicantNames!: string;
  @ApiProperty({ description: 'Filed after the application period (not IN_TIME)' })
  applicationLate!: boolean;
  @ApiProperty({
    enum: ApplicationTimeliness,
    enumName: 'ApplicationTimeliness',
    description: `Arts. 20–21. ${describeLabels(APPLICATION_TIMELINESS_LABELS)}`,
  })
  applicationTimeliness!: ApplicationTimeliness;
  @ApiProperty({
    enum: Procedure,
    enumName: 'Procedure',
    description: describeLabels(PROCEDURE_LABELS),
  })
  suggestedProcedure!: Procedure;
  @ApiProperty({ enum: Procedure, enumName: 'Procedure', nullable: true })
  procedure!: Procedure | null;
  @ApiProperty({ example: '2026-03-09', description: '5 working days after receipt' })
  acceptanceDueOn!: string;
  @ApiProperty({ type: String, nullable: true }) supplementDueOn!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The legal day of acceptance: the deemed day when the review period ran out first',
  })
  acceptedOn!: string | null;
  @ApiProperty({ description: 'Accepted by law, the review period having ended (Art. 30 ¶3)' })
  deemedAccepted!: boolean;
  @ApiProperty({ type: String, nullable: true }) decisionDueOn!: string | null;
  @ApiProperty({
    description: 'The respondent has not answered in time (Art. 70 then applies)',
  })
  answerLate!: boolean;
  @ApiProperty({ type: String, nullable: true }) concludedOn!: string | null;
  @ApiProperty({
    enum: Outcome,
    enumName: 'Outcome',
    nullable: true,
    description: describeLabels(OUTCOME_LABELS),
  })
  outcome!: Outcome | null;
  @ApiProperty({ description: 'Open and past the deadline now running' }) overdue!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assignedOfficerId!: string | null;
  @ApiProperty() version!: number;
}

export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: Outcome, enumName: 'Outcome' }) type!: Outcome;
  @ApiProperty() reasoning!: string;
  @ApiProperty({ type: [String] }) legalBasis!: string[];
  @ApiProperty({
    enum: DecisionStatus,
    enumName: 'DecisionStatus',
    description: describeLabels(DECISION_STATUS_LABELS),
  })
  status!: DecisionStatus;
  @ApiProperty({ format: 'uuid' }) draftedBy!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewComment!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Art. 64: the respondent acts anew within this many days (REVOKE, PARTIAL_REVOKE)',
  })
  remakeWithinDays!: number | null;
  @ApiProperty({
    enum: AgreementRuling,
    enumName: 'AgreementRuling',
    nullable: true,
    description: `Art. 71. ${describeLabels(AGREEMENT_RULING_LABELS)}`,
  })
  agreementRuling!: AgreementRuling | null;
  @ApiProperty({
    enum: CompensationRuling,
    enumName: 'CompensationRuling',
    nullable: true,
    description: `Art. 72 ¶1. ${describeLabels(COMPENSATION_RULING_LABELS)}`,
  })
  compensationRuling!: CompensationRuling | null;
  @ApiProperty({ type: Number, nullable: true, description: 'With AWARDED: yuan' })
  compensationAmountYuan!: number | null;
  @ApiProperty({
    enum: ApprovalBasis,
    enumName: 'ApprovalBasis',
    nullable: true,
    description: `Set at approval (Art. 61 ¶1). ${describeLabels(APPROVAL_BASIS_LABELS)}`,
  })
  approvalBasis!: ApprovalBasis | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The collective discussion the approval rests on (COLLECTIVE_DISCUSSION)',
  })
  collectiveDiscussionId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Served: in effect (Art. 75 ¶2)' })
  servedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Respondent performs by (Art. 77)' })
  performanceDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Performance reported (Art. 77)' })
  performanceReportedOn!: string | null;
}

export class CaseView extends CaseSummaryView {
  @ApiProperty({ type: [ApplicantView] }) applicants!: ApplicantView[];
  @ApiProperty({ type: ActView }) act!: ActView;
  @ApiProperty() requests!: string;
  @ApiProperty({ type: String, nullable: true }) factsAndReasons!: string | null;
  @ApiProperty() enterpriseRelated!: boolean;
  @ApiProperty({ type: ApplicationPeriodView }) applicationPeriod!: ApplicationPeriodView;
  @ApiProperty({ description: 'Every party agreed to the simplified procedure (Art. 53 ¶2)' })
  partiesAgreeSimplified!: boolean;
  @ApiProperty({
    enum: SimplifiedGround,
    enumName: 'SimplifiedGround',
    isArray: true,
    description: `The Art. 53 grounds the facts support; the officer confirms. ${describeLabels(SIMPLIFIED_GROUND_LABELS)}`,
  })
  simplifiedGrounds!: SimplifiedGround[];
  @ApiProperty({
    enum: SimplifiedGround,
    enumName: 'SimplifiedGround',
    nullable: true,
    description: 'The ground relied on when accepted under the simplified procedure',
  })
  simplifiedGround!: SimplifiedGround | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The day the acceptance recorded said, when after the deemed day (Art. 30 ¶3)',
  })
  acceptanceRecordedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) notAcceptedReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '驳回申请 (Art. 33): the reasons' })
  dismissalReason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The day a simplified case was switched to the ordinary procedure (Art. 55)',
  })
  convertedToOrdinaryOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Art. 48: copy due to the respondent' })
  answerCopyDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) answerCopySentOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) answerCopyReceivedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The respondent's last day" })
  answerDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) answeredOn!: string | null;
  @ApiProperty({
    enum: TerminationReason,
    enumName: 'TerminationReason',
    nullable: true,
    description: describeLabels(TERMINATION_REASON_LABELS),
  })
  terminationReason!: TerminationReason | null;
  @ApiProperty({ type: String, nullable: true, description: 'Start of the suspension in force' })
  suspendedOn!: string | null;
  @ApiProperty({ description: 'Days added to the decision deadline by ended suspensions' })
  suspendedDays!: number;
  @ApiProperty({ description: 'Days added by the approved extension (0: none)' })
  extensionDays!: number;
  @ApiProperty({ type: [SupplementRequestView] }) supplementRequests!: SupplementRequestView[];
  @ApiProperty({
    type: DecisionView,
    nullable: true,
    description:
      'The latest decision: a draft awaiting approval, one sent back, or the approved one',
  })
  decision!: DecisionView | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/**
 * What a timeline event recorded (the `data` the services hand to CaseWorkflow and registration):
 * REGISTER number, channel, officeId, receivedOn · REQUEST_SUPPLEMENT requestId, items,
 * noticeServedOn, dueOn · FULFIL_SUPPLEMENT requestId, receivedOn, acceptanceDueOn · ABANDON
 * supplementDueOn, concludedOn · ACCEPT procedure, acceptedOn, decisionDueOn · NOT_ACCEPT reason,
 * decidedOn · ASSIGN officerId, officerName · SUSPEND/RESUME the dates and days · others: their
 * input. Other keys may appear (the schema does not forbid them).
 */
export class TimelineEventData {
  @ApiPropertyOptional({ example: '临复〔2026〕17号' }) number?: string;
  @ApiPropertyOptional({ enum: Channel, enumName: 'Channel' }) channel?: Channel;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) officeId?: string | null;
  @ApiPropertyOptional({ format: 'date' }) receivedOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) requestId?: string;
  @ApiPropertyOptional({ type: [String] }) items?: string[];
  @ApiPropertyOptional({ format: 'date' }) noticeServedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) dueOn?: string;
  @ApiPropertyOptional({ format: 'date' }) acceptanceDueOn?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  supplementDueOn?: string | null;
  @ApiPropertyOptional({ format: 'date' }) concludedOn?: string;
  @ApiPropertyOptional({ enum: Procedure, enumName: 'Procedure' }) procedure?: Procedure;
  @ApiPropertyOptional({ format: 'date' }) acceptedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) decisionDueOn?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ format: 'date' }) decidedOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) officerId?: string;
  @ApiPropertyOptional() officerName?: string;
  @ApiPropertyOptional({ format: 'date' }) suspendedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) resumedOn?: string;
  @ApiPropertyOptional({ type: 'integer' }) days?: number;
  [key: string]: unknown;
}

export class TimelineEventView {
  @ApiProperty({ example: '2026-03-02T09:30:00.000+08:00' }) at!: string;
  @ApiProperty({ example: 'agent-1' }) actor!: string;
  @ApiProperty({ enum: CaseEvent, enumName: 'CaseEvent', example: 'REGISTER' })
  event!: CaseEvent;
  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus', nullable: true })
  fromStatus!: CaseStatus | null;
  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus', nullable: true })
  toStatus!: CaseStatus | null;
  @ApiProperty({
    type: TimelineEventData,
    nullable: true,
    description: 'What the event recorded; which keys depends on the event (see TimelineEventData)',
  })
  data!: TimelineEventData | null;
}

/**
 * Something the office should look at before going on, answered with the registration (the case
 * is registered all the same). POSSIBLE_DUPLICATE: a case already registered has the same
 * respondent, the same act (the same document number; without one, the same type and date) and
 * an applicant with the same ID number or credit code (ARL 2023 Art. 30 ¶1 (7); Art. 74 ¶2).
 */
export class RegistrationWarningView {
  @ApiProperty({ enum: ['POSSIBLE_DUPLICATE'], example: 'POSSIBLE_DUPLICATE' })
  code!: 'POSSIBLE_DUPLICATE';
  @ApiProperty({ description: 'In Chinese, for the officer' }) message!: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The earlier cases, those the caller may see (an agent: its own office’s)',
  })
  caseIds!: string[];
  @ApiProperty({ type: [String], example: ['临复〔2026〕17号'], description: 'Their numbers' })
  numbers!: string[];
}

/** `POST /cases`: the case registered, and what the office should look at (a replay: the same). */
export class RegisteredCaseView extends CaseView {
  @ApiProperty({
    type: [RegistrationWarningView],
    description: 'Empty when there is nothing to look at',
  })
  warnings!: RegistrationWarningView[];
}
