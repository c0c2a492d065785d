export enum SupplementStatus {
  OPEN = 'OPEN',
  FULFILLED = 'FULFILLED',
  EXPIRED = 'EXPIRED',
}

export const SUPPLEMENT_STATUS_LABELS: Record<SupplementStatus, string> = {
  [SupplementStatus.OPEN]: '待补正',
  [SupplementStatus.FULFILLED]: '已补正',
  [SupplementStatus.EXPIRED]: '逾期未补正',
};
