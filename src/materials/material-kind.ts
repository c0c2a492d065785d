/** What a case material is (材料类别). Pure: shared by the entity, the DTOs and the service. */
export enum MaterialKind {
  APPLICATION = 'APPLICATION',
  IDENTITY = 'IDENTITY',
  EVIDENCE = 'EVIDENCE',
  SUPPLEMENT = 'SUPPLEMENT',
  DECISION_DOCUMENT = 'DECISION_DOCUMENT',
  OTHER = 'OTHER',
}

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  [MaterialKind.APPLICATION]: '复议申请书',
  [MaterialKind.IDENTITY]: '身份证明',
  [MaterialKind.EVIDENCE]: '证据材料',
  [MaterialKind.SUPPLEMENT]: '补正材料',
  [MaterialKind.DECISION_DOCUMENT]: '法律文书',
  [MaterialKind.OTHER]: '其他',
};

export function isMaterialKind(value: string): value is MaterialKind {
  return (Object.values(MaterialKind) as string[]).includes(value);
}
