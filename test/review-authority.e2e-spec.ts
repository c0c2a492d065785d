/**
 * Who approves in review, and the forms the law gives a review's steps, through the API
 * (docs/domain.md, "Case lifecycle"; src/review/rules/review.rules.ts):
 *
 * - the designations of a REVIEWER as head of the office (行政复议机构负责人) and of the organ
 *   (行政复议机关负责人), set by an ADMIN on the users API and audited;
 * - the extension (Art. 62 ¶1) and the switch to the ordinary procedure (Art. 55), approved by
 *   the head of the office only;
 * - the decision, agreed by the head of the organ or passed by a collective discussion (Art. 61
 *   ¶1), and the discussions themselves;
 * - the decision's forms: 责令重新作出 (Art. 64), no less favourable alteration (Art. 63 ¶2),
 *   驳回复议请求 only on a failure to act (Art. 69), the agreement and compensation rulings
 *   (Arts. 71, 72);
 * - suspension grounds and notices (Art. 39), termination reasons (Art. 41) with the 60 days of a
 *   lapsed suspension counted on the TestClock.
 *
 * Today is Monday 2026-03-02 (the TestClock) unless a test moves it.
 */
import {
  API,
  CaseBody,
  CaseWorld,
  ErrorBody,
  HEADS,
  idNumber,
  NOT_A_HEAD,
  TimelineEntry,
  WorldUser,
} from './support/case-world';
import { bearer, expectError, expectFieldError, expectStatus, UserView } from './support/fixtures';
import { startApp, TestApp, unique } from './support/test-app';

jest.setTimeout(60_000);

const TODAY = '2026-03-02';
const START = `${TODAY}T09:00:00+08:00`;

interface DiscussionBody {
  id: string;
  caseId: string;
  heldOn: string;
  participants: string;
  conclusion: string;
  recordedBy: string;
  recordedAt: string;
}

interface CaseWithClocks extends CaseBody {
  answerCopyDueOn: string | null;
  answerDueOn: string | null;
}

describe('who approves in review, and the forms of its steps', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  /** Heads of the office and of the organ (the fixtures' default reviewer). */
  let head: WorldUser;
  let head2: WorldUser;
  /** Head of the office only; head of the organ only; no designation. */
  let officeHead: WorldUser;
  let organHead: WorldUser;
  let plain: WorldUser;
  let viewer: WorldUser;
  let agent: WorldUser;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    [officer, head, head2, officeHead, organHead, plain, viewer, agent] = await Promise.all([
      w.user('OFFICER'),
      w.user('REVIEWER'),
      w.user('REVIEWER', HEADS),
      w.user('REVIEWER', { headsOffice: true, headsOrgan: false }),
      w.user('REVIEWER', { headsOffice: false, headsOrgan: true }),
      w.user('REVIEWER', NOT_A_HEAD),
      w.user('VIEWER'),
      w.user('AGENT'),
    ]);
  });
  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  const post = (who: WorldUser, id: string, path: string, body: object) =>
    w.post(who.token, `/cases/${id}${path}`, body);

  async function act<T = CaseWithClocks>(
    who: WorldUser,
    id: string,
    path: string,
    body: object,
    status = 200,
  ): Promise<T> {
    const res = await post(who, id, path, body);
    expectStatus(res, status);
    return res.body as T;
  }

  /** Refused with `status` and `code`, and the case left as it was. */
  async function refused(
    who: WorldUser,
    c: CaseBody,
    path: string,
    body: object,
    status: number,
    code: string,
  ): Promise<ErrorBody> {
    const res = await post(who, c.id, path, body);
    const error = expectError(res, status, code);
    expect((await w.read(c.id)).version).toBe(c.version);
    return error;
  }

  /** Refused with 400 naming `field` with `code`, and the case left as it was. */
  async function refusedField(
    who: WorldUser,
    c: CaseBody,
    path: string,
    body: object,
    field: string,
    code: string,
  ): Promise<void> {
    const res = await post(who, c.id, path, body);
    expectFieldError(res, field, code);
    expect((await w.read(c.id)).version).toBe(c.version);
  }

  async function lastEvent(id: string): Promise<TimelineEntry> {
    const timeline = await w.timeline(id);
    return timeline[timeline.length - 1];
  }

  /** Received 2026-02-26, accepted Friday 2026-02-27. */
  async function underReview(
    procedure: 'ORDINARY' | 'SIMPLIFIED' = 'ORDINARY',
    overrides: Record<string, unknown> = {},
  ): Promise<CaseWithClocks> {
    const c = await w.register(officer.token, overrides);
    return (await w.accept(officer.token, c.id, '2026-02-27', procedure)) as CaseWithClocks;
  }

  const suspension = (ground: string, extra: object = {}) => ({
    ground,
    reason: '中止的事实',
    suspendedOn: TODAY,
    ...extra,
  });

  const draft = (type: string, extra: object = {}) => ({
    type,
    reasoning: '经审理查明',
    legalBasis: ['《中华人民共和国行政复议法》'],
    ...extra,
  });

  async function drafted(type = 'UPHOLD', extra: object = {}): Promise<CaseWithClocks> {
    const c = await underReview();
    return act(officer, c.id, '/decision', draft(type, extra), 201);
  }

  const approve = (extra: object = {}) => ({ approved: true, decidedOn: TODAY, ...extra });

  const discuss = (who: WorldUser, id: string, heldOn = TODAY) =>
    post(who, id, '/collective-discussions', {
      heldOn,
      participants: '主任张三、副主任李四、科长王五',
      conclusion: '同意承办人意见，维持原行政行为',
    });

  // ---- designations ------------------------------------------------------------------------------

  describe('designations: an ADMIN names the heads among the REVIEWERs', () => {
    const users = (token: string) => ({
      create: (body: object) =>
        t.http().post(`${API}/users`).set('authorization', bearer(token)).send(body),
      patch: (id: string, body: object) =>
        t.http().patch(`${API}/users/${id}`).set('authorization', bearer(token)).send(body),
      get: (id: string) => t.http().get(`${API}/users/${id}`).set('authorization', bearer(token)),
    });
    const account = (role: string, extra: object = {}) => ({
      username: unique('head').slice(0, 64),
      displayName: '负责人',
      password: 'Head-password-1',
      role,
      ...extra,
    });

    it('created, changed and shown on the user view; every change audited', async () => {
      const admin = users(w.admin);
      const res = await admin.create(account('REVIEWER', { headsOffice: true }));
      expectStatus(res, 201);
      const created = res.body as UserView;
      expect(created).toMatchObject({ role: 'REVIEWER', headsOffice: true, headsOrgan: false });

      const changed = await admin.patch(created.id, { headsOrgan: true, headsOffice: false });
      expectStatus(changed, 200);
      expect(changed.body).toMatchObject({ headsOffice: false, headsOrgan: true });
      expect((await admin.get(created.id).expect(200)).body).toMatchObject({
        headsOffice: false,
        headsOrgan: true,
      });
      // A field left out keeps what the account has.
      const renamed = await admin.patch(created.id, { displayName: '机关负责人' });
      expect(renamed.body).toMatchObject({ headsOffice: false, headsOrgan: true });

      const audit = await t.db.query<{ action: string; before: object; after: object }[]>(
        `SELECT action, before, after FROM audit_log
          WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
        [created.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'user.created',
        'user.updated',
        'user.designations_changed',
        'user.updated',
      ]);
      expect(audit[0].after).toMatchObject({ headsOffice: true, headsOrgan: false });
      expect(audit[2]).toMatchObject({
        before: { headsOffice: true, headsOrgan: false },
        after: { headsOffice: false, headsOrgan: true },
      });
    });

    it.each(['OFFICER', 'VIEWER', 'ADMIN'])(
      'a %s is never designated (400 HEAD_MUST_BE_REVIEWER)',
      async (role) => {
        const admin = users(w.admin);
        expectFieldError(
          await admin.create(account(role, { headsOrgan: true })),
          'headsOrgan',
          'HEAD_MUST_BE_REVIEWER',
        );
        const made = await admin.create(account(role));
        expectStatus(made, 201);
        const id = (made.body as UserView).id;
        expectFieldError(
          await admin.patch(id, { headsOffice: true }),
          'headsOffice',
          'HEAD_MUST_BE_REVIEWER',
        );
        // false is what such an account has: nothing to refuse.
        expectStatus(await admin.patch(id, { headsOffice: false }), 200);
      },
    );

    it('a REVIEWER made OFFICER loses the designations; made OFFICER and head at once: 400', async () => {
      const admin = users(w.admin);
      const made = await admin.create(account('REVIEWER', HEADS));
      const id = (made.body as UserView).id;
      expectFieldError(
        await admin.patch(id, { role: 'OFFICER', headsOrgan: true }),
        'headsOrgan',
        'HEAD_MUST_BE_REVIEWER',
      );
      const demoted = await admin.patch(id, { role: 'OFFICER' });
      expectStatus(demoted, 200);
      expect(demoted.body).toMatchObject({
        role: 'OFFICER',
        headsOffice: false,
        headsOrgan: false,
      });
      const [row] = await t.db.query<{ before: object; after: object }[]>(
        `SELECT before, after FROM audit_log
          WHERE entity_id = $1 AND action = 'user.designations_changed'`,
        [id],
      );
      expect(row).toEqual({
        before: { headsOffice: true, headsOrgan: true },
        after: { headsOffice: false, headsOrgan: false },
      });
      // Back to REVIEWER: designated anew, not as before.
      const back = await admin.patch(id, { role: 'REVIEWER' });
      expect(back.body).toMatchObject({ headsOffice: false, headsOrgan: false });
    });

    it('only an ADMIN designates; a null or a string is refused', async () => {
      expectError(await users(head.token).patch(plain.id, { headsOffice: true }), 403, 'FORBIDDEN');
      expectFieldError(await users(w.admin).patch(plain.id, { headsOffice: null }), 'headsOffice');
      expectFieldError(
        await users(w.admin).patch(plain.id, { headsOrgan: 'true' }),
        'headsOrgan',
        'IS_BOOLEAN',
      );
    });

    it('a designation counts at once, on the token already held', async () => {
      const r = await w.user('REVIEWER', NOT_A_HEAD);
      const c = await underReview();
      await refused(r, c, '/extension', { reason: '案情复杂', days: 5 }, 403, 'NOT_OFFICE_HEAD');
      await w.fixtures.designate(r.id, { headsOffice: true });
      const done = await act(r, c.id, '/extension', { reason: '案情复杂', days: 5 });
      expect(done.extensionDays).toBe(5);
      // And withdrawn at once.
      await w.fixtures.designate(r.id, { headsOffice: false });
      const other = await underReview();
      await refused(
        r,
        other,
        '/extension',
        { reason: '案情复杂', days: 5 },
        403,
        'NOT_OFFICE_HEAD',
      );
    });
  });

  // ---- extension ---------------------------------------------------------------------------------

  describe('extension (Art. 62 ¶1): 经行政复议机构的负责人批准 … 并书面告知当事人', () => {
    it('by the head of the office, with the day the parties were told', async () => {
      const c = await underReview();
      const done = await act(officeHead, c.id, '/extension', {
        reason: '案情复杂',
        days: 10,
        noticeServedOn: TODAY,
      });
      // 2026-02-27 + 70 = Friday 2026-05-08.
      expect(done).toMatchObject({ extensionDays: 10, decisionDueOn: '2026-05-08' });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'EXTEND',
        actor: officeHead.username,
        data: { reason: '案情复杂', days: 10, decisionDueOn: '2026-05-08', noticeServedOn: TODAY },
      });
    });

    it.each([
      ['the head of the organ only', () => organHead],
      ['a REVIEWER with no designation', () => plain],
    ])('not by %s (403 NOT_OFFICE_HEAD)', async (_, who) => {
      const c = await underReview();
      const e = await refused(
        who(),
        c,
        '/extension',
        { reason: '案情复杂', days: 10 },
        403,
        'NOT_OFFICE_HEAD',
      );
      expect(e.message).toMatch(/第六十二条/);
    });

    it('the notice: not before acceptance, not in the future', async () => {
      const c = await underReview();
      const body = { reason: '案情复杂', days: 10 };
      await refusedField(
        head,
        c,
        '/extension',
        { ...body, noticeServedOn: '2026-03-03' },
        'noticeServedOn',
        'DATE_IN_FUTURE',
      );
      await refusedField(
        head,
        c,
        '/extension',
        { ...body, noticeServedOn: '2026-02-26' },
        'noticeServedOn',
        'DATE_OUT_OF_ORDER',
      );
    });
  });

  // ---- procedure conversion ----------------------------------------------------------------------

  describe('simplified → ordinary (Art. 55): POST /cases/:id/procedure-conversion', () => {
    const convert = (extra: object = {}) => ({
      convertedOn: TODAY,
      reason: '案情复杂，不宜适用简易程序',
      ...extra,
    });

    it('the head of the office switches; the decision is due 60 days from the acceptance', async () => {
      const c = await underReview('SIMPLIFIED');
      // Simplified: 2026-02-27 + 30 = Sunday 03-29 → Monday 2026-03-30; the copy in 3 working
      // days (2-28 is a make-up working day): 2026-03-03.
      expect(c).toMatchObject({ decisionDueOn: '2026-03-30', answerCopyDueOn: '2026-03-03' });
      const done = await act(officeHead, c.id, '/procedure-conversion', convert());
      // Ordinary: 2026-02-27 + 60 = Tuesday 2026-04-28 (自受理申请之日起, Art. 62 ¶1); the copy
      // not sent: 7 working days from acceptance, 2026-03-09.
      expect(done).toMatchObject({
        status: 'UNDER_REVIEW',
        procedure: 'ORDINARY',
        decisionDueOn: '2026-04-28',
        answerCopyDueOn: '2026-03-09',
        answerDueOn: null,
        version: c.version + 1,
      });
      const [row] = await t.db.query<{ converted: string; procedure: string }[]>(
        `SELECT converted_to_ordinary_on::text AS converted, procedure FROM cases WHERE id = $1`,
        [c.id],
      );
      expect(row).toEqual({ converted: TODAY, procedure: 'ORDINARY' });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'CONVERT_TO_ORDINARY',
        actor: officeHead.username,
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'UNDER_REVIEW',
        data: {
          convertedOn: TODAY,
          reason: '案情复杂，不宜适用简易程序',
          from: 'SIMPLIFIED',
          to: 'ORDINARY',
          previousDecisionDueOn: '2026-03-30',
          decisionDueOn: '2026-04-28',
          answerCopyDueOn: '2026-03-09',
        },
      });
      // Ordinary now: an extension is possible, 2026-02-27 + 90 = Thursday 2026-05-28.
      const extended = await act(officeHead, c.id, '/extension', { reason: '仍需鉴定', days: 30 });
      expect(extended.decisionDueOn).toBe('2026-05-28');
      // And no second switch.
      await refused(
        officeHead,
        extended,
        '/procedure-conversion',
        convert(),
        409,
        'NOT_SIMPLIFIED',
      );
    });

    it('the answer still awaited: 10 working days from the receipt of the copy, not 5', async () => {
      const c = await underReview('SIMPLIFIED');
      const copied = await act(officer, c.id, '/answer-copy', { sentOn: TODAY, receivedOn: TODAY });
      // 5 working days from Monday 03-02: 2026-03-09; the copy's clock has run its course.
      expect(copied).toMatchObject({ answerDueOn: '2026-03-09', answerCopyDueOn: '2026-03-03' });
      const done = await act(head, c.id, '/procedure-conversion', convert());
      expect(done).toMatchObject({
        procedure: 'ORDINARY',
        answerCopyDueOn: '2026-03-03',
        answerDueOn: '2026-03-16',
      });
    });

    it('a suspended case switches too, and stays suspended', async () => {
      const c = await underReview('SIMPLIFIED');
      await act(officer, c.id, '/suspension', suspension('AWAITING_OTHER_CASE'));
      const done = await act(head, c.id, '/procedure-conversion', convert());
      expect(done).toMatchObject({
        status: 'SUSPENDED',
        procedure: 'ORDINARY',
        decisionDueOn: '2026-04-28',
      });
    });

    it('refusals: no head, not simplified, not under review, dates, role', async () => {
      const s = await underReview('SIMPLIFIED');
      for (const who of [organHead, plain]) {
        const e = await refused(who, s, '/procedure-conversion', convert(), 403, 'NOT_OFFICE_HEAD');
        expect(e.message).toMatch(/第五十五条/);
      }
      await refused(officer, s, '/procedure-conversion', convert(), 403, 'FORBIDDEN');
      await refusedField(
        head,
        s,
        '/procedure-conversion',
        convert({ convertedOn: '2026-02-26' }),
        'convertedOn',
        'DATE_OUT_OF_ORDER',
      );
      await refusedField(
        head,
        s,
        '/procedure-conversion',
        convert({ convertedOn: '2026-03-03' }),
        'convertedOn',
        'DATE_IN_FUTURE',
      );
      await refusedField(
        head,
        s,
        '/procedure-conversion',
        { convertedOn: TODAY },
        'reason',
        'REQUIRED',
      );

      const o = await underReview('ORDINARY');
      const e = await refused(head, o, '/procedure-conversion', convert(), 409, 'NOT_SIMPLIFIED');
      expect(e.message).toMatch(/第五十五条/);

      const received = await w.register(officer.token);
      const state = await refused(
        head,
        received,
        '/procedure-conversion',
        convert(),
        409,
        'CASE_STATE_CONFLICT',
      );
      expect(state.details).toEqual([{ currentStatus: 'RECEIVED', event: 'CONVERT_TO_ORDINARY' }]);
    });
  });

  // ---- collective discussions and approval -------------------------------------------------------

  describe('collective discussions (Art. 61 ¶1)', () => {
    it('a REVIEWER records them; the case readers list them', async () => {
      const c = await underReview();
      const res = await discuss(plain, c.id, '2026-02-28');
      expectStatus(res, 201);
      const d = res.body as DiscussionBody;
      expect(d).toEqual({
        id: expect.any(String),
        caseId: c.id,
        heldOn: '2026-02-28',
        participants: '主任张三、副主任李四、科长王五',
        conclusion: '同意承办人意见，维持原行政行为',
        recordedBy: plain.id,
        recordedAt: expect.any(String),
      });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'RECORD_COLLECTIVE_DISCUSSION',
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'UNDER_REVIEW',
        data: { collectiveDiscussionId: d.id, heldOn: '2026-02-28' },
      });
      const second = (await discuss(head, c.id, TODAY)).body as DiscussionBody;
      for (const token of [officer.token, viewer.token, w.admin]) {
        const list = await w.get(token, `/cases/${c.id}/collective-discussions`).expect(200);
        expect((list.body as DiscussionBody[]).map((x) => x.id)).toEqual([d.id, second.id]);
      }
    });

    it('refused: an OFFICER, before acceptance, in the future, a case not under review', async () => {
      const c = await underReview();
      expectError(await discuss(officer, c.id), 403, 'FORBIDDEN');
      expectFieldError(await discuss(head, c.id, '2026-02-26'), 'heldOn', 'DATE_OUT_OF_ORDER');
      expectFieldError(await discuss(head, c.id, '2026-03-03'), 'heldOn', 'DATE_IN_FUTURE');
      const received = await w.register(officer.token);
      expectError(await discuss(head, received.id), 409, 'CASE_STATE_CONFLICT');
      expect((await w.read(c.id)).version).toBe(c.version);
      // Another office's agent does not see the case at all.
      const res = await w.get(agent.token, `/cases/${c.id}/collective-discussions`);
      expect(res.status).toBe(404);
    });
  });

  describe('approval (Art. 61 ¶1): 经行政复议机关的负责人同意或者集体讨论通过', () => {
    it('ORGAN_HEAD: the head of the organ agrees', async () => {
      const c = await drafted();
      const done = await act(organHead, c.id, '/decision/approval', approve());
      expect(done).toMatchObject({ status: 'DECIDED', outcome: 'UPHOLD' });
      expect(done.decision).toMatchObject({
        status: 'APPROVED',
        reviewedBy: organHead.id,
        approvalBasis: 'ORGAN_HEAD',
        collectiveDiscussionId: null,
      });
      expect((await lastEvent(c.id)).data).toMatchObject({
        approvalBasis: 'ORGAN_HEAD',
        collectiveDiscussionId: null,
      });
    });

    it.each([
      ['the head of the office only', () => officeHead],
      ['a REVIEWER with no designation', () => plain],
    ])('not %s without a collective discussion (403 NOT_ORGAN_HEAD)', async (_, who) => {
      const c = await drafted();
      const e = await refused(who(), c, '/decision/approval', approve(), 403, 'NOT_ORGAN_HEAD');
      expect(e.message).toMatch(/第六十一条/);
    });

    it('COLLECTIVE_DISCUSSION: any REVIEWER but the drafter records what the discussion passed', async () => {
      const c = await drafted();
      const d = (await discuss(head, c.id)).body as DiscussionBody;
      const done = await act(
        plain,
        c.id,
        '/decision/approval',
        approve({ collectiveDiscussionId: d.id }),
      );
      expect(done.decision).toMatchObject({
        status: 'APPROVED',
        reviewedBy: plain.id,
        approvalBasis: 'COLLECTIVE_DISCUSSION',
        collectiveDiscussionId: d.id,
      });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'APPROVE_DECISION',
        data: { approvalBasis: 'COLLECTIVE_DISCUSSION', collectiveDiscussionId: d.id },
      });
    });

    it('the drafter never approves, a discussion or not (403 APPROVER_IS_DRAFTER)', async () => {
      const c = await underReview();
      await act(head, c.id, '/decision', draft('UPHOLD'), 201);
      const d = (await discuss(head2, c.id)).body as DiscussionBody;
      const drafted2 = await w.read(c.id);
      await refused(
        head,
        drafted2,
        '/decision/approval',
        approve({ collectiveDiscussionId: d.id }),
        403,
        'APPROVER_IS_DRAFTER',
      );
      await refused(head, drafted2, '/decision/approval', approve(), 403, 'APPROVER_IS_DRAFTER');
    });

    it('a discussion of another case, or before the draft, passes nothing', async () => {
      const other = await underReview();
      const elsewhere = (await discuss(head, other.id)).body as DiscussionBody;
      const c = await underReview();
      const early = (await discuss(head, c.id)).body as DiscussionBody;
      const withDraft = await act(officer, c.id, '/decision', draft('UPHOLD'), 201);
      await refusedField(
        plain,
        withDraft,
        '/decision/approval',
        approve({ collectiveDiscussionId: elsewhere.id }),
        'collectiveDiscussionId',
        'UNKNOWN_DISCUSSION',
      );
      await refused(
        plain,
        withDraft,
        '/decision/approval',
        approve({ collectiveDiscussionId: early.id }),
        409,
        'DISCUSSION_BEFORE_DRAFT',
      );
      // A returned draft's discussion does not pass the next draft either.
      const d = (await discuss(head, c.id)).body as DiscussionBody;
      await act(plain, c.id, '/decision/approval', { approved: false, comment: '请补充' });
      const again = await act(officer, c.id, '/decision', draft('UPHOLD'), 201);
      await refused(
        plain,
        again,
        '/decision/approval',
        approve({ collectiveDiscussionId: d.id }),
        409,
        'DISCUSSION_BEFORE_DRAFT',
      );
    });

    it('decided not before the discussion; a send-back names none', async () => {
      const { id } = await drafted();
      const d = (await discuss(head, id, TODAY)).body as DiscussionBody;
      const c = await w.read(id);
      await refusedField(
        plain,
        c,
        '/decision/approval',
        approve({ collectiveDiscussionId: d.id, decidedOn: '2026-02-28' }),
        'decidedOn',
        'DATE_OUT_OF_ORDER',
      );
      await refusedField(
        plain,
        c,
        '/decision/approval',
        { approved: false, comment: '请补充', collectiveDiscussionId: d.id },
        'collectiveDiscussionId',
        'NOT_ALLOWED',
      );
      await refusedField(
        plain,
        c,
        '/decision/approval',
        approve({ collectiveDiscussionId: 'not-a-uuid' }),
        'collectiveDiscussionId',
        'INVALID_UUID',
      );
    });
  });

  // ---- decision forms ----------------------------------------------------------------------------

  describe('the forms of a decision (Arts. 63, 64, 69, 71, 72)', () => {
    it('REVOKE with 责令重新作出 within 30 days, compensation awarded, an agreement ruling', async () => {
      const c = await underReview();
      const res = await act(
        officer,
        c.id,
        '/decision',
        draft('REVOKE', {
          remakeWithinDays: 30,
          compensationRuling: 'AWARDED',
          compensationAmountYuan: 1200.5,
          agreementRuling: 'CONTINUE_PERFORMANCE',
        }),
        201,
      );
      expect(res.decision).toMatchObject({
        type: 'REVOKE',
        status: 'DRAFT',
        remakeWithinDays: 30,
        compensationRuling: 'AWARDED',
        compensationAmountYuan: 1200.5,
        agreementRuling: 'CONTINUE_PERFORMANCE',
        approvalBasis: null,
        collectiveDiscussionId: null,
      });
      // The proceedings' warnings go with the draft and the approval (Art. 49: ordinary, no
      // views heard yet).
      const viewsNotHeard = [expect.objectContaining({ code: 'VIEWS_NOT_HEARD', ids: [] })];
      expect((await lastEvent(c.id)).data).toMatchObject({
        type: 'REVOKE',
        remakeWithinDays: 30,
        compensationRuling: 'AWARDED',
        compensationAmountYuan: 1200.5,
        agreementRuling: 'CONTINUE_PERFORMANCE',
        warnings: viewsNotHeard,
      });
      const done = await act(head, c.id, '/decision/approval', approve());
      expect((await lastEvent(c.id)).data).toMatchObject({ warnings: viewsNotHeard });
      expect(done.decision).toMatchObject({
        status: 'APPROVED',
        remakeWithinDays: 30,
        compensationAmountYuan: 1200.5,
        approvalBasis: 'ORGAN_HEAD',
      });
    });

    it('责令重新作出 only with a revocation (400 REMAKE_NOT_ALLOWED)', async () => {
      const c = await underReview();
      await refusedField(
        officer,
        c,
        '/decision',
        draft('UPHOLD', { remakeWithinDays: 30 }),
        'remakeWithinDays',
        'REMAKE_NOT_ALLOWED',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('REVOKE', { remakeWithinDays: 0 }),
        'remakeWithinDays',
        'MIN',
      );
    });

    it('ALTER: not less favourable unless a third party asked for the contrary (Art. 63 ¶2)', async () => {
      const c = await underReview();
      await refusedField(
        officer,
        c,
        '/decision',
        draft('ALTER'),
        'notLessFavourable',
        'ALTERATION_LESS_FAVOURABLE',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('ALTER', { notLessFavourable: false }),
        'notLessFavourable',
        'ALTERATION_LESS_FAVOURABLE',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('UPHOLD', { notLessFavourable: true }),
        'notLessFavourable',
        'NOT_ALLOWED',
      );
      await refused(
        officer,
        c,
        '/decision',
        draft('ALTER', { thirdPartyContraryRequest: true }),
        409,
        'NO_THIRD_PARTY',
      );

      const ok = await act(
        officer,
        c.id,
        '/decision',
        draft('ALTER', { notLessFavourable: true }),
        201,
      );
      expect(ok.decision).toMatchObject({ type: 'ALTER', status: 'DRAFT' });
      expect((await lastEvent(c.id)).data).toMatchObject({
        type: 'ALTER',
        notLessFavourable: true,
      });

      const withThird = await underReview();
      const party = await post(officer, withThird.id, '/parties', {
        role: 'THIRD_PARTY',
        kind: 'PERSON',
        name: '第三人赵六',
        idNumber: idNumber('19700101', '456'),
        joinedOn: TODAY,
      });
      expectStatus(party, 201);
      const contrary = await act(
        officer,
        withThird.id,
        '/decision',
        draft('ALTER', { thirdPartyContraryRequest: true }),
        201,
      );
      expect(contrary.decision).toMatchObject({ type: 'ALTER' });
      expect((await lastEvent(withThird.id)).data).toMatchObject({
        thirdPartyContraryRequest: true,
      });
    });

    it('DISMISS only on a failure to act (Art. 69: 409 DISMISS_NOT_INACTION)', async () => {
      const penalty = await underReview('ORDINARY', { act: { type: 'PENALTY' } });
      const e = await refused(
        officer,
        penalty,
        '/decision',
        draft('DISMISS'),
        409,
        'DISMISS_NOT_INACTION',
      );
      expect(e.message).toMatch(/第六十九条/);
      const inaction = await underReview('ORDINARY', { act: { type: 'INACTION' } });
      const ok = await act(officer, inaction.id, '/decision', draft('DISMISS'), 201);
      expect(ok.decision).toMatchObject({ type: 'DISMISS' });
      const done = await act(head, inaction.id, '/decision/approval', approve());
      expect(done).toMatchObject({ status: 'DECIDED', outcome: 'DISMISS' });
    });

    it('compensation (Art. 72 ¶1): awarded with a correction and an amount, dismissed with any', async () => {
      const c = await underReview();
      await refusedField(
        officer,
        c,
        '/decision',
        draft('UPHOLD', { compensationRuling: 'AWARDED', compensationAmountYuan: 10 }),
        'compensationRuling',
        'AWARD_NOT_ALLOWED',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('REVOKE', { compensationRuling: 'AWARDED' }),
        'compensationAmountYuan',
        'REQUIRED',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('REVOKE', { compensationAmountYuan: 10 }),
        'compensationAmountYuan',
        'NOT_ALLOWED',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('UPHOLD', { compensationRuling: 'DISMISSED', compensationAmountYuan: 10 }),
        'compensationAmountYuan',
        'NOT_ALLOWED',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('REVOKE', { compensationRuling: 'AWARDED', compensationAmountYuan: 0.001 }),
        'compensationAmountYuan',
        'IS_NUMBER',
      );
      await refusedField(
        officer,
        c,
        '/decision',
        draft('REVOKE', { compensationRuling: 'PAID' }),
        'compensationRuling',
        'IS_ENUM',
      );
      const ok = await act(
        officer,
        c.id,
        '/decision',
        draft('UPHOLD', { compensationRuling: 'DISMISSED' }),
        201,
      );
      expect(ok.decision).toMatchObject({
        compensationRuling: 'DISMISSED',
        compensationAmountYuan: null,
      });
    });
  });

  // ---- suspension --------------------------------------------------------------------------------

  describe('suspension (Art. 39): a ground of ¶1, the written notices of ¶3', () => {
    it('records the ground and the notices of the suspension and of the resumption', async () => {
      const c = await underReview();
      const s = await act(officer, c.id, '/suspension', {
        ground: 'FORCE_MAJEURE',
        reason: '申请人所在地发生洪灾',
        suspendedOn: '2026-02-28',
        noticeServedOn: TODAY,
      });
      expect(s).toMatchObject({ status: 'SUSPENDED', suspendedOn: '2026-02-28' });
      expect((await lastEvent(c.id)).data).toMatchObject({
        ground: 'FORCE_MAJEURE',
        noticeServedOn: TODAY,
      });
      await refusedField(
        officer,
        s,
        '/resumption',
        { resumedOn: TODAY, noticeServedOn: '2026-03-01' },
        'noticeServedOn',
        'DATE_OUT_OF_ORDER',
      );
      const r = await act(officer, c.id, '/resumption', {
        resumedOn: TODAY,
        noticeServedOn: TODAY,
      });
      expect(r).toMatchObject({ status: 'UNDER_REVIEW', suspendedDays: 2 });
      expect((await lastEvent(c.id)).data).toMatchObject({ noticeServedOn: TODAY, days: 2 });
      const rows = await t.db.query<Record<string, string>[]>(
        `SELECT ground, notice_served_on::text AS notice, resumption_notice_served_on::text AS resumed
           FROM case_suspensions WHERE case_id = $1`,
        [c.id],
      );
      expect(rows).toEqual([{ ground: 'FORCE_MAJEURE', notice: TODAY, resumed: TODAY }]);
    });

    it('a ground is required, one of the ten', async () => {
      const c = await underReview();
      await refusedField(
        officer,
        c,
        '/suspension',
        { reason: '中止', suspendedOn: TODAY },
        'ground',
        'REQUIRED',
      );
      await refusedField(officer, c, '/suspension', suspension('ILLNESS'), 'ground', 'IS_ENUM');
      await refusedField(
        officer,
        c,
        '/suspension',
        suspension('OTHER', { noticeServedOn: '2026-03-01' }),
        'noticeServedOn',
        'DATE_OUT_OF_ORDER',
      );
    });

    it('mediation or settlement suspends only with both sides’ agreement (¶1 (6))', async () => {
      const c = await underReview();
      await refusedField(
        officer,
        c,
        '/suspension',
        suspension('MEDIATION_OR_SETTLEMENT'),
        'bothPartiesAgree',
        'AGREEMENT_REQUIRED',
      );
      await refusedField(
        officer,
        c,
        '/suspension',
        suspension('MEDIATION_OR_SETTLEMENT', { bothPartiesAgree: false }),
        'bothPartiesAgree',
        'AGREEMENT_REQUIRED',
      );
      await refusedField(
        officer,
        c,
        '/suspension',
        suspension('FORCE_MAJEURE', { bothPartiesAgree: true }),
        'bothPartiesAgree',
        'NOT_ALLOWED',
      );
      const s = await act(
        officer,
        c.id,
        '/suspension',
        suspension('MEDIATION_OR_SETTLEMENT', { bothPartiesAgree: true }),
      );
      expect(s.status).toBe('SUSPENDED');
      expect((await lastEvent(c.id)).data).toMatchObject({
        ground: 'MEDIATION_OR_SETTLEMENT',
        bothPartiesAgree: true,
      });
    });
  });

  // ---- termination -------------------------------------------------------------------------------

  describe('termination (Art. 41)', () => {
    const terminate = (reason: string, concludedOn = TODAY) => ({ reason, concludedOn });

    it.each(['APPLICANT_DIED', 'APPLICANT_DISSOLVED', 'CRIMINAL_MEASURES'])(
      '%s: an OFFICER terminates',
      async (reason) => {
        const c = await underReview();
        const done = await act(officer, c.id, '/termination', terminate(reason));
        expect(done).toMatchObject({ status: 'TERMINATED', terminationReason: reason });
      },
    );

    it.each(['WITHDRAWN', 'SETTLED'])(
      '%s: the office allows the withdrawal, a REVIEWER records it (403 WITHDRAWAL_NEEDS_APPROVAL)',
      async (reason) => {
        const c = await underReview();
        await refused(
          officer,
          c,
          '/termination',
          terminate(reason),
          403,
          'WITHDRAWAL_NEEDS_APPROVAL',
        );
        const done = await act(plain, c.id, '/termination', terminate(reason));
        expect(done).toMatchObject({ status: 'TERMINATED', terminationReason: reason });
      },
    );

    it('MEDIATED is no longer given (400 MEDIATED_NOT_A_TERMINATION)', async () => {
      const c = await underReview();
      await refusedField(
        head,
        c,
        '/termination',
        terminate('MEDIATED'),
        'reason',
        'MEDIATED_NOT_A_TERMINATION',
      );
    });

    it.each(['APPLICANT_DIED', 'APPLICANT_INCAPACITATED', 'APPLICANT_DISSOLVED'])(
      'SUSPENSION_LAPSED: suspended on %s, refused at 59 days, terminated at 60',
      async (ground) => {
        const c = await underReview();
        const s = await act(officer, c.id, '/suspension', suspension(ground));
        // 2026-03-02 + 59 = Thursday 2026-04-30.
        t.clock.set('2026-04-30T18:00:00+08:00');
        const e = await refused(
          officer,
          s,
          '/termination',
          terminate('SUSPENSION_LAPSED', '2026-04-30'),
          409,
          'SUSPENSION_NOT_LAPSED',
        );
        expect(e.details).toEqual([
          expect.objectContaining({
            field: 'concludedOn',
            code: 'SUSPENSION_NOT_LAPSED',
            message: expect.stringContaining('2026-05-01') as string,
          }),
        ]);
        // 2026-03-02 + 60 = Friday 2026-05-01, Labour Day: the 60 days are full on it all the same.
        t.clock.set('2026-05-01T09:00:00+08:00');
        const done = await act(
          officer,
          c.id,
          '/termination',
          terminate('SUSPENSION_LAPSED', '2026-05-01'),
        );
        expect(done).toMatchObject({
          status: 'TERMINATED',
          outcome: 'TERMINATED',
          terminationReason: 'SUSPENSION_LAPSED',
          concludedOn: '2026-05-01',
          suspendedOn: null,
        });
        expect((await lastEvent(c.id)).data).toMatchObject({
          reason: 'SUSPENSION_LAPSED',
          suspensionGround: ground,
        });
      },
    );

    it('SUSPENSION_LAPSED otherwise: 409 SUSPENSION_GROUND_NOT_LAPSING', async () => {
      const c = await underReview();
      await refused(
        officer,
        c,
        '/termination',
        terminate('SUSPENSION_LAPSED'),
        409,
        'SUSPENSION_GROUND_NOT_LAPSING',
      );
      const s = await act(officer, c.id, '/suspension', suspension('APPLICANT_MISSING'));
      t.clock.set('2026-06-01T09:00:00+08:00');
      const e = await refused(
        officer,
        s,
        '/termination',
        terminate('SUSPENSION_LAPSED', '2026-06-01'),
        409,
        'SUSPENSION_GROUND_NOT_LAPSING',
      );
      expect(e.message).toMatch(/第四十一条/);
    });
  });
});
