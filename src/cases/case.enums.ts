/** The states, events and closing outcomes of a reconsideration case (docs/domain.md, "Case lifecycle"). */

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  ABANDONED = 'ABANDONED',
  PRE_MEDIATION = 'PRE_MEDIATION',
  MEDIATED = 'MEDIATED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  /** Withdrawn by the applicant before acceptance (撤回申请). */
  WITHDRAWN = 'WITHDRAWN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
  DECIDED = 'DECIDED',
  /** Found after acceptance not to meet Art. 30 ¶1 (驳回行政复议申请, Art. 33). */
  APPLICATION_DISMISSED = 'APPLICATION_DISMISSED',
}

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  [CaseStatus.RECEIVED]: '已收件',
  [CaseStatus.AWAITING_SUPPLEMENT]: '待补正',
  [CaseStatus.ABANDONED]: '视为放弃',
  [CaseStatus.PRE_MEDIATION]: '案前调解中',
  [CaseStatus.MEDIATED]: '案前调解成功',
  [CaseStatus.NOT_ACCEPTED]: '不予受理',
  [CaseStatus.WITHDRAWN]: '受理前撤回',
  [CaseStatus.UNDER_REVIEW]: '审理中',
  [CaseStatus.SUSPENDED]: '中止',
  [CaseStatus.TERMINATED]: '终止',
  [CaseStatus.DECIDED]: '已决定',
  [CaseStatus.APPLICATION_DISMISSED]: '驳回申请',
};

export const CLOSED_STATUSES: readonly CaseStatus[] = [
  CaseStatus.ABANDONED,
  CaseStatus.MEDIATED,
  CaseStatus.NOT_ACCEPTED,
  CaseStatus.WITHDRAWN,
  CaseStatus.TERMINATED,
  CaseStatus.DECIDED,
  CaseStatus.APPLICATION_DISMISSED,
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
  /** Withdrawn before acceptance. */
  WITHDRAWN = 'WITHDRAWN',
  /** 驳回行政复议申请 (Art. 33): not the merits decision DISMISS (驳回行政复议请求, Art. 69). */
  APPLICATION_DISMISSED = 'APPLICATION_DISMISSED',
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  [Outcome.REVOKE]: '撤销',
  [Outcome.PARTIAL_REVOKE]: '部分撤销',
  [Outcome.ALTER]: '变更',
  [Outcome.CONFIRM_ILLEGAL]: '确认违法',
  [Outcome.CONFIRM_INVALID]: '确认无效',
  [Outcome.ORDER_PERFORMANCE]: '责令履行',
  [Outcome.UPHOLD]: '维持',
  [Outcome.DISMISS]: '驳回复议请求',
  [Outcome.NOT_ACCEPTED]: '不予受理',
  [Outcome.TERMINATED]: '终止',
  [Outcome.MEDIATED]: '案前调解成功',
  [Outcome.ABANDONED]: '视为放弃',
  [Outcome.WITHDRAWN]: '受理前撤回',
  [Outcome.APPLICATION_DISMISSED]: '驳回申请',
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

/**
 * The grounds of the simplified procedure (ARL 2023 Art. 53): four kinds of case (¶1) and any
 * case whose parties agree to it (¶2).
 */
export enum SimplifiedGround {
  ON_THE_SPOT = 'ON_THE_SPOT',
  WARNING_OR_CRITICISM = 'WARNING_OR_CRITICISM',
  SMALL_AMOUNT = 'SMALL_AMOUNT',
  INFORMATION_DISCLOSURE = 'INFORMATION_DISCLOSURE',
  PARTIES_AGREE = 'PARTIES_AGREE',
}

export const SIMPLIFIED_GROUND_LABELS: Record<SimplifiedGround, string> = {
  [SimplifiedGround.ON_THE_SPOT]: '被申请行政复议的行政行为是当场作出',
  [SimplifiedGround.WARNING_OR_CRITICISM]: '被申请行政复议的行政行为是警告或者通报批评',
  [SimplifiedGround.SMALL_AMOUNT]: '案件涉及款额三千元以下',
  [SimplifiedGround.INFORMATION_DISCLOSURE]: '属于政府信息公开案件',
  [SimplifiedGround.PARTIES_AGREE]: '当事人各方同意适用简易程序',
};

/** Whether the application was filed within the law's periods (ARL 2023 Arts. 20–21). */
export enum ApplicationTimeliness {
  /** Within the period, or the facts to judge it were not recorded. */
  IN_TIME = 'IN_TIME',
  /** After the application period (Art. 20): the officer looks at it; refusal is suggested. */
  LATE = 'LATE',
  /** After the outer limit of 5 or 20 years from the act (Art. 21): inadmissible. */
  TIME_BARRED = 'TIME_BARRED',
}

export const APPLICATION_TIMELINESS_LABELS: Record<ApplicationTimeliness, string> = {
  [ApplicationTimeliness.IN_TIME]: '在申请期限内',
  [ApplicationTimeliness.LATE]: '超过申请期限',
  [ApplicationTimeliness.TIME_BARRED]: '超过最长申请期限',
};

/** Who else takes part in a case besides applicants and respondent (Arts. 16–17). */
export enum PartyRole {
  /** 第三人 (Art. 16). */
  THIRD_PARTY = 'THIRD_PARTY',
  /** 代表人, elected by many applicants (Art. 15). */
  REPRESENTATIVE = 'REPRESENTATIVE',
  /** 委托代理人 of an applicant or a third party (Art. 17). */
  AGENT = 'AGENT',
}

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  [PartyRole.THIRD_PARTY]: '第三人',
  [PartyRole.REPRESENTATIVE]: '代表人',
  [PartyRole.AGENT]: '委托代理人',
};
