export enum JudgmentOutcome {
  AGENCY_WON = 'AGENCY_WON',
  AGENCY_LOST = 'AGENCY_LOST',
  WITHDRAWN = 'WITHDRAWN',
  SETTLED = 'SETTLED',
}

export const JUDGMENT_OUTCOME_LABELS: Record<JudgmentOutcome, string> = {
  [JudgmentOutcome.AGENCY_WON]: '行政机关胜诉',
  [JudgmentOutcome.AGENCY_LOST]: '行政机关败诉',
  [JudgmentOutcome.WITHDRAWN]: '原告撤诉',
  [JudgmentOutcome.SETTLED]: '调解和解结案',
};
