/**
 * Phrases every document shares: how the parties are named and addressed, how the case and its act
 * are described, the party blocks of a decision, the notice of the right to sue. Pure.
 */
import { ActType, ApplicantKind } from '../../cases/case.enums';
import { ALL, ARL, article, chineseDate, clause, list, paragraphs, sentence } from './chinese';
import type { DocumentFacts, PartyFacts, RepresentativeFacts } from './facts';

/** The act's name as the documents write it (行政处罚决定…); INACTION has none. */
const ACT_NOUNS: Record<ActType, string> = {
  [ActType.PENALTY]: '行政处罚决定',
  [ActType.LICENSING]: '行政许可决定',
  [ActType.COERCIVE_MEASURE]: '行政强制措施',
  [ActType.INFORMATION_DISCLOSURE]: '政府信息公开答复',
  [ActType.INACTION]: '不履行法定职责的行为',
  [ActType.EXPROPRIATION]: '征收征用决定',
  [ActType.REGISTRATION]: '行政登记行为',
  [ActType.OTHER]: '行政行为',
};

/** A fact the kind needs, or a programming error: the loader sets what each kind needs. */
export function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`document facts lack ${what}`);
  return value;
}

/** 张三、某某有限公司 */
export function applicantNames(f: DocumentFacts): string {
  return list(f.applicants.map((a) => a.name));
}

/**
 * How a notice addresses its applicants: 你 (one person), 你单位 (one organisation), 你们 (more
 * than one). The national templates print 你（单位）; a document issued to a named party says one.
 */
export function you(f: DocumentFacts): string {
  if (f.applicants.length !== 1) return '你们';
  return f.applicants[0].kind === ApplicantKind.ORGANISATION ? '你单位' : '你';
}

/** Addressed to the applicants: 张三、李四. */
export function toApplicants(f: DocumentFacts): string {
  return applicantNames(f);
}

/** Addressed to every party (当事人: applicants, third parties, respondent), e.g. for Art. 39 ¶3. */
export function toParties(f: DocumentFacts): string {
  return list([
    ...f.applicants.map((a) => a.name),
    ...f.thirdParties.map((t) => t.name),
    f.respondent.name,
  ]);
}

/**
 * The act, named through `who` (被申请人某局, 你单位…): 被申请人某局于2026年1月15日作出的行政处罚决定
 * （某罚〔2026〕8号）; for a failure to act: 被申请人某局不履行法定职责的行为.
 */
export function actObject(f: DocumentFacts, who = `被申请人${f.respondent.name}`): string {
  const { act } = f;
  if (act.type === ActType.INACTION) return `${who}不履行法定职责的行为`;
  const on = act.actOn ? `于${chineseDate(act.actOn)}` : '';
  const number = act.documentNumber ? `（${act.documentNumber}）` : '';
  return `${who}${on}作出的${ACT_NOUNS[act.type]}${number}`;
}

/** What the applicant complains of: 不服…作出的…, or 认为…不履行法定职责. */
export function grievance(f: DocumentFacts, who = `被申请人${f.respondent.name}`): string {
  if (f.act.type === ActType.INACTION) return `认为${who}不履行法定职责`;
  return `不服${actObject(f, who)}`;
}

/** 申请人张三不服被申请人某局…申请行政复议一案（临复〔2026〕17号）: the case, for notices. */
export function caseName(f: DocumentFacts): string {
  return `申请人${applicantNames(f)}${grievance(f)}申请行政复议一案（${f.caseNumber}）`;
}

/** 申请人张三不服…，于2026年3月2日向本机关申请行政复议[，本机关于…依法受理]。 */
export function caseHistory(f: DocumentFacts): string {
  const applied = `申请人${applicantNames(f)}${grievance(f)}，于${chineseDate(f.receivedOn)}向本机关申请行政复议`;
  if (!f.acceptedOn) return `${applied}。`;
  return `${applied}，本机关于${chineseDate(f.acceptedOn)}依法受理。`;
}

function partyLine(label: string, p: PartyFacts): string {
  if (p.kind === ApplicantKind.PERSON && p.address)
    return `${label}：${p.name}，住址：${p.address}。`;
  return `${label}：${p.name}。`;
}

function agentLines(agents: RepresentativeFacts[]): string[] {
  return agents.map((a) => `${a.role === 'AGENT' ? '委托代理人' : '代表人'}：${a.name}。`);
}

/**
 * The party blocks that open a decision (申请人, 被申请人, 第三人), each applicant or third party
 * followed by its agents; representatives of many applicants (Art. 15) after the applicants, and
 * agents whose principal is not on record after them too.
 */
export function partyBlocks(f: DocumentFacts): string[] {
  const named = new Set([...f.applicants, ...f.thirdParties].map((p) => p.name));
  const actingFor = (name: string): RepresentativeFacts[] =>
    f.representatives.filter((r) => r.role === 'AGENT' && r.actsFor === name);
  const unattached = f.representatives.filter(
    (r) => r.role === 'REPRESENTATIVE' || r.actsFor === null || !named.has(r.actsFor),
  );
  return [
    ...f.applicants.flatMap((a) => [partyLine('申请人', a), ...agentLines(actingFor(a.name))]),
    ...agentLines(unattached),
    `被申请人：${f.respondent.name}。`,
    `法定代表人：${f.respondent.headName}，${f.respondent.headTitle}。`,
    ...f.thirdParties.flatMap((t) => [partyLine('第三人', t), ...agentLines(actingFor(t.name))]),
  ];
}

/**
 * 告知诉权: fifteen days from receipt of the decision (ARL Art. 10; ALL Art. 45). The third parties
 * are told too when the case has any.
 */
export function rightToSue(f: DocumentFacts): string {
  const who = f.thirdParties.length > 0 ? '申请人、第三人' : '申请人';
  return `${who}如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。`;
}

/** The statutes a right-to-sue paragraph rests on, for a comment or a test. */
export const RIGHT_TO_SUE_BASIS = `${ARL}${article(10)}、${ALL}${article(45)}`;

/** Free text of the office's records as sentences, first one prefixed: 申请人称：… */
export function prefixed(prefix: string, paras: string[]): string[] {
  if (paras.length === 0) return [];
  // A record that already opens with the speaker (被申请人答复称：…) is not prefixed twice.
  const who = prefix.replace(/(称|认为)?：$/, '');
  const first = paras[0].replace(new RegExp(`^${who}(答复)?(称|认为)?[：:，,]\\s*`), '');
  return [`${prefix}${sentence(first)}`, ...paras.slice(1).map(sentence)];
}

/** 经审查，<the recorded reasons>。 — without doubling a 经审查/经查 the record already begins with. */
export function findings(reason: string): string {
  const text = paragraphs(reason).map(clause).join('；');
  return /^经(审查|查|复查)/.test(text) ? `${text}。` : `经审查，${text}。`;
}
