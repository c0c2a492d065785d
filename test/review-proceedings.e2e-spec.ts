/**
 * The review's proceedings under the 2023 law, through the API: the parties' views heard (ARL
 * Art. 49), formal hearings (听证, Arts. 50–51) with the notice 5 working days ahead and the
 * respondent's head at the hearing, the reconsideration committee and its opinion (Art. 52), and
 * the warnings a decision draft carries (Arts. 49, 61 ¶¶2–3), appearing and going as the records
 * come in. Refusals: the notice too late (400 naming noticeServedOn), a record twice (409), a case
 * not under review (409 CASE_STATE_CONFLICT), the wrong role (403), another office's agent (404);
 * a refused call writes nothing. The timeline shows each event.
 *
 * Today is Monday 2026-03-02 (the TestClock). Cases are received Monday 2026-02-09 and accepted
 * the next day, so that the Spring Festival of 2026 (2-15…2-23 off, make-up Saturdays 2-14 and
 * 2-28) lies inside the working-day counts.
 */
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { Procedure } from '../src/cases/case.enums';
import { ReviewProceedings } from '../src/review/proceedings.service';
import { CaseBody, CaseWorld, ErrorBody, WorldUser } from './support/case-world';
import { countAllRows, expectError, expectFieldError, expectStatus } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const TODAY = '2026-03-02';
const RECEIVED = '2026-02-09';
const ACCEPTED = '2026-02-10';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface ViewsBody {
  id: string;
  caseId: string;
  heardOn: string;
  method: string;
  heard: string;
  summary: string;
  recordedBy: string;
  createdAt: string;
}

interface HearingBody {
  id: string;
  caseId: string;
  reason: string;
  noticeServedOn: string;
  heldOn: string;
  place: string;
  matters: string;
  status: string;
  respondentHeadAttended: boolean | null;
  respondentAttendeeName: string | null;
  respondentAttendeeTitle: string | null;
  headAbsenceReason: string | null;
  record: string | null;
  cancellationReason: string | null;
  createdBy: string;
  createdAt: string;
}

interface ReferralBody {
  id: string;
  caseId: string;
  ground: string;
  referredOn: string;
  opinion: string | null;
  opinionOn: string | null;
  createdBy: string;
  createdAt: string;
}

interface WarningsBody {
  caseId: string;
  procedure: string | null;
  warnings: { code: string; message: string; ids: string[] }[];
}

describe('the review’s proceedings (Arts. 49–52)', () => {
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
  const register = (): Promise<CaseBody> =>
    w.register(officer.token, {
      channel: 'AGENT_POINT',
      officeId: w.officeId,
      receivedOn: RECEIVED,
    });

  const underReview = async (
    procedure: 'ORDINARY' | 'SIMPLIFIED' = 'ORDINARY',
  ): Promise<CaseBody> => w.accept(officer.token, (await register()).id, ACCEPTED, procedure);

  const views = (token: string, caseId: string, body: object) =>
    w.post(token, `/cases/${caseId}/views`, body);
  const schedule = (token: string, caseId: string, body: object) =>
    w.post(token, `/cases/${caseId}/formal-hearings`, body);
  const record = (token: string, caseId: string, hid: string, body: object) =>
    w.post(token, `/cases/${caseId}/formal-hearings/${hid}/record`, body);
  const refer = (token: string, caseId: string, body: object) =>
    w.post(token, `/cases/${caseId}/committee-referrals`, body);
  const opinion = (token: string, caseId: string, rid: string, body: object) =>
    w.post(token, `/cases/${caseId}/committee-referrals/${rid}/opinion`, body);

  async function list<T>(token: string, caseId: string, what: string): Promise<T> {
    const res = await w.get(token, `/cases/${caseId}/${what}`);
    expectStatus(res, 200);
    return res.body as T;
  }
  const warnings = (caseId: string, token = officer.token) =>
    list<WarningsBody>(token, caseId, 'review-warnings');
  const codes = async (caseId: string): Promise<string[]> =>
    (await warnings(caseId)).warnings.map((x) => x.code);

  const viewsBody = (overrides: Record<string, unknown> = {}) => ({
    heardOn: '2026-02-12',
    method: 'IN_PERSON',
    heard: '申请人孙九、被申请人委托的法制科科长赵六',
    summary: '申请人认为处罚过重；被申请人坚持原处罚决定',
    ...overrides,
  });
  /** Served Wednesday 2-11: Thu 2-12, Fri 2-13, make-up Sat 2-14, 2-15…2-23 off, 2-24, 2-25. */
  const hearingBody = (overrides: Record<string, unknown> = {}) => ({
    reason: 'APPLICANT_REQUEST',
    noticeServedOn: '2026-02-11',
    heldOn: '2026-02-25',
    place: '区司法局听证室',
    matters: '原行政行为认定的事实是否清楚',
    ...overrides,
  });
  const attended = (overrides: Record<string, unknown> = {}) => ({
    held: true,
    respondentHeadAttended: true,
    respondentAttendeeName: '王五',
    respondentAttendeeTitle: '局长',
    record: '听证笔录：双方陈述、质证、辩论',
    ...overrides,
  });

  /** `act` is refused with `status` (and `code`) and leaves every table as it was. */
  async function refusedWithoutWriting(
    act: () => PromiseLike<Response>,
    status: number,
    code?: string,
  ): Promise<ErrorBody> {
    const before = await countAllRows(t);
    const body = expectError(await act(), status, code);
    expect(await countAllRows(t)).toEqual(before);
    return body;
  }

  /** `act` answers 400 naming `field` with `code`, and writes nothing. */
  async function badField(
    act: () => PromiseLike<Response>,
    field: string,
    code: string,
  ): Promise<ErrorBody> {
    const before = await countAllRows(t);
    const body = expectFieldError(await act(), field, code);
    expect(await countAllRows(t)).toEqual(before);
    return body;
  }

  describe('one ordinary case from acceptance to its decision draft', () => {
    let c: CaseBody;
    let heard: ViewsBody;
    let hearing: HearingBody;
    let referral: ReferralBody;
    beforeAll(async () => {
      c = await underReview();
    });

    it('warns at once that the parties are not heard (Art. 49)', async () => {
      const body = await warnings(c.id);
      expect(body).toEqual({
        caseId: c.id,
        procedure: 'ORDINARY',
        warnings: [
          {
            code: 'VIEWS_NOT_HEARD',
            message: expect.stringContaining('行政复议法第四十九条') as string,
            ids: [],
          },
        ],
      });
      // The drafter, the approver and every reader of the case see the same.
      for (const token of [reviewer.token, agent.token, viewer.token, w.admin]) {
        expect(await warnings(c.id, token)).toEqual(body);
      }
    });

    it('records the views heard (Art. 49); the warning goes', async () => {
      const res = await views(officer.token, c.id, viewsBody());
      expectStatus(res, 201);
      heard = res.body as ViewsBody;
      expect(heard).toEqual({
        id: expect.any(String),
        caseId: c.id,
        ...viewsBody(),
        recordedBy: officer.id,
        createdAt: expect.any(String),
      });
      expect(await list<ViewsBody[]>(viewer.token, c.id, 'views')).toEqual([heard]);
      expect(await list<ViewsBody[]>(agent.token, c.id, 'views')).toEqual([heard]);
      expect(await codes(c.id)).toEqual([]);
    });

    it('refuses a notice served 4 working days before the hearing: 400 on noticeServedOn (Art. 51 ¶1)', async () => {
      // Served 2-11, held 2-24: Thu 2-12, Fri 2-13, make-up Sat 2-14, then Tue 2-24 is the 4th.
      const body = await badField(
        () => schedule(officer.token, c.id, hearingBody({ heldOn: '2026-02-24' })),
        'noticeServedOn',
        'FORMAL_HEARING_NOTICE_LATE',
      );
      const [detail] = body.details as { message: string }[];
      expect(detail.message).toContain('行政复议法第五十一条第一款');
      expect(detail.message).toContain('2026-02-25');
      const en = await schedule(officer.token, c.id, hearingBody({ heldOn: '2026-02-24' })).set(
        'accept-language',
        'en',
      );
      expect(
        (expectFieldError(en, 'noticeServedOn').details as { message: string }[])[0].message,
      ).toMatch(/Art\. 51 para 1.*2026-02-25 at the earliest/);
    });

    it('notices a formal hearing 5 working days ahead, across Spring Festival; the warning comes', async () => {
      const res = await schedule(officer.token, c.id, hearingBody());
      expectStatus(res, 201);
      hearing = res.body as HearingBody;
      expect(hearing).toEqual({
        id: expect.any(String),
        caseId: c.id,
        ...hearingBody(),
        status: 'SCHEDULED',
        respondentHeadAttended: null,
        respondentAttendeeName: null,
        respondentAttendeeTitle: null,
        headAbsenceReason: null,
        record: null,
        cancellationReason: null,
        createdBy: officer.id,
        createdAt: expect.any(String),
      });
      const { warnings: now } = await warnings(c.id);
      expect(now).toEqual([
        {
          code: 'FORMAL_HEARING_NOT_RECORDED',
          message: expect.stringContaining('2026-02-25') as string,
          ids: [hearing.id],
        },
      ]);
    });

    it('refuses a head absent without the reason (Art. 51 ¶3)', async () => {
      const body = await badField(
        () =>
          record(
            officer.token,
            c.id,
            hearing.id,
            attended({ respondentHeadAttended: false, respondentAttendeeName: '赵六' }),
          ),
        'headAbsenceReason',
        'HEAD_ABSENCE_UNEXPLAINED',
      );
      expect((body.details as { message: string }[])[0].message).toContain('第五十一条第三款');
      await badField(
        () => record(officer.token, c.id, hearing.id, attended({ headAbsenceReason: '出差' })),
        'headAbsenceReason',
        'NOT_ALLOWED',
      );
      await badField(
        () => record(officer.token, c.id, hearing.id, attended({ record: undefined })),
        'record',
        'REQUIRED',
      );
    });

    it('records the hearing held with the head there, once: a second record is 409', async () => {
      const res = await record(reviewer.token, c.id, hearing.id, attended());
      expectStatus(res, 200);
      expect(res.body).toEqual({
        ...hearing,
        status: 'HELD',
        respondentHeadAttended: true,
        respondentAttendeeName: '王五',
        respondentAttendeeTitle: '局长',
        record: '听证笔录：双方陈述、质证、辩论',
      });
      hearing = res.body as HearingBody;
      expect(await codes(c.id)).toEqual([]);
      await refusedWithoutWriting(
        () => record(officer.token, c.id, hearing.id, { held: false, reason: '改期' }),
        409,
        'FORMAL_HEARING_ALREADY_RECORDED',
      );
      expect(await list<HearingBody[]>(viewer.token, c.id, 'formal-hearings')).toEqual([hearing]);
    });

    it('only a REVIEWER refers the case to the committee (Art. 52 ¶2); the warning comes', async () => {
      const body = { ground: 'TECHNICAL', referredOn: '2026-02-26' };
      await refusedWithoutWriting(() => refer(officer.token, c.id, body), 403, 'FORBIDDEN');
      const res = await refer(reviewer.token, c.id, body);
      expectStatus(res, 201);
      referral = res.body as ReferralBody;
      expect(referral).toEqual({
        id: expect.any(String),
        caseId: c.id,
        ...body,
        opinion: null,
        opinionOn: null,
        createdBy: reviewer.id,
        createdAt: expect.any(String),
      });
      expect((await warnings(c.id)).warnings).toEqual([
        {
          code: 'COMMITTEE_OPINION_PENDING',
          message: expect.stringContaining('第六十一条第三款') as string,
          ids: [referral.id],
        },
      ]);
    });

    it('records the committee’s opinion once (Art. 52 ¶3); the warning goes', async () => {
      await badField(
        () =>
          opinion(officer.token, c.id, referral.id, { opinion: '建议', opinionOn: '2026-02-25' }),
        'opinionOn',
        'DATE_OUT_OF_ORDER',
      );
      const res = await opinion(officer.token, c.id, referral.id, {
        opinion: '建议撤销原行政行为',
        opinionOn: '2026-02-27',
      });
      expectStatus(res, 200);
      expect(res.body).toEqual({
        ...referral,
        opinion: '建议撤销原行政行为',
        opinionOn: '2026-02-27',
      });
      await refusedWithoutWriting(
        () => opinion(reviewer.token, c.id, referral.id, { opinion: '改为维持', opinionOn: TODAY }),
        409,
        'COMMITTEE_OPINION_ALREADY_RECORDED',
      );
      expect(await codes(c.id)).toEqual([]);
      // The drafter and the approver read it, as every reader of the case.
      for (const token of [officer.token, reviewer.token, agent.token, viewer.token]) {
        expect(await list<ReferralBody[]>(token, c.id, 'committee-referrals')).toEqual([res.body]);
      }
    });

    it('answers the same warnings to another service inside its transaction (ReviewProceedings.warnings)', async () => {
      const other = await underReview();
      await schedule(officer.token, other.id, hearingBody()).expect(201);
      const inTransaction = await t.app
        .get(DataSource)
        .transaction((em) => ReviewProceedings.warnings(em, other.id, Procedure.ORDINARY));
      expect(inTransaction).toEqual((await warnings(other.id)).warnings);
      expect(inTransaction.map((x) => x.code)).toEqual([
        'VIEWS_NOT_HEARD',
        'FORMAL_HEARING_NOT_RECORDED',
      ]);
      expect(
        await t.app
          .get(DataSource)
          .transaction((em) => ReviewProceedings.warnings(em, c.id, Procedure.ORDINARY)),
      ).toEqual([]);
    });

    it('shows each proceeding on the timeline', async () => {
      const events = (await w.timeline(c.id)).filter((e) =>
        [
          'RECORD_VIEWS',
          'SCHEDULE_FORMAL_HEARING',
          'RECORD_FORMAL_HEARING',
          'REFER_TO_COMMITTEE',
          'RECORD_COMMITTEE_OPINION',
        ].includes(e.event),
      );
      expect(events.map((e) => [e.event, e.actor, e.fromStatus, e.toStatus])).toEqual([
        ['RECORD_VIEWS', officer.username, 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['SCHEDULE_FORMAL_HEARING', officer.username, 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['RECORD_FORMAL_HEARING', reviewer.username, 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['REFER_TO_COMMITTEE', reviewer.username, 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['RECORD_COMMITTEE_OPINION', officer.username, 'UNDER_REVIEW', 'UNDER_REVIEW'],
      ]);
      expect(events.map((e) => e.data)).toEqual([
        expect.objectContaining({ viewsId: heard.id, heardOn: '2026-02-12', method: 'IN_PERSON' }),
        expect.objectContaining({
          formalHearingId: hearing.id,
          reason: 'APPLICANT_REQUEST',
          noticeServedOn: '2026-02-11',
          heldOn: '2026-02-25',
        }),
        expect.objectContaining({
          formalHearingId: hearing.id,
          held: true,
          respondentHeadAttended: true,
          respondentAttendeeName: '王五',
        }),
        { referralId: referral.id, ground: 'TECHNICAL', referredOn: '2026-02-26' },
        expect.objectContaining({ referralId: referral.id, opinionOn: '2026-02-27' }),
      ]);
    });
  });

  describe('formal hearings: the head absent, not held, not yet due', () => {
    let c: CaseBody;
    beforeAll(async () => {
      c = await underReview();
    });

    it('records a head absent with the reason and the staff member sent (Art. 51 ¶3)', async () => {
      const h = (await schedule(officer.token, c.id, hearingBody()).expect(201))
        .body as HearingBody;
      const res = await record(
        officer.token,
        c.id,
        h.id,
        attended({
          respondentHeadAttended: false,
          respondentAttendeeName: '赵六',
          respondentAttendeeTitle: '法制科科长',
          headAbsenceReason: '局长参加市政府常务会议',
        }),
      );
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        status: 'HELD',
        respondentHeadAttended: false,
        respondentAttendeeName: '赵六',
        respondentAttendeeTitle: '法制科科长',
        headAbsenceReason: '局长参加市政府常务会议',
        cancellationReason: null,
      });
    });

    it('refuses a hearing ahead recorded as held (409 FORMAL_HEARING_NOT_DUE), takes it as not held', async () => {
      // Served today, Monday 3-2: the earliest day is Monday 3-9.
      const h = (
        await schedule(
          officer.token,
          c.id,
          hearingBody({ noticeServedOn: TODAY, heldOn: '2026-03-09' }),
        ).expect(201)
      ).body as HearingBody;
      expect(await codes(c.id)).toEqual(['VIEWS_NOT_HEARD', 'FORMAL_HEARING_NOT_RECORDED']);
      await refusedWithoutWriting(
        () => record(officer.token, c.id, h.id, attended()),
        409,
        'FORMAL_HEARING_NOT_DUE',
      );
      await badField(
        () => record(officer.token, c.id, h.id, { held: false, reason: '改期', record: '笔录' }),
        'record',
        'NOT_ALLOWED',
      );
      await badField(
        () => record(officer.token, c.id, h.id, attended({ reason: '改期' })),
        'reason',
        'NOT_ALLOWED',
      );
      await badField(
        () => record(officer.token, c.id, h.id, { held: false }),
        'reason',
        'REQUIRED',
      );
      const res = await record(officer.token, c.id, h.id, {
        held: false,
        reason: '申请人撤回听证请求',
      });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        status: 'CANCELLED',
        respondentHeadAttended: null,
        record: null,
        cancellationReason: '申请人撤回听证请求',
      });
      expect(await codes(c.id)).toEqual(['VIEWS_NOT_HEARD']);
      const events = (await w.timeline(c.id)).filter((e) => e.event === 'RECORD_FORMAL_HEARING');
      expect(events[events.length - 1].data).toEqual({
        formalHearingId: h.id,
        heldOn: '2026-03-09',
        held: false,
        reason: '申请人撤回听证请求',
      });
    });

    it('answers 404 for a hearing or referral of another case, or of none', async () => {
      const other = await underReview();
      const h = (await schedule(officer.token, other.id, hearingBody()).expect(201))
        .body as HearingBody;
      const r = (
        await refer(reviewer.token, other.id, { ground: 'MAJOR_OR_COMPLEX', referredOn: TODAY })
      ).body as ReferralBody;
      for (const hid of [h.id, NO_SUCH_ID]) {
        await refusedWithoutWriting(
          () => record(officer.token, c.id, hid, attended()),
          404,
          'FORMAL_HEARING_NOT_FOUND',
        );
      }
      for (const rid of [r.id, NO_SUCH_ID]) {
        await refusedWithoutWriting(
          () => opinion(officer.token, c.id, rid, { opinion: '意见', opinionOn: TODAY }),
          404,
          'COMMITTEE_REFERRAL_NOT_FOUND',
        );
      }
    });
  });

  describe('the views warning (Art. 49)', () => {
    it('a record by WRITTEN counts: the parties could not be heard, the case is reviewed in writing', async () => {
      const c = await underReview();
      expect(await codes(c.id)).toEqual(['VIEWS_NOT_HEARD']);
      await views(officer.token, c.id, viewsBody({ method: 'WRITTEN' })).expect(201);
      expect(await codes(c.id)).toEqual([]);
    });

    it('is not asked of the simplified procedure, nor of a case not yet accepted', async () => {
      const simplified = await underReview('SIMPLIFIED');
      expect(await warnings(simplified.id)).toEqual({
        caseId: simplified.id,
        procedure: 'SIMPLIFIED',
        warnings: [],
      });
      const received = await register();
      expect(await warnings(received.id)).toMatchObject({ procedure: null, warnings: [] });
    });

    it('records views while the case is suspended', async () => {
      const c = await underReview();
      expectStatus(
        await w.post(officer.token, `/cases/${c.id}/suspension`, {
          ground: 'OTHER',
          reason: '等待鉴定',
          suspendedOn: TODAY,
        }),
        200,
      );
      const res = await views(reviewer.token, c.id, viewsBody({ method: 'PHONE' }));
      expectStatus(res, 201);
      const [event] = (await w.timeline(c.id)).filter((e) => e.event === 'RECORD_VIEWS');
      expect(event).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'SUSPENDED' });
    });
  });

  describe('refusals', () => {
    let c: CaseBody;
    beforeAll(async () => {
      c = await underReview();
    });

    it('a case not under review: 409 CASE_STATE_CONFLICT, nothing written', async () => {
      const received = await register();
      const closed = await register();
      expectStatus(
        await w.post(officer.token, `/cases/${closed.id}/withdrawal`, { withdrawnOn: TODAY }),
        200,
      );
      for (const [x, status] of [
        [received, 'RECEIVED'],
        [closed, 'WITHDRAWN'],
      ] as const) {
        const attempts: [() => PromiseLike<Response>, string][] = [
          [() => views(officer.token, x.id, viewsBody({ heardOn: TODAY })), 'RECORD_VIEWS'],
          [
            () =>
              schedule(
                officer.token,
                x.id,
                hearingBody({ noticeServedOn: TODAY, heldOn: '2026-03-10' }),
              ),
            'SCHEDULE_FORMAL_HEARING',
          ],
          [
            () => refer(reviewer.token, x.id, { ground: 'TECHNICAL', referredOn: TODAY }),
            'REFER_TO_COMMITTEE',
          ],
        ];
        for (const [attempt, event] of attempts) {
          const body = await refusedWithoutWriting(attempt, 409, 'CASE_STATE_CONFLICT');
          expect(body.details).toEqual([{ currentStatus: status, event }]);
        }
      }
    });

    it('the wrong role: 403, nothing written', async () => {
      await refusedWithoutWriting(() => views(viewer.token, c.id, viewsBody()), 403, 'FORBIDDEN');
      await refusedWithoutWriting(() => views(agent.token, c.id, viewsBody()), 403, 'FORBIDDEN');
      await refusedWithoutWriting(() => schedule(w.admin, c.id, hearingBody()), 403, 'FORBIDDEN');
      await refusedWithoutWriting(
        () => refer(officer.token, c.id, { ground: 'TECHNICAL', referredOn: TODAY }),
        403,
        'FORBIDDEN',
      );
      for (const what of ['views', 'formal-hearings', 'committee-referrals', 'review-warnings']) {
        expectError(await w.get(liaison.token, `/cases/${c.id}/${what}`), 403, 'FORBIDDEN');
      }
    });

    it('another office’s agent: 404 CASE_NOT_FOUND, as for a case that does not exist', async () => {
      for (const what of ['views', 'formal-hearings', 'committee-referrals', 'review-warnings']) {
        expectError(await w.get(otherAgent.token, `/cases/${c.id}/${what}`), 404, 'CASE_NOT_FOUND');
        expectError(
          await w.get(officer.token, `/cases/${NO_SUCH_ID}/${what}`),
          404,
          'CASE_NOT_FOUND',
        );
        expectStatus(await w.get(agent.token, `/cases/${c.id}/${what}`), 200);
      }
    });

    describe('bad input: 400 naming the field and its code, nothing written', () => {
      const cases: [
        string,
        'views' | 'schedule' | 'refer',
        Record<string, unknown>,
        string,
        string,
      ][] = [
        [
          'heardOn before acceptance',
          'views',
          viewsBody({ heardOn: '2026-02-09' }),
          'heardOn',
          'DATE_OUT_OF_ORDER',
        ],
        [
          'heardOn in the future',
          'views',
          viewsBody({ heardOn: '2026-03-03' }),
          'heardOn',
          'DATE_IN_FUTURE',
        ],
        [
          'heardOn not a date',
          'views',
          viewsBody({ heardOn: '2026-02-30' }),
          'heardOn',
          'INVALID_DATE',
        ],
        ['an unknown method', 'views', viewsBody({ method: 'LETTER' }), 'method', 'IS_ENUM'],
        ['heard too long', 'views', viewsBody({ heard: '张'.repeat(501) }), 'heard', 'MAX_LENGTH'],
        ['no summary', 'views', viewsBody({ summary: undefined }), 'summary', 'REQUIRED'],
        ['an unknown field', 'views', viewsBody({ note: 'x' }), 'note', 'UNKNOWN_FIELD'],
        ['an unknown reason', 'schedule', hearingBody({ reason: 'WHIM' }), 'reason', 'IS_ENUM'],
        [
          'the notice before acceptance',
          'schedule',
          hearingBody({ noticeServedOn: '2026-02-09' }),
          'noticeServedOn',
          'DATE_OUT_OF_ORDER',
        ],
        [
          'the notice in the future',
          'schedule',
          hearingBody({ noticeServedOn: '2026-03-03', heldOn: '2026-03-20' }),
          'noticeServedOn',
          'DATE_IN_FUTURE',
        ],
        [
          'the hearing on the day of the notice',
          'schedule',
          hearingBody({ heldOn: '2026-02-11' }),
          'noticeServedOn',
          'FORMAL_HEARING_NOTICE_LATE',
        ],
        [
          'place too long',
          'schedule',
          hearingBody({ place: '室'.repeat(201) }),
          'place',
          'MAX_LENGTH',
        ],
        ['an unknown ground', 'refer', { ground: 'WHIM', referredOn: TODAY }, 'ground', 'IS_ENUM'],
        [
          'referredOn in the future',
          'refer',
          { ground: 'TECHNICAL', referredOn: '2026-03-03' },
          'referredOn',
          'DATE_IN_FUTURE',
        ],
      ];

      it.each(
        cases.map(
          ([title, route, body, field, code]) => [title, field, code, route, body] as const,
        ),
      )('%s → %s %s', async (_, field, code, route, body) => {
        const send = { views, schedule, refer }[route];
        const token = route === 'refer' ? reviewer.token : officer.token;
        await badField(() => send(token, c.id, body), field, code);
      });
    });
  });
});
