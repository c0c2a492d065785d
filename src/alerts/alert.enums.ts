export enum DeadlineKind {
  ACCEPTANCE = 'ACCEPTANCE',
  DECISION = 'DECISION',
  /** The copy of the application to the respondent (Art. 48 ¶1; Art. 54). */
  ANSWER_COPY = 'ANSWER_COPY',
  /** The respondent's written answer with its evidence (Art. 48 ¶1; Art. 54; Art. 70). */
  ANSWER = 'ANSWER',
  /** Suspended 60 days on Art. 39 ¶1 (1), (2) or (4): terminate if the cause remains (Art. 41 (5)). */
  SUSPENSION_LIMIT = 'SUSPENSION_LIMIT',
  /** The respondent's performance of a decision is due (Arts. 77–78). */
  PERFORMANCE = 'PERFORMANCE',
  /** A hearing a day past with no attendance recorded. */
  ATTENDANCE = 'ATTENDANCE',
}

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  [DeadlineKind.ACCEPTANCE]: '受理期限',
  [DeadlineKind.DECISION]: '决定期限',
  [DeadlineKind.ANSWER_COPY]: '答复通知发送期限',
  [DeadlineKind.ANSWER]: '被申请人答复期限',
  [DeadlineKind.SUSPENSION_LIMIT]: '中止满六十日',
  [DeadlineKind.PERFORMANCE]: '履行期限',
  [DeadlineKind.ATTENDANCE]: '出庭情况登记',
};

export enum AlertLevel {
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

export const ALERT_LEVEL_LABELS: Record<AlertLevel, string> = {
  [AlertLevel.DUE_SOON]: '即将到期',
  [AlertLevel.OVERDUE]: '已超期',
};
