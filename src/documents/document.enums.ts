/**
 * The documents (文书) the office issues at each step, and how they are served (docs/domain.md,
 * "Documents and service").
 */

export enum DocumentKind {
  /** 补正通知书 (ARL Art. 31). */
  SUPPLEMENT_NOTICE = 'SUPPLEMENT_NOTICE',
  /** 受理通知书 (Art. 30). */
  ACCEPTANCE_NOTICE = 'ACCEPTANCE_NOTICE',
  /** 不予受理决定书 (Art. 30 ¶2). */
  NON_ACCEPTANCE_DECISION = 'NON_ACCEPTANCE_DECISION',
  /** 驳回行政复议申请决定书 (Art. 33). */
  APPLICATION_DISMISSAL = 'APPLICATION_DISMISSAL',
  /** 提出答复通知书, to the respondent with the application's copy (Arts. 48, 54). */
  ANSWER_NOTICE = 'ANSWER_NOTICE',
  /** 听证通知书 (Arts. 50–51). */
  HEARING_NOTICE = 'HEARING_NOTICE',
  /** 中止行政复议通知书 (Art. 39). */
  SUSPENSION_NOTICE = 'SUSPENSION_NOTICE',
  /** 恢复行政复议审理通知书 (Art. 39 ¶2). */
  RESUMPTION_NOTICE = 'RESUMPTION_NOTICE',
  /** 延期审理通知书 (Art. 62 ¶1). */
  EXTENSION_NOTICE = 'EXTENSION_NOTICE',
  /** 终止行政复议决定书 (Art. 41). */
  TERMINATION_DECISION = 'TERMINATION_DECISION',
  /** 行政复议调解书 (Art. 73). */
  MEDIATION_STATEMENT = 'MEDIATION_STATEMENT',
  /** 行政复议决定书 (Arts. 63–69, 75). */
  DECISION = 'DECISION',
  /** 行政复议意见书 (Art. 76). */
  OPINION_LETTER = 'OPINION_LETTER',
  /** 行政复议建议书 (Reg. 2007 Art. 57 ¶2). */
  RECOMMENDATION_LETTER = 'RECOMMENDATION_LETTER',
}

/** The title each document bears (GB/T 9704: 标题). */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  [DocumentKind.SUPPLEMENT_NOTICE]: '行政复议补正通知书',
  [DocumentKind.ACCEPTANCE_NOTICE]: '行政复议受理通知书',
  [DocumentKind.NON_ACCEPTANCE_DECISION]: '不予受理行政复议申请决定书',
  [DocumentKind.APPLICATION_DISMISSAL]: '驳回行政复议申请决定书',
  [DocumentKind.ANSWER_NOTICE]: '行政复议答复通知书',
  [DocumentKind.HEARING_NOTICE]: '行政复议听证通知书',
  [DocumentKind.SUSPENSION_NOTICE]: '行政复议中止审理通知书',
  [DocumentKind.RESUMPTION_NOTICE]: '行政复议恢复审理通知书',
  [DocumentKind.EXTENSION_NOTICE]: '行政复议延期审理通知书',
  [DocumentKind.TERMINATION_DECISION]: '行政复议终止决定书',
  [DocumentKind.MEDIATION_STATEMENT]: '行政复议调解书',
  [DocumentKind.DECISION]: '行政复议决定书',
  [DocumentKind.OPINION_LETTER]: '行政复议意见书',
  [DocumentKind.RECOMMENDATION_LETTER]: '行政复议建议书',
};

export enum DocumentStatus {
  /** Generated afresh from the records at each download; no number yet. */
  DRAFT = 'DRAFT',
  /** Numbered and frozen: its bytes and SHA-256 are kept with the case's materials. */
  ISSUED = 'ISSUED',
  /** Replaced by a corrected document; it keeps its number and bytes. */
  SUPERSEDED = 'SUPERSEDED',
}

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  [DocumentStatus.DRAFT]: '草稿',
  [DocumentStatus.ISSUED]: '已印发',
  [DocumentStatus.SUPERSEDED]: '已被更正',
};

/** How a document was served (ARL Art. 88 → Civil Procedure Law Arts. 87–95). */
export enum ServiceMethod {
  /** 直接送达 (CPL Arts. 88–89). */
  DIRECT = 'DIRECT',
  /** 留置送达 (CPL Art. 89). */
  LEFT_AT_PREMISES = 'LEFT_AT_PREMISES',
  /** 电子送达, with the recipient's consent (CPL Art. 90). */
  ELECTRONIC = 'ELECTRONIC',
  /** 邮寄送达 (CPL Art. 91). */
  POST = 'POST',
  /** 公告送达 (CPL Art. 95). */
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
}

export const SERVICE_METHOD_LABELS: Record<ServiceMethod, string> = {
  [ServiceMethod.DIRECT]: '直接送达',
  [ServiceMethod.LEFT_AT_PREMISES]: '留置送达',
  [ServiceMethod.ELECTRONIC]: '电子送达',
  [ServiceMethod.POST]: '邮寄送达',
  [ServiceMethod.PUBLIC_NOTICE]: '公告送达',
};
