export enum AgencyKind {
  DEPARTMENT = 'DEPARTMENT',
  TOWNSHIP_GOVERNMENT = 'TOWNSHIP_GOVERNMENT',
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  [AgencyKind.DEPARTMENT]: '区政府工作部门',
  [AgencyKind.TOWNSHIP_GOVERNMENT]: '乡镇人民政府',
};
