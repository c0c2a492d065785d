/**
 * Pre-case mediation and review (docs/domain.md, "Case lifecycle" and "Deadlines"), through the API:
 * every transition with the right role, wrong roles and refused transitions, the decision
 * deadline under suspension and extension, the decision's approval rules, and races.
 *
 * Today is Monday 2026-03-02 (the TestClock); every legal date is on or before it.
 */
import {
  CaseBody,
  CaseWorld,
  ErrorBody,
  Role,
  ROLES,
  TimelineEntry,
  WorldUser,
} from './support/case-world';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const TODAY = '2026-03-02';
const START = `${TODAY}T09:00:00+08:00`;

/** One event route of a case: who may call it, a valid body, and a case ready for it. */
interface Route {
  path: string;
  event: string;
  allowed: Role[];
  ok: number;
  body: () => object;
  ready: () => Promise<CaseBody>;
}

describe('pre-case mediation and review', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let officer2: WorldUser;
  let reviewer: WorldUser;
  let reviewer2: WorldUser;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    [officer, officer2, reviewer, reviewer2] = await Promise.all([
      w.user('OFFICER'),
      w.user('OFFICER'),
      w.user('REVIEWER'),
      w.user('REVIEWER'),
    ]);
    const [agent, viewer, liaison] = await Promise.all([
      w.user('AGENT'),
      w.user('VIEWER'),
      w.user('AGENCY_LIAISON'),
    ]);
    Object.assign(tokens, {
      ADMIN: w.admin,
      REVIEWER: reviewer.token,
      OFFICER: officer.token,
      AGENT: agent.token,
      AGENCY_LIAISON: liaison.token,
      VIEWER: viewer.token,
    });
  });

  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  /** POST as `who`, expecting `status`; the answer as a case. */
  async function act(
    who: WorldUser,
    id: string,
    path: string,
    body: object,
    status = 200,
  ): Promise<CaseBody> {
    const res = await w.post(who.token, `/cases/${id}${path}`, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status });
    return res.body as CaseBody;
  }

  /** POST as `who`, expecting an error `status` and `code`; the error body. */
  async function refused(
    token: string,
    id: string,
    path: string,
    body: object,
    status: number,
    code: string,
  ): Promise<ErrorBody> {
    const res = await w.post(token, `/cases/${id}${path}`, body);
    expect({ status: res.status, code: (res.body as ErrorBody).code }).toEqual({ status, code });
    return res.body as ErrorBody;
  }

  /** The timeline as [event, fromStatus, toStatus] triples. */
  async function steps(id: string): Promise<[string, string | null, string | null][]> {
    return (await w.timeline(id)).map((e) => [e.event, e.fromStatus, e.toStatus]);
  }

  async function lastEvent(id: string): Promise<TimelineEntry> {
    const timeline = await w.timeline(id);
    return timeline[timeline.length - 1];
  }

  // Bodies every route accepts on a case ready for it.
  const bodies = {
    start: () => ({ mediatorName: '李调解员' }),
    session: () => ({ heldOn: TODAY, summary: '双方陈述意见' }),
    failed: () => ({ outcome: 'FAILED', concludedOn: TODAY }),
    succeeded: () => ({ outcome: 'SUCCEEDED', concludedOn: TODAY, agreement: '被申请人退还罚款' }),
    assign: () => ({ officerId: officer.id }),
    suspend: () => ({ ground: 'OTHER', reason: '需等待另案结果', suspendedOn: TODAY }),
    resume: () => ({ resumedOn: TODAY }),
    extend: () => ({ reason: '案情复杂', days: 10 }),
    // Items 2–4 of Art. 41 need no approval of a withdrawal: an OFFICER records them.
    terminate: () => ({ reason: 'APPLICANT_DIED', concludedOn: TODAY }),
    draft: () => ({
      type: 'UPHOLD',
      reasoning: '事实清楚，证据确凿',
      legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
    }),
    approve: () => ({ approved: true, decidedOn: TODAY }),
    reject: () => ({ approved: false, comment: '请补充理由' }),
    letter: () => ({
      kind: 'RECOMMENDATION',
      agencyId: w.agencyId,
      issuedOn: TODAY,
      content: '建议规范行政处罚程序',
    }),
  };

  // Cases in each state: received 2026-02-26, accepted 2026-02-27, everything else today.
  const received = (): Promise<CaseBody> => w.register(officer.token);
  const preMediation = async (): Promise<CaseBody> =>
    act(officer, (await received()).id, '/pre-mediation', bodies.start(), 201);
  const underReview = async (): Promise<CaseBody> =>
    w.accept(officer.token, (await received()).id, '2026-02-27');
  const suspended = async (): Promise<CaseBody> =>
    act(officer, (await underReview()).id, '/suspension', bodies.suspend());
  const withDraft = async (): Promise<CaseBody> =>
    act(officer, (await underReview()).id, '/decision', bodies.draft(), 201);
  const decided = async (): Promise<CaseBody> =>
    act(reviewer, (await withDraft()).id, '/decision/approval', bodies.approve());
  const mediated = async (): Promise<CaseBody> =>
    act(officer, (await preMediation()).id, '/pre-mediation/outcome', bodies.succeeded());
  const terminated = async (): Promise<CaseBody> =>
    act(officer, (await underReview()).id, '/termination', bodies.terminate());
  const notAccepted = async (): Promise<CaseBody> =>
    act(reviewer, (await received()).id, '/acceptance', {
      accepted: false,
      reason: '不属于行政复议范围',
      decidedOn: TODAY,
    });

  const OFFICERS: Role[] = ['OFFICER', 'REVIEWER'];
  const ROUTES: Route[] = [
    {
      path: '/pre-mediation',
      event: 'START_PRE_MEDIATION',
      allowed: OFFICERS,
      ok: 201,
      body: bodies.start,
      ready: received,
    },
    {
      path: '/pre-mediation/sessions',
      event: 'RECORD_MEDIATION_SESSION',
      allowed: OFFICERS,
      ok: 201,
      body: bodies.session,
      ready: preMediation,
    },
    {
      path: '/pre-mediation/outcome',
      event: 'PRE_MEDIATION_FAILED',
      allowed: OFFICERS,
      ok: 200,
      body: bodies.failed,
      ready: preMediation,
    },
    {
      path: '/assignment',
      event: 'ASSIGN',
      allowed: ['REVIEWER'],
      ok: 200,
      body: bodies.assign,
      ready: underReview,
    },
    {
      path: '/suspension',
      event: 'SUSPEND',
      allowed: OFFICERS,
      ok: 200,
      body: bodies.suspend,
      ready: underReview,
    },
    {
      path: '/resumption',
      event: 'RESUME',
      allowed: OFFICERS,
      ok: 200,
      body: bodies.resume,
      ready: suspended,
    },
    {
      path: '/extension',
      event: 'EXTEND',
      allowed: ['REVIEWER'],
      ok: 200,
      body: bodies.extend,
      ready: underReview,
    },
    {
      path: '/termination',
      event: 'TERMINATE',
      allowed: OFFICERS,
      ok: 200,
      body: bodies.terminate,
      ready: underReview,
    },
    {
      path: '/decision',
      event: 'DRAFT_DECISION',
      allowed: OFFICERS,
      ok: 201,
      body: bodies.draft,
      ready: underReview,
    },
    {
      path: '/decision/approval',
      event: 'APPROVE_DECISION',
      allowed: ['REVIEWER'],
      ok: 200,
      body: bodies.approve,
      ready: withDraft,
    },
    {
      path: '/recommendation-letters',
      event: 'ISSUE_RECOMMENDATION',
      allowed: OFFICERS,
      ok: 201,
      body: bodies.letter,
      ready: decided,
    },
  ];
  const route = (path: string): Route => ROUTES.find((r) => r.path === path)!;

  describe('every transition, with the right role', () => {
    it('mediation succeeds: RECEIVED → PRE_MEDIATION → (session) → MEDIATED', async () => {
      const c = await received();
      // Thursday 2026-02-26 + 5 working days; Saturday 28 February is a make-up working day:
      // 27, 28, 2 March, 3, 4 → Wednesday 2026-03-04.
      expect(c.acceptanceDueOn).toBe('2026-03-04');

      const started = await act(
        officer,
        c.id,
        '/pre-mediation',
        { mediatorName: '李调解员', startedOn: '2026-02-27' },
        201,
      );
      expect(started).toMatchObject({ status: 'PRE_MEDIATION', acceptanceDueOn: '2026-03-04' });
      expect(started.version).toBe(c.version + 1);

      const session = await act(
        reviewer,
        c.id,
        '/pre-mediation/sessions',
        { heldOn: '2026-02-28', summary: '双方同意协商' },
        201,
      );
      expect(session.status).toBe('PRE_MEDIATION');

      const done = await act(officer, c.id, '/pre-mediation/outcome', {
        outcome: 'SUCCEEDED',
        concludedOn: TODAY,
        agreement: '被申请人撤回处罚决定',
      });
      expect(done).toMatchObject({
        status: 'MEDIATED',
        outcome: 'MEDIATED',
        concludedOn: TODAY,
        overdue: false,
        acceptedOn: null,
        decisionDueOn: null,
      });

      expect(await steps(c.id)).toEqual([
        ['REGISTER', null, 'RECEIVED'],
        ['START_PRE_MEDIATION', 'RECEIVED', 'PRE_MEDIATION'],
        ['RECORD_MEDIATION_SESSION', 'PRE_MEDIATION', 'PRE_MEDIATION'],
        ['PRE_MEDIATION_SUCCEEDED', 'PRE_MEDIATION', 'MEDIATED'],
      ]);
      const timeline = await w.timeline(c.id);
      expect(timeline[1]).toMatchObject({
        actor: officer.username,
        data: expect.objectContaining({ mediatorName: '李调解员', startedOn: '2026-02-27' }),
      });
      expect(timeline[2]).toMatchObject({
        actor: reviewer.username,
        data: expect.objectContaining({ heldOn: '2026-02-28' }),
      });
      expect(timeline[3].data).toMatchObject({ outcome: 'SUCCEEDED', concludedOn: TODAY });

      const rows = await t.db.query<{ status: string; agreement: string; sessions: number }[]>(
        `SELECT m.status, m.agreement,
                (SELECT count(*)::int FROM mediation_sessions s WHERE s.mediation_id = m.id) AS sessions
           FROM pre_mediations m WHERE m.case_id = $1`,
        [c.id],
      );
      expect(rows).toEqual([
        { status: 'SUCCEEDED', agreement: '被申请人撤回处罚决定', sessions: 1 },
      ]);
    });

    it('a success needs the agreement reached', async () => {
      const c = await preMediation();
      const error = await refused(
        officer.token,
        c.id,
        '/pre-mediation/outcome',
        { outcome: 'SUCCEEDED', concludedOn: TODAY },
        400,
        'VALIDATION_FAILED',
      );
      expect(error.details).toContainEqual(expect.objectContaining({ field: 'agreement' }));
      expect((await w.read(c.id)).version).toBe(c.version);
    });

    it('mediation fails: back to RECEIVED with the acceptance deadline unchanged, then accepted', async () => {
      const c = await received();
      const started = await act(officer, c.id, '/pre-mediation', bodies.start(), 201);
      // Mediation does not stop the acceptance clock: the deadline keeps running meanwhile.
      expect(started.acceptanceDueOn).toBe('2026-03-04');

      const back = await act(officer, c.id, '/pre-mediation/outcome', {
        outcome: 'FAILED',
        concludedOn: TODAY,
      });
      expect(back).toMatchObject({
        status: 'RECEIVED',
        acceptanceDueOn: c.acceptanceDueOn,
        outcome: null,
        concludedOn: null,
      });

      // A case may try mediation again after a failure.
      await act(reviewer, c.id, '/pre-mediation', { mediatorName: '王调解员' }, 201);
      await act(reviewer, c.id, '/pre-mediation/outcome', bodies.failed());

      const accepted = await w.accept(officer.token, c.id, TODAY);
      expect(accepted).toMatchObject({
        status: 'UNDER_REVIEW',
        acceptanceDueOn: '2026-03-04',
        acceptedOn: TODAY,
        procedure: 'ORDINARY',
      });

      expect(await steps(c.id)).toEqual([
        ['REGISTER', null, 'RECEIVED'],
        ['START_PRE_MEDIATION', 'RECEIVED', 'PRE_MEDIATION'],
        ['PRE_MEDIATION_FAILED', 'PRE_MEDIATION', 'RECEIVED'],
        ['START_PRE_MEDIATION', 'RECEIVED', 'PRE_MEDIATION'],
        ['PRE_MEDIATION_FAILED', 'PRE_MEDIATION', 'RECEIVED'],
        ['ACCEPT', 'RECEIVED', 'UNDER_REVIEW'],
      ]);
      const timeline = await w.timeline(c.id);
      expect(timeline[1].data).toMatchObject({ mediatorName: '李调解员', startedOn: TODAY });
      expect(timeline[2].data).toMatchObject({ outcome: 'FAILED', concludedOn: TODAY });
      const attempts = await t.db.query<{ status: string }[]>(
        `SELECT status FROM pre_mediations WHERE case_id = $1 ORDER BY created_at`,
        [c.id],
      );
      expect(attempts).toEqual([{ status: 'FAILED' }, { status: 'FAILED' }]);
    });

    it('review: assign → suspend → resume → extend → draft → returned → new draft → approved → letter', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-01-05' });
      // Accepted Tuesday 2026-01-06, ordinary: + 60 days = Saturday 2026-03-07 → Monday 03-09.
      const accepted = await w.accept(officer.token, c.id, '2026-01-06');
      expect(accepted).toMatchObject({ status: 'UNDER_REVIEW', decisionDueOn: '2026-03-09' });

      const assigned = await act(reviewer, c.id, '/assignment', { officerId: officer2.id });
      expect(assigned.assignedOfficerId).toBe(officer2.id);
      expect(assigned.status).toBe('UNDER_REVIEW');

      const paused = await act(officer2, c.id, '/suspension', {
        ground: 'FORCE_MAJEURE',
        reason: '申请人因不可抗力不能参加',
        suspendedOn: '2026-01-20',
      });
      expect(paused).toMatchObject({
        status: 'SUSPENDED',
        suspendedOn: '2026-01-20',
        decisionDueOn: '2026-03-09',
        overdue: false,
      });

      // 20 → 30 January: 10 days. 2026-01-06 + 70 = Tuesday 2026-03-17, a working day.
      const resumed = await act(officer2, c.id, '/resumption', { resumedOn: '2026-01-30' });
      expect(resumed).toMatchObject({
        status: 'UNDER_REVIEW',
        suspendedOn: null,
        suspendedDays: 10,
        decisionDueOn: '2026-03-17',
      });

      // + 30 days' extension: 2026-01-06 + 100 = Thursday 2026-04-16, a working day.
      const extended = await act(reviewer, c.id, '/extension', { reason: '案情复杂', days: 30 });
      expect(extended).toMatchObject({
        status: 'UNDER_REVIEW',
        suspendedDays: 10,
        extensionDays: 30,
        decisionDueOn: '2026-04-16',
      });

      const drafted = await act(
        officer2,
        c.id,
        '/decision',
        { type: 'REVOKE', reasoning: '认定事实不清', legalBasis: ['行政复议法第六十四条'] },
        201,
      );
      expect(drafted.status).toBe('UNDER_REVIEW');
      expect(drafted.decision).toMatchObject({
        type: 'REVOKE',
        status: 'DRAFT',
        draftedBy: officer2.id,
        reviewedBy: null,
        legalBasis: ['行政复议法第六十四条'],
      });

      const returned = await act(reviewer, c.id, '/decision/approval', {
        approved: false,
        comment: '撤销依据不足，请改为部分撤销',
      });
      expect(returned.status).toBe('UNDER_REVIEW');
      expect(returned.outcome).toBeNull();
      expect(returned.decision).toMatchObject({
        id: drafted.decision!.id,
        status: 'RETURNED',
        reviewedBy: reviewer.id,
        reviewComment: '撤销依据不足，请改为部分撤销',
        decidedOn: null,
      });

      const redrafted = await act(
        officer2,
        c.id,
        '/decision',
        { type: 'PARTIAL_REVOKE', reasoning: '部分事实不清', legalBasis: ['行政复议法第六十四条'] },
        201,
      );
      expect(redrafted.decision).toMatchObject({ type: 'PARTIAL_REVOKE', status: 'DRAFT' });
      expect(redrafted.decision!.id).not.toBe(drafted.decision!.id);

      const done = await act(reviewer2, c.id, '/decision/approval', {
        approved: true,
        decidedOn: TODAY,
      });
      expect(done).toMatchObject({
        status: 'DECIDED',
        outcome: 'PARTIAL_REVOKE',
        concludedOn: TODAY,
        overdue: false,
      });
      expect(done.decision).toMatchObject({
        id: redrafted.decision!.id,
        status: 'APPROVED',
        reviewedBy: reviewer2.id,
        decidedOn: TODAY,
      });

      const letter = await w
        .post(officer2.token, `/cases/${c.id}/recommendation-letters`, {
          kind: 'RECOMMENDATION',
          agencyId: w.agencyId,
          issuedOn: TODAY,
          content: '建议完善执法程序',
        })
        .expect(201);
      expect(letter.body).toMatchObject({
        id: expect.any(String) as string,
        caseId: c.id,
        kind: 'RECOMMENDATION',
        agencyId: w.agencyId,
        issuedOn: TODAY,
        content: '建议完善执法程序',
      });
      // A letter leaves the closed case as it was.
      expect(await w.read(c.id)).toMatchObject({ status: 'DECIDED', outcome: 'PARTIAL_REVOKE' });

      expect(await steps(c.id)).toEqual([
        ['REGISTER', null, 'RECEIVED'],
        ['ACCEPT', 'RECEIVED', 'UNDER_REVIEW'],
        ['ASSIGN', 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['SUSPEND', 'UNDER_REVIEW', 'SUSPENDED'],
        ['RESUME', 'SUSPENDED', 'UNDER_REVIEW'],
        ['EXTEND', 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['DRAFT_DECISION', 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['REJECT_DECISION', 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['DRAFT_DECISION', 'UNDER_REVIEW', 'UNDER_REVIEW'],
        ['APPROVE_DECISION', 'UNDER_REVIEW', 'DECIDED'],
        ['ISSUE_RECOMMENDATION', 'DECIDED', 'DECIDED'],
      ]);
      const timeline = await w.timeline(c.id);
      expect(timeline.map((e) => e.actor)).toEqual([
        officer.username,
        officer.username,
        reviewer.username,
        officer2.username,
        officer2.username,
        reviewer.username,
        officer2.username,
        reviewer.username,
        officer2.username,
        reviewer2.username,
        officer2.username,
      ]);
      expect(timeline[4].data).toMatchObject({
        suspendedOn: '2026-01-20',
        resumedOn: '2026-01-30',
        days: 10,
        decisionDueOn: '2026-03-17',
      });
      expect(timeline[5].data).toMatchObject({ days: 30, decisionDueOn: '2026-04-16' });
      expect(timeline[7].data).toMatchObject({ comment: '撤销依据不足，请改为部分撤销' });
      expect(timeline[9].data).toMatchObject({ type: 'PARTIAL_REVOKE', decidedOn: TODAY });

      const suspensions = await t.db.query<{ suspended_on: string; resumed_on: string | null }[]>(
        `SELECT suspended_on, resumed_on FROM case_suspensions WHERE case_id = $1`,
        [c.id],
      );
      expect(suspensions).toEqual([{ suspended_on: '2026-01-20', resumed_on: '2026-01-30' }]);
    });

    it('terminates a case under review: the office allows the withdrawal (Art. 41 item 1)', async () => {
      const c = await underReview();
      // 准予撤回: the office's approval, which an OFFICER alone does not give.
      await refused(
        officer.token,
        c.id,
        '/termination',
        { reason: 'WITHDRAWN', concludedOn: TODAY },
        403,
        'WITHDRAWAL_NEEDS_APPROVAL',
      );
      expect((await w.read(c.id)).version).toBe(c.version);
      const done = await act(reviewer, c.id, '/termination', {
        reason: 'WITHDRAWN',
        concludedOn: TODAY,
      });
      expect(done).toMatchObject({
        status: 'TERMINATED',
        outcome: 'TERMINATED',
        terminationReason: 'WITHDRAWN',
        concludedOn: TODAY,
        overdue: false,
      });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'TERMINATE',
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'TERMINATED',
        data: { reason: 'WITHDRAWN', concludedOn: TODAY },
      });
      // 终止 cases may still give rise to an opinion letter.
      await w
        .post(reviewer.token, `/cases/${c.id}/recommendation-letters`, {
          ...bodies.letter(),
          kind: 'OPINION',
        })
        .expect(201);
    });

    it('MEDIATED is no longer a termination: a 调解书 closes the case itself (Art. 73)', async () => {
      const c = await underReview();
      const e = await refused(
        reviewer.token,
        c.id,
        '/termination',
        { reason: 'MEDIATED', concludedOn: TODAY },
        400,
        'VALIDATION_FAILED',
      );
      expect(e.details).toEqual([
        expect.objectContaining({ field: 'reason', code: 'MEDIATED_NOT_A_TERMINATION' }),
      ]);
      expect((await w.read(c.id)).version).toBe(c.version);
    });

    it.each(['SETTLED', 'WITHDRAWN'])('terminates a suspended case (%s)', async (reason) => {
      const c = await suspended();
      expect(c.suspendedOn).toBe(TODAY);
      const done = await act(reviewer, c.id, '/termination', { reason, concludedOn: TODAY });
      expect(done).toMatchObject({
        status: 'TERMINATED',
        outcome: 'TERMINATED',
        terminationReason: reason,
        concludedOn: TODAY,
        suspendedOn: null,
      });
      expect(await steps(c.id)).toEqual([
        ['REGISTER', null, 'RECEIVED'],
        ['ACCEPT', 'RECEIVED', 'UNDER_REVIEW'],
        ['SUSPEND', 'UNDER_REVIEW', 'SUSPENDED'],
        ['TERMINATE', 'SUSPENDED', 'TERMINATED'],
      ]);
    });
  });

  describe('a role not allowed is refused with 403 and nothing changes', () => {
    it.each(ROUTES.map((r) => [r.path, r.allowed.join(', '), r] as const))(
      '%s (allowed: %s)',
      async (path, _allowed, r) => {
        const c = await r.ready();
        const before = await w.timeline(c.id);
        const others = ROLES.filter((role) => !r.allowed.includes(role));
        expect(others.length).toBeGreaterThan(0);
        for (const role of others) {
          await refused(tokens[role], c.id, path, r.body(), 403, 'FORBIDDEN');
        }
        const after = await w.read(c.id);
        expect({ version: after.version, status: after.status }).toEqual({
          version: c.version,
          status: c.status,
        });
        expect(await w.timeline(c.id)).toHaveLength(before.length);
        // The same request from an allowed role goes through: the body was never the problem.
        const res = await w.post(tokens[r.allowed[0]], `/cases/${c.id}${path}`, r.body());
        expect(res.status).toBe(r.ok);
        expect(await lastEvent(c.id)).toMatchObject({ event: r.event });
      },
    );
  });

  describe('an event the transition table refuses answers 409 with the current status', () => {
    const cases: [string, string, () => Promise<CaseBody>][] = [
      ['suspend a RECEIVED case', '/suspension', received],
      ['suspend a SUSPENDED case', '/suspension', suspended],
      ['resume an UNDER_REVIEW case', '/resumption', underReview],
      ['resume a RECEIVED case', '/resumption', received],
      ['approve a decision before acceptance', '/decision/approval', received],
      ['send back a decision of a suspended case', '/decision/approval', suspended],
      ['start mediation on an UNDER_REVIEW case', '/pre-mediation', underReview],
      ['start mediation twice', '/pre-mediation', preMediation],
      ['record a session without mediation', '/pre-mediation/sessions', received],
      ['conclude mediation that never started', '/pre-mediation/outcome', received],
      ['conclude mediation of a case under review', '/pre-mediation/outcome', underReview],
      ['extend a RECEIVED case', '/extension', received],
      ['extend a case in pre-case mediation', '/extension', preMediation],
      ['terminate a RECEIVED case', '/termination', received],
      ['terminate a case in pre-case mediation', '/termination', preMediation],
      ['draft a decision while suspended', '/decision', suspended],
      ['draft a decision before acceptance', '/decision', received],
      ['issue a letter before acceptance', '/recommendation-letters', received],
      ['issue a letter during pre-case mediation', '/recommendation-letters', preMediation],
    ];
    const eventOf = (path: string, body: object): string => {
      if (path === '/decision/approval') {
        return (body as { approved: boolean }).approved ? 'APPROVE_DECISION' : 'REJECT_DECISION';
      }
      if (path === '/pre-mediation/outcome') {
        return (body as { outcome: string }).outcome === 'SUCCEEDED'
          ? 'PRE_MEDIATION_SUCCEEDED'
          : 'PRE_MEDIATION_FAILED';
      }
      return route(path).event;
    };

    async function expectRefused(c: CaseBody, path: string, body: object): Promise<void> {
      const token = route(path).allowed.includes('OFFICER') ? officer.token : reviewer.token;
      const error = await refused(token, c.id, path, body, 409, 'CASE_STATE_CONFLICT');
      expect(error.details).toEqual([{ currentStatus: c.status, event: eventOf(path, body) }]);
    }

    it.each(cases)('%s', async (name, path, ready) => {
      const c = await ready();
      const bodyFor: Record<string, object> = {
        '/decision/approval': name.startsWith('send back') ? bodies.reject() : bodies.approve(),
        '/pre-mediation/outcome': name.startsWith('conclude mediation that')
          ? bodies.succeeded()
          : bodies.failed(),
      };
      await expectRefused(c, path, bodyFor[path] ?? route(path).body());
      const after = await w.read(c.id);
      expect({ version: after.version, status: after.status }).toEqual({
        version: c.version,
        status: c.status,
      });
    });

    const closed: [string, () => Promise<CaseBody>][] = [
      ['DECIDED', decided],
      ['MEDIATED', mediated],
      ['NOT_ACCEPTED', notAccepted],
      ['TERMINATED', terminated],
    ];
    it.each(closed)('every event but a letter on a %s case', async (status, ready) => {
      const c = await ready();
      expect(c.status).toBe(status);
      const attempts: [string, object][] = [
        ...ROUTES.filter((r) => r.path !== '/recommendation-letters').map(
          (r) => [r.path, r.body()] as [string, object],
        ),
        ['/decision/approval', bodies.reject()],
        ['/pre-mediation/outcome', bodies.succeeded()],
      ];
      for (const [path, body] of attempts) await expectRefused(c, path, body);
      if (status === 'MEDIATED' || status === 'NOT_ACCEPTED') {
        // Letters follow a review; a case that never reached one has nothing to base them on.
        await expectRefused(c, '/recommendation-letters', bodies.letter());
      }
      const after = await w.read(c.id);
      expect({ version: after.version, status: after.status }).toEqual({
        version: c.version,
        status,
      });
    });
  });

  describe('the decision deadline', () => {
    /** A case received the day before `acceptedOn` and accepted then. */
    async function acceptedOn(
      date: string,
      procedure: 'ORDINARY' | 'SIMPLIFIED' = 'ORDINARY',
    ): Promise<CaseBody> {
      const day = new Date(`${date}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      const c = await w.register(officer.token, { receivedOn: day.toISOString().slice(0, 10) });
      return w.accept(officer.token, c.id, date, procedure);
    }

    async function suspendFor(c: CaseBody, from: string, to: string): Promise<CaseBody> {
      await act(officer, c.id, '/suspension', {
        ground: 'OTHER',
        reason: '中止',
        suspendedOn: from,
      });
      return act(officer, c.id, '/resumption', { resumedOn: to });
    }

    it('a suspension moves the unrolled date; the roll to a working day comes last', async () => {
      // Accepted Friday 2024-08-02, ordinary: + 60 days = Tuesday 2024-10-01, National Day; the
      // holiday runs 1–7 October → due Tuesday 2024-10-08.
      const a = await acceptedOn('2024-08-02');
      expect(a.decisionDueOn).toBe('2024-10-08');
      // Suspended Friday 13 → Friday 20 September: 7 days. Unrolled 2024-10-01 + 7 = 2024-10-08,
      // a working day → 2024-10-08. (Adding the 7 days to the rolled date would give 10-15.)
      const a2 = await suspendFor(a, '2024-09-13', '2024-09-20');
      expect(a2).toMatchObject({ suspendedDays: 7, decisionDueOn: '2024-10-08' });

      // Same acceptance, 11 days suspended (2–13 September): unrolled 2024-10-12, a Saturday
      // but a make-up working day (国庆节调休上班) → 2024-10-12, not Monday 10-14.
      const b = await acceptedOn('2024-08-02');
      const b2 = await suspendFor(b, '2024-09-02', '2024-09-13');
      expect(b2).toMatchObject({ suspendedDays: 11, decisionDueOn: '2024-10-12' });

      // Accepted Thursday 2024-07-25: + 60 = Monday 2024-09-23, a working day. Suspended
      // 5 → 13 August (8 days) → unrolled 2024-10-01, inside the holiday → Tuesday 2024-10-08.
      const c = await acceptedOn('2024-07-25');
      expect(c.decisionDueOn).toBe('2024-09-23');
      const c2 = await suspendFor(c, '2024-08-05', '2024-08-13');
      expect(c2).toMatchObject({ suspendedDays: 8, decisionDueOn: '2024-10-08' });
      expect((await lastEvent(c.id)).data).toMatchObject({ days: 8, decisionDueOn: '2024-10-08' });

      // While suspended no deadline runs, so the case is never overdue then.
      await act(officer, c.id, '/suspension', {
        ground: 'OTHER',
        reason: '再次中止',
        suspendedOn: '2024-09-02',
      });
      const listed = (
        await w.get(officer.token, `/cases?q=${encodeURIComponent(c.number)}`).expect(200)
      ).body as { items: CaseBody[] };
      expect(listed.items).toEqual([expect.objectContaining({ id: c.id, overdue: false })]);
    });

    it('suspension days and the extension add to the unrolled date, then roll', async () => {
      // Accepted 2024-08-02: unrolled 2024-10-01 (rolled 2024-10-08).
      const c = await acceptedOn('2024-08-02');
      // 5 days suspended (5 → 10 August): unrolled 2024-10-06, a holiday → 2024-10-08.
      const s1 = await suspendFor(c, '2024-08-05', '2024-08-10');
      expect(s1).toMatchObject({ suspendedDays: 5, decisionDueOn: '2024-10-08' });
      // + 27 days' extension: 2024-10-06 + 27 = Saturday 2024-11-02 → Monday 2024-11-04.
      // (The rolled 10-08 + 27 is 11-04 too, by chance; the next step tells the two apart.)
      const ext = await act(reviewer, c.id, '/extension', { reason: '案情复杂', days: 27 });
      expect(ext).toMatchObject({ extensionDays: 27, decisionDueOn: '2024-11-04' });
      // 3 more days suspended (2 → 5 September): 2024-11-02 + 3 = Tuesday 2024-11-05, a working
      // day → 2024-11-05 (adding to the rolled 11-04 would give 11-07).
      const s2 = await suspendFor(c, '2024-09-02', '2024-09-05');
      expect(s2).toMatchObject({
        suspendedDays: 8,
        extensionDays: 27,
        decisionDueOn: '2024-11-05',
      });
    });

    it('a deadline on a holiday rolls to the next working day, also after an extension', async () => {
      // Accepted today, Monday 2026-03-02, ordinary: + 60 = Friday 2026-05-01, Labour Day; the
      // holiday runs 1–5 May → Wednesday 2026-05-06.
      const c = await acceptedOn(TODAY);
      expect(c.decisionDueOn).toBe('2026-05-06');
      // + 30 days' extension: 2026-05-01 + 30 = Sunday 2026-05-31 → Monday 2026-06-01
      // (not 05-06 + 30 = 06-05).
      const ext = await act(reviewer, c.id, '/extension', { reason: '需要鉴定', days: 30 });
      expect(ext).toMatchObject({ extensionDays: 30, decisionDueOn: '2026-06-01' });

      // Simplified, accepted Monday 2025-09-01: + 30 = Wednesday 2025-10-01, inside the
      // National Day holiday (1–8 October 2025) → Thursday 2025-10-09.
      const s = await acceptedOn('2025-09-01', 'SIMPLIFIED');
      expect(s.decisionDueOn).toBe('2025-10-09');
    });

    it('no extension under the simplified procedure, and only one under the ordinary', async () => {
      const s = await acceptedOn('2026-02-27', 'SIMPLIFIED');
      await refused(
        reviewer.token,
        s.id,
        '/extension',
        bodies.extend(),
        409,
        'EXTENSION_NOT_ALLOWED',
      );
      expect(await w.read(s.id)).toMatchObject({
        version: s.version,
        extensionDays: 0,
        decisionDueOn: s.decisionDueOn,
      });

      const o = await acceptedOn('2026-02-27');
      const once = await act(reviewer, o.id, '/extension', { reason: '案情复杂', days: 1 });
      expect(once.extensionDays).toBe(1);
      await refused(reviewer2.token, o.id, '/extension', bodies.extend(), 409, 'ALREADY_EXTENDED');
      expect(await w.read(o.id)).toMatchObject({
        version: once.version,
        extensionDays: 1,
        decisionDueOn: once.decisionDueOn,
      });
      expect((await w.events(o.id)).filter((e) => e === 'EXTEND')).toHaveLength(1);
    });

    it('only the head of the office extends (Art. 62 ¶1): 403 NOT_OFFICE_HEAD', async () => {
      const plain = await w.user('REVIEWER', { headsOffice: false, headsOrgan: true });
      const o = await acceptedOn('2026-02-27');
      await refused(plain.token, o.id, '/extension', bodies.extend(), 403, 'NOT_OFFICE_HEAD');
      expect(await w.read(o.id)).toMatchObject({ version: o.version, extensionDays: 0 });
    });

    it('an extension may be approved while the case is suspended', async () => {
      // Accepted 2024-08-02 (unrolled 2024-10-01); suspended 2024-09-02 (no days counted yet).
      const c = await acceptedOn('2024-08-02');
      await act(officer, c.id, '/suspension', {
        ground: 'OTHER',
        reason: '中止',
        suspendedOn: '2024-09-02',
      });
      // 2024-10-01 + 10 = Friday 2024-10-11.
      const ext = await act(reviewer, c.id, '/extension', { reason: '延期', days: 10 });
      expect(ext).toMatchObject({ status: 'SUSPENDED', decisionDueOn: '2024-10-11' });
      // Resumed 2024-09-04: 2 more days → 2024-10-13, a Sunday → Monday 2024-10-14.
      const resumed = await act(officer, c.id, '/resumption', { resumedOn: '2024-09-04' });
      expect(resumed).toMatchObject({ suspendedDays: 2, decisionDueOn: '2024-10-14' });
    });
  });

  describe('decision rules and date order', () => {
    it('only one open draft at a time', async () => {
      const c = await withDraft();
      await refused(officer2.token, c.id, '/decision', bodies.draft(), 409, 'DRAFT_PENDING');
      await refused(reviewer.token, c.id, '/decision', bodies.draft(), 409, 'DRAFT_PENDING');
      const after = await w.read(c.id);
      expect(after.version).toBe(c.version);
      expect(after.decision).toMatchObject({ id: c.decision!.id, status: 'DRAFT' });
    });

    it('the drafter may not approve nor send back their own draft', async () => {
      const c = await act(reviewer, (await underReview()).id, '/decision', bodies.draft(), 201);
      for (const body of [bodies.approve(), bodies.reject()]) {
        await refused(reviewer.token, c.id, '/decision/approval', body, 403, 'APPROVER_IS_DRAFTER');
      }
      expect(await w.read(c.id)).toMatchObject({ version: c.version, status: 'UNDER_REVIEW' });
      const done = await act(reviewer2, c.id, '/decision/approval', bodies.approve());
      expect(done).toMatchObject({ status: 'DECIDED', outcome: 'UPHOLD' });
      expect(done.decision).toMatchObject({ draftedBy: reviewer.id, reviewedBy: reviewer2.id });
    });

    it('only the head of the organ approves without a collective discussion (Art. 61 ¶1)', async () => {
      const plain = await w.user('REVIEWER', { headsOffice: true, headsOrgan: false });
      const c = await withDraft();
      await refused(
        plain.token,
        c.id,
        '/decision/approval',
        bodies.approve(),
        403,
        'NOT_ORGAN_HEAD',
      );
      expect(await w.read(c.id)).toMatchObject({ version: c.version, status: 'UNDER_REVIEW' });
      // Sending a draft back needs no head: it decides nothing.
      const back = await act(plain, c.id, '/decision/approval', bodies.reject());
      expect(back.decision).toMatchObject({ status: 'RETURNED', reviewedBy: plain.id });
    });

    it('approval needs a draft', async () => {
      const c = await underReview();
      await refused(reviewer.token, c.id, '/decision/approval', bodies.approve(), 409, 'NO_DRAFT');
      // A returned draft is no longer open either.
      await act(officer, c.id, '/decision', bodies.draft(), 201);
      await act(reviewer, c.id, '/decision/approval', bodies.reject());
      await refused(reviewer2.token, c.id, '/decision/approval', bodies.approve(), 409, 'NO_DRAFT');
    });

    it.each([
      ['more than 30 days', { reason: '延期', days: 31 }],
      ['no days', { reason: '延期', days: 0 }],
      ['a fraction of a day', { reason: '延期', days: 1.5 }],
    ])('an extension of %s is refused (400)', async (_name, body) => {
      const c = await underReview();
      const error = await refused(
        reviewer.token,
        c.id,
        '/extension',
        body,
        400,
        'VALIDATION_FAILED',
      );
      expect(error.details).toContainEqual(expect.objectContaining({ field: 'days' }));
      expect(await w.read(c.id)).toMatchObject({ version: c.version, extensionDays: 0 });
    });

    it('dates out of order or in the future are refused (400)', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-02' });
      await w.accept(officer.token, c.id, '2026-02-03');
      const field = (error: ErrorBody) => error.details?.[0];

      // Suspended before acceptance.
      let e = await refused(
        officer.token,
        c.id,
        '/suspension',
        { ground: 'OTHER', reason: '中止', suspendedOn: '2026-02-02' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'suspendedOn', code: 'DATE_OUT_OF_ORDER' });
      // Suspended in the future.
      e = await refused(
        officer.token,
        c.id,
        '/suspension',
        { ground: 'OTHER', reason: '中止', suspendedOn: '2026-03-03' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'suspendedOn', code: 'DATE_IN_FUTURE' });

      await act(officer, c.id, '/suspension', {
        ground: 'OTHER',
        reason: '中止',
        suspendedOn: '2026-02-10',
      });
      // Resumed before the suspension began.
      e = await refused(
        officer.token,
        c.id,
        '/resumption',
        { resumedOn: '2026-02-09' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'resumedOn', code: 'DATE_OUT_OF_ORDER' });
      const resumed = await act(officer, c.id, '/resumption', { resumedOn: '2026-02-12' });
      expect(resumed.suspendedDays).toBe(2);

      // A second suspension cannot begin before the first one ended.
      e = await refused(
        officer.token,
        c.id,
        '/suspension',
        { ground: 'OTHER', reason: '再次中止', suspendedOn: '2026-02-11' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'suspendedOn', code: 'DATE_OUT_OF_ORDER' });

      await act(officer, c.id, '/decision', bodies.draft(), 201);
      // Decided tomorrow.
      e = await refused(
        reviewer.token,
        c.id,
        '/decision/approval',
        { approved: true, decidedOn: '2026-03-03' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'decidedOn', code: 'DATE_IN_FUTURE' });
      // Decided before acceptance.
      e = await refused(
        reviewer.token,
        c.id,
        '/decision/approval',
        { approved: true, decidedOn: '2026-02-01' },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'decidedOn', code: 'DATE_OUT_OF_ORDER' });
      // Tomorrow comes: the same approval is now fine.
      t.clock.set('2026-03-03T09:00:00+08:00');
      const done = await act(reviewer, c.id, '/decision/approval', {
        approved: true,
        decidedOn: '2026-03-03',
      });
      expect(done).toMatchObject({ status: 'DECIDED', concludedOn: '2026-03-03' });

      // Mediation concluded before it started.
      const m = await received();
      await act(
        officer,
        m.id,
        '/pre-mediation',
        { mediatorName: '李调解员', startedOn: '2026-03-03' },
        201,
      );
      e = await refused(
        officer.token,
        m.id,
        '/pre-mediation/outcome',
        { outcome: 'FAILED', concludedOn: TODAY },
        400,
        'VALIDATION_FAILED',
      );
      expect(field(e)).toMatchObject({ field: 'concludedOn', code: 'DATE_OUT_OF_ORDER' });
    });

    it('only an active officer or reviewer can be assigned', async () => {
      const c = await underReview();
      const viewer = await w.user('VIEWER');
      const e = await refused(
        reviewer.token,
        c.id,
        '/assignment',
        { officerId: viewer.id },
        400,
        'VALIDATION_FAILED',
      );
      expect(e.details?.[0]).toMatchObject({ field: 'officerId', code: 'UNKNOWN_OFFICER' });
      const ok = await act(reviewer, c.id, '/assignment', { officerId: reviewer2.id });
      expect(ok.assignedOfficerId).toBe(reviewer2.id);
    });
  });

  describe('concurrent changes: one wins, the other gets 409', () => {
    const CONFLICTS = ['CASE_VERSION_CONFLICT', 'CASE_STATE_CONFLICT'];

    it.each([1, 2, 3])('two approvals of one draft (round %i)', async () => {
      const c = await withDraft();
      const answers = await Promise.all([
        w.post(reviewer.token, `/cases/${c.id}/decision/approval`, bodies.approve()),
        w.post(reviewer2.token, `/cases/${c.id}/decision/approval`, bodies.approve()),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      // The loser may also read the draft only after the winner approved it: none is left.
      expect([...CONFLICTS, 'NO_DRAFT']).toContain((loser.body as ErrorBody).code);
      const winner = answers[0].status === 200 ? reviewer : reviewer2;
      const after = await w.read(c.id);
      expect(after).toMatchObject({ status: 'DECIDED', version: c.version + 1 });
      expect(after.decision).toMatchObject({ status: 'APPROVED', reviewedBy: winner.id });
      expect((await w.events(c.id)).filter((e) => e === 'APPROVE_DECISION')).toHaveLength(1);
    });

    it.each([1, 2, 3])('an approval and a send-back of one draft (round %i)', async () => {
      const c = await withDraft();
      const answers = await Promise.all([
        w.post(reviewer.token, `/cases/${c.id}/decision/approval`, bodies.approve()),
        w.post(reviewer2.token, `/cases/${c.id}/decision/approval`, bodies.reject()),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const after = await w.read(c.id);
      expect(after.version).toBe(c.version + 1);
      expect(after.decision!.status).toBe(answers[0].status === 200 ? 'APPROVED' : 'RETURNED');
    });

    it.each([1, 2, 3])('two suspensions (round %i)', async () => {
      const c = await underReview();
      const answers = await Promise.all([
        w.post(officer.token, `/cases/${c.id}/suspension`, bodies.suspend()),
        w.post(reviewer.token, `/cases/${c.id}/suspension`, bodies.suspend()),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(CONFLICTS).toContain((answers.find((a) => a.status === 409)!.body as ErrorBody).code);
      expect(await w.read(c.id)).toMatchObject({ status: 'SUSPENDED', version: c.version + 1 });
      const [{ n }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM case_suspensions WHERE case_id = $1`,
        [c.id],
      );
      expect(n).toBe(1);
      expect((await w.events(c.id)).filter((e) => e === 'SUSPEND')).toHaveLength(1);
    });

    it.each([1, 2, 3])('two drafts (round %i)', async () => {
      const c = await underReview();
      const answers = await Promise.all([
        w.post(officer.token, `/cases/${c.id}/decision`, bodies.draft()),
        w.post(officer2.token, `/cases/${c.id}/decision`, bodies.draft()),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const [{ n }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM case_decisions WHERE case_id = $1`,
        [c.id],
      );
      expect(n).toBe(1);
      expect(await w.events(c.id)).toEqual(['REGISTER', 'ACCEPT', 'DRAFT_DECISION']);
    });

    it.each([1, 2, 3])('two starts of pre-case mediation (round %i)', async () => {
      const c = await received();
      const answers = await Promise.all([
        w.post(officer.token, `/cases/${c.id}/pre-mediation`, bodies.start()),
        w.post(reviewer.token, `/cases/${c.id}/pre-mediation`, bodies.start()),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const [{ n }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pre_mediations WHERE case_id = $1`,
        [c.id],
      );
      expect(n).toBe(1);
    });
  });
});
