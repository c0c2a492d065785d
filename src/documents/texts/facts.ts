/**
 * What the documents say, as plain values: the facts `loadDocumentFacts` (../document-facts.ts)
 * reads from the database and the composers beside this file turn into words. Pure: no Nest, no
 * TypeORM, so the composers and their tests need no database.
 *
 * Dates are local dates (`YYYY-MM-DD`, Asia/Shanghai); codes are the enums' values and each comes
 * with its Chinese label.
 */
import type {
  ActType,
  ApplicantKind,
  Outcome,
  Procedure,
  TerminationReason,
} from '../../cases/case.enums';
import type { DocumentKind } from '../document.enums';
import type { LetterKind } from '../../review/recommendation-letter.enums';
import type {
  AgreementRuling,
  CompensationRuling,
  FormalHearingReason,
  SuspensionGround,
} from '../../review/proceedings.enums';

/** An applicant or a third party as the documents name them (申请人/第三人 blocks). */
export interface PartyFacts {
  kind: ApplicantKind;
  name: string;
  /** 住址 (a person) or 住所 (an organisation), when recorded. */
  address: string | null;
}

/** A 委托代理人 or 代表人 (ARL Arts. 15, 17), named under the party they act for. */
export interface RepresentativeFacts {
  role: 'AGENT' | 'REPRESENTATIVE';
  name: string;
  /** The applicant's or third party's name as filed; null when not given. */
  actsFor: string | null;
}

/** The respondent (被申请人, ARL Art. 19): an agency of the district. */
export interface RespondentFacts {
  name: string;
  /** Its head (负责人): 听证 (Art. 51 ¶3) and the decision's 法定代表人 line. */
  headName: string;
  headTitle: string;
}

/** The act the applicant challenges (行政行为). */
export interface ActFacts {
  type: ActType;
  /** ACT_TYPE_LABELS, e.g. 行政处罚. */
  typeLabel: string;
  documentNumber: string | null;
  actOn: string | null;
  summary: string | null;
}

/** 补正通知书 (ARL Art. 31). */
export interface SupplementFacts {
  items: string[];
  noticeSentOn: string;
  noticeServedOn: string;
  /** The last day to supplement: ten working days from service, or the extended day. */
  dueOn: string;
  /** Art. 31 ¶2: the extension's reason and the day it was given, when extended. */
  extensionReason: string | null;
  extendedOn: string | null;
}

/** 不予受理 (Art. 30 ¶2) or 驳回申请 (Art. 33): when, and why. */
export interface RefusalFacts {
  decidedOn: string;
  reason: string;
}

/** 听证 (Arts. 50–51). */
export interface HearingFacts {
  reason: FormalHearingReason;
  reasonLabel: string;
  noticeServedOn: string;
  heldOn: string;
  place: string;
  matters: string;
}

/** 中止 / 恢复 (Art. 39). */
export interface SuspensionFacts {
  /** Null on suspensions recorded before the grounds were coded. */
  ground: SuspensionGround | null;
  groundLabel: string | null;
  /** The item of Art. 39 ¶1 (1–10), null without a ground. */
  groundItem: number | null;
  reason: string;
  suspendedOn: string;
  noticeServedOn: string | null;
  resumedOn: string | null;
  resumptionNoticeServedOn: string | null;
}

/** 延期 (Art. 62 ¶1). */
export interface ExtensionFacts {
  /** Calendar days added (1–30). */
  days: number;
  /** Why (情况复杂…), as the head of the office approved it; null when not on record. */
  reason: string | null;
  /** The day the extension was approved (recorded). */
  approvedOn: string | null;
  /** The decision's last day with the extension. */
  decisionDueOn: string;
}

/** 终止 (Art. 41). */
export interface TerminationFacts {
  reason: TerminationReason;
  reasonLabel: string;
  decidedOn: string;
  /** For item 5: the suspension that lapsed. */
  lapsedSuspension: SuspensionFacts | null;
}

/** 调解书 (Arts. 5, 73). */
export interface MediationFacts {
  startedOn: string;
  agreement: string;
  /** Null while the 调解书 awaits the parties' signatures and the seal. */
  effectiveOn: string | null;
}

/** 行政复议决定书 (Arts. 61–75): the approved decision. */
export interface DecisionFacts {
  type: Outcome;
  /** OUTCOME_LABELS, e.g. 撤销. */
  typeLabel: string;
  reasoning: string;
  legalBasis: string[];
  decidedOn: string;
  /** Art. 64 / 66: the period to act anew or to perform, in days. */
  remakeWithinDays: number | null;
  agreementRuling: AgreementRuling | null;
  agreementRulingLabel: string | null;
  compensationRuling: CompensationRuling | null;
  compensationAmountYuan: number | null;
  /** The respondent's written answer (Art. 48), when recorded. */
  answerSummary: string | null;
  answeredOn: string | null;
  /** 听证 held in the case (Art. 61 ¶2), by day. */
  hearingsHeldOn: string[];
  /**
   * The decision is final (最终裁决, ARL Art. 10 但书): never for a district government's decision;
   * kept so the composer says the right thing if a law ever makes one final.
   */
  final: boolean;
}

/** 意见书 (Art. 76) or 建议书 (Reg. 2007 Art. 57 ¶2). */
export interface LetterFacts {
  kind: LetterKind;
  agencyName: string;
  /** The letter goes to the respondent itself (Art. 77 then binds it). */
  toRespondent: boolean;
  issuedOn: string;
  content: string;
}

/** Everything any document needs. Only the part of its step is set; the rest is null. */
export interface DocumentFacts {
  kind: DocumentKind;
  /** 行政复议机关, e.g. 某某区人民政府: from configuration, not the database. */
  organName: string;
  /** The case's number, e.g. 临复〔2026〕17号. */
  caseNumber: string;
  /** The date the document bears when the records fix it (a decision's day…), else null. */
  dated: string | null;
  applicants: PartyFacts[];
  thirdParties: PartyFacts[];
  representatives: RepresentativeFacts[];
  respondent: RespondentFacts;
  act: ActFacts;
  /** 行政复议请求 and 事实和理由 as filed. */
  requests: string;
  factsAndReasons: string | null;
  receivedOn: string;
  /** Null before acceptance. */
  procedure: Procedure | null;
  procedureLabel: string | null;
  /** SIMPLIFIED_GROUND_LABELS of the Art. 53 ground relied on, under the simplified procedure. */
  simplifiedGroundLabel: string | null;
  /** True when the ground is the parties' agreement (Art. 53 ¶2), not one of ¶1's items. */
  simplifiedByAgreement: boolean;
  /** The legal day of acceptance (Art. 30 ¶3 included). */
  acceptedOn: string | null;
  deemedAccepted: boolean;
  /** The last day of the review period (审查期限), for a deemed acceptance. */
  acceptanceDueOn: string;
  /** The supplemented material arrived on this day (Art. 31 ¶3), when one was asked for. */
  supplementFulfilledOn: string | null;
  decisionDueOn: string | null;
  /** 答复: the respondent received the copy, and owes its answer by… (Arts. 48, 54). */
  answerCopyReceivedOn: string | null;
  answerDueOn: string | null;
  supplement: SupplementFacts | null;
  nonAcceptance: RefusalFacts | null;
  dismissal: RefusalFacts | null;
  hearing: HearingFacts | null;
  suspension: SuspensionFacts | null;
  extension: ExtensionFacts | null;
  termination: TerminationFacts | null;
  mediation: MediationFacts | null;
  decision: DecisionFacts | null;
  letter: LetterFacts | null;
}
