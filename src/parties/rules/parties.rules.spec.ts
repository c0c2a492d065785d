/**
 * The rules of who else takes part in a case, each with the article it follows. The codes and
 * messages are those the API answers with (test/parties-and-stays.e2e-spec.ts end to end).
 */
import { thrown } from '../../../test/support/thrown';
import { ApplicantKind, PartyRole } from '../../cases/case.enums';
import {
  ApplicantOnCase,
  checkPartyFields,
  checkPartyOnCase,
  MAX_AGENTS_PER_PRINCIPAL,
  MAX_REPRESENTATIVES,
  PartyInput,
  PartyOnCase,
  principalNames,
  REPRESENTATIVE_ABOVE_APPLICANTS,
} from './parties.rules';

const { PERSON, ORGANISATION } = ApplicantKind;
const { THIRD_PARTY, REPRESENTATIVE, AGENT } = PartyRole;

const ID_A = '110101199003074514';
const ID_B = '11010519491231002X';
const CREDIT = '91110000600037341L';

const applicant = (name: string, idNumber: string | null = null): ApplicantOnCase => ({
  name,
  idNumber,
  creditCode: null,
});
const party = (p: Partial<PartyOnCase> & { role: PartyRole; name: string }): PartyOnCase => ({
  idNumber: null,
  creditCode: null,
  actsFor: null,
  ...p,
});
const agentOf = (actsFor: string, idNumber: string): PartyInput => ({
  role: AGENT,
  kind: PERSON,
  idNumber,
  actsFor,
});
const applicants = (n: number): ApplicantOnCase[] =>
  Array.from({ length: n }, (_, i) => applicant(`申请人${i + 1}`));

const fieldError = (field: string, code: string): unknown =>
  expect.objectContaining({
    status: 400,
    body: expect.objectContaining({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field, code })],
    }) as unknown,
  });
const conflict = (code: string): unknown =>
  expect.objectContaining({
    status: 409,
    body: expect.objectContaining({ code }) as unknown,
  });

// Reg. 2007 Art. 19 (1) (the applicants' rule, checkApplicants): 公民的姓名、…身份证号码；法人或者
// 其他组织的名称….
describe('checkPartyFields: who the party is', () => {
  it('reuses the applicants’ rule, naming the party’s own field', () => {
    expect(
      thrown(() => checkPartyFields({ role: THIRD_PARTY, kind: PERSON, creditCode: CREDIT })),
    ).toEqual(fieldError('creditCode', 'NOT_ALLOWED'));
    expect(
      thrown(() => checkPartyFields({ role: THIRD_PARTY, kind: ORGANISATION, idNumber: ID_A })),
    ).toEqual(fieldError('idNumber', 'NOT_ALLOWED'));
  });

  // Art. 16: 申请人以外的…可以作为第三人申请参加行政复议: in their own right.
  it('refuses actsFor on a third party', () => {
    expect(
      thrown(() =>
        checkPartyFields({ role: THIRD_PARTY, kind: PERSON, idNumber: ID_A, actsFor: '孙九' }),
      ),
    ).toEqual(fieldError('actsFor', 'NOT_ALLOWED'));
  });

  // Art. 17: 申请人、第三人可以委托一至二名律师、基层法律服务工作者或者其他代理人代为参加行政复议;
  // 应当向行政复议机构提交…被委托人的身份证明文件.
  it('takes an agent to be a person', () => {
    expect(
      thrown(() =>
        checkPartyFields({ role: AGENT, kind: ORGANISATION, creditCode: CREDIT, actsFor: '孙九' }),
      ),
    ).toEqual(fieldError('kind', 'NOT_ALLOWED'));
  });

  it('accepts each role with its own fields', () => {
    expect(() =>
      checkPartyFields({ role: THIRD_PARTY, kind: ORGANISATION, creditCode: CREDIT }),
    ).not.toThrow();
    expect(() => checkPartyFields(agentOf('孙九', ID_A))).not.toThrow();
    expect(() =>
      checkPartyFields({ role: REPRESENTATIVE, kind: PERSON, idNumber: ID_A, actsFor: '全体' }),
    ).not.toThrow();
  });
});

// Art. 16: 申请人以外的同被申请行政复议的行政行为或者行政复议案件处理结果有利害关系的公民、法人或者其他组织，
// 可以作为第三人申请参加行政复议.
describe('checkPartyOnCase: a third party', () => {
  it('is someone other than the applicants (by ID number or credit code)', () => {
    expect(
      thrown(() =>
        checkPartyOnCase(
          { role: THIRD_PARTY, kind: PERSON, idNumber: ID_A },
          [applicant('孙九', ID_A)],
          [],
        ),
      ),
    ).toEqual(fieldError('idNumber', 'IS_APPLICANT'));
    expect(() =>
      checkPartyOnCase(
        { role: THIRD_PARTY, kind: PERSON, idNumber: ID_B },
        [applicant('孙九', ID_A)],
        [],
      ),
    ).not.toThrow();
  });

  it('is added once', () => {
    expect(
      thrown(() =>
        checkPartyOnCase(
          { role: THIRD_PARTY, kind: PERSON, idNumber: ID_B },
          [applicant('孙九', ID_A)],
          [party({ role: THIRD_PARTY, name: '周十', idNumber: ID_B })],
        ),
      ),
    ).toEqual(conflict('PARTY_EXISTS'));
  });
});

// Art. 17 ¶1: 申请人、第三人可以委托一至二名律师、基层法律服务工作者或者其他代理人代为参加行政复议.
describe('checkPartyOnCase: an agent', () => {
  const onCase = [applicant('孙九', ID_A)];
  const third = party({ role: THIRD_PARTY, name: '周十', idNumber: ID_B });

  it('acts for an applicant or a third party of the case, named as filed', () => {
    expect(() => checkPartyOnCase(agentOf('孙九', ID_B), onCase, [])).not.toThrow();
    expect(() => checkPartyOnCase(agentOf('周十', ID_A), onCase, [third])).not.toThrow();
    expect(thrown(() => checkPartyOnCase(agentOf('孙 九', ID_B), onCase, []))).toEqual(
      fieldError('actsFor', 'UNKNOWN_PRINCIPAL'),
    );
  });

  it(`one or two each: a third for the same principal is refused (${MAX_AGENTS_PER_PRINCIPAL})`, () => {
    expect(MAX_AGENTS_PER_PRINCIPAL).toBe(2);
    const one = party({ role: AGENT, name: '律师甲', idNumber: ID_B, actsFor: '孙九' });
    const two = party({ role: AGENT, name: '律师乙', idNumber: CREDIT, actsFor: '孙九' });
    expect(() =>
      checkPartyOnCase(agentOf('孙九', '110101199003070011'), onCase, [one]),
    ).not.toThrow();
    expect(
      thrown(() => checkPartyOnCase(agentOf('孙九', '110101199003070011'), onCase, [one, two])),
    ).toEqual(conflict('AGENT_LIMIT_REACHED'));
    // Another principal's agents do not count.
    expect(() =>
      checkPartyOnCase(agentOf('周十', '110101199003070011'), onCase, [third, one, two]),
    ).not.toThrow();
  });

  it('is not added twice for the same principal', () => {
    const one = party({ role: AGENT, name: '律师甲', idNumber: ID_B, actsFor: '孙九' });
    expect(thrown(() => checkPartyOnCase(agentOf('孙九', ID_B), onCase, [one]))).toEqual(
      conflict('PARTY_EXISTS'),
    );
  });
});

// Art. 15: 同一行政复议案件申请人人数众多的，可以由申请人推选代表人参加行政复议.
// Reg. 2007 Art. 8: 同一行政复议案件申请人超过5人的，推选1至5名代表参加行政复议.
describe('checkPartyOnCase: a representative', () => {
  const rep = (idNumber: string): PartyInput => ({
    role: REPRESENTATIVE,
    kind: PERSON,
    idNumber,
    actsFor: '全体申请人',
  });

  it(`only where the applicants are more than ${REPRESENTATIVE_ABOVE_APPLICANTS}`, () => {
    expect(thrown(() => checkPartyOnCase(rep(ID_A), applicants(5), []))).toEqual(
      conflict('REPRESENTATIVE_NOT_ALLOWED'),
    );
    expect(thrown(() => checkPartyOnCase(rep(ID_A), applicants(1), []))).toEqual(
      conflict('REPRESENTATIVE_NOT_ALLOWED'),
    );
    expect(() => checkPartyOnCase(rep(ID_A), applicants(6), [])).not.toThrow();
  });

  it(`at most ${MAX_REPRESENTATIVES}`, () => {
    const five = Array.from({ length: 5 }, (_, i) =>
      party({ role: REPRESENTATIVE, name: `代表${i}`, actsFor: '全体申请人' }),
    );
    expect(() => checkPartyOnCase(rep(ID_A), applicants(8), five.slice(0, 4))).not.toThrow();
    expect(thrown(() => checkPartyOnCase(rep(ID_A), applicants(8), five))).toEqual(
      conflict('REPRESENTATIVE_LIMIT_REACHED'),
    );
  });
});

// Arts. 17, 42 (3): 申请人、第三人.
describe('principalNames', () => {
  it('are the applicants and the third parties, not agents or representatives', () => {
    expect(
      principalNames(
        [applicant('孙九'), applicant('某公司')],
        [
          party({ role: THIRD_PARTY, name: '周十' }),
          party({ role: AGENT, name: '律师甲', actsFor: '孙九' }),
          party({ role: REPRESENTATIVE, name: '代表', actsFor: '全体' }),
        ],
      ),
    ).toEqual(['孙九', '某公司', '周十']);
  });
});
