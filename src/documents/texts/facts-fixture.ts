/**
 * A realistic case's document facts, every step's part set, for the composers' unit tests (and
 * any test that renders a document without a database). Received Friday 2026-02-27, accepted
 * 2026-03-04, ordinary procedure: 60 days end on 2026-05-03, inside Labour Day, so the decision is
 * due Wednesday 2026-05-06.
 */
import {
  ActType,
  ApplicantKind,
  Outcome,
  Procedure,
  TerminationReason,
} from '../../cases/case.enums';
import { FormalHearingReason, SuspensionGround } from '../../review/proceedings.enums';
import { LetterKind } from '../../review/recommendation-letter.enums';
import { DocumentKind } from '../document.enums';
import type { DocumentFacts } from './facts';

export function documentFacts(overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    kind: DocumentKind.ACCEPTANCE_NOTICE,
    organName: '临江市滨河区人民政府',
    caseNumber: '滨复〔2026〕17号',
    dated: null,
    applicants: [
      { kind: ApplicantKind.PERSON, name: '张三', address: '临江市滨河区柳岸路8号3单元201室' },
    ],
    thirdParties: [],
    representatives: [{ role: 'AGENT', name: '李律师', actsFor: '张三' }],
    respondent: { name: '临江市滨河区市场监督管理局', headName: '王五', headTitle: '局长' },
    act: {
      type: ActType.PENALTY,
      typeLabel: '行政处罚',
      documentNumber: '滨市监罚〔2026〕8号',
      actOn: '2026-01-15',
      summary: '罚款5000元',
    },
    requests: '撤销被申请人作出的滨市监罚〔2026〕8号行政处罚决定',
    factsAndReasons: '被申请人认定事实不清。\n处罚程序违法，未告知申请人陈述、申辩的权利。',
    receivedOn: '2026-02-27',
    procedure: Procedure.ORDINARY,
    procedureLabel: '普通程序',
    simplifiedGroundLabel: null,
    simplifiedByAgreement: false,
    acceptedOn: '2026-03-04',
    deemedAccepted: false,
    acceptanceDueOn: '2026-03-05',
    supplementFulfilledOn: null,
    decisionDueOn: '2026-05-06',
    answerCopyReceivedOn: '2026-03-09',
    answerDueOn: '2026-03-23',
    supplement: {
      items: ['提供申请人的身份证明复印件', '写明具体的行政复议请求'],
      noticeSentOn: '2026-03-02',
      noticeServedOn: '2026-03-03',
      dueOn: '2026-03-17',
      extensionReason: null,
      extendedOn: null,
    },
    nonAcceptance: {
      decidedOn: '2026-03-05',
      reason: '申请人于2025年10月9日知道该行政行为，其申请超过法定申请期限',
    },
    dismissal: {
      decidedOn: '2026-03-31',
      reason: '经查，人民法院已于2026年2月20日受理申请人就同一行政行为提起的行政诉讼',
    },
    hearing: {
      reason: FormalHearingReason.APPLICANT_REQUEST,
      reasonLabel: '申请人请求听证',
      noticeServedOn: '2026-03-24',
      heldOn: '2026-04-01',
      place: '滨河区司法局三楼听证室',
      matters: '被申请人认定的违法事实是否清楚\n处罚程序是否合法',
    },
    suspension: {
      ground: SuspensionGround.AWAITING_OTHER_CASE,
      groundLabel: '行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结',
      groundItem: 8,
      reason: '本案需以临江市中级人民法院（2026）浙01民终123号案件的审理结果为依据',
      suspendedOn: '2026-03-30',
      noticeServedOn: '2026-03-31',
      resumedOn: '2026-05-06',
      resumptionNoticeServedOn: '2026-05-07',
    },
    extension: {
      days: 30,
      reason: '涉及多名当事人，需要进一步调查核实',
      approvedOn: '2026-04-28',
      decisionDueOn: '2026-06-02',
    },
    termination: {
      reason: TerminationReason.WITHDRAWN,
      reasonLabel: '申请人撤回',
      decidedOn: '2026-04-30',
      lapsedSuspension: null,
    },
    mediation: {
      startedOn: '2026-03-30',
      agreement: '被申请人将罚款数额变更为2000元\n申请人于2026年5月15日前缴纳罚款',
      effectiveOn: '2026-04-02',
    },
    decision: {
      type: Outcome.REVOKE,
      typeLabel: '撤销',
      reasoning:
        '被申请人作出处罚决定前未告知申请人陈述、申辩的权利，违反法定程序。\n被申请人认定的违法事实证据不足。',
      legalBasis: ['《中华人民共和国行政复议法》第六十四条第一款第一项、第二项'],
      decidedOn: '2026-04-30',
      remakeWithinDays: 30,
      agreementRuling: null,
      agreementRulingLabel: null,
      compensationRuling: null,
      compensationAmountYuan: null,
      answerSummary: '申请人的违法事实清楚，证据确凿，处罚适当，请求维持。',
      answeredOn: '2026-03-20',
      hearingsHeldOn: ['2026-04-01'],
      final: false,
    },
    letter: {
      kind: LetterKind.OPINION,
      agencyName: '临江市滨河区市场监督管理局',
      toRespondent: true,
      issuedOn: '2026-05-08',
      content: '在作出行政处罚决定前未依法告知当事人陈述、申辩的权利\n案卷材料归档不规范',
    },
    ...overrides,
  };
}
