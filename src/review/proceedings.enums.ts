/**
 * The coded choices of the review's proceedings under the 2023 law (docs/domain.md, "Review"):
 * how the parties were heard, 听证, the committee, suspension grounds, mediation in review, who
 * approved a decision, and the decisions that go with the merits decision.
 */

/** How the parties' views were heard (ARL 2023 Art. 49). */
export enum ViewsMethod {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  /** 因当事人原因不能听取意见的，可以书面审理. */
  WRITTEN = 'WRITTEN',
}

export const VIEWS_METHOD_LABELS: Record<ViewsMethod, string> = {
  [ViewsMethod.IN_PERSON]: '当面听取',
  [ViewsMethod.ONLINE]: '通过互联网听取',
  [ViewsMethod.PHONE]: '通过电话听取',
  [ViewsMethod.WRITTEN]: '书面审理',
};

/** Why a formal hearing (听证) is held (Art. 50). */
export enum FormalHearingReason {
  /** ¶1: 审理重大、疑难、复杂的行政复议案件，应当组织听证. */
  MAJOR_OR_COMPLEX = 'MAJOR_OR_COMPLEX',
  /** ¶2: 行政复议机构认为有必要听证. */
  OFFICE_DEEMS_NECESSARY = 'OFFICE_DEEMS_NECESSARY',
  /** ¶2: 申请人请求听证. */
  APPLICANT_REQUEST = 'APPLICANT_REQUEST',
}

export const FORMAL_HEARING_REASON_LABELS: Record<FormalHearingReason, string> = {
  [FormalHearingReason.MAJOR_OR_COMPLEX]: '案件重大、疑难、复杂',
  [FormalHearingReason.OFFICE_DEEMS_NECESSARY]: '行政复议机构认为有必要',
  [FormalHearingReason.APPLICANT_REQUEST]: '申请人请求听证',
};

export enum FormalHearingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export const FORMAL_HEARING_STATUS_LABELS: Record<FormalHearingStatus, string> = {
  [FormalHearingStatus.SCHEDULED]: '已通知',
  [FormalHearingStatus.HELD]: '已举行',
  [FormalHearingStatus.CANCELLED]: '已取消',
};

/** Why a case goes to the reconsideration committee (Art. 52 ¶2). */
export enum CommitteeGround {
  MAJOR_OR_COMPLEX = 'MAJOR_OR_COMPLEX',
  TECHNICAL = 'TECHNICAL',
  /** Art. 24 ¶2: a case against the county-level government's own department acting as organ. */
  ART_24_PARA_2 = 'ART_24_PARA_2',
  OFFICE_DEEMS_NECESSARY = 'OFFICE_DEEMS_NECESSARY',
}

export const COMMITTEE_GROUND_LABELS: Record<CommitteeGround, string> = {
  [CommitteeGround.MAJOR_OR_COMPLEX]: '案情重大、疑难、复杂',
  [CommitteeGround.TECHNICAL]: '专业性、技术性较强',
  [CommitteeGround.ART_24_PARA_2]: '本法第二十四条第二款规定的行政复议案件',
  [CommitteeGround.OFFICE_DEEMS_NECESSARY]: '行政复议机构认为有必要',
};

/** The grounds of suspension (中止), ARL 2023 Art. 39 ¶1 (1)–(10). */
export enum SuspensionGround {
  APPLICANT_DIED = 'APPLICANT_DIED',
  APPLICANT_INCAPACITATED = 'APPLICANT_INCAPACITATED',
  APPLICANT_MISSING = 'APPLICANT_MISSING',
  APPLICANT_DISSOLVED = 'APPLICANT_DISSOLVED',
  FORCE_MAJEURE = 'FORCE_MAJEURE',
  MEDIATION_OR_SETTLEMENT = 'MEDIATION_OR_SETTLEMENT',
  AWAITING_INTERPRETATION = 'AWAITING_INTERPRETATION',
  AWAITING_OTHER_CASE = 'AWAITING_OTHER_CASE',
  NORMATIVE_DOCUMENT_REVIEW = 'NORMATIVE_DOCUMENT_REVIEW',
  OTHER = 'OTHER',
}

export const SUSPENSION_GROUND_LABELS: Record<SuspensionGround, string> = {
  [SuspensionGround.APPLICANT_DIED]: '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议',
  [SuspensionGround.APPLICANT_INCAPACITATED]:
    '作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议',
  [SuspensionGround.APPLICANT_MISSING]: '作为申请人的公民下落不明',
  [SuspensionGround.APPLICANT_DISSOLVED]:
    '作为申请人的法人或者其他组织终止，尚未确定权利义务承受人',
  [SuspensionGround.FORCE_MAJEURE]:
    '申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议',
  [SuspensionGround.MEDIATION_OR_SETTLEMENT]: '依照本法规定进行调解、和解，申请人和被申请人同意中止',
  [SuspensionGround.AWAITING_INTERPRETATION]:
    '行政复议案件涉及的法律适用问题需要有权机关作出解释或者确认',
  [SuspensionGround.AWAITING_OTHER_CASE]:
    '行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结',
  [SuspensionGround.NORMATIVE_DOCUMENT_REVIEW]: '有本法第五十六条或者第五十七条规定的情形',
  [SuspensionGround.OTHER]: '需要中止行政复议的其他情形',
};

/** Mediation during review and its 调解书 (Arts. 5, 73). */
export enum ReviewMediationStatus {
  OPEN = 'OPEN',
  /** Signed by every party and sealed: in effect (Art. 73 ¶1), the case closes. */
  IN_EFFECT = 'IN_EFFECT',
  /** 调解未达成协议. */
  FAILED = 'FAILED',
  /** 调解书生效前一方反悔 (Art. 73 ¶2). */
  RETRACTED = 'RETRACTED',
}

export const REVIEW_MEDIATION_STATUS_LABELS: Record<ReviewMediationStatus, string> = {
  [ReviewMediationStatus.OPEN]: '调解中',
  [ReviewMediationStatus.IN_EFFECT]: '调解书已生效',
  [ReviewMediationStatus.FAILED]: '调解未达成协议',
  [ReviewMediationStatus.RETRACTED]: '调解书生效前一方反悔',
};

/** How a decision was approved (Art. 61 ¶1: 经行政复议机关的负责人同意或者集体讨论通过). */
export enum ApprovalBasis {
  ORGAN_HEAD = 'ORGAN_HEAD',
  COLLECTIVE_DISCUSSION = 'COLLECTIVE_DISCUSSION',
}

export const APPROVAL_BASIS_LABELS: Record<ApprovalBasis, string> = {
  [ApprovalBasis.ORGAN_HEAD]: '行政复议机关负责人同意',
  [ApprovalBasis.COLLECTIVE_DISCUSSION]: '集体讨论通过',
};

/** The decision on an administrative agreement (Art. 71). */
export enum AgreementRuling {
  CONCLUDE = 'CONCLUDE',
  CONTINUE_PERFORMANCE = 'CONTINUE_PERFORMANCE',
  REMEDY = 'REMEDY',
  COMPENSATE_LOSS = 'COMPENSATE_LOSS',
  /** ¶2: a lawful variation or rescission without reasonable compensation. */
  REASONABLE_COMPENSATION = 'REASONABLE_COMPENSATION',
}

export const AGREEMENT_RULING_LABELS: Record<AgreementRuling, string> = {
  [AgreementRuling.CONCLUDE]: '责令依法订立',
  [AgreementRuling.CONTINUE_PERFORMANCE]: '责令继续履行',
  [AgreementRuling.REMEDY]: '责令采取补救措施',
  [AgreementRuling.COMPENSATE_LOSS]: '责令赔偿损失',
  [AgreementRuling.REASONABLE_COMPENSATION]: '责令依法给予合理补偿',
};

/** The decision on a claim for state compensation made with the application (Art. 72 ¶1). */
export enum CompensationRuling {
  AWARDED = 'AWARDED',
  DISMISSED = 'DISMISSED',
}

export const COMPENSATION_RULING_LABELS: Record<CompensationRuling, string> = {
  [CompensationRuling.AWARDED]: '决定被申请人依法给予赔偿',
  [CompensationRuling.DISMISSED]: '驳回行政赔偿请求',
};
