/**
 * The coded choices of a lawsuit (docs/domain.md, "Litigation response"): its instances and how
 * each ended.
 */

/** The stages of one lawsuit (SPC 2020 Art. 1: 第一审、第二审、再审等诉讼程序). */
export enum LitigationStage {
  FIRST_INSTANCE = 'FIRST_INSTANCE',
  SECOND_INSTANCE = 'SECOND_INSTANCE',
  RETRIAL = 'RETRIAL',
}

export const LITIGATION_STAGE_LABELS: Record<LitigationStage, string> = {
  [LitigationStage.FIRST_INSTANCE]: '一审',
  [LitigationStage.SECOND_INSTANCE]: '二审',
  [LitigationStage.RETRIAL]: '再审',
};

/**
 * How an instance ended, as it stands for the agency after it (an appeal dismissed, 驳回上诉、维持原判,
 * takes the kind of the judgment it upheld).
 */
export enum JudgmentKind {
  /** 判决驳回原告诉讼请求 (ALL Art. 69). */
  CLAIMS_REJECTED = 'CLAIMS_REJECTED',
  /** 裁定驳回起诉 (SPC 2018 Art. 69). */
  SUIT_DISMISSED = 'SUIT_DISMISSED',
  /** 撤诉, 准予撤诉或按撤诉处理 (ALL Art. 62). */
  WITHDRAWN = 'WITHDRAWN',
  /** 调解结案 (ALL Art. 60). */
  MEDIATED = 'MEDIATED',
  /** 判决撤销或者部分撤销 (ALL Art. 70). */
  REVOKED = 'REVOKED',
  /** 判决履行法定职责或给付义务 (ALL Arts. 72, 73). */
  PERFORMANCE_ORDERED = 'PERFORMANCE_ORDERED',
  /** 判决确认违法 (ALL Art. 74). */
  CONFIRMED_UNLAWFUL = 'CONFIRMED_UNLAWFUL',
  /** 判决确认无效 (ALL Art. 75). */
  CONFIRMED_VOID = 'CONFIRMED_VOID',
  /** 判决变更 (ALL Art. 77). */
  VARIED = 'VARIED',
  /** 判决赔偿或补偿 (ALL Arts. 76, 78). */
  COMPENSATION = 'COMPENSATION',
  /** 发回重审 (ALL Art. 89 ¶1 items 3–4): the instance below hears it again; nothing is concluded. */
  REMANDED = 'REMANDED',
}

export const JUDGMENT_KIND_LABELS: Record<JudgmentKind, string> = {
  [JudgmentKind.CLAIMS_REJECTED]: '判决驳回诉讼请求',
  [JudgmentKind.SUIT_DISMISSED]: '裁定驳回起诉',
  [JudgmentKind.WITHDRAWN]: '撤诉',
  [JudgmentKind.MEDIATED]: '调解结案',
  [JudgmentKind.REVOKED]: '判决撤销',
  [JudgmentKind.PERFORMANCE_ORDERED]: '判决履行',
  [JudgmentKind.CONFIRMED_UNLAWFUL]: '判决确认违法',
  [JudgmentKind.CONFIRMED_VOID]: '判决确认无效',
  [JudgmentKind.VARIED]: '判决变更',
  [JudgmentKind.COMPENSATION]: '判决赔偿或补偿',
  [JudgmentKind.REMANDED]: '发回重审',
};

/** The judgments that find against the administrative side: a loss (败诉). */
export const LOSING_JUDGMENTS: readonly JudgmentKind[] = [
  JudgmentKind.REVOKED,
  JudgmentKind.PERFORMANCE_ORDERED,
  JudgmentKind.CONFIRMED_UNLAWFUL,
  JudgmentKind.CONFIRMED_VOID,
  JudgmentKind.VARIED,
  JudgmentKind.COMPENSATION,
];

/** The judgments that conclude an instance: all but a remand. */
export const CONCLUDING_JUDGMENTS: readonly JudgmentKind[] = Object.values(JudgmentKind).filter(
  (k) => k !== JudgmentKind.REMANDED,
);
