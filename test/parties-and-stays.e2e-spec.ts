/**
 * Parties (third parties, representatives, agents: ARL 2023 Arts. 15–17) and stays of
 * enforcement (Art. 42), through the API: each role of party, personal data masked for VIEWER,
 * one or two agents per principal, bad input answered 400 with the field and code and nothing
 * written, closed cases refused, other offices' agents answered 404; a party's request for a stay
 * and the organ's decision, the other grounds staying enforcement at once, and the timeline.
 *
 * Today is Monday 2026-03-02 (the TestClock); cases are received on 2026-02-26.
 */
import type { Response } from 'supertest';
import { CaseBody, CaseWorld, ErrorBody, idNumber, WorldUser } from './support/case-world';
import { countAllRows, expectError, expectFieldError, expectStatus } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const TODAY = '2026-03-02';
const RECEIVED = '2026-02-26';
const APPLICANT = '孙九';
const APPLICANT_ID = idNumber();
const CREDIT_CODE = '91350100M000100Y43';
/** A valid ID number with another check character: ID_NUMBER_CHECKSUM. */
const WRONG_ID = ((good: string) => good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'))(
  idNumber('19850505', '999'),
);

interface PartyBody {
  id: string;
  caseId: string;
  role: string;
  kind: string;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
  address: string | null;
  actsFor: string | null;
  joinedOn: string;
  createdBy: string;
  createdAt: string;
}

interface StayBody {
  id: string;
  caseId: string;
  ground: string;
  requestedBy: string | null;
  requestedOn: string;
  reason: string;
  decision: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  createdBy: string;
  decidedBy: string | null;
  createdAt: string;
}

describe('parties and stays of enforcement', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let agent: WorldUser;
  let viewer: WorldUser;
  let liaison: WorldUser;
  let otherAgent: WorldUser;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    ({ officer, reviewer, agent, viewer, liaison, otherAgent } = await w.cast());
  });
  afterAll(() => t?.close());

  /** A case filed at the world's office (so its agent sees it), received on RECEIVED. */
  const register = (applicants?: object[]): Promise<CaseBody> =>
    w.register(officer.token, {
      channel: 'AGENT_POINT',
      officeId: w.officeId,
      receivedOn: RECEIVED,
      applicants: applicants ?? [{ kind: 'PERSON', name: APPLICANT, idNumber: APPLICANT_ID }],
    });

  const underReview = async (): Promise<CaseBody> => {
    const c = await register();
    return w.accept(officer.token, c.id, TODAY);
  };

  /** Person bodies, each with an ID number of its own. */
  let seq = 100;
  const person = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
    seq += 1;
    return {
      kind: 'PERSON',
      name: '周十',
      idNumber: idNumber('19850505', String(seq)),
      joinedOn: TODAY,
      ...overrides,
    };
  };
  const thirdParty = (overrides: Record<string, unknown> = {}) =>
    person({ role: 'THIRD_PARTY', ...overrides });
  const agentOf = (actsFor: string, overrides: Record<string, unknown> = {}) =>
    person({ role: 'AGENT', name: '律师甲', actsFor, phone: '13800138000', ...overrides });

  const addParty = (token: string, caseId: string, body: object) =>
    w.post(token, `/cases/${caseId}/parties`, body);
  const parties = async (token: string, caseId: string): Promise<PartyBody[]> => {
    const res = await w.get(token, `/cases/${caseId}/parties`);
    expectStatus(res, 200);
    return res.body as PartyBody[];
  };
  const stays = async (token: string, caseId: string): Promise<StayBody[]> => {
    const res = await w.get(token, `/cases/${caseId}/stays`);
    expectStatus(res, 200);
    return res.body as StayBody[];
  };

  /** `act` is refused with `status` (and `code`) and leaves every table as it was. */
  async function refusedWithoutWriting(
    act: () => PromiseLike<Response>,
    status: number,
    code?: string,
  ): Promise<ErrorBody> {
    const before = await countAllRows(t);
    const res = await act();
    const body = expectError(res, status, code);
    expect(await countAllRows(t)).toEqual(before);
    return body;
  }

  describe('parties (Arts. 15–17)', () => {
    let c: CaseBody;
    beforeAll(async () => {
      c = await register();
    });

    it('adds a third party (Art. 16), an organisation with its credit code', async () => {
      const res = await addParty(officer.token, c.id, {
        role: 'THIRD_PARTY',
        kind: 'ORGANISATION',
        name: '某建材公司',
        creditCode: CREDIT_CODE.toLowerCase(),
        address: '某镇工业园1号',
        joinedOn: RECEIVED,
      });
      expectStatus(res, 201);
      expect(res.body).toEqual({
        id: expect.any(String),
        caseId: c.id,
        role: 'THIRD_PARTY',
        kind: 'ORGANISATION',
        name: '某建材公司',
        idNumber: null,
        creditCode: CREDIT_CODE,
        phone: null,
        address: '某镇工业园1号',
        actsFor: null,
        joinedOn: RECEIVED,
        createdBy: officer.id,
        createdAt: expect.any(String),
      });
    });

    it('adds agents (Art. 17): the office’s agent registers a villager’s agent', async () => {
      const first = await addParty(agent.token, c.id, agentOf(APPLICANT));
      expectStatus(first, 201);
      expect(first.body).toMatchObject({ role: 'AGENT', actsFor: APPLICANT, createdBy: agent.id });
      expectStatus(
        await addParty(officer.token, c.id, agentOf(APPLICANT, { name: '律师乙' })),
        201,
      );
    });

    it('refuses a third agent for the same principal: 409 AGENT_LIMIT_REACHED, nothing written', async () => {
      const body = await refusedWithoutWriting(
        () => addParty(officer.token, c.id, agentOf(APPLICANT, { name: '律师丙' })),
        409,
        'AGENT_LIMIT_REACHED',
      );
      expect(body.message).toMatch(/第十七条/);
    });

    it('lets another principal, a third party, have agents of their own', async () => {
      expectStatus(
        await addParty(reviewer.token, c.id, agentOf('某建材公司', { name: '律师丙' })),
        201,
      );
    });

    it('refuses the same party twice: 409 PARTY_EXISTS', async () => {
      const body = thirdParty({ name: '吴十一' });
      expectStatus(await addParty(officer.token, c.id, body), 201);
      await refusedWithoutWriting(() => addParty(officer.token, c.id, body), 409, 'PARTY_EXISTS');
    });

    it('adds a representative only where the applicants are more than 5 (Art. 15; Reg. 2007 Art. 8)', async () => {
      const rep = person({ role: 'REPRESENTATIVE', name: '申请人1', actsFor: '全体申请人' });
      await refusedWithoutWriting(
        () => addParty(officer.token, c.id, rep),
        409,
        'REPRESENTATIVE_NOT_ALLOWED',
      );
      const many = await register(
        Array.from({ length: 6 }, (_, i) => ({
          kind: 'PERSON',
          name: `申请人${i + 1}`,
          idNumber: idNumber('19700101', String(200 + i)),
        })),
      );
      const res = await addParty(officer.token, many.id, rep);
      expectStatus(res, 201);
      expect(res.body).toMatchObject({ role: 'REPRESENTATIVE', actsFor: '全体申请人' });
    });

    it('lists the parties in order, in full for the office', async () => {
      const list = await parties(officer.token, c.id);
      expect(list.map((p) => [p.role, p.name, p.actsFor])).toEqual([
        ['THIRD_PARTY', '某建材公司', null],
        ['AGENT', '律师甲', APPLICANT],
        ['AGENT', '律师乙', APPLICANT],
        ['AGENT', '律师丙', '某建材公司'],
        ['THIRD_PARTY', '吴十一', null],
      ]);
      expect(list[1].idNumber).toMatch(/^110105\d{11}[\dX]$/);
      expect(list[1].phone).toBe('13800138000');
      expect(await parties(agent.token, c.id)).toEqual(list);
    });

    it('masks ID and phone numbers for a VIEWER, as the applicants’', async () => {
      const full = await parties(officer.token, c.id);
      const seen = await parties(viewer.token, c.id);
      expect(seen[1].idNumber).toMatch(/^110105\*{8}\d{3}[\dX]$/);
      expect(seen[1].idNumber).not.toBe(full[1].idNumber);
      expect(seen[1].phone).toBe('138****8000');
      // Names and credit codes are not masked (as for applicants).
      expect(seen.map((p) => [p.name, p.creditCode])).toEqual(
        full.map((p) => [p.name, p.creditCode]),
      );
    });

    it('audits the read of the list as a read of the case, out of the timeline', async () => {
      const reads = () =>
        t.db.query<{ actor_id: string; after: unknown }[]>(
          `SELECT actor_id, after FROM audit_log
            WHERE entity_type = 'case' AND entity_id = $1 AND action = 'case.read' ORDER BY id`,
          [c.id],
        );
      const before = (await reads()).length;
      await parties(viewer.token, c.id);
      const rows = await reads();
      expect(rows).toHaveLength(before + 1);
      expect(rows[rows.length - 1]).toEqual({ actor_id: viewer.id, after: { view: 'parties' } });
      expect(await w.events(c.id)).not.toContain('case.read');
    });

    it('shows each party joining on the timeline, without their ID or phone numbers', async () => {
      const added = (await w.timeline(c.id)).filter((e) => e.event === 'ADD_PARTY');
      expect(added).toHaveLength(5);
      expect(added[1]).toMatchObject({
        actor: agent.username,
        fromStatus: 'RECEIVED',
        toStatus: 'RECEIVED',
        data: {
          role: 'AGENT',
          kind: 'PERSON',
          name: '律师甲',
          actsFor: APPLICANT,
          joinedOn: TODAY,
        },
      });
      for (const e of added) {
        expect(e.data).not.toHaveProperty('idNumber');
        expect(e.data).not.toHaveProperty('phone');
      }
    });

    it('refuses callers outside the case: another office’s agent 404, a liaison 403', async () => {
      await refusedWithoutWriting(
        () => addParty(otherAgent.token, c.id, thirdParty({ name: '郑十二' })),
        404,
        'CASE_NOT_FOUND',
      );
      expectError(await w.get(otherAgent.token, `/cases/${c.id}/parties`), 404, 'CASE_NOT_FOUND');
      expectError(await w.get(liaison.token, `/cases/${c.id}/parties`), 403, 'FORBIDDEN');
      await refusedWithoutWriting(
        () => addParty(viewer.token, c.id, thirdParty({ name: '郑十二' })),
        403,
        'FORBIDDEN',
      );
    });

    it('refuses a closed case: 409 CASE_STATE_CONFLICT', async () => {
      const closed = await register();
      expectStatus(
        await w.post(officer.token, `/cases/${closed.id}/withdrawal`, { withdrawnOn: TODAY }),
        200,
      );
      const body = await refusedWithoutWriting(
        () => addParty(officer.token, closed.id, thirdParty()),
        409,
        'CASE_STATE_CONFLICT',
      );
      expect(body.details).toEqual([{ currentStatus: 'WITHDRAWN', event: 'ADD_PARTY' }]);
    });

    describe('bad input: 400 naming the field and its code, nothing written', () => {
      const cases: [string, () => Record<string, unknown>, string, string][] = [
        ['an unknown role', () => thirdParty({ role: 'WITNESS' }), 'role', 'IS_ENUM'],
        ['an agent acting for nobody', () => person({ role: 'AGENT' }), 'actsFor', 'REQUIRED'],
        [
          'a representative acting for nobody',
          () => person({ role: 'REPRESENTATIVE' }),
          'actsFor',
          'REQUIRED',
        ],
        [
          'a third party acting for someone',
          () => thirdParty({ actsFor: APPLICANT }),
          'actsFor',
          'NOT_ALLOWED',
        ],
        [
          'an agent for someone not on the case',
          () => agentOf('王二麻子'),
          'actsFor',
          'UNKNOWN_PRINCIPAL',
        ],
        [
          'an organisation as agent',
          () => ({
            role: 'AGENT',
            kind: 'ORGANISATION',
            name: '某律师事务所',
            creditCode: CREDIT_CODE,
            actsFor: APPLICANT,
            joinedOn: TODAY,
          }),
          'kind',
          'NOT_ALLOWED',
        ],
        [
          'an applicant as third party',
          () => thirdParty({ name: APPLICANT, idNumber: APPLICANT_ID }),
          'idNumber',
          'IS_APPLICANT',
        ],
        [
          'a person without an ID number',
          () => thirdParty({ idNumber: undefined }),
          'idNumber',
          'REQUIRED',
        ],
        [
          'a wrong ID number',
          () => thirdParty({ idNumber: WRONG_ID }),
          'idNumber',
          'ID_NUMBER_CHECKSUM',
        ],
        [
          'a person with a credit code',
          () => thirdParty({ creditCode: CREDIT_CODE }),
          'creditCode',
          'NOT_ALLOWED',
        ],
        ['a wrong phone number', () => thirdParty({ phone: '12345' }), 'phone', 'INVALID_PHONE'],
        ['a name too long', () => thirdParty({ name: '张'.repeat(101) }), 'name', 'MAX_LENGTH'],
        ['an empty name', () => thirdParty({ name: '' }), 'name', 'MIN_LENGTH'],
        [
          'joinedOn before the case was received',
          () => thirdParty({ joinedOn: '2026-02-25' }),
          'joinedOn',
          'DATE_OUT_OF_ORDER',
        ],
        [
          'joinedOn in the future',
          () => thirdParty({ joinedOn: '2026-03-03' }),
          'joinedOn',
          'DATE_IN_FUTURE',
        ],
        [
          'joinedOn not a date',
          () => thirdParty({ joinedOn: '2026-02-30' }),
          'joinedOn',
          'INVALID_DATE',
        ],
        ['an unknown field', () => thirdParty({ note: 'x' }), 'note', 'UNKNOWN_FIELD'],
      ];

      it.each(cases.map(([title, body, field, code]) => [title, field, code, body] as const))(
        '%s → %s %s',
        async (_, field, code, body) => {
          const before = await countAllRows(t);
          expectFieldError(await addParty(officer.token, c.id, body()), field, code);
          expect(await countAllRows(t)).toEqual(before);
        },
      );
    });
  });

  describe('stays of enforcement (Art. 42)', () => {
    let c: CaseBody;
    let pending: StayBody;
    beforeAll(async () => {
      c = await underReview();
    });

    const request = (token: string, caseId: string, body: object) =>
      w.post(token, `/cases/${caseId}/stays`, body);
    const decide = (token: string, caseId: string, sid: string, body: object) =>
      w.post(token, `/cases/${caseId}/stays/${sid}/decision`, body);
    const partyRequest = (overrides: Record<string, unknown> = {}) => ({
      ground: 'PARTY_REQUEST',
      requestedBy: APPLICANT,
      requestedOn: '2026-02-27',
      reason: '拆除在即，执行将造成难以弥补的损失',
      ...overrides,
    });

    it('records a party’s request (Art. 42 (3)) as awaiting the organ’s decision', async () => {
      const res = await request(officer.token, c.id, partyRequest());
      expectStatus(res, 201);
      pending = res.body as StayBody;
      expect(pending).toEqual({
        id: expect.any(String),
        caseId: c.id,
        ground: 'PARTY_REQUEST',
        requestedBy: APPLICANT,
        requestedOn: '2026-02-27',
        reason: '拆除在即，执行将造成难以弥补的损失',
        decision: null,
        decidedOn: null,
        decisionReason: null,
        createdBy: officer.id,
        decidedBy: null,
        createdAt: expect.any(String),
      });
      expect(await stays(viewer.token, c.id)).toEqual([pending]);
    });

    it('lets only a REVIEWER decide: an OFFICER gets 403', async () => {
      await refusedWithoutWriting(
        () =>
          decide(officer.token, c.id, pending.id, {
            decision: 'STAYED',
            decidedOn: TODAY,
            reason: '要求合理',
          }),
        403,
        'FORBIDDEN',
      );
    });

    it('refuses a decision dated before the request', async () => {
      const before = await countAllRows(t);
      expectFieldError(
        await decide(reviewer.token, c.id, pending.id, {
          decision: 'STAYED',
          decidedOn: '2026-02-26',
          reason: '要求合理',
        }),
        'decidedOn',
        'DATE_OUT_OF_ORDER',
      );
      expect(await countAllRows(t)).toEqual(before);
    });

    it('the REVIEWER decides the request, once: a second decision is 409 STAY_ALREADY_DECIDED', async () => {
      const res = await decide(reviewer.token, c.id, pending.id, {
        decision: 'STAYED',
        decidedOn: TODAY,
        reason: '申请人要求合理，决定停止执行',
      });
      expectStatus(res, 200);
      expect(res.body).toEqual({
        ...pending,
        decision: 'STAYED',
        decidedOn: TODAY,
        decisionReason: '申请人要求合理，决定停止执行',
        decidedBy: reviewer.id,
      });
      await refusedWithoutWriting(
        () =>
          decide(reviewer.token, c.id, pending.id, {
            decision: 'REFUSED',
            decidedOn: TODAY,
            reason: '改变主意',
          }),
        409,
        'STAY_ALREADY_DECIDED',
      );
    });

    it('may refuse a request (不停止执行), also while the case is suspended', async () => {
      const s = await underReview();
      expectStatus(
        await w.post(officer.token, `/cases/${s.id}/suspension`, {
          ground: 'AWAITING_OTHER_CASE',
          reason: '等待鉴定',
          suspendedOn: TODAY,
        }),
        200,
      );
      const req = await request(officer.token, s.id, partyRequest({ requestedOn: TODAY }));
      expectStatus(req, 201);
      const res = await decide(reviewer.token, s.id, (req.body as StayBody).id, {
        decision: 'REFUSED',
        decidedOn: TODAY,
        reason: '不停止执行不会造成难以弥补的损失',
      });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ decision: 'REFUSED', decidedBy: reviewer.id });
    });

    it.each([
      ['RESPONDENT_DEEMS_NECESSARY', 'officer'],
      ['LAW_REQUIRES', 'officer'],
      ['ORGAN_DEEMS_NECESSARY', 'reviewer'],
    ] as const)(
      'records %s as STAYED at once, decided on the day it arose (应当停止执行)',
      async (ground, who) => {
        const by = who === 'officer' ? officer : reviewer;
        const res = await request(by.token, c.id, {
          ground,
          requestedOn: '2026-02-28',
          reason: '被申请人来函要求停止执行',
        });
        expectStatus(res, 201);
        expect(res.body).toMatchObject({
          ground,
          requestedBy: null,
          decision: 'STAYED',
          decidedOn: '2026-02-28',
          decidedBy: by.id,
        });
        // Nothing left to decide.
        await refusedWithoutWriting(
          () =>
            decide(reviewer.token, c.id, (res.body as StayBody).id, {
              decision: 'REFUSED',
              decidedOn: TODAY,
              reason: '不予停止',
            }),
          409,
          'STAY_ALREADY_DECIDED',
        );
      },
    );

    it('leaves the organ’s own decision (Art. 42 (2)) to a REVIEWER: an OFFICER gets 403', async () => {
      await refusedWithoutWriting(
        () =>
          request(officer.token, c.id, {
            ground: 'ORGAN_DEEMS_NECESSARY',
            requestedOn: TODAY,
            reason: '复议机关认为需要停止执行',
          }),
        403,
        'FORBIDDEN',
      );
    });

    it('takes a third party’s request (申请人、第三人申请停止执行)', async () => {
      expectStatus(
        await addParty(officer.token, c.id, thirdParty({ name: '钱十三', joinedOn: TODAY })),
        201,
      );
      const res = await request(officer.token, c.id, partyRequest({ requestedBy: '钱十三' }));
      expectStatus(res, 201);
      expect(res.body).toMatchObject({ requestedBy: '钱十三', decision: null });
    });

    describe('bad input: 400 naming the field and its code, nothing written', () => {
      const cases: [string, () => Record<string, unknown>, string, string][] = [
        ['an unknown ground', () => partyRequest({ ground: 'WHIM' }), 'ground', 'IS_ENUM'],
        [
          'a party’s request naming nobody',
          () => partyRequest({ requestedBy: undefined }),
          'requestedBy',
          'REQUIRED',
        ],
        [
          'a party’s request by someone not on the case',
          () => partyRequest({ requestedBy: '王二麻子' }),
          'requestedBy',
          'UNKNOWN_PRINCIPAL',
        ],
        [
          'requestedBy on another ground',
          () => partyRequest({ ground: 'LAW_REQUIRES' }),
          'requestedBy',
          'NOT_ALLOWED',
        ],
        [
          'requestedOn before the case was received',
          () => partyRequest({ requestedOn: '2026-02-25' }),
          'requestedOn',
          'DATE_OUT_OF_ORDER',
        ],
        [
          'requestedOn in the future',
          () => partyRequest({ requestedOn: '2026-03-03' }),
          'requestedOn',
          'DATE_IN_FUTURE',
        ],
        ['no reason', () => partyRequest({ reason: undefined }), 'reason', 'REQUIRED'],
        ['an empty reason', () => partyRequest({ reason: '' }), 'reason', 'MIN_LENGTH'],
      ];

      it.each(cases.map(([title, body, field, code]) => [title, field, code, body] as const))(
        '%s → %s %s',
        async (_, field, code, body) => {
          const before = await countAllRows(t);
          expectFieldError(await request(officer.token, c.id, body()), field, code);
          expect(await countAllRows(t)).toEqual(before);
        },
      );

      it('a decision without its fields', async () => {
        const before = await countAllRows(t);
        const res = await decide(reviewer.token, c.id, pending.id, { decision: 'MAYBE' });
        expectFieldError(res, 'decision', 'IS_ENUM');
        expectFieldError(res, 'decidedOn', 'REQUIRED');
        expectFieldError(res, 'reason', 'REQUIRED');
        expect(await countAllRows(t)).toEqual(before);
      });
    });

    it('answers 404 STAY_NOT_FOUND for a stay of no case or of another case', async () => {
      const other = await underReview();
      const body = { decision: 'STAYED', decidedOn: TODAY, reason: '要求合理' };
      await refusedWithoutWriting(
        () => decide(reviewer.token, other.id, pending.id, body),
        404,
        'STAY_NOT_FOUND',
      );
      await refusedWithoutWriting(
        () => decide(reviewer.token, c.id, '00000000-0000-4000-8000-000000000000', body),
        404,
        'STAY_NOT_FOUND',
      );
    });

    it('refuses a case not under review: 409 CASE_STATE_CONFLICT', async () => {
      const received = await register();
      const body = await refusedWithoutWriting(
        () => request(officer.token, received.id, partyRequest()),
        409,
        'CASE_STATE_CONFLICT',
      );
      expect(body.details).toEqual([{ currentStatus: 'RECEIVED', event: 'REQUEST_STAY' }]);
    });

    it('refuses callers outside the case: another office’s agent 404, a liaison 403', async () => {
      expectStatus(await w.get(agent.token, `/cases/${c.id}/stays`), 200);
      expectError(await w.get(otherAgent.token, `/cases/${c.id}/stays`), 404, 'CASE_NOT_FOUND');
      expectError(await w.get(liaison.token, `/cases/${c.id}/stays`), 403, 'FORBIDDEN');
      await refusedWithoutWriting(
        () => request(agent.token, c.id, partyRequest()),
        403,
        'FORBIDDEN',
      );
    });

    it('shows requests and decisions on the timeline', async () => {
      const events = (await w.timeline(c.id)).filter((e) =>
        ['REQUEST_STAY', 'DECIDE_STAY'].includes(e.event),
      );
      expect(events.map((e) => [e.event, e.data?.ground, e.data?.decision])).toEqual([
        ['REQUEST_STAY', 'PARTY_REQUEST', undefined],
        ['DECIDE_STAY', 'PARTY_REQUEST', 'STAYED'],
        ['REQUEST_STAY', 'RESPONDENT_DEEMS_NECESSARY', 'STAYED'],
        ['REQUEST_STAY', 'LAW_REQUIRES', 'STAYED'],
        ['REQUEST_STAY', 'ORGAN_DEEMS_NECESSARY', 'STAYED'],
        ['REQUEST_STAY', 'PARTY_REQUEST', undefined],
      ]);
      expect(events[0]).toMatchObject({
        actor: officer.username,
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'UNDER_REVIEW',
        data: { stayId: pending.id, requestedBy: APPLICANT, requestedOn: '2026-02-27' },
      });
      expect(events[1]).toMatchObject({
        actor: reviewer.username,
        data: { stayId: pending.id, decision: 'STAYED', decidedOn: TODAY },
      });
      const listed = await stays(officer.token, c.id);
      expect(listed.map((s) => [s.ground, s.decision])).toEqual([
        ['PARTY_REQUEST', 'STAYED'],
        ['RESPONDENT_DEEMS_NECESSARY', 'STAYED'],
        ['LAW_REQUIRES', 'STAYED'],
        ['ORGAN_DEEMS_NECESSARY', 'STAYED'],
        ['PARTY_REQUEST', null],
      ]);
    });
  });
});
