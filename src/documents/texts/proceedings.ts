/**
 * The documents of the review's course, told to every party (当事人): 听证通知书 (ARL Arts. 50–51),
 * 中止 and 恢复审理通知书 (Art. 39), 延期审理通知书 (Art. 62 ¶1); and 终止行政复议决定书 (Art. 41),
 * to the applicants. Pure.
 */
import { TerminationReason } from '../../cases/case.enums';
import { FormalHearingReason } from '../../review/proceedings.enums';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../document.enums';
import { ARL, article, arl, chineseDate, chineseNumber, clause, paragraphs } from './chinese';
import {
  caseHistory,
  caseName,
  need,
  partyBlocks,
  rightToSue,
  toApplicants,
  toParties,
} from './common';
import type { Composition } from './composition';
import type { DocumentFacts, SuspensionFacts } from './facts';

function accepted(f: DocumentFacts): string {
  return `${caseName(f)}，本机关已于${chineseDate(need(f.acceptedOn, 'the acceptance'))}依法受理。`;
}

const HEARING_REASONS: Record<FormalHearingReason, string> = {
  [FormalHearingReason.MAJOR_OR_COMPLEX]: `因本案案情重大、疑难、复杂，根据${arl(50, 1)}的规定，本机关决定组织听证。`,
  [FormalHearingReason.OFFICE_DEEMS_NECESSARY]: `本机关认为有必要听证，根据${arl(50, 2)}的规定，决定组织听证。`,
  [FormalHearingReason.APPLICANT_REQUEST]: `申请人请求听证，根据${arl(50, 2)}的规定，本机关决定组织听证。`,
};

/** 听证通知书: time, place and matters, served five working days ahead (Art. 51 ¶1). */
export function hearingNotice(f: DocumentFacts): Composition {
  const h = need(f.hearing, 'the hearing');
  const r = f.respondent;
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.HEARING_NOTICE],
    recipient: toParties(f),
    body: [
      accepted(f) + HEARING_REASONS[h.reason],
      `根据${arl(51, 1)}的规定，现将听证的时间、地点和拟听证事项通知如下：`,
      `一、听证时间：${chineseDate(h.heldOn)}。`,
      `二、听证地点：${clause(h.place)}。`,
      `三、拟听证事项：${paragraphs(h.matters).map(clause).join('；')}。`,
      `四、申请人无正当理由拒不参加听证的，视为放弃听证权利（${arl(51, 2)}）。`,
      `五、被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加听证（${arl(51, 3)}）。请被申请人${r.name}${r.headTitle}${r.headName}参加听证。`,
      `六、申请人、第三人可以委托一至二名代理人参加听证，委托代理人的，应当提交授权委托书、委托人及被委托人的身份证明文件（${arl(17)}）。`,
      '请当事人携带身份证明和有关证据材料，按时参加听证。',
      '特此通知。',
    ],
    attachments: [],
  };
}

/** Items of Art. 39 ¶1 whose suspension lapses into a termination after 60 days (Art. 41 item 5). */
const LAPSING_ITEMS = [1, 2, 4];

function suspensionGround(s: SuspensionFacts): string {
  if (s.groundItem === null || s.groundLabel === null) {
    return `${clause(s.reason)}。根据${arl(39, 1)}的规定`;
  }
  return `${clause(s.reason)}，属于${arl(39, 1, s.groundItem)}规定的“${s.groundLabel}”情形。根据该项规定`;
}

/** 中止审理通知书 (Art. 39 ¶1; ¶3: 书面告知当事人). */
export function suspensionNotice(f: DocumentFacts): Composition {
  const s = need(f.suspension, 'the suspension');
  const lapses =
    s.groundItem !== null && LAPSING_ITEMS.includes(s.groundItem)
      ? [
          `依照${arl(39, 1, s.groundItem)}的规定中止行政复议满六十日，行政复议中止的原因仍未消除的，本机关将依照${arl(41, undefined, 5)}的规定决定终止行政复议。`,
        ]
      : [];
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.SUSPENSION_NOTICE],
    recipient: toParties(f),
    body: [
      accepted(f),
      `本案审理中，${suspensionGround(s)}，本机关决定自${chineseDate(s.suspendedOn)}起中止本案的审理。`,
      `行政复议中止的原因消除后，本机关将依照${arl(39, 2)}的规定及时恢复本案的审理，并书面告知当事人。`,
      ...lapses,
      `根据${arl(39, 3)}的规定，特此书面告知。`,
    ],
    attachments: [],
  };
}

/** 恢复审理通知书 (Art. 39 ¶2: 中止的原因消除后，应当及时恢复; ¶3). */
export function resumptionNotice(f: DocumentFacts): Composition {
  const s = need(f.suspension, 'the suspension');
  const resumedOn = need(s.resumedOn, 'the resumption');
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.RESUMPTION_NOTICE],
    recipient: toParties(f),
    body: [
      `${caseName(f)}，本机关于${chineseDate(s.suspendedOn)}中止审理。`,
      `现中止审理的原因已经消除，根据${arl(39, 2)}的规定，本机关决定自${chineseDate(resumedOn)}起恢复本案的审理。`,
      `根据${arl(39, 3)}的规定，特此书面告知。`,
    ],
    attachments: [],
  };
}

/** 延期审理通知书 (Art. 62 ¶1: 情况复杂…经行政复议机构的负责人批准…书面告知当事人; at most 30 days). */
export function extensionNotice(f: DocumentFacts): Composition {
  const e = need(f.extension, 'the extension');
  const why = e.reason ? `本案情况复杂（${clause(e.reason)}）` : '本案情况复杂';
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.EXTENSION_NOTICE],
    recipient: toParties(f),
    body: [
      `${accepted(f)}本案适用普通程序审理。`,
      `${why}，不能在规定期限内作出行政复议决定。经行政复议机构的负责人批准，根据${arl(62, 1)}的规定，本案的审理期限延长${chineseNumber(e.days)}日，本机关将最迟于${chineseDate(e.decisionDueOn)}作出行政复议决定。`,
      '特此书面告知。',
    ],
    attachments: [],
  };
}

/** Why the review ends, and the provisions it ends under (Art. 41 items 1–5; Art. 74 ¶2). */
function terminationGround(f: DocumentFacts): { why: string; basis: string } {
  const t = need(f.termination, 'the termination');
  const item = (n: number): string => arl(41, undefined, n);
  switch (t.reason) {
    case TerminationReason.WITHDRAWN:
      return {
        why: '行政复议期间，申请人向本机关申请撤回行政复议申请，经审查，行政复议机构准予撤回。',
        basis: item(1),
      };
    case TerminationReason.SETTLED:
      return {
        why: '行政复议期间，申请人与被申请人自愿达成和解，申请人向本机关撤回行政复议申请。经审查，和解内容不损害国家利益、社会公共利益和他人合法权益，不违反法律、法规的强制性规定，行政复议机构准予撤回。',
        basis: `${item(1)}、${article(74, 2)}`,
      };
    case TerminationReason.MEDIATED:
      return {
        why: '行政复议期间，当事人经调解达成协议，行政复议调解书已经生效。',
        basis: arl(73, 1),
      };
    case TerminationReason.APPLICANT_DIED:
      return {
        why: '行政复议期间，作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利。',
        basis: item(2),
      };
    case TerminationReason.APPLICANT_DISSOLVED:
      return {
        why: '行政复议期间，作为申请人的法人或者其他组织终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利。',
        basis: item(3),
      };
    case TerminationReason.CRIMINAL_MEASURES:
      return {
        why: '申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后，因同一违法行为涉嫌犯罪，被采取刑事强制措施。',
        basis: item(4),
      };
    case TerminationReason.SUSPENSION_LAPSED: {
      const s = t.lapsedSuspension;
      const since = s
        ? `本机关于${chineseDate(s.suspendedOn)}${s.groundItem ? `依照${arl(39, 1, s.groundItem)}的规定` : ''}中止行政复议，至今已满六十日`
        : '本案中止行政复议已满六十日';
      return {
        why: `${since}，行政复议中止的原因仍未消除。`,
        basis: item(5),
      };
    }
  }
}

/**
 * Whether the termination decision tells the applicant of the right to sue: not when the applicant
 * chose the end (withdrawal, settlement, an old mediation) or is no more (death, dissolution).
 */
const TOLD_OF_RIGHT_TO_SUE: readonly TerminationReason[] = [
  TerminationReason.CRIMINAL_MEASURES,
  TerminationReason.SUSPENSION_LAPSED,
];

/** 终止行政复议决定书 (Art. 41; a settlement also Art. 74 ¶2). */
export function terminationDecision(f: DocumentFacts): Composition {
  const t = need(f.termination, 'the termination');
  const { why, basis } = terminationGround(f);
  const settled =
    t.reason === TerminationReason.SETTLED
      ? [
          `依照${arl(74, 2)}的规定，申请人不得再以同一事实和理由提出行政复议申请，但是申请人能够证明撤回行政复议申请违背其真实意愿的除外。`,
        ]
      : [];
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.TERMINATION_DECISION],
    recipient: toApplicants(f),
    body: [
      ...partyBlocks(f),
      caseHistory(f),
      why,
      `根据${basis.startsWith(ARL) ? basis : ARL + basis}的规定，本机关决定：终止本案的行政复议。`,
      ...settled,
      ...(TOLD_OF_RIGHT_TO_SUE.includes(t.reason) ? [rightToSue(f)] : []),
    ],
    attachments: [],
  };
}
