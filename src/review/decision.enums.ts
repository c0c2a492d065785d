export enum DecisionStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  [DecisionStatus.DRAFT]: '待审批',
  [DecisionStatus.APPROVED]: '已批准',
  [DecisionStatus.RETURNED]: '退回修改',
};
