export enum ReminderKind {
  LETTER = 'LETTER',
  EVE_NOTICE = 'EVE_NOTICE',
}

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  [ReminderKind.LETTER]: '出庭提示函',
  [ReminderKind.EVE_NOTICE]: '开庭前一日提醒',
};

export enum LetterStatus {
  PENDING = 'PENDING',
  ISSUED = 'ISSUED',
  CANCELLED = 'CANCELLED',
}
