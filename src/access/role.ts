/** The roles (docs/domain.md, "Roles and scopes"). */
export enum Role {
  ADMIN = 'ADMIN',
  REVIEWER = 'REVIEWER',
  OFFICER = 'OFFICER',
  AGENT = 'AGENT',
  AGENCY_LIAISON = 'AGENCY_LIAISON',
  VIEWER = 'VIEWER',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.ADMIN]: '系统管理员',
  [Role.REVIEWER]: '审批人',
  [Role.OFFICER]: '承办人',
  [Role.AGENT]: '代办点工作人员',
  [Role.AGENCY_LIAISON]: '行政机关联络员',
  [Role.VIEWER]: '查阅人',
};
