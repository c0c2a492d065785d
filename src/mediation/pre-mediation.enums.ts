export enum MediationStatus {
  OPEN = 'OPEN',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export const MEDIATION_STATUS_LABELS: Record<MediationStatus, string> = {
  [MediationStatus.OPEN]: '调解中',
  [MediationStatus.SUCCEEDED]: '调解成功',
  [MediationStatus.FAILED]: '调解不成',
};
