/**
 * The intake rules that are not deadlines, each with the article it follows. The error codes and
 * messages are those the API answers with (test/cases-intake.e2e-spec.ts asserts them end to end).
 */
import { Role } from '../../access/role';
import { thrown } from '../../../test/support/thrown';
import { ActType, ApplicantKind, Procedure } from '../case.enums';
import {
  assertMayRefuseApplication,
  checkAcceptanceFields,
  checkApplicants,
  SIMPLIFIED_AMOUNT_LIMIT_YUAN,
  suggestProcedure,
} from './intake.rules';

const fieldError = (field: string, code: string, message: string): unknown => ({
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: 'Request validation failed',
  details: [{ field, code, message }],
});

// ARL 2023 Art. 53 para 1: 行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，
// 可以适用简易程序：……（三）案件涉及款额三千元以下；（四）属于政府信息公开案件。
describe('suggestProcedure (繁简分流)', () => {
  it.each<[ActType, number | null, Procedure, string]>([
    [ActType.INFORMATION_DISCLOSURE, null, Procedure.SIMPLIFIED, 'an information-disclosure case'],
    [
      ActType.INFORMATION_DISCLOSURE,
      50000,
      Procedure.SIMPLIFIED,
      'an information-disclosure case, whatever the amount',
    ],
    [ActType.PENALTY, 2999.99, Procedure.SIMPLIFIED, 'an amount under 3,000 yuan'],
    [ActType.PENALTY, 0, Procedure.SIMPLIFIED, 'an amount of 0 yuan is under 3,000'],
    [ActType.PENALTY, 3000, Procedure.ORDINARY, 'exactly 3,000 yuan is not under 3,000'],
    [ActType.PENALTY, 3000.01, Procedure.ORDINARY, 'an amount over 3,000 yuan'],
    [ActType.PENALTY, null, Procedure.ORDINARY, 'a penalty with no amount'],
    [ActType.LICENSING, null, Procedure.ORDINARY, 'a licensing case with no amount'],
  ])('%s, amount %p → %s (%s)', (type, amountYuan, expected) => {
    expect(suggestProcedure({ type, amountYuan })).toBe(expected);
  });
});

describe('SIMPLIFIED_AMOUNT_LIMIT_YUAN', () => {
  it('is the 三千元 of ARL 2023 Art. 53 para 1 item 3', () => {
    expect(SIMPLIFIED_AMOUNT_LIMIT_YUAN).toBe(3000);
  });
});

// Reg. 2007 Art. 19 (1): 申请人的基本情况，包括：公民的姓名、性别、年龄、身份证号码……；法人或者其他组织的
// 名称、住所、邮政编码和法定代表人或者主要负责人的姓名、职务.
describe('checkApplicants: a person carries an ID number, an organisation a credit code', () => {
  it('accepts each with its own identifier, and either without one', () => {
    expect(() =>
      checkApplicants([
        { kind: ApplicantKind.PERSON, idNumber: '110101199003074514' },
        { kind: ApplicantKind.ORGANISATION, creditCode: '91110000600037341L' },
        { kind: ApplicantKind.PERSON },
        { kind: ApplicantKind.ORGANISATION },
      ]),
    ).not.toThrow();
  });

  it('refuses a person with a credit code (400, NOT_ALLOWED on that applicant)', () => {
    const e = thrown(() =>
      checkApplicants([
        { kind: ApplicantKind.ORGANISATION, creditCode: '91110000600037341L' },
        { kind: ApplicantKind.PERSON, creditCode: '91110000600037341L' },
      ]),
    );
    expect(e).toEqual({
      status: 400,
      body: fieldError(
        'applicants[1].creditCode',
        'NOT_ALLOWED',
        'a person carries an idNumber, not a creditCode',
      ),
    });
  });

  it('refuses an organisation with an ID number (400, NOT_ALLOWED on that applicant)', () => {
    const e = thrown(() =>
      checkApplicants([{ kind: ApplicantKind.ORGANISATION, idNumber: '110101199003074514' }]),
    );
    expect(e).toEqual({
      status: 400,
      body: fieldError(
        'applicants[0].idNumber',
        'NOT_ALLOWED',
        'an organisation carries a creditCode, not an idNumber',
      ),
    });
  });
});

// ARL 2023 Art. 30 para 2: 对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理并说明
// 理由；不属于本机关管辖的，还应当在不予受理决定中告知申请人有管辖权的行政复议机关。
describe('checkAcceptanceFields: 受理 with procedure and day, 不予受理 with reasons and day', () => {
  it('accepts each with its own fields', () => {
    expect(() =>
      checkAcceptanceFields({
        accepted: true,
        procedure: Procedure.ORDINARY,
        acceptedOn: '2026-03-05',
      }),
    ).not.toThrow();
    expect(() =>
      checkAcceptanceFields({ accepted: false, reason: '不属于受理范围', decidedOn: '2026-03-05' }),
    ).not.toThrow();
  });

  it.each([
    [true, 'reason', 'is given only when not accepted'],
    [true, 'decidedOn', 'is given only when not accepted'],
    [false, 'procedure', 'is given only when accepted'],
    [false, 'acceptedOn', 'is given only when accepted'],
  ])('accepted %p with %s: 400 NOT_ALLOWED', (accepted, field, why) => {
    expect(thrown(() => checkAcceptanceFields({ accepted, [field]: 'x' }))).toEqual({
      status: 400,
      body: fieldError(field, 'NOT_ALLOWED', `${field} ${why}`),
    });
  });
});

describe('assertMayRefuseApplication: only a REVIEWER refuses an application (不予受理)', () => {
  it('lets a REVIEWER refuse', () => {
    expect(() => assertMayRefuseApplication(Role.REVIEWER)).not.toThrow();
  });

  it.each([Role.OFFICER, Role.ADMIN, Role.AGENT, Role.VIEWER, Role.AGENCY_LIAISON])(
    'answers %s with 403 FORBIDDEN',
    (role) => {
      expect(thrown(() => assertMayRefuseApplication(role))).toEqual({
        status: 403,
        body: {
          statusCode: 403,
          code: 'FORBIDDEN',
          message: 'Only a REVIEWER may decide not to accept a case',
        },
      });
    },
  );
});
