export enum AgencyKind {
  DEPARTMENT = 'DEPARTMENT',
  TOWNSHIP_GOVERNMENT = 'TOWNSHIP_GOVERNMENT',
  /**
   * The district government as the reconsideration organ (行政复议机关): a co-defendant when its
   * decision upheld the act (ALL Art. 26 ¶2). One at most.
   */
  RECONSIDERATION_ORGAN = 'RECONSIDERATION_ORGAN',
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  [AgencyKind.DEPARTMENT]: '区政府工作部门',
  [AgencyKind.TOWNSHIP_GOVERNMENT]: '乡镇人民政府',
  [AgencyKind.RECONSIDERATION_ORGAN]: '区人民政府（行政复议机关）',
};
