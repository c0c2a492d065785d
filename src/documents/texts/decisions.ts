/**
 * The documents that close a case on its merits or by agreement: 行政复议决定书 (ARL Arts. 61–75)
 * and 行政复议调解书 (Arts. 5, 73). Addressed to the applicants; copies go to the respondent (and
 * any third party), which the service records, not the text. Pure.
 */
import { Outcome } from '../../cases/case.enums';
import { AgreementRuling, CompensationRuling } from '../../review/proceedings.enums';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../document.enums';
import {
  ARL,
  article,
  arl,
  chineseDate,
  chineseNumber,
  clause,
  list,
  ordinal,
  paragraphs,
  sentence,
  yuan,
} from './chinese';
import {
  actObject,
  applicantNames,
  caseHistory,
  need,
  partyBlocks,
  prefixed,
  rightToSue,
  toApplicants,
} from './common';
import type { Composition } from './composition';
import type { DecisionFacts, DocumentFacts } from './facts';

/** The article each merits decision rests on (Arts. 63–69). */
export const DECISION_ARTICLES: Partial<Record<Outcome, string>> = {
  [Outcome.ALTER]: article(63),
  [Outcome.REVOKE]: article(64),
  [Outcome.PARTIAL_REVOKE]: article(64),
  [Outcome.CONFIRM_ILLEGAL]: article(65),
  [Outcome.ORDER_PERFORMANCE]: article(66),
  [Outcome.CONFIRM_INVALID]: article(67),
  [Outcome.UPHOLD]: article(68),
  [Outcome.DISMISS]: article(69),
};

const AGREEMENT_ORDERS: Record<AgreementRuling, string> = {
  [AgreementRuling.CONCLUDE]: '责令被申请人依法订立行政协议。',
  [AgreementRuling.CONTINUE_PERFORMANCE]: '责令被申请人继续履行行政协议。',
  [AgreementRuling.REMEDY]: '责令被申请人采取补救措施。',
  [AgreementRuling.COMPENSATE_LOSS]: '责令被申请人赔偿申请人的损失。',
  [AgreementRuling.REASONABLE_COMPENSATION]: '被申请人依法给予申请人合理补偿。',
};

function within(d: DecisionFacts): string {
  return d.remakeWithinDays
    ? `自收到本决定书之日起${chineseNumber(d.remakeWithinDays)}日内`
    : '在一定期限内';
}

/** The operative part (决定主文), one order per item. */
function orders(f: DocumentFacts, d: DecisionFacts): string[] {
  const act = actObject(f);
  const main: string[] = [];
  switch (d.type) {
    case Outcome.REVOKE:
    case Outcome.PARTIAL_REVOKE:
      main.push(`${d.type === Outcome.REVOKE ? '撤销' : '部分撤销'}${act}。`);
      if (d.remakeWithinDays) main.push(`责令被申请人${within(d)}重新作出行政行为。`);
      break;
    case Outcome.ALTER:
      main.push(`变更${act}。`);
      break;
    case Outcome.CONFIRM_ILLEGAL:
      main.push(`确认${act}违法。`);
      break;
    case Outcome.CONFIRM_INVALID:
      main.push(`确认${act}无效。`);
      break;
    case Outcome.ORDER_PERFORMANCE:
      main.push(`责令被申请人${f.respondent.name}${within(d)}履行法定职责。`);
      break;
    case Outcome.UPHOLD:
      main.push(`维持${act}。`);
      break;
    case Outcome.DISMISS:
      main.push(`驳回申请人${applicantNames(f)}的行政复议请求。`);
      break;
    case Outcome.NOT_ACCEPTED:
    case Outcome.TERMINATED:
    case Outcome.MEDIATED:
    case Outcome.ABANDONED:
    case Outcome.WITHDRAWN:
    case Outcome.APPLICATION_DISMISSED:
    case Outcome.REVIEW_MEDIATED:
      throw new Error(`not a merits decision: ${d.type}`);
  }
  if (d.agreementRuling) main.push(AGREEMENT_ORDERS[d.agreementRuling]);
  if (d.compensationRuling === CompensationRuling.AWARDED) {
    main.push(
      d.compensationAmountYuan !== null
        ? `被申请人依法赔偿申请人${yuan(d.compensationAmountYuan)}。`
        : '被申请人依法给予申请人赔偿。',
    );
  }
  if (d.compensationRuling === CompensationRuling.DISMISSED)
    main.push('驳回申请人的行政赔偿请求。');
  return main;
}

/**
 * The provisions the decision cites: the decision type's article of the ARL (and Arts. 71, 72
 * for what goes with it), then the legal basis the drafter recorded, without repeating an
 * article already there.
 */
export function decisionCitation(d: DecisionFacts): string {
  const own = [DECISION_ARTICLES[d.type]!];
  if (d.agreementRuling) {
    own.push(article(71, d.agreementRuling === AgreementRuling.REASONABLE_COMPENSATION ? 2 : 1));
  }
  if (d.compensationRuling) own.push(article(72, 1));
  const recorded = d.legalBasis.map((b) => b.trim()).filter((b) => b.length > 0);
  const cited = (art: string): boolean =>
    recorded.some((b) => b.includes('行政复议法') && !b.includes('实施条例') && b.includes(art));
  const missing = own.filter((art) => !cited(art));
  const ours = missing.length > 0 ? [`${ARL}${missing.join('、')}`] : [];
  return list([...ours, ...recorded]);
}

/** The decision orders the respondent to act: Art. 77 binds it, and its performance is followed. */
function ordersAction(d: DecisionFacts): boolean {
  return (
    d.type === Outcome.ORDER_PERFORMANCE ||
    ((d.type === Outcome.REVOKE || d.type === Outcome.PARTIAL_REVOKE) &&
      d.remakeWithinDays !== null) ||
    d.agreementRuling !== null ||
    d.compensationRuling === CompensationRuling.AWARDED
  );
}

/** 行政复议决定书 (Art. 75 ¶1), in effect on service (¶2). */
export function decision(f: DocumentFacts): Composition {
  const d = need(f.decision, 'the approved decision');
  const main = orders(f, d);
  const heard =
    d.hearingsHeldOn.length > 0
      ? `本机关于${list(d.hearingsHeldOn.map(chineseDate))}组织听证。`
      : '';
  const answer = d.answerSummary
    ? prefixed('被申请人称：', paragraphs(d.answerSummary))
    : ['被申请人未提出书面答复。'];
  const remade =
    (d.type === Outcome.REVOKE || d.type === Outcome.PARTIAL_REVOKE) && d.remakeWithinDays
      ? [
          `被申请人重新作出行政行为的，不得以同一事实和理由作出与被申请行政复议的行政行为相同或者基本相同的行政行为，但是本机关以违反法定程序为由决定撤销或者部分撤销的除外（${arl(64, 2)}）。`,
        ]
      : [];
  const perform = ordersAction(d)
    ? [
        `被申请人应当履行本决定。被申请人不履行或者无正当理由拖延履行本决定的，本机关将依照${arl(77, 2)}的规定责令其限期履行。`,
      ]
    : [];
  const finality = d.final ? ['本决定为最终裁决。'] : [rightToSue(f)];
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.DECISION],
    recipient: toApplicants(f),
    body: [
      ...partyBlocks(f),
      `${caseHistory(f)}本案适用${f.procedureLabel ?? '普通程序'}审理。${heard}现已审理终结。`,
      `申请人请求：${sentence(clause(f.requests))}`,
      ...prefixed('申请人称：', paragraphs(f.factsAndReasons ?? '')),
      ...answer,
      ...prefixed('本机关认为：', paragraphs(d.reasoning)),
      `根据${decisionCitation(d)}的规定，本机关决定：` + (main.length === 1 ? main[0] : ''),
      ...(main.length > 1 ? main.map((o, i) => `${ordinal(i + 1)}${o}`) : []),
      ...remade,
      ...perform,
      ...finality,
      `依照${arl(75, 2)}的规定，本决定书自送达之日起发生法律效力。`,
    ],
    attachments: [],
  };
}

/** 行政复议调解书 (Art. 73 ¶1: in effect once every party signs and the organ seals it). */
export function mediationStatement(f: DocumentFacts): Composition {
  const m = need(f.mediation, 'the mediation agreement');
  const signatures = [
    ...f.applicants.map((a) => `申请人（签字或者签章）：${a.name}`),
    ...f.thirdParties.map((t) => `第三人（签字或者签章）：${t.name}`),
    `被申请人（签章）：${f.respondent.name}`,
  ];
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.MEDIATION_STATEMENT],
    recipient: toApplicants(f),
    body: [
      ...partyBlocks(f),
      caseHistory(f),
      `申请人请求：${sentence(clause(f.requests))}`,
      `本案审理中，本机关依照${arl(5)}的规定，按照合法、自愿的原则，自${chineseDate(m.startedOn)}起组织当事人进行调解。经调解，当事人自愿达成如下协议：`,
      ...paragraphs(m.agreement).map(sentence),
      '上述协议不损害国家利益、社会公共利益和他人合法权益，不违反法律、法规的强制性规定，本机关予以确认。',
      `根据${arl(73, 1)}的规定，本调解书经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力。`,
      `被申请人应当履行本调解书（${arl(77, 1)}）。申请人、第三人逾期不起诉又不履行本调解书的，由本机关依法强制执行，或者申请人民法院强制执行（${arl(78, undefined, 3)}）。`,
      ...signatures,
    ],
    attachments: [],
  };
}
