/**
 * The law's rules for an application before it is accepted (受理), apart from its deadlines
 * (deadlines.rules.ts) and the order of its dates (date-order.rules.ts). Pure: errors are the
 * API's AppError, with the codes and messages the API answers with.
 */
import { Role } from '../../access/role';
import { AppError } from '../../common/app-error';
import { ActType, ApplicantKind, Procedure, SimplifiedGround } from '../case.enums';

/** Amounts up to and including this (yuan) suit the simplified procedure (三千元以下). */
export const SIMPLIFIED_AMOUNT_LIMIT_YUAN = 3000;

/** The facts of a case that Art. 53 looks at. */
export interface SimplifiedFacts {
  actType: ActType;
  actAmountYuan: number | null;
  actOnTheSpot: boolean;
  actWarningOrCriticism: boolean;
  partiesAgreeSimplified: boolean;
}

/**
 * The Art. 53 grounds the recorded facts support (a suggestion: the office must also find the
 * facts clear, rights and duties plain and the dispute small). 以下 includes the number itself:
 * 3,000 yuan is a small amount.
 *
 * ARL 2023 Art. 53: 行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，可以
 * 适用简易程序：（一）被申请行政复议的行政行为是当场作出；（二）被申请行政复议的行政行为是警告或者通报
 * 批评；（三）案件涉及款额三千元以下；（四）属于政府信息公开案件。除前款规定以外的行政复议案件，当事人
 * 各方同意适用简易程序的，可以适用简易程序。
 */
export function simplifiedGrounds(c: SimplifiedFacts): SimplifiedGround[] {
  const grounds: SimplifiedGround[] = [];
  if (c.actOnTheSpot) grounds.push(SimplifiedGround.ON_THE_SPOT);
  if (c.actWarningOrCriticism) grounds.push(SimplifiedGround.WARNING_OR_CRITICISM);
  if (c.actAmountYuan !== null && c.actAmountYuan <= SIMPLIFIED_AMOUNT_LIMIT_YUAN) {
    grounds.push(SimplifiedGround.SMALL_AMOUNT);
  }
  if (c.actType === ActType.INFORMATION_DISCLOSURE) {
    grounds.push(SimplifiedGround.INFORMATION_DISCLOSURE);
  }
  if (c.partiesAgreeSimplified) grounds.push(SimplifiedGround.PARTIES_AGREE);
  return grounds;
}

/**
 * What the system proposes at registration (繁简分流): SIMPLIFIED when the facts support any
 * ground of Art. 53 (simplifiedGrounds), ORDINARY otherwise; the officer decides at acceptance
 * (checkSimplifiedGround).
 *
 * ARL 2023 Art. 53 ¶1: 行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，
 * 可以适用简易程序：…… ¶2: 除前款规定以外的行政复议案件，当事人各方同意适用简易程序的，可以适用简易程序。
 */
export function suggestProcedure(facts: SimplifiedFacts): Procedure {
  return simplifiedGrounds(facts).length > 0 ? Procedure.SIMPLIFIED : Procedure.ORDINARY;
}

/**
 * At acceptance: the simplified procedure rests on a ground of Art. 53 the case's facts support
 * (simplifiedGrounds), or the parties' agreement recorded at acceptance (PARTIES_AGREE, ¶2); the
 * ordinary procedure takes none. 400 on `simplifiedGround`: REQUIRED when SIMPLIFIED has none,
 * NOT_A_GROUND when the facts do not support the one given, NOT_ALLOWED with ORDINARY.
 *
 * ARL 2023 Art. 53: 行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，可以
 * 适用简易程序：（一）被申请行政复议的行政行为是当场作出；（二）被申请行政复议的行政行为是警告或者通报
 * 批评；（三）案件涉及款额三千元以下；（四）属于政府信息公开案件。除前款规定以外的行政复议案件，当事人
 * 各方同意适用简易程序的，可以适用简易程序。
 */
export function checkSimplifiedGround(
  facts: SimplifiedFacts,
  procedure: Procedure,
  ground: SimplifiedGround | null | undefined,
): void {
  if (procedure !== Procedure.SIMPLIFIED) {
    if (ground !== undefined && ground !== null) {
      throw AppError.invalidField(
        'simplifiedGround',
        'NOT_ALLOWED',
        'simplifiedGround is given only with the simplified procedure (Art. 53)',
      );
    }
    return;
  }
  if (ground === undefined || ground === null) {
    throw AppError.invalidField(
      'simplifiedGround',
      'REQUIRED',
      'the simplified procedure needs the ground of Art. 53 it relies on',
    );
  }
  const grounds = simplifiedGrounds(facts);
  // The parties' agreement (¶2) may be given at acceptance itself: recording it is the ground.
  if (ground !== SimplifiedGround.PARTIES_AGREE && !grounds.includes(ground)) {
    const supported = grounds.join(', ');
    throw AppError.invalidField(
      'simplifiedGround',
      'NOT_A_GROUND',
      `${ground} is not a ground of Art. 53 this case's facts support; they support: ${supported || 'none'}`,
      { values: supported || '无' },
    );
  }
}

/** What an applicant is identified by, as registered. */
export interface ApplicantIdentity {
  kind: ApplicantKind;
  idNumber?: string;
  creditCode?: string;
}

/**
 * A person carries an ID number, an organisation a credit code; not the other.
 *
 * Reg. 2007 Art. 19 (1): 申请人的基本情况，包括：公民的姓名、性别、年龄、身份证号码……；法人或者其他组织的
 * 名称、住所、邮政编码和法定代表人或者主要负责人的姓名、职务 (the applicants of ARL 2023 Art. 14).
 */
export function checkApplicants(applicants: readonly ApplicantIdentity[]): void {
  applicants.forEach((a, i) => {
    if (a.kind === ApplicantKind.PERSON && a.creditCode !== undefined) {
      throw AppError.invalidField(
        `applicants[${i}].creditCode`,
        'NOT_ALLOWED',
        'a person carries an idNumber, not a creditCode',
      );
    }
    if (a.kind === ApplicantKind.ORGANISATION && a.idNumber !== undefined) {
      throw AppError.invalidField(
        `applicants[${i}].idNumber`,
        'NOT_ALLOWED',
        'an organisation carries a creditCode, not an idNumber',
      );
    }
  });
}

/** A decision on acceptance as requested: 受理 with its procedure and day, or 不予受理 with reasons. */
export interface AcceptanceRequest {
  accepted: boolean;
  procedure?: unknown;
  acceptedOn?: unknown;
  reason?: unknown;
  decidedOn?: unknown;
}

function refuse(value: unknown, field: string, why: string): void {
  if (value !== undefined) throw AppError.invalidField(field, 'NOT_ALLOWED', `${field} ${why}`);
}

/**
 * An acceptance carries its procedure and day and no reasons; a refusal its reasons and day and
 * no procedure (who may refuse: assertMayRefuseApplication).
 *
 * ARL 2023 Art. 30 para 2: 对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理
 * 并说明理由.
 */
export function checkAcceptanceFields(d: AcceptanceRequest): void {
  if (d.accepted) {
    refuse(d.reason, 'reason', 'is given only when not accepted');
    refuse(d.decidedOn, 'decidedOn', 'is given only when not accepted');
  } else {
    refuse(d.procedure, 'procedure', 'is given only when accepted');
    refuse(d.acceptedOn, 'acceptedOn', 'is given only when accepted');
  }
}

/**
 * Only a REVIEWER (审批人) refuses an application (不予受理); an OFFICER may accept but not refuse
 * (docs/domain.md, "Case lifecycle").
 *
 * ARL 2023 Art. 30 para 2: 对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理
 * 并说明理由；不属于本机关管辖的，还应当在不予受理决定中告知申请人有管辖权的行政复议机关。
 */
export function assertMayRefuseApplication(role: Role): void {
  if (role !== Role.REVIEWER) {
    throw new AppError(403, 'FORBIDDEN', 'Only a REVIEWER may decide not to accept a case');
  }
}
