/**
 * Who else takes part in a case besides its applicants and respondent (ARL 2023 Arts. 15–17):
 * third parties, representatives of many applicants, agents. Pure: errors are the API's AppError,
 * with the codes and messages the API answers with. Dates: date-order.rules.ts.
 */
import { AppError, FieldProblem } from '../../common/app-error';
import { ApplicantKind, PartyRole } from '../../cases/case.enums';
import { checkApplicants } from '../../cases/rules/intake.rules';

/** 委托一至二名…代理人 (Art. 17 ¶1; Reg. 2007 Art. 10: 1至2名). */
export const MAX_AGENTS_PER_PRINCIPAL = 2;

/**
 * 人数众多 (Art. 15) is not defined by the 2023 law; Reg. 2007 Art. 8 is: 同一行政复议案件申请人超过5人的，
 * 推选1至5名代表参加行政复议. Representatives: on a case of more than 5 applicants, at most 5.
 */
export const REPRESENTATIVE_ABOVE_APPLICANTS = 5;
export const MAX_REPRESENTATIVES = 5;

/** A party as asked to be added. */
export interface PartyInput {
  role: PartyRole;
  kind: ApplicantKind;
  idNumber?: string;
  creditCode?: string;
  actsFor?: string;
}

/** A party already on the case, as the rules look at it. */
export interface PartyOnCase {
  role: PartyRole;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  actsFor: string | null;
}

/** An applicant of the case, as the rules look at it. */
export interface ApplicantOnCase {
  name: string;
  idNumber: string | null;
  creditCode: string | null;
}

/** The party's ID number or credit code: what tells one person or organisation from another. */
const identityOf = (p: { idNumber?: string | null; creditCode?: string | null }): string | null =>
  p.idNumber ?? p.creditCode ?? null;

/**
 * The checks of the fields themselves, before the case is looked at:
 * - a person carries an ID number, an organisation a credit code (the applicants' rule,
 *   `checkApplicants`, answered on the party's own fields);
 * - an agent or a representative acts for someone (`actsFor`, required by the DTO), a third party
 *   for nobody but themselves;
 * - an agent is a person: Art. 17 ¶1 申请人、第三人可以委托一至二名律师、基层法律服务工作者或者其他代理人
 *   代为参加行政复议, and Art. 17 ¶2 asks for the 被委托人的身份证明文件.
 */
export function checkPartyFields(p: PartyInput): void {
  try {
    checkApplicants([p]);
  } catch (e) {
    throw onOwnField(e);
  }
  if (p.role === PartyRole.THIRD_PARTY && p.actsFor !== undefined) {
    throw AppError.invalidField(
      'actsFor',
      'NOT_ALLOWED',
      'a third party takes part in their own right and acts for nobody (Art. 16)',
    );
  }
  if (p.role === PartyRole.AGENT && p.kind !== ApplicantKind.PERSON) {
    throw AppError.invalidField(
      'kind',
      'NOT_ALLOWED',
      'an agent is a person: a lawyer, a grassroots legal worker or another person (Art. 17)',
    );
  }
}

/** `checkApplicants` names `applicants[0].idNumber`; a party's field is `idNumber`. */
function onOwnField(e: unknown): unknown {
  if (!(e instanceof AppError) || !Array.isArray(e.details)) return e;
  const [problem] = e.details as FieldProblem[];
  const field = problem.field.replace(/^applicants\[0\]\./, '');
  return AppError.invalidField(field, problem.code, problem.message);
}

/**
 * The checks against the case as it is (run in the case's transaction, under its lock):
 * - a third party is someone other than the applicants (Art. 16: 申请人以外的…公民、法人或者其他组织);
 * - an agent acts for an applicant or a third party of the case, named as filed (Art. 17: 申请人、
 *   第三人可以委托);
 * - at most two agents for one principal (Art. 17: 一至二名);
 * - representatives only where the applicants are many, more than 5, and at most 5 of them (Art. 15;
 *   Reg. 2007 Art. 8);
 * - the same person or organisation is not added twice in the same role for the same principal.
 */
export function checkPartyOnCase(
  p: PartyInput,
  applicants: readonly ApplicantOnCase[],
  parties: readonly PartyOnCase[],
): void {
  const identity = identityOf(p);
  const actsFor = p.actsFor ?? null;
  if (p.role === PartyRole.THIRD_PARTY && identity !== null) {
    if (applicants.some((a) => identityOf(a) === identity)) {
      const field = p.idNumber !== undefined ? 'idNumber' : 'creditCode';
      throw AppError.invalidField(
        field,
        'IS_APPLICANT',
        `${field} is an applicant's: a third party is someone other than the applicants (Art. 16)`,
      );
    }
  }
  if (
    identity !== null &&
    parties.some((q) => q.role === p.role && identityOf(q) === identity && q.actsFor === actsFor)
  ) {
    throw AppError.conflict(
      'PARTY_EXISTS',
      'This person or organisation is on the case in this role already',
    );
  }
  if (p.role === PartyRole.AGENT) {
    const principals = principalNames(applicants, parties);
    if (!principals.includes(actsFor!)) {
      throw AppError.invalidField(
        'actsFor',
        'UNKNOWN_PRINCIPAL',
        'actsFor names no applicant or third party of this case (Art. 17), as filed',
      );
    }
    const agents = parties.filter((q) => q.role === PartyRole.AGENT && q.actsFor === actsFor);
    if (agents.length >= MAX_AGENTS_PER_PRINCIPAL) {
      throw AppError.conflict(
        'AGENT_LIMIT_REACHED',
        `${actsFor} has ${MAX_AGENTS_PER_PRINCIPAL} agents already: one or two agents each (Art. 17)`,
      );
    }
  }
  if (p.role === PartyRole.REPRESENTATIVE) {
    if (applicants.length <= REPRESENTATIVE_ABOVE_APPLICANTS) {
      throw AppError.conflict(
        'REPRESENTATIVE_NOT_ALLOWED',
        `Representatives are elected where the applicants are many: more than ${REPRESENTATIVE_ABOVE_APPLICANTS} (Art. 15; Reg. 2007 Art. 8)`,
      );
    }
    const representatives = parties.filter((q) => q.role === PartyRole.REPRESENTATIVE);
    if (representatives.length >= MAX_REPRESENTATIVES) {
      throw AppError.conflict(
        'REPRESENTATIVE_LIMIT_REACHED',
        `The case has ${MAX_REPRESENTATIVES} representatives already (Reg. 2007 Art. 8: 1至5名)`,
      );
    }
  }
}

/**
 * Who may have an agent or ask for a stay of enforcement: the applicants and the third parties,
 * by their names as filed (Arts. 17, 42 (3): 申请人、第三人).
 */
export function principalNames(
  applicants: readonly { name: string }[],
  parties: readonly { role: PartyRole; name: string }[],
): string[] {
  return [
    ...applicants.map((a) => a.name),
    ...parties.filter((q) => q.role === PartyRole.THIRD_PARTY).map((q) => q.name),
  ];
}
