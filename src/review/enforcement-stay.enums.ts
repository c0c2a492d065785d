/** Why the act's enforcement is considered for a stay (ARL 2023 Art. 42 (1)–(4)). */
export enum StayGround {
  RESPONDENT_DEEMS_NECESSARY = 'RESPONDENT_DEEMS_NECESSARY',
  ORGAN_DEEMS_NECESSARY = 'ORGAN_DEEMS_NECESSARY',
  PARTY_REQUEST = 'PARTY_REQUEST',
  LAW_REQUIRES = 'LAW_REQUIRES',
}

export const STAY_GROUND_LABELS: Record<StayGround, string> = {
  [StayGround.RESPONDENT_DEEMS_NECESSARY]: '被申请人认为需要停止执行',
  [StayGround.ORGAN_DEEMS_NECESSARY]: '行政复议机关认为需要停止执行',
  [StayGround.PARTY_REQUEST]: '申请人、第三人申请停止执行',
  [StayGround.LAW_REQUIRES]: '法律、法规、规章规定停止执行',
};

export enum StayDecision {
  STAYED = 'STAYED',
  REFUSED = 'REFUSED',
}

export const STAY_DECISION_LABELS: Record<StayDecision, string> = {
  [StayDecision.STAYED]: '决定停止执行',
  [StayDecision.REFUSED]: '决定不停止执行',
};
