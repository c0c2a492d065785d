/**
 * After the decision (ARL 2023 Arts. 75, 77–78) and the 60 days of a suspension (Art. 41 item 5),
 * through the API and the alert sweep: the decision served once and in effect from then, the day
 * its performance is due, the respondent's report; SUSPENSION_LIMIT alerts at 59, 60 and 61 days
 * and PERFORMANCE alerts, each checked against the TypeScript rule of follow-up.rules.ts (the SQL
 * follows the rule).
 *
 * Today is Monday 2026-03-02 (the TestClock). A DECIDED case: received 2026-02-26, accepted
 * 2026-02-27, drafted by the OFFICER and approved by a REVIEWER who heads the organ (Art. 61 ¶1;
 * the fixtures' reviewers do).
 */
import { AlertsService } from '../src/alerts/alerts.service';
import { CalendarService } from '../src/calendar/calendar.service';
import { CalendarExceptions } from '../src/calendar/rules/working-days.rules';
import { SuspensionGround } from '../src/review/proceedings.enums';
import { performanceAlert, suspensionLimitAlert } from '../src/review/rules/follow-up.rules';
import { CaseBody, CaseWorld, ErrorBody, TimelineEntry, WorldUser } from './support/case-world';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const TODAY = '2026-03-02';
const START = `${TODAY}T09:00:00+08:00`;
const at = (day: string): string => `${day}T09:00:00+08:00`;

interface FollowedDecision {
  id: string;
  type: string;
  status: string;
  decidedOn: string | null;
  servedOn: string | null;
  performanceDueOn: string | null;
  performanceReportedOn: string | null;
}
type DecidedBody = Omit<CaseBody, 'decision'> & { decision: FollowedDecision | null };

interface AlertRow {
  case_id: string;
  deadline: string;
  due_on: string;
  level: string;
  officer_id: string | null;
}

describe('after the decision, and the 60 days of a suspension', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let agent: WorldUser;
  let viewer: WorldUser;
  let liaison: WorldUser;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    ({ officer, reviewer, agent, viewer, liaison } = await w.cast());
  });

  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  async function underReview(receivedOn = '2026-02-26', acceptedOn = '2026-02-27') {
    const c = await w.register(officer.token, { receivedOn });
    return w.accept(officer.token, c.id, acceptedOn);
  }

  /** Drafted by the OFFICER (`more`: remakeWithinDays …) and approved on `decidedOn`. */
  async function decided(
    type = 'UPHOLD',
    more: Record<string, unknown> = {},
    decidedOn = '2026-02-27',
  ): Promise<DecidedBody> {
    const c = await underReview();
    await w
      .post(reviewer.token, `/cases/${c.id}/assignment`, { officerId: officer.id })
      .expect(200);
    const draft = await w.post(officer.token, `/cases/${c.id}/decision`, {
      type,
      reasoning: '经审查',
      legalBasis: ['《中华人民共和国行政复议法》'],
      ...more,
    });
    expect({ status: draft.status, body: draft.body as unknown }).toMatchObject({ status: 201 });
    const approved = await w.post(reviewer.token, `/cases/${c.id}/decision/approval`, {
      approved: true,
      decidedOn,
    });
    expect({ status: approved.status, body: approved.body as unknown }).toMatchObject({
      status: 200,
    });
    return approved.body as DecidedBody;
  }

  async function act(
    who: WorldUser,
    id: string,
    what: 'service' | 'performance',
    body: object,
  ): Promise<DecidedBody> {
    const res = await w.post(who.token, `/cases/${id}/decision/${what}`, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
    return res.body as DecidedBody;
  }

  async function refused(
    token: string,
    id: string,
    what: 'service' | 'performance',
    body: object,
    status: number,
    code: string,
  ): Promise<ErrorBody> {
    const res = await w.post(token, `/cases/${id}/decision/${what}`, body);
    expect({ status: res.status, code: (res.body as ErrorBody).code }).toEqual({ status, code });
    return res.body as ErrorBody;
  }

  async function badField(
    id: string,
    what: 'service' | 'performance',
    body: object,
  ): Promise<{ field: string; code: string }> {
    const res = await w.post(officer.token, `/cases/${id}/decision/${what}`, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 400 });
    const [d] = (res.body as ErrorBody).details as { field: string; code: string }[];
    return { field: d.field, code: d.code };
  }

  const lastEvent = async (id: string): Promise<TimelineEntry> => (await w.timeline(id)).at(-1)!;

  describe('the decision served (Art. 75 ¶2)', () => {
    it('in effect on servedOn; the case stays DECIDED; once', async () => {
      const c = await decided();
      expect(c.decision).toMatchObject({
        status: 'APPROVED',
        decidedOn: '2026-02-27',
        servedOn: null,
        performanceDueOn: null,
        performanceReportedOn: null,
      });
      const served = await act(officer, c.id, 'service', { servedOn: '2026-03-01' });
      expect(served).toMatchObject({
        status: 'DECIDED',
        outcome: 'UPHOLD',
        concludedOn: '2026-02-27',
        version: c.version + 1,
        decision: { servedOn: '2026-03-01', performanceDueOn: null, performanceReportedOn: null },
      });
      await refused(
        reviewer.token,
        c.id,
        'service',
        { servedOn: TODAY },
        409,
        'DECISION_ALREADY_SERVED',
      );
      expect((await w.read(c.id)).decision).toMatchObject({ servedOn: '2026-03-01' });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'SERVE_DECISION',
        fromStatus: 'DECIDED',
        toStatus: 'DECIDED',
        data: {
          decisionId: c.decision!.id,
          servedOn: '2026-03-01',
          performanceDueOn: null,
          performanceDueDefaulted: false,
        },
      });
    });

    it('two at once: one serves, the other answers 409', async () => {
      const c = await decided();
      const answers = await Promise.all(
        [officer, reviewer].map((u) =>
          w.post(u.token, `/cases/${c.id}/decision/service`, { servedOn: TODAY }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(
        answers.map((r) => (r.body as ErrorBody).code).filter((code) => code !== undefined),
      ).toEqual([expect.stringMatching(/^(DECISION_ALREADY_SERVED|CASE_VERSION_CONFLICT)$/)]);
    });

    it('servedOn: not before decidedOn, not in the future, required', async () => {
      const c = await decided();
      expect(await badField(c.id, 'service', { servedOn: '2026-02-26' })).toEqual({
        field: 'servedOn',
        code: 'DATE_OUT_OF_ORDER',
      });
      expect(await badField(c.id, 'service', { servedOn: '2026-03-03' })).toEqual({
        field: 'servedOn',
        code: 'DATE_IN_FUTURE',
      });
      expect(await badField(c.id, 'service', {})).toEqual({ field: 'servedOn', code: 'REQUIRED' });
      // The day of the decision itself is fine.
      await act(officer, c.id, 'service', { servedOn: '2026-02-27' });
    });

    it('before the decision: 409 CASE_STATE_CONFLICT, under review, with a draft, or terminated', async () => {
      const c = await underReview();
      const res = await refused(
        officer.token,
        c.id,
        'service',
        { servedOn: TODAY },
        409,
        'CASE_STATE_CONFLICT',
      );
      expect(res.details).toEqual([{ currentStatus: 'UNDER_REVIEW', event: 'SERVE_DECISION' }]);
      await w
        .post(officer.token, `/cases/${c.id}/decision`, {
          type: 'UPHOLD',
          reasoning: '事实清楚',
          legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
        })
        .expect(201);
      await refused(
        officer.token,
        c.id,
        'service',
        { servedOn: TODAY },
        409,
        'CASE_STATE_CONFLICT',
      );
      await refused(
        officer.token,
        c.id,
        'performance',
        { reportedOn: TODAY },
        409,
        'CASE_STATE_CONFLICT',
      );
      const ended = await underReview();
      await w
        .post(reviewer.token, `/cases/${ended.id}/termination`, {
          reason: 'WITHDRAWN',
          concludedOn: TODAY,
        })
        .expect(200);
      await refused(
        officer.token,
        ended.id,
        'service',
        { servedOn: TODAY },
        409,
        'CASE_STATE_CONFLICT',
      );
    });
  });

  describe('the day performance is due', () => {
    it('only for a decision that orders the respondent to act: 400 PERFORMANCE_NOT_ORDERED', async () => {
      const upheld = await decided('UPHOLD');
      expect(
        await badField(upheld.id, 'service', { servedOn: TODAY, performanceDueOn: '2026-04-01' }),
      ).toEqual({ field: 'performanceDueOn', code: 'PERFORMANCE_NOT_ORDERED' });
      // A revocation alone orders nothing either.
      const revoked = await decided('REVOKE');
      expect(
        await badField(revoked.id, 'service', { servedOn: TODAY, performanceDueOn: '2026-04-01' }),
      ).toEqual({ field: 'performanceDueOn', code: 'PERFORMANCE_NOT_ORDERED' });
      expect((await w.read(upheld.id)).decision).toMatchObject({ servedOn: null });
    });

    it('责令履行 (Art. 66): as entered, not before servedOn', async () => {
      const c = await decided('ORDER_PERFORMANCE');
      expect(
        await badField(c.id, 'service', { servedOn: TODAY, performanceDueOn: '2026-03-01' }),
      ).toEqual({ field: 'performanceDueOn', code: 'DATE_OUT_OF_ORDER' });
      const served = await act(officer, c.id, 'service', {
        servedOn: TODAY,
        performanceDueOn: '2026-03-16',
      });
      expect(served.decision).toMatchObject({ servedOn: TODAY, performanceDueOn: '2026-03-16' });
      expect((await lastEvent(c.id)).data).toMatchObject({ performanceDueDefaulted: false });
    });

    it('a revocation with a remake within 35 days (Art. 64): served + 35 calendar days, rolled past Qingming', async () => {
      // 2026-03-02 + 35 = Monday 2026-04-06, the last day of Qingming (4-4…4-6 off) → Tuesday 4-7.
      const c = await decided('REVOKE', { remakeWithinDays: 35 });
      const served = await act(officer, c.id, 'service', { servedOn: TODAY });
      expect(served.decision).toMatchObject({ servedOn: TODAY, performanceDueOn: '2026-04-07' });
      expect((await lastEvent(c.id)).data).toMatchObject({
        servedOn: TODAY,
        performanceDueOn: '2026-04-07',
        performanceDueDefaulted: true,
      });
    });

    it('a day entered for the remake replaces the default', async () => {
      const c = await decided('PARTIAL_REVOKE', { remakeWithinDays: 35 });
      const served = await act(officer, c.id, 'service', {
        servedOn: TODAY,
        performanceDueOn: '2026-04-10',
      });
      expect(served.decision).toMatchObject({ performanceDueOn: '2026-04-10' });
    });
  });

  describe('the respondent’s report of performance (Art. 77)', () => {
    it('after service, once, between servedOn and today', async () => {
      const c = await decided('ORDER_PERFORMANCE');
      await refused(
        officer.token,
        c.id,
        'performance',
        { reportedOn: TODAY },
        409,
        'DECISION_NOT_SERVED',
      );
      await act(officer, c.id, 'service', {
        servedOn: '2026-02-28',
        performanceDueOn: '2026-03-01',
      });
      expect(await badField(c.id, 'performance', { reportedOn: '2026-02-27' })).toEqual({
        field: 'reportedOn',
        code: 'DATE_OUT_OF_ORDER',
      });
      expect(await badField(c.id, 'performance', { reportedOn: '2026-03-03' })).toEqual({
        field: 'reportedOn',
        code: 'DATE_IN_FUTURE',
      });
      expect(await badField(c.id, 'performance', { reportedOn: TODAY, summary: '' })).toEqual({
        field: 'summary',
        code: 'MIN_LENGTH',
      });
      const reported = await act(reviewer, c.id, 'performance', {
        reportedOn: TODAY,
        summary: '被申请人已依法履行法定职责',
      });
      expect(reported).toMatchObject({
        status: 'DECIDED',
        decision: {
          servedOn: '2026-02-28',
          performanceDueOn: '2026-03-01',
          performanceReportedOn: TODAY,
        },
      });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'RECORD_PERFORMANCE',
        fromStatus: 'DECIDED',
        toStatus: 'DECIDED',
        data: {
          decisionId: c.decision!.id,
          reportedOn: TODAY,
          performanceDueOn: '2026-03-01',
          late: true,
          summary: '被申请人已依法履行法定职责',
        },
      });
      await refused(
        officer.token,
        c.id,
        'performance',
        { reportedOn: TODAY },
        409,
        'PERFORMANCE_ALREADY_REPORTED',
      );
    });

    it('any served decision may have one; without a due day it is not late', async () => {
      const c = await decided('UPHOLD');
      await act(officer, c.id, 'service', { servedOn: TODAY });
      await act(officer, c.id, 'performance', { reportedOn: TODAY });
      expect((await lastEvent(c.id)).data).toEqual({
        decisionId: c.decision!.id,
        reportedOn: TODAY,
        performanceDueOn: null,
        late: false,
      });
    });
  });

  it('who may: OFFICER and REVIEWER; others 403; an unknown case 404', async () => {
    const c = await decided('ORDER_PERFORMANCE');
    for (const token of [w.admin, agent.token, viewer.token, liaison.token]) {
      await refused(token, c.id, 'service', { servedOn: TODAY }, 403, 'FORBIDDEN');
      await refused(token, c.id, 'performance', { reportedOn: TODAY }, 403, 'FORBIDDEN');
    }
    await refused(
      officer.token,
      '00000000-0000-4000-8000-000000000000',
      'service',
      { servedOn: TODAY },
      404,
      'CASE_NOT_FOUND',
    );
    await act(reviewer, c.id, 'service', { servedOn: TODAY });
    await act(officer, c.id, 'performance', { reportedOn: TODAY });
  });

  describe('alerts', () => {
    let alerts: AlertsService;
    let cal: CalendarExceptions;

    beforeAll(async () => {
      alerts = t.app.get(AlertsService);
      cal = await t.app.get(CalendarService).exceptions();
    });

    async function rows(caseIds: string[], deadline: string): Promise<AlertRow[]> {
      return t.db.query<AlertRow[]>(
        `SELECT case_id, deadline::text, to_char(due_on, 'YYYY-MM-DD') AS due_on, level::text,
                officer_id
           FROM alerts WHERE case_id = ANY($1::uuid[]) AND deadline = $2
          ORDER BY case_id, due_on, level`,
        [caseIds, deadline],
      );
    }

    const row = (c: { id: string }, deadline: string, dueOn: string, level: string) => ({
      case_id: c.id,
      deadline,
      due_on: dueOn,
      level,
      officer_id: officer.id,
    });
    const byCase = (a: AlertRow[]) =>
      [...a].sort((x, y) => `${x.case_id}${x.level}`.localeCompare(`${y.case_id}${y.level}`));

    /** Raises as the worker would on `day`. */
    async function raiseOn(day: string): Promise<void> {
      t.clock.set(at(day));
      await alerts.raise();
    }

    describe('SUSPENSION_LIMIT: 60 days suspended on Art. 39 ¶1 (1), (2), (4) (Art. 41 (5))', () => {
      // Received 2025-12-29, accepted 2025-12-30, assigned to the officer, suspended Monday
      // 2026-01-05: 60 days on Friday 2026-03-06. Day 59 is Thursday 3-5, day 61 Saturday 3-7.
      const SUSPENDED_ON = '2026-01-05';
      const LIMIT = '2026-03-06';
      const s = {} as Record<
        'died' | 'incapacitated' | 'dissolved' | 'missing' | 'otherCase' | 'resumed' | 'lapsed',
        CaseBody
      >;
      const grounds: Record<keyof typeof s, SuspensionGround> = {
        died: SuspensionGround.APPLICANT_DIED,
        incapacitated: SuspensionGround.APPLICANT_INCAPACITATED,
        dissolved: SuspensionGround.APPLICANT_DISSOLVED,
        missing: SuspensionGround.APPLICANT_MISSING, // item 3: no limit
        otherCase: SuspensionGround.AWAITING_OTHER_CASE, // item 8: no limit
        resumed: SuspensionGround.APPLICANT_DIED, // resumed before day 59
        lapsed: SuspensionGround.APPLICANT_DIED, // terminated on day 60 (SUSPENSION_LAPSED)
      };
      const ids = (): string[] => Object.values(s).map((c) => c.id);

      beforeAll(async () => {
        for (const key of Object.keys(grounds) as (keyof typeof s)[]) {
          const c = await underReview('2025-12-29', '2025-12-30');
          await w
            .post(reviewer.token, `/cases/${c.id}/assignment`, { officerId: officer.id })
            .expect(200);
          const res = await w.post(officer.token, `/cases/${c.id}/suspension`, {
            ground: grounds[key],
            reason: '申请人情况待查明',
            suspendedOn: SUSPENDED_ON,
          });
          expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
          s[key] = res.body as CaseBody;
        }
        await w
          .post(officer.token, `/cases/${s.resumed.id}/resumption`, { resumedOn: TODAY })
          .expect(200);
      });

      /** What the rule says of the cases still suspended on `day`. */
      const expected = (day: string, suspended: (keyof typeof s)[]) =>
        suspended.flatMap((key) => {
          const alert = suspensionLimitAlert(
            cal,
            { ground: grounds[key], suspendedOn: SUSPENDED_ON },
            day,
          );
          return alert ? [row(s[key], 'SUSPENSION_LIMIT', alert.dueOn, alert.level)] : [];
        });

      it('day 58: none; day 59: DUE_SOON; day 60: nothing new; day 61: OVERDUE', async () => {
        await raiseOn('2026-03-04');
        expect(await rows(ids(), 'SUSPENSION_LIMIT')).toEqual([]);

        await raiseOn('2026-03-05');
        const day59 = byCase([
          row(s.died, 'SUSPENSION_LIMIT', LIMIT, 'DUE_SOON'),
          row(s.incapacitated, 'SUSPENSION_LIMIT', LIMIT, 'DUE_SOON'),
          row(s.dissolved, 'SUSPENSION_LIMIT', LIMIT, 'DUE_SOON'),
          row(s.lapsed, 'SUSPENSION_LIMIT', LIMIT, 'DUE_SOON'),
        ]);
        expect(byCase(await rows(ids(), 'SUSPENSION_LIMIT'))).toEqual(day59);
        // The SQL follows the rule.
        const still: (keyof typeof s)[] = [
          'died',
          'incapacitated',
          'dissolved',
          'missing',
          'otherCase',
          'lapsed',
        ];
        expect(byCase(expected('2026-03-05', still))).toEqual(day59);

        // Day 60: the organ may terminate now; one case is terminated, the others wait.
        t.clock.set(at(LIMIT));
        await w
          .post(officer.token, `/cases/${s.lapsed.id}/termination`, {
            reason: 'SUSPENSION_LAPSED',
            concludedOn: LIMIT,
          })
          .expect(200);
        await alerts.raise();
        expect(byCase(await rows(ids(), 'SUSPENSION_LIMIT'))).toEqual(day59);
        expect(byCase(expected(LIMIT, still))).toEqual(day59);

        await raiseOn('2026-03-07');
        const overdue = byCase([
          row(s.died, 'SUSPENSION_LIMIT', LIMIT, 'OVERDUE'),
          row(s.incapacitated, 'SUSPENSION_LIMIT', LIMIT, 'OVERDUE'),
          row(s.dissolved, 'SUSPENSION_LIMIT', LIMIT, 'OVERDUE'),
        ]);
        expect(byCase(await rows(ids(), 'SUSPENSION_LIMIT'))).toEqual(
          byCase([...day59, ...overdue]),
        );
        expect(
          byCase(
            expected('2026-03-07', ['died', 'incapacitated', 'dissolved', 'missing', 'otherCase']),
          ),
        ).toEqual(overdue);

        // Once only, however often the sweep runs.
        await Promise.all([alerts.raise(), alerts.raise()]);
        expect(await rows(ids(), 'SUSPENSION_LIMIT')).toHaveLength(day59.length + overdue.length);
        const [{ n }] = await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_log a JOIN alerts x ON x.id::text = a.entity_id
            WHERE a.action = 'alert.raised' AND x.case_id = ANY($1::uuid[])
              AND x.deadline = 'SUSPENSION_LIMIT'`,
          [ids()],
        );
        expect(n).toBe(day59.length + overdue.length);

        // The officer sees them.
        const res = await w.get(officer.token, '/alerts?limit=100&open=true').expect(200);
        const mine = (res.body as { items: { caseId: string; deadline: string; level: string }[] })
          .items;
        expect(
          mine.filter((a) => a.caseId === s.died.id && a.deadline === 'SUSPENSION_LIMIT'),
        ).toHaveLength(2);
      });
    });

    describe('PERFORMANCE: a served decision’s performance due, not reported (Art. 77)', () => {
      it('DUE_SOON the working day before, OVERDUE after; none once reported', async () => {
        // Served today, due Monday 2026-03-09: soon on Friday 3-6, overdue on Tuesday 3-10.
        const due = await decided('ORDER_PERFORMANCE');
        await act(officer, due.id, 'service', { servedOn: TODAY, performanceDueOn: '2026-03-09' });
        const noDay = await decided('ORDER_PERFORMANCE');
        await act(officer, noDay.id, 'service', { servedOn: TODAY });
        const unserved = await decided('ORDER_PERFORMANCE');
        const cases = [due, noDay, unserved].map((c) => c.id);
        const decision = {
          servedOn: TODAY,
          performanceDueOn: '2026-03-09',
          performanceReportedOn: null,
        };

        await raiseOn('2026-03-05');
        expect(await rows(cases, 'PERFORMANCE')).toEqual([]);
        expect(performanceAlert(cal, decision, '2026-03-05')).toBeNull();

        await raiseOn('2026-03-06');
        const soon = row(due, 'PERFORMANCE', '2026-03-09', 'DUE_SOON');
        expect(await rows(cases, 'PERFORMANCE')).toEqual([soon]);
        expect(performanceAlert(cal, decision, '2026-03-06')).toEqual({
          dueOn: '2026-03-09',
          level: 'DUE_SOON',
        });

        await raiseOn('2026-03-10');
        const late = row(due, 'PERFORMANCE', '2026-03-09', 'OVERDUE');
        expect(await rows(cases, 'PERFORMANCE')).toEqual([soon, late]);
        expect(performanceAlert(cal, decision, '2026-03-10')).toEqual({
          dueOn: '2026-03-09',
          level: 'OVERDUE',
        });

        // Reported late; the alerts stop.
        await act(officer, due.id, 'performance', { reportedOn: '2026-03-10' });
        expect((await lastEvent(due.id)).data).toMatchObject({ late: true });
        await raiseOn('2026-03-11');
        expect(await rows(cases, 'PERFORMANCE')).toEqual([soon, late]);
      });
    });
  });
});
