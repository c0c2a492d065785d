/**
 * Mediation during the review and its 调解书 (ARL 2023 Arts. 5, 73), through the API: one open at
 * a time, in effect → 调解结案 (REVIEW_MEDIATED) with its outcome and conclusion day, no agreement
 * or a party backing out → the review goes on and another mediation may start, a suspension in
 * force ending with the case, who may do what, the timeline, and what the statistics count.
 *
 * Today is Monday 2026-03-02 (the TestClock); every legal date is on or before it. Cases are
 * received 2026-02-26 and accepted 2026-02-27 under the ordinary procedure (decision due
 * 2026-04-28) unless said otherwise.
 */
import { CaseBody, CaseWorld, ErrorBody, PageBody, WorldUser } from './support/case-world';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const TODAY = '2026-03-02';
const START = `${TODAY}T09:00:00+08:00`;

interface MediationBody {
  id: string;
  caseId: string;
  startedOn: string;
  status: 'OPEN' | 'IN_EFFECT' | 'FAILED' | 'RETRACTED';
  agreement: string | null;
  effectiveOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  createdBy: string;
  createdAt: string;
}

const AGREEMENT = '被申请人撤销罚款决定，申请人放弃其他请求';

describe('mediation during the review (Arts. 5, 73)', () => {
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

  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  const path = (id: string, more = ''): string => `/cases/${id}/review-mediation${more}`;

  /** A case of the world's office under review (filed at the office, as an agent would). */
  async function underReview(receivedOn = '2026-02-26', acceptedOn = '2026-02-27') {
    const c = await w.register(officer.token, {
      receivedOn,
      channel: 'AGENT_POINT',
      officeId: w.officeId,
    });
    return w.accept(officer.token, c.id, acceptedOn);
  }

  async function start(who: WorldUser, id: string, startedOn = TODAY): Promise<MediationBody> {
    const res = await w.post(who.token, path(id), { startedOn });
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 201 });
    return res.body as MediationBody;
  }

  async function outcome(who: WorldUser, id: string, body: object): Promise<MediationBody> {
    const res = await w.post(who.token, path(id, '/outcome'), body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
    return res.body as MediationBody;
  }

  async function refused(
    token: string,
    id: string,
    more: string,
    body: object,
    status: number,
    code: string,
  ): Promise<ErrorBody> {
    const res = await w.post(token, path(id, more), body);
    expect({ status: res.status, code: (res.body as ErrorBody).code }).toEqual({ status, code });
    return res.body as ErrorBody;
  }

  /** The code of the first bad field of a 400. */
  async function badField(
    id: string,
    more: string,
    body: object,
  ): Promise<{ field: string; code: string }> {
    const res = await w.post(officer.token, path(id, more), body);
    expect(res.status).toBe(400);
    const [d] = (res.body as ErrorBody).details as { field: string; code: string }[];
    return { field: d.field, code: d.code };
  }

  async function list(token: string, id: string): Promise<MediationBody[]> {
    return (await w.get(token, path(id)).expect(200)).body as MediationBody[];
  }

  const inEffect = (effectiveOn = TODAY) => ({
    outcome: 'IN_EFFECT',
    agreement: AGREEMENT,
    effectiveOn,
  });

  it('starts under review, one at a time: twice → 409 REVIEW_MEDIATION_OPEN', async () => {
    const c = await underReview();
    const m = await start(officer, c.id, '2026-02-28');
    expect(m).toMatchObject({
      caseId: c.id,
      startedOn: '2026-02-28',
      status: 'OPEN',
      agreement: null,
      effectiveOn: null,
      endedOn: null,
      endReason: null,
      createdBy: officer.id,
    });
    // The status does not change: the review goes on while the parties are mediated.
    expect(await w.read(c.id)).toMatchObject({ status: 'UNDER_REVIEW', outcome: null });
    await refused(reviewer.token, c.id, '', { startedOn: TODAY }, 409, 'REVIEW_MEDIATION_OPEN');
    await refused(officer.token, c.id, '', { startedOn: TODAY }, 409, 'REVIEW_MEDIATION_OPEN');
    expect(await list(officer.token, c.id)).toEqual([m]);
  });

  it('two at once: one starts, the other answers 409', async () => {
    const c = await underReview();
    const answers = await Promise.all(
      [officer, reviewer].map((u) => w.post(u.token, path(c.id), { startedOn: TODAY })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await list(officer.token, c.id)).toHaveLength(1);
  });

  it('startedOn: not before acceptance, not in the future', async () => {
    const c = await underReview();
    expect(await badField(c.id, '', { startedOn: '2026-02-26' })).toEqual({
      field: 'startedOn',
      code: 'DATE_OUT_OF_ORDER',
    });
    expect(await badField(c.id, '', { startedOn: '2026-03-03' })).toEqual({
      field: 'startedOn',
      code: 'DATE_IN_FUTURE',
    });
    expect(await badField(c.id, '', {})).toEqual({ field: 'startedOn', code: 'REQUIRED' });
    expect(await list(officer.token, c.id)).toEqual([]);
  });

  it('the 调解书 in effect closes the case: REVIEW_MEDIATED, concluded on effectiveOn', async () => {
    const c = await underReview();
    const m = await start(officer, c.id, '2026-02-27');
    const done = await outcome(reviewer, c.id, inEffect('2026-03-01'));
    expect(done).toEqual({
      ...m,
      status: 'IN_EFFECT',
      agreement: AGREEMENT,
      effectiveOn: '2026-03-01',
    });
    expect(await w.read(c.id)).toMatchObject({
      status: 'REVIEW_MEDIATED',
      outcome: 'REVIEW_MEDIATED',
      concludedOn: '2026-03-01',
      terminationReason: null,
      overdue: false,
      decision: null,
    });
    expect(await list(viewer.token, c.id)).toEqual([done]);

    // Closed: nothing more of mediation, nor of the review.
    await refused(officer.token, c.id, '', { startedOn: TODAY }, 409, 'CASE_STATE_CONFLICT');
    const again = await refused(
      officer.token,
      c.id,
      '/outcome',
      inEffect(),
      409,
      'CASE_STATE_CONFLICT',
    );
    expect(again.details).toEqual([
      { currentStatus: 'REVIEW_MEDIATED', event: 'REVIEW_MEDIATION_IN_EFFECT' },
    ]);
    const draft = await w.post(officer.token, `/cases/${c.id}/decision`, {
      type: 'UPHOLD',
      reasoning: '事实清楚',
      legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
    });
    expect((draft.body as ErrorBody).code).toBe('CASE_STATE_CONFLICT');
  });

  it('effectiveOn: not before the mediation began, not in the future', async () => {
    const c = await underReview();
    await start(officer, c.id, '2026-02-28');
    expect(await badField(c.id, '/outcome', inEffect('2026-02-27'))).toEqual({
      field: 'effectiveOn',
      code: 'DATE_OUT_OF_ORDER',
    });
    expect(await badField(c.id, '/outcome', inEffect('2026-03-03'))).toEqual({
      field: 'effectiveOn',
      code: 'DATE_IN_FUTURE',
    });
    expect((await w.read(c.id)).status).toBe('UNDER_REVIEW');
  });

  it('each outcome takes its own fields: required, and the others refused', async () => {
    const c = await underReview();
    await start(officer, c.id);
    expect(await badField(c.id, '/outcome', { outcome: 'IN_EFFECT', effectiveOn: TODAY })).toEqual({
      field: 'agreement',
      code: 'REQUIRED',
    });
    expect(await badField(c.id, '/outcome', { outcome: 'FAILED', endedOn: TODAY })).toEqual({
      field: 'reason',
      code: 'REQUIRED',
    });
    expect(
      await badField(c.id, '/outcome', { ...inEffect(), endedOn: TODAY, reason: '反悔' }),
    ).toEqual({ field: 'endedOn', code: 'NOT_ALLOWED' });
    expect(
      await badField(c.id, '/outcome', {
        outcome: 'RETRACTED',
        endedOn: TODAY,
        reason: '申请人反悔',
        agreement: AGREEMENT,
      }),
    ).toEqual({ field: 'agreement', code: 'NOT_ALLOWED' });
    expect(
      await badField(c.id, '/outcome', { outcome: 'OPEN', endedOn: TODAY, reason: 'x' }),
    ).toEqual({ field: 'outcome', code: 'IS_IN' });
    expect((await list(officer.token, c.id))[0].status).toBe('OPEN');
  });

  it.each([
    ['FAILED', '双方对赔偿数额未达成一致'],
    ['RETRACTED', '申请人在调解书送达签收前反悔'],
  ])('%s: the review goes on (Art. 73 ¶2) and another mediation may start', async (how, reason) => {
    const c = await underReview();
    const first = await start(officer, c.id, '2026-02-27');
    expect(
      await badField(c.id, '/outcome', { outcome: how, endedOn: '2026-02-26', reason }),
    ).toEqual({ field: 'endedOn', code: 'DATE_OUT_OF_ORDER' });
    const ended = await outcome(officer, c.id, { outcome: how, endedOn: '2026-02-28', reason });
    expect(ended).toEqual({ ...first, status: how, endedOn: '2026-02-28', endReason: reason });
    expect(await w.read(c.id)).toMatchObject({
      status: 'UNDER_REVIEW',
      outcome: null,
      concludedOn: null,
    });
    // No mediation open now.
    await refused(officer.token, c.id, '/outcome', inEffect(), 409, 'NO_OPEN_REVIEW_MEDIATION');

    // Another may start, not before the last one ended.
    expect(await badField(c.id, '', { startedOn: '2026-02-27' })).toEqual({
      field: 'startedOn',
      code: 'DATE_OUT_OF_ORDER',
    });
    const second = await start(reviewer, c.id, '2026-02-28');
    expect(await list(agent.token, c.id)).toEqual([ended, second]);
    await outcome(officer, c.id, inEffect());
    expect((await w.read(c.id)).status).toBe('REVIEW_MEDIATED');
  });

  it('after a failed mediation the organ decides: the review’s other steps go on', async () => {
    const c = await underReview();
    await start(officer, c.id);
    await outcome(officer, c.id, { outcome: 'FAILED', endedOn: TODAY, reason: '未达成协议' });
    const res = await w.post(officer.token, `/cases/${c.id}/decision`, {
      type: 'UPHOLD',
      reasoning: '事实清楚，证据确凿',
      legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
    });
    expect(res.status).toBe(201);
  });

  it('suspended for the mediation: started and in effect while suspended; the suspension ends that day', async () => {
    const c = await underReview();
    const suspended = await w.post(officer.token, `/cases/${c.id}/suspension`, {
      ground: 'MEDIATION_OR_SETTLEMENT',
      bothPartiesAgree: true,
      reason: '双方同意调解，中止审理',
      suspendedOn: '2026-02-28',
    });
    expect(suspended.status).toBe(200);
    expect((suspended.body as CaseBody).status).toBe('SUSPENDED');
    await start(officer, c.id, '2026-02-28');
    expect((await w.read(c.id)).status).toBe('SUSPENDED');
    // In effect before the suspension began: the suspension would have begun on a closed case.
    expect(await badField(c.id, '/outcome', inEffect('2026-02-27'))).toEqual({
      field: 'effectiveOn',
      code: 'DATE_OUT_OF_ORDER',
    });
    await outcome(officer, c.id, inEffect(TODAY));
    // Its 2 days count as a resumption counts them: due 2026-04-28 + 2 → Thursday 2026-04-30.
    expect(await w.read(c.id)).toMatchObject({
      status: 'REVIEW_MEDIATED',
      outcome: 'REVIEW_MEDIATED',
      concludedOn: TODAY,
      suspendedOn: null,
      suspendedDays: 2,
      decisionDueOn: '2026-04-30',
    });
    const rows = await t.db.query<{ suspended_on: string; resumed_on: string }[]>(
      `SELECT to_char(suspended_on, 'YYYY-MM-DD') AS suspended_on,
              to_char(resumed_on, 'YYYY-MM-DD') AS resumed_on
         FROM case_suspensions WHERE case_id = $1`,
      [c.id],
    );
    expect(rows).toEqual([{ suspended_on: '2026-02-28', resumed_on: TODAY }]);
    const last = (await w.timeline(c.id)).at(-1)!;
    expect(last).toMatchObject({
      event: 'REVIEW_MEDIATION_IN_EFFECT',
      fromStatus: 'SUSPENDED',
      toStatus: 'REVIEW_MEDIATED',
      data: {
        outcome: 'IN_EFFECT',
        effectiveOn: TODAY,
        suspensionEnded: { suspendedOn: '2026-02-28', endedOn: TODAY, days: 2 },
      },
    });
  });

  it('a mediation that failed while suspended leaves the case suspended', async () => {
    const c = await underReview();
    await w
      .post(officer.token, `/cases/${c.id}/suspension`, {
        ground: 'MEDIATION_OR_SETTLEMENT',
        bothPartiesAgree: true,
        reason: '双方同意调解，中止审理',
        suspendedOn: '2026-02-28',
      })
      .expect(200);
    await start(officer, c.id, '2026-02-28');
    await outcome(officer, c.id, { outcome: 'RETRACTED', endedOn: TODAY, reason: '被申请人反悔' });
    expect(await w.read(c.id)).toMatchObject({ status: 'SUSPENDED', suspendedOn: '2026-02-28' });
  });

  it('not before acceptance, nor after another closing: 409 CASE_STATE_CONFLICT', async () => {
    const received = await w.register(officer.token);
    const res = await refused(
      officer.token,
      received.id,
      '',
      { startedOn: TODAY },
      409,
      'CASE_STATE_CONFLICT',
    );
    expect(res.details).toEqual([{ currentStatus: 'RECEIVED', event: 'START_REVIEW_MEDIATION' }]);
    const terminated = await underReview();
    await w
      .post(reviewer.token, `/cases/${terminated.id}/termination`, {
        reason: 'WITHDRAWN',
        concludedOn: TODAY,
      })
      .expect(200);
    await refused(
      officer.token,
      terminated.id,
      '',
      { startedOn: TODAY },
      409,
      'CASE_STATE_CONFLICT',
    );
  });

  it('who may: officers and reviewers write; the case’s readers read; outsiders get 404', async () => {
    const c = await underReview();
    for (const u of [agent, viewer, liaison, otherAgent]) {
      await refused(u.token, c.id, '', { startedOn: TODAY }, 403, 'FORBIDDEN');
    }
    await refused(w.admin, c.id, '', { startedOn: TODAY }, 403, 'FORBIDDEN');
    const m = await start(officer, c.id);
    for (const u of [agent, viewer, liaison, otherAgent]) {
      await refused(u.token, c.id, '/outcome', inEffect(), 403, 'FORBIDDEN');
    }
    // Read by the case's readers, the agent of its office included.
    for (const token of [w.admin, reviewer.token, officer.token, agent.token, viewer.token]) {
      expect(await list(token, c.id)).toEqual([m]);
    }
    expect((await w.get(liaison.token, path(c.id)).expect(403)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    // The other office's agent: as if the case did not exist.
    const outsider = (await w.get(otherAgent.token, path(c.id)).expect(404)).body as ErrorBody;
    const missing = (
      await w.get(agent.token, path('00000000-0000-4000-8000-000000000000')).expect(404)
    ).body as ErrorBody;
    expect(outsider.code).toBe('CASE_NOT_FOUND');
    expect(outsider.message).toBe(missing.message);
    await refused(
      officer.token,
      '00000000-0000-4000-8000-000000000000',
      '',
      { startedOn: TODAY },
      404,
      'CASE_NOT_FOUND',
    );
  });

  it('the timeline shows each step', async () => {
    const c = await underReview();
    const first = await start(officer, c.id, '2026-02-27');
    await outcome(officer, c.id, {
      outcome: 'FAILED',
      endedOn: '2026-02-28',
      reason: '未达成协议',
    });
    const second = await start(reviewer, c.id, '2026-03-01');
    await outcome(reviewer, c.id, inEffect(TODAY));
    const timeline = (await w.timeline(c.id)).slice(-4);
    expect(timeline.map((e) => [e.event, e.fromStatus, e.toStatus, e.data])).toEqual([
      [
        'START_REVIEW_MEDIATION',
        'UNDER_REVIEW',
        'UNDER_REVIEW',
        { mediationId: first.id, startedOn: '2026-02-27' },
      ],
      [
        'END_REVIEW_MEDIATION',
        'UNDER_REVIEW',
        'UNDER_REVIEW',
        { mediationId: first.id, outcome: 'FAILED', endedOn: '2026-02-28', reason: '未达成协议' },
      ],
      [
        'START_REVIEW_MEDIATION',
        'UNDER_REVIEW',
        'UNDER_REVIEW',
        { mediationId: second.id, startedOn: '2026-03-01' },
      ],
      [
        'REVIEW_MEDIATION_IN_EFFECT',
        'UNDER_REVIEW',
        'REVIEW_MEDIATED',
        { mediationId: second.id, outcome: 'IN_EFFECT', effectiveOn: TODAY },
      ],
    ]);
    expect(timeline.map((e) => e.actor)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
  });

  describe('the statistics: 调解结案 counted apart among the concluded cases', () => {
    /** Against an agency of its own, so the group holds only these cases. */
    let s: CaseWorld;

    interface Figures {
      concluded: number;
      byDecision: Record<string, number>;
      merits: number;
      corrected: number;
      onTimeRate: { numerator: number; denominator: number };
    }

    beforeAll(async () => {
      s = await CaseWorld.create(t);
      // Mediated under review.
      const a = await s.accept(officer.token, (await s.register(officer.token)).id, '2026-02-27');
      await start(officer, a.id);
      await outcome(officer, a.id, inEffect());
      // Suspended for mediation before its decision deadline (received 2025-11-28, accepted
      // 2025-12-01: due Friday 2026-01-30) and mediated after it, on 2026-03-02: the clock stood
      // still from 2026-01-20, so the case is on time (its 41 suspended days move the deadline to
      // 2026-03-12).
      const b = await s.accept(
        officer.token,
        (await s.register(officer.token, { receivedOn: '2025-11-28' })).id,
        '2025-12-01',
      );
      expect(b.decisionDueOn).toBe('2026-01-30');
      await s
        .post(officer.token, `/cases/${b.id}/suspension`, {
          ground: 'MEDIATION_OR_SETTLEMENT',
          bothPartiesAgree: true,
          reason: '双方同意调解',
          suspendedOn: '2026-01-20',
        })
        .expect(200);
      await start(officer, b.id, '2026-01-21');
      await outcome(officer, b.id, inEffect(TODAY));
      expect(await s.read(b.id)).toMatchObject({
        status: 'REVIEW_MEDIATED',
        suspendedDays: 41,
        decisionDueOn: '2026-03-12',
      });
      // A mediation that failed, then a decision: one merits decision.
      const d = await s.accept(officer.token, (await s.register(officer.token)).id, '2026-02-27');
      await start(officer, d.id);
      await outcome(officer, d.id, { outcome: 'FAILED', endedOn: TODAY, reason: '未达成协议' });
      await s
        .post(officer.token, `/cases/${d.id}/decision`, {
          type: 'UPHOLD',
          reasoning: '事实清楚，证据确凿',
          legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
        })
        .expect(201);
      await s
        .post(reviewer.token, `/cases/${d.id}/decision/approval`, {
          approved: true,
          decidedOn: TODAY,
        })
        .expect(200);
    });

    it('GET /statistics/reconsideration', async () => {
      const res = await s
        .get(
          viewer.token,
          '/statistics/reconsideration?from=2026-01-01&to=2026-12-31&groupBy=respondent',
        )
        .expect(200);
      const groups = (res.body as { groups: { key: string; figures: Figures }[] }).groups;
      const mine = groups.find((g) => g.key === s.agencyId)!.figures;
      expect(mine).toMatchObject({ concluded: 3, merits: 1, corrected: 0 });
      expect(mine.byDecision).toMatchObject({ REVIEW_MEDIATED: 2, UPHOLD: 1, TERMINATED: 0 });
      expect(mine.onTimeRate).toMatchObject({ numerator: 3, denominator: 3 });
    });

    it('GET /statistics/report', async () => {
      const res = await s.get(viewer.token, '/statistics/report?year=2026').expect(200);
      // The yearly text names the 调解结案 among the outcomes of the district (all cases).
      expect(res.text).toMatch(/调解结案\d+件/);
    });
  });

  it('a page of cases lists the mediated case as closed, not overdue', async () => {
    const c = await underReview();
    await start(officer, c.id);
    await outcome(officer, c.id, inEffect());
    const page = (
      await w.get(officer.token, `/cases?limit=5&q=${encodeURIComponent(c.number)}`).expect(200)
    ).body as PageBody<CaseBody>;
    expect(page.items).toEqual([
      expect.objectContaining({ id: c.id, status: 'REVIEW_MEDIATED', overdue: false }),
    ]);
  });
});
