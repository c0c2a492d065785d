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
  /** Closed by a 调解书 in effect (调解结案, Arts. 5, 73). */
  REVIEW_MEDIATED = 'REVIEW_MEDIATED',
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
  [CaseStatus.REVIEW_MEDIATED]: '调解结案',
};

export const CLOSED_STATUSES: readonly CaseStatus[] = [
  CaseStatus.ABANDONED,
  CaseStatus.MEDIATED,
  CaseStatus.NOT_ACCEPTED,
  CaseStatus.WITHDRAWN,
  CaseStatus.TERMINATED,
  CaseStatus.DECIDED,
  CaseStatus.APPLICATION_DISMISSED,
  CaseStatus.REVIEW_MEDIATED,
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
  /** 调解结案: a 调解书 in effect (Art. 73), not a termination. */
  REVIEW_MEDIATED = 'REVIEW_MEDIATED',
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
  [Outcome.REVIEW_MEDIATED]: '调解结案',
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
  /** Art. 41 (1): the applicant withdrew, and the office allowed it. */
  WITHDRAWN = 'WITHDRAWN',
  /** Art. 74 ¶2: a settlement, ended by the applicant's withdrawal. */
  SETTLED = 'SETTLED',
  /** Before the 2023 law's 调解结案 (REVIEW_MEDIATED): kept for old records, no longer given. */
  MEDIATED = 'MEDIATED',
  /** Art. 41 (2): the applicant died with no close relative, or they waived the right. */
  APPLICANT_DIED = 'APPLICANT_DIED',
  /** Art. 41 (3): the applicant organisation ended with no successor, or it waived the right. */
  APPLICANT_DISSOLVED = 'APPLICANT_DISSOLVED',
  /** Art. 41 (4): criminal measures for the same act, against detention or restraint. */
  CRIMINAL_MEASURES = 'CRIMINAL_MEASURES',
  /** Art. 41 (5): suspended 60 days on Art. 39 ¶1 (1), (2) or (4), the cause still there. */
  SUSPENSION_LAPSED = 'SUSPENSION_LAPSED',
}

export const TERMINATION_REASON_LABELS: Record<TerminationReason, string> = {
  [TerminationReason.WITHDRAWN]: '申请人撤回',
  [TerminationReason.SETTLED]: '和解',
  [TerminationReason.MEDIATED]: '调解书生效（旧记录）',
  [TerminationReason.APPLICANT_DIED]: '申请人死亡，没有近亲属或者其近亲属放弃行政复议权利',
  [TerminationReason.APPLICANT_DISSOLVED]:
    '申请人终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利',
  [TerminationReason.CRIMINAL_MEASURES]: '因同一违法行为涉嫌犯罪，申请人被采取刑事强制措施',
  [TerminationReason.SUSPENSION_LAPSED]: '中止满六十日，中止原因仍未消除',
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
