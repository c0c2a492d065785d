/**
 * The intake rules that are not deadlines, each with the article it follows. The error codes and
 * messages are those the API answers with (test/cases-intake.e2e-spec.ts asserts them end to end).
 */
import { Role } from '../../access/role';
import { thrown } from '../../../test/support/thrown';
import { ActType, ApplicantKind, Procedure, SimplifiedGround } from '../case.enums';
import {
  assertMayRefuseApplication,
  checkAcceptanceFields,
  checkApplicants,
  checkSimplifiedGround,
  SIMPLIFIED_AMOUNT_LIMIT_YUAN,
  SimplifiedFacts,
  simplifiedGrounds,
  suggestProcedure,
} from './intake.rules';

const fieldError = (field: string, code: string, message: string): unknown => ({
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: 'Request validation failed',
  details: [{ field, code, message }],
});

const ART_53 = {
  actType: ActType.OTHER,
  actAmountYuan: null,
  actOnTheSpot: false,
  actWarningOrCriticism: false,
  partiesAgreeSimplified: false,
};

// ARL 2023 Art. 53: 行政复议机关审理下列行政复议案件，认为事实清楚、权利义务关系明确、争议不大的，可以适用
// 简易程序：（一）被申请行政复议的行政行为是当场作出；（二）被申请行政复议的行政行为是警告或者通报批评；
// （三）案件涉及款额三千元以下；（四）属于政府信息公开案件。除前款规定以外的行政复议案件，当事人各方同意
// 适用简易程序的，可以适用简易程序。
describe('simplifiedGrounds: the grounds of Art. 53 the facts support', () => {
  it.each<[string, Partial<SimplifiedFacts>, SimplifiedGround[]]>([
    ['nothing recorded', {}, []],
    ['（一）当场作出', { actOnTheSpot: true }, [SimplifiedGround.ON_THE_SPOT]],
    [
      '（二）警告或者通报批评',
      { actWarningOrCriticism: true },
      [SimplifiedGround.WARNING_OR_CRITICISM],
    ],
    [
      '（三）三千元以下: 3,000 yuan itself',
      { actAmountYuan: 3000 },
      [SimplifiedGround.SMALL_AMOUNT],
    ],
    ['（三）0 yuan', { actAmountYuan: 0 }, [SimplifiedGround.SMALL_AMOUNT]],
    ['（三）not 3,000.01 yuan', { actAmountYuan: 3000.01 }, []],
    [
      '（四）政府信息公开, whatever the amount',
      { actType: ActType.INFORMATION_DISCLOSURE, actAmountYuan: 50000 },
      [SimplifiedGround.INFORMATION_DISCLOSURE],
    ],
    ['¶2 当事人各方同意', { partiesAgreeSimplified: true }, [SimplifiedGround.PARTIES_AGREE]],
    [
      'several at once, in the order of the article',
      {
        actType: ActType.INFORMATION_DISCLOSURE,
        actAmountYuan: 200,
        actOnTheSpot: true,
        actWarningOrCriticism: true,
        partiesAgreeSimplified: true,
      },
      [
        SimplifiedGround.ON_THE_SPOT,
        SimplifiedGround.WARNING_OR_CRITICISM,
        SimplifiedGround.SMALL_AMOUNT,
        SimplifiedGround.INFORMATION_DISCLOSURE,
        SimplifiedGround.PARTIES_AGREE,
      ],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(simplifiedGrounds({ ...ART_53, ...facts })).toEqual(expected);
  });
});

describe('suggestProcedure (繁简分流): SIMPLIFIED when any ground of Art. 53 applies', () => {
  it.each<[string, Partial<SimplifiedFacts>, Procedure]>([
    ['no ground', { actType: ActType.PENALTY, actAmountYuan: 5000 }, Procedure.ORDINARY],
    [
      '（一）an act made on the spot',
      { actOnTheSpot: true, actAmountYuan: 5000 },
      Procedure.SIMPLIFIED,
    ],
    [
      '（二）a warning',
      { actType: ActType.PENALTY, actWarningOrCriticism: true },
      Procedure.SIMPLIFIED,
    ],
    [
      '（三）案件涉及款额三千元以下: exactly 3,000 yuan (以下 includes it)',
      { actType: ActType.PENALTY, actAmountYuan: 3000 },
      Procedure.SIMPLIFIED,
    ],
    [
      '（三）2,999.99 yuan',
      { actType: ActType.PENALTY, actAmountYuan: 2999.99 },
      Procedure.SIMPLIFIED,
    ],
    [
      '（三）3,000.01 yuan is over',
      { actType: ActType.PENALTY, actAmountYuan: 3000.01 },
      Procedure.ORDINARY,
    ],
    [
      '（四）information disclosure',
      { actType: ActType.INFORMATION_DISCLOSURE },
      Procedure.SIMPLIFIED,
    ],
    [
      '¶2 the parties agree',
      { actType: ActType.EXPROPRIATION, partiesAgreeSimplified: true },
      Procedure.SIMPLIFIED,
    ],
  ])('%s → %s', (_name, facts, expected) => {
    expect(suggestProcedure({ ...ART_53, ...facts })).toBe(expected);
  });

  // An act alone: its other facts taken as not recorded.
  it.each<[ActType, number | null, Procedure, string]>([
    [ActType.INFORMATION_DISCLOSURE, null, Procedure.SIMPLIFIED, 'an information-disclosure case'],
    [
      ActType.INFORMATION_DISCLOSURE,
      50000,
      Procedure.SIMPLIFIED,
      'an information-disclosure case, whatever the amount',
    ],
    [ActType.PENALTY, 2999.99, Procedure.SIMPLIFIED, 'an amount under 3,000 yuan'],
    [ActType.PENALTY, 0, Procedure.SIMPLIFIED, 'an amount of 0 yuan'],
    [ActType.PENALTY, 3000, Procedure.SIMPLIFIED, '三千元以下: exactly 3,000 yuan is included'],
    [ActType.PENALTY, 3000.01, Procedure.ORDINARY, 'an amount over 3,000 yuan'],
    [ActType.PENALTY, null, Procedure.ORDINARY, 'a penalty with no amount'],
    [ActType.LICENSING, null, Procedure.ORDINARY, 'a licensing case with no amount'],
  ])('an act alone: %s, amount %p → %s (%s)', (type, amountYuan, expected) => {
    expect(suggestProcedure({ ...ART_53, actType: type, actAmountYuan: amountYuan })).toBe(
      expected,
    );
  });
});

describe('SIMPLIFIED_AMOUNT_LIMIT_YUAN', () => {
  it('is the 三千元 of ARL 2023 Art. 53 para 1 item 3', () => {
    expect(SIMPLIFIED_AMOUNT_LIMIT_YUAN).toBe(3000);
  });
});

describe('checkSimplifiedGround: the simplified procedure rests on a ground of Art. 53 the facts support', () => {
  const penalty = { ...ART_53, actType: ActType.PENALTY, actAmountYuan: 3000 };

  it('accepts SIMPLIFIED on a ground the facts support, and ORDINARY without one', () => {
    expect(() =>
      checkSimplifiedGround(penalty, Procedure.SIMPLIFIED, SimplifiedGround.SMALL_AMOUNT),
    ).not.toThrow();
    expect(() =>
      checkSimplifiedGround(
        { ...penalty, partiesAgreeSimplified: true },
        Procedure.SIMPLIFIED,
        SimplifiedGround.PARTIES_AGREE,
      ),
    ).not.toThrow();
    expect(() => checkSimplifiedGround(penalty, Procedure.ORDINARY, undefined)).not.toThrow();
    expect(() => checkSimplifiedGround(penalty, Procedure.ORDINARY, null)).not.toThrow();
  });

  it.each([undefined, null])('SIMPLIFIED with no ground (%p) → 400 REQUIRED', (ground) => {
    expect(thrown(() => checkSimplifiedGround(penalty, Procedure.SIMPLIFIED, ground))).toEqual({
      status: 400,
      body: fieldError(
        'simplifiedGround',
        'REQUIRED',
        'the simplified procedure needs the ground of Art. 53 it relies on',
      ),
    });
  });

  it('SIMPLIFIED on a ground the facts do not support → 400 NOT_A_GROUND, naming the ones they do', () => {
    expect(
      thrown(() =>
        checkSimplifiedGround(penalty, Procedure.SIMPLIFIED, SimplifiedGround.ON_THE_SPOT),
      ),
    ).toEqual({
      status: 400,
      body: {
        ...(fieldError('simplifiedGround', 'NOT_A_GROUND', '') as object),
        details: [
          {
            field: 'simplifiedGround',
            code: 'NOT_A_GROUND',
            message:
              "ON_THE_SPOT is not a ground of Art. 53 this case's facts support; they support: SMALL_AMOUNT",
            i18n: { params: { values: 'SMALL_AMOUNT' } },
          },
        ],
      },
    });
  });

  it('SIMPLIFIED for a case with no ground at all (3,000.01 yuan) → 400 NOT_A_GROUND', () => {
    expect(
      thrown(() =>
        checkSimplifiedGround(
          { ...penalty, actAmountYuan: 3000.01 },
          Procedure.SIMPLIFIED,
          SimplifiedGround.SMALL_AMOUNT,
        ),
      ),
    ).toEqual({
      status: 400,
      body: {
        ...(fieldError('simplifiedGround', 'NOT_A_GROUND', '') as object),
        details: [
          {
            field: 'simplifiedGround',
            code: 'NOT_A_GROUND',
            message:
              "SMALL_AMOUNT is not a ground of Art. 53 this case's facts support; they support: none",
            i18n: { params: { values: '无' } },
          },
        ],
      },
    });
  });

  it('SIMPLIFIED on the parties’ agreement given at acceptance: no other ground needed (¶2)', () => {
    expect(() =>
      checkSimplifiedGround(
        { ...penalty, actAmountYuan: 5000 },
        Procedure.SIMPLIFIED,
        SimplifiedGround.PARTIES_AGREE,
      ),
    ).not.toThrow();
  });

  it('ORDINARY with a ground → 400 NOT_ALLOWED', () => {
    expect(
      thrown(() =>
        checkSimplifiedGround(penalty, Procedure.ORDINARY, SimplifiedGround.SMALL_AMOUNT),
      ),
    ).toEqual({
      status: 400,
      body: fieldError(
        'simplifiedGround',
        'NOT_ALLOWED',
        'simplifiedGround is given only with the simplified procedure (Art. 53)',
      ),
    });
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
