/** The states, events and closing outcomes of a reconsideration case (docs/domain.md, "Case lifecycle"). */

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  ABANDONED = 'ABANDONED',
  PRE_MEDIATION = 'PRE_MEDIATION',
  MEDIATED = 'MEDIATED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
  DECIDED = 'DECIDED',
}

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  [CaseStatus.RECEIVED]: '已收件',
  [CaseStatus.AWAITING_SUPPLEMENT]: '待补正',
  [CaseStatus.ABANDONED]: '视为放弃',
  [CaseStatus.PRE_MEDIATION]: '案前调解中',
  [CaseStatus.MEDIATED]: '案前调解成功',
  [CaseStatus.NOT_ACCEPTED]: '不予受理',
  [CaseStatus.UNDER_REVIEW]: '审理中',
  [CaseStatus.SUSPENDED]: '中止',
  [CaseStatus.TERMINATED]: '终止',
  [CaseStatus.DECIDED]: '已决定',
};

export const CLOSED_STATUSES: readonly CaseStatus[] = [
  CaseStatus.ABANDONED,
  CaseStatus.MEDIATED,
  CaseStatus.NOT_ACCEPTED,
  CaseStatus.TERMINATED,
  CaseStatus.DECIDED,
];

export const OPEN_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus).filter(
  (s) => !CLOSED_STATUSES.includes(s),
);

export enum Channel {
  WINDOW = 'WINDOW',
  ONLINE = 'ONLINE',
  MAIL = 'MAIL',
  AGENT_POINT = 'AGENT_POINT',
}

export const CHANNEL_LABELS: Record<Channel, string> = {
  [Channel.WINDOW]: '窗口',
  [Channel.ONLINE]: '网上',
  [Channel.MAIL]: '邮寄',
  [Channel.AGENT_POINT]: '代办点',
};

export enum Procedure {
  SIMPLIFIED = 'SIMPLIFIED',
  ORDINARY = 'ORDINARY',
}

export const PROCEDURE_LABELS: Record<Procedure, string> = {
  [Procedure.SIMPLIFIED]: '简易程序',
  [Procedure.ORDINARY]: '普通程序',
};

export enum ActType {
  PENALTY = 'PENALTY',
  LICENSING = 'LICENSING',
  COERCIVE_MEASURE = 'COERCIVE_MEASURE',
  INFORMATION_DISCLOSURE = 'INFORMATION_DISCLOSURE',
  INACTION = 'INACTION',
  EXPROPRIATION = 'EXPROPRIATION',
  REGISTRATION = 'REGISTRATION',
  OTHER = 'OTHER',
}

export const ACT_TYPE_LABELS: Record<ActType, string> = {
  [ActType.PENALTY]: '行政处罚',
  [ActType.LICENSING]: '行政许可',
  [ActType.COERCIVE_MEASURE]: '行政强制',
  [ActType.INFORMATION_DISCLOSURE]: '政府信息公开',
  [ActType.INACTION]: '不履行法定职责',
  [ActType.EXPROPRIATION]: '征收征用',
  [ActType.REGISTRATION]: '行政登记',
  [ActType.OTHER]: '其他',
};

export enum ApplicantKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}

export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = {
  [ApplicantKind.PERSON]: '自然人',
  [ApplicantKind.ORGANISATION]: '法人或其他组织',
};

/** How a closed case ended: the decision types of docs/domain.md plus the non-merits endings. */
export enum Outcome {
  REVOKE = 'REVOKE',
  PARTIAL_REVOKE = 'PARTIAL_REVOKE',
  ALTER = 'ALTER',
  CONFIRM_ILLEGAL = 'CONFIRM_ILLEGAL',
  CONFIRM_INVALID = 'CONFIRM_INVALID',
  ORDER_PERFORMANCE = 'ORDER_PERFORMANCE',
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  TERMINATED = 'TERMINATED',
  MEDIATED = 'MEDIATED',
  ABANDONED = 'ABANDONED',
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  [Outcome.REVOKE]: '撤销',
  [Outcome.PARTIAL_REVOKE]: '部分撤销',
  [Outcome.ALTER]: '变更',
  [Outcome.CONFIRM_ILLEGAL]: '确认违法',
  [Outcome.CONFIRM_INVALID]: '确认无效',
  [Outcome.ORDER_PERFORMANCE]: '责令履行',
  [Outcome.UPHOLD]: '维持',
  [Outcome.DISMISS]: '驳回',
  [Outcome.NOT_ACCEPTED]: '不予受理',
  [Outcome.TERMINATED]: '终止',
  [Outcome.MEDIATED]: '案前调解成功',
  [Outcome.ABANDONED]: '视为放弃',
};

/** The eight merits decisions; the first six correct the agency (纠错). */
export const MERITS_OUTCOMES: readonly Outcome[] = [
  Outcome.REVOKE,
  Outcome.PARTIAL_REVOKE,
  Outcome.ALTER,
  Outcome.CONFIRM_ILLEGAL,
  Outcome.CONFIRM_INVALID,
  Outcome.ORDER_PERFORMANCE,
  Outcome.UPHOLD,
  Outcome.DISMISS,
];

export const CORRECTING_OUTCOMES: readonly Outcome[] = MERITS_OUTCOMES.slice(0, 6);

/** Why a case under review ended without a decision (终止). */
export enum TerminationReason {
  WITHDRAWN = 'WITHDRAWN',
  SETTLED = 'SETTLED',
  MEDIATED = 'MEDIATED',
}

export const TERMINATION_REASON_LABELS: Record<TerminationReason, string> = {
  [TerminationReason.WITHDRAWN]: '申请人撤回',
  [TerminationReason.SETTLED]: '和解',
  [TerminationReason.MEDIATED]: '调解书生效',
};
