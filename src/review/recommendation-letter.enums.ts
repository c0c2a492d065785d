export enum LetterKind {
  RECOMMENDATION = 'RECOMMENDATION',
  OPINION = 'OPINION',
}

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  [LetterKind.RECOMMENDATION]: '行政复议建议书',
  [LetterKind.OPINION]: '行政复议意见书',
};
