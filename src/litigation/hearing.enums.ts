/**
 * The coded choices of a court hearing and of who appeared for a defendant (SPC 2020, "the 2020
 * provisions" on heads of agencies in court).
 */

export enum HearingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

/** Who appeared for the defendant agency. */
export enum AttendeeRole {
  /** 正职负责人 (SPC 2020 Art. 2 ¶1). */
  PRINCIPAL = 'PRINCIPAL',
  /** 副职负责人 (Art. 2 ¶1). */
  DEPUTY = 'DEPUTY',
  /** 参与分管被诉行政行为实施工作的副职级别的负责人 (Art. 2 ¶1). */
  DEPUTY_LEVEL_IN_CHARGE = 'DEPUTY_LEVEL_IN_CHARGE',
  /** 其他参与分管的负责人 (Art. 2 ¶1). */
  OTHER_IN_CHARGE = 'OTHER_IN_CHARGE',
  /** 被诉行政机关委托的组织或者下级行政机关的负责人: not the agency's head (Art. 2 ¶2). */
  ENTRUSTED_OR_SUBORDINATE_HEAD = 'ENTRUSTED_OR_SUBORDINATE_HEAD',
  /** 相应的工作人员 (Art. 10): appears, but is not the head. */
  STAFF = 'STAFF',
}

export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  [AttendeeRole.PRINCIPAL]: '正职负责人',
  [AttendeeRole.DEPUTY]: '副职负责人',
  [AttendeeRole.DEPUTY_LEVEL_IN_CHARGE]: '参与分管的副职级别负责人',
  [AttendeeRole.OTHER_IN_CHARGE]: '其他参与分管的负责人',
  [AttendeeRole.ENTRUSTED_OR_SUBORDINATE_HEAD]: '受委托组织或下级行政机关的负责人',
  [AttendeeRole.STAFF]: '工作人员',
};

/** Those who count as the agency's head (SPC 2020 Art. 2 ¶1). */
export const HEAD_ROLES: readonly AttendeeRole[] = [
  AttendeeRole.PRINCIPAL,
  AttendeeRole.DEPUTY,
  AttendeeRole.DEPUTY_LEVEL_IN_CHARGE,
  AttendeeRole.OTHER_IN_CHARGE,
];

/** Why the head could not appear (SPC 2020 Art. 8). */
export enum AbsenceReason {
  FORCE_MAJEURE = 'FORCE_MAJEURE',
  ACCIDENT = 'ACCIDENT',
  IRREPLACEABLE_DUTY = 'IRREPLACEABLE_DUTY',
  OTHER_JUSTIFIED = 'OTHER_JUSTIFIED',
}

export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  [AbsenceReason.FORCE_MAJEURE]: '不可抗力',
  [AbsenceReason.ACCIDENT]: '意外事件',
  [AbsenceReason.IRREPLACEABLE_DUTY]: '需要履行他人不能代替的公务',
  [AbsenceReason.OTHER_JUSTIFIED]: '无法出庭的其他正当事由',
};

/** What the office's record of one hearing says of the head's duty (attendance.rules.ts). */
export enum HeadAppearance {
  /** A head (Art. 2) appeared with the identity proof (Art. 6). */
  ATTENDED = 'ATTENDED',
  /** The head could not appear for a reason of Art. 8, with its proof (Art. 9). */
  EXCUSED = 'EXCUSED',
  /** Anything else, including a head without identity proof (deemed absent, Art. 6 ¶2). */
  ABSENT = 'ABSENT',
}

export const HEAD_APPEARANCE_LABELS: Record<HeadAppearance, string> = {
  [HeadAppearance.ATTENDED]: '负责人出庭',
  [HeadAppearance.EXCUSED]: '有正当理由未出庭',
  [HeadAppearance.ABSENT]: '负责人未出庭',
};
