/**
 * The documents of intake: 补正通知书 (ARL Art. 31), 受理通知书 (Arts. 30, 53, 62),
 * 不予受理决定书 (Art. 30 ¶2), 驳回行政复议申请决定书 (Art. 33) and, to the respondent,
 * 提出答复通知书 (Arts. 48, 54). Pure.
 */
import { Procedure } from '../../cases/case.enums';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../document.enums';
import { arl, chineseDate, clause, ordinal, sentence } from './chinese';
import {
  applicantNames,
  caseHistory,
  findings,
  grievance,
  need,
  partyBlocks,
  rightToSue,
  toApplicants,
  you,
} from './common';
import type { Composition } from './composition';
import type { DocumentFacts } from './facts';

/** 你不服…，于2026年3月2日提出的行政复议申请，本机关已收悉。 */
function received(f: DocumentFacts): string {
  return `${you(f)}${grievance(f, f.respondent.name)}，于${chineseDate(f.receivedOn)}提出的行政复议申请，本机关已收悉。`;
}

/** 补正通知书: the items, all at once (Art. 31 ¶1); ten days, or the extended day (¶2). */
export function supplementNotice(f: DocumentFacts): Composition {
  const s = need(f.supplement, 'the supplement request');
  const y = you(f);
  const period = s.extendedOn
    ? `请${y}自收到本通知之日起十日内向本机关提交补正材料。因${y}有正当理由不能按期补正，本机关已于${chineseDate(s.extendedOn)}依照${arl(31, 2)}的规定将补正期限延长至${chineseDate(s.dueOn)}。`
    : `请${y}自收到本通知之日起十日内，即最迟于${chineseDate(s.dueOn)}，向本机关提交补正材料。`;
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.SUPPLEMENT_NOTICE],
    recipient: toApplicants(f),
    body: [
      received(f) +
        `经审查，该申请材料不齐全或者表述不清楚，无法判断是否符合${arl(30, 1)}规定。` +
        `根据${arl(31, 1)}的规定，请${y}补正下列事项：`,
      ...s.items.map((item, i) => `${ordinal(i + 1)}${sentence(item)}`),
      period,
      `有正当理由不能按期补正的，可以向本机关说明理由，申请延长补正期限；无正当理由逾期不补正的，依照${arl(31, 2)}的规定，视为${y}放弃行政复议申请，并记录在案。`,
      `本机关收到补正材料后，将依照${arl(30)}的规定审查处理。`,
    ],
    attachments: [],
  };
}

/** The procedure and the decision's deadline (Arts. 53, 62). */
function procedureParagraph(f: DocumentFacts): string {
  const due = f.decisionDueOn ? `，即最迟于${chineseDate(f.decisionDueOn)}` : '';
  if (f.procedure === Procedure.SIMPLIFIED) {
    const why = f.simplifiedByAgreement
      ? `经当事人各方同意，根据${arl(53, 2)}的规定，本案适用简易程序审理。`
      : `经审查，本案${f.simplifiedGroundLabel ? clause(f.simplifiedGroundLabel) : '符合简易程序的适用情形'}，事实清楚、权利义务关系明确、争议不大，根据${arl(53, 1)}的规定，适用简易程序审理。`;
    return `${why}根据${arl(62, 2)}的规定，本机关将自受理申请之日起三十日内${due}作出行政复议决定。`;
  }
  return (
    `本案适用普通程序审理。根据${arl(62, 1)}的规定，本机关将自受理申请之日起六十日内${due}作出行政复议决定；` +
    '情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，并书面告知当事人，但是延长期限最多不超过三十日。'
  );
}

/** 受理通知书: accepted under Art. 30 ¶1, or deemed accepted under ¶3; the procedure. */
export function acceptanceNotice(f: DocumentFacts): Composition {
  const acceptedOn = need(f.acceptedOn, 'the acceptance');
  const y = you(f);
  const supplemented = f.supplementFulfilledOn
    ? `${y}已于${chineseDate(f.supplementFulfilledOn)}补正申请材料。`
    : '';
  const accepted = f.deemedAccepted
    ? `该申请的审查期限于${chineseDate(f.acceptanceDueOn)}届满，本机关未作出不予受理决定。根据${arl(30, 3)}的规定，该申请自${chineseDate(acceptedOn)}起视为受理。`
    : `经审查，该申请符合${arl(30, 1)}规定，本机关决定予以受理。`;
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.ACCEPTANCE_NOTICE],
    recipient: toApplicants(f),
    body: [
      received(f) + supplemented + accepted,
      procedureParagraph(f),
      `行政复议期间，${y}可以依照${arl(17)}的规定委托一至二名代理人参加行政复议；可以依照${arl(47)}的规定查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料。`,
      `行政复议期间行政行为不停止执行，但是有${arl(42)}规定情形之一的，应当停止执行。`,
      '特此通知。',
    ],
    attachments: [],
  };
}

/** 不予受理决定书 (Art. 30 ¶2: 说明理由; for want of jurisdiction the reason names the organ that has it). */
export function nonAcceptanceDecision(f: DocumentFacts): Composition {
  const r = need(f.nonAcceptance, 'the refusal');
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.NON_ACCEPTANCE_DECISION],
    recipient: toApplicants(f),
    body: [
      ...partyBlocks(f),
      caseHistory({ ...f, acceptedOn: null }),
      `${findings(r.reason)}该申请不符合${arl(30, 1)}规定的受理条件。根据${arl(30, 2)}的规定，本机关决定：不予受理。`,
      rightToSue(f),
    ],
    attachments: [],
  };
}

/** 驳回行政复议申请决定书 (Art. 33: 决定驳回申请并说明理由). */
export function applicationDismissal(f: DocumentFacts): Composition {
  const r = need(f.dismissal, 'the dismissal');
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.APPLICATION_DISMISSAL],
    recipient: toApplicants(f),
    body: [
      ...partyBlocks(f),
      caseHistory(f),
      `${findings(r.reason)}该申请不符合${arl(30, 1)}规定。根据${arl(33)}的规定，本机关决定：驳回申请人${applicantNames(f)}的行政复议申请。`,
      rightToSue(f),
    ],
    attachments: [],
  };
}

/**
 * 提出答复通知书, to the respondent with the application's copy: ten days under the ordinary
 * procedure (Art. 48), five under the simplified one (Art. 54 ¶1), from its receipt of the copy.
 */
export function answerNotice(f: DocumentFacts): Composition {
  const acceptedOn = need(f.acceptedOn, 'the acceptance');
  const simplified = f.procedure === Procedure.SIMPLIFIED;
  const due = f.answerDueOn ? `，即最迟于${chineseDate(f.answerDueOn)}` : '';
  const days = simplified ? '五日' : '十日';
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.ANSWER_NOTICE],
    recipient: f.respondent.name,
    body: [
      `申请人${applicantNames(f)}${grievance(f, '你单位')}，于${chineseDate(f.receivedOn)}向本机关申请行政复议（${f.caseNumber}），本机关已于${chineseDate(acceptedOn)}依法受理，适用${simplified ? '简易程序' : '普通程序'}审理。`,
      `根据${simplified ? arl(54, 1) : arl(48)}的规定，现将行政复议申请书副本发送你单位。请你单位自收到行政复议申请书副本之日起${days}内${due}，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。`,
      `你单位不按照上述规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，依照${arl(70)}的规定，视为该行政行为没有证据、依据。`,
      `行政复议期间，你单位不得自行向申请人和其他有关单位或者个人收集证据；自行收集的证据不作为认定行政行为合法性、适当性的依据（${arl(46, 1)}）。`,
      '特此通知。',
    ],
    attachments: ['行政复议申请书副本'],
  };
}
