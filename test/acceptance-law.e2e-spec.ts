/**
 * The application's end before a decision, under the 2023 law, through the API: acceptance
 * recorded late is the law's acceptance of the review period's last day (Art. 30 ¶3), the daily
 * job accepts what nobody decided on, a refusal after the review period is refused (Art. 30 ¶2),
 * the supplement notice's own limits (Art. 31), withdrawal before acceptance, and 驳回申请 after
 * it (Art. 33). Every date was worked by hand against the State Council calendar.
 *
 * Today is Monday 2026-03-02 (the TestClock). Spring Festival 2026: 2-15…2-23 off, Saturdays 2-14
 * and 2-28 are make-up working days. An application received Friday 2026-02-13 has its review
 * period end on Friday 2-27 (2-14, 2-24, 2-25, 2-26, 2-27); one received Thursday 2-26 on
 * Wednesday 3-4 (2-27, 2-28, 3-2, 3-3, 3-4).
 */
import { IntakeService } from '../src/cases/intake.service';
import { CaseBody, CaseWorld, TimelineEntry, WorldUser } from './support/case-world';
import { expectError, expectFieldError, expectStatus, PageBody } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

jest.setTimeout(30_000);

const TODAY = '2026-03-02';

interface LawCaseBody extends CaseBody {
  deemedAccepted: boolean;
  acceptanceRecordedOn: string | null;
  answerCopyDueOn: string | null;
  dismissalReason: string | null;
  supplementRequests: {
    id: string;
    dueOn: string;
    status: string;
    noticeSentOn: string;
    extensionReason: string | null;
    extendedOn: string | null;
  }[];
}

describe('acceptance, withdrawal and dismissal under the 2023 law', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let agent: WorldUser;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    [officer, reviewer, agent] = await Promise.all([
      w.user('OFFICER'),
      w.user('REVIEWER'),
      w.user('AGENT'),
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  const read = async (id: string): Promise<LawCaseBody> => (await w.read(id)) as LawCaseBody;
  const act = async (token: string, id: string, path: string, body: object, status = 200) => {
    const res = await w.post(token, `/cases/${id}${path}`, body);
    expectStatus(res, status);
    return res.body as LawCaseBody;
  };
  const lastEvent = async (id: string): Promise<TimelineEntry> => (await w.timeline(id)).at(-1)!;
  /** Received before Spring Festival: the review period ended Friday 2026-02-27. */
  const receivedFeb13 = () => w.register(officer.token, { receivedOn: '2026-02-13' });

  describe('an acceptance recorded after the review period (Art. 30 ¶3)', () => {
    it('is the law’s acceptance of the period’s last day; the record’s day is kept', async () => {
      const c = await receivedFeb13();
      expect(c.acceptanceDueOn).toBe('2026-02-27');
      const accepted = await act(officer.token, c.id, '/acceptance', {
        accepted: true,
        procedure: 'ORDINARY',
        acceptedOn: TODAY,
      });
      expect(accepted).toMatchObject({
        status: 'UNDER_REVIEW',
        acceptedOn: '2026-02-27',
        acceptanceRecordedOn: TODAY,
        deemedAccepted: true,
        // 60 days from Fri 2-27 is Tue 4-28, a working day; from the record it would be 5-1.
        decisionDueOn: '2026-04-28',
        // 7 working days from 2-27 (Art. 48): make-up Sat 2-28, 3-2 … 3-6, 3-9.
        answerCopyDueOn: '2026-03-09',
      });
      expect((await lastEvent(c.id)).data).toMatchObject({
        acceptedOn: '2026-02-27',
        acceptanceRecordedOn: TODAY,
        deemedAccepted: true,
      });
    });

    it('within the period it is the day recorded, not deemed', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      expect(c.acceptanceDueOn).toBe('2026-03-04');
      const accepted = await act(officer.token, c.id, '/acceptance', {
        accepted: true,
        procedure: 'ORDINARY',
        acceptedOn: TODAY,
      });
      expect(accepted).toMatchObject({
        acceptedOn: TODAY,
        acceptanceRecordedOn: TODAY,
        deemedAccepted: false,
        decisionDueOn: '2026-05-06',
      });
    });
  });

  describe('a refusal (不予受理) only within the review period (Art. 30 ¶2)', () => {
    it('dated after the period is refused, naming the rule, and nothing is written', async () => {
      const c = await receivedFeb13();
      const res = await w.post(reviewer.token, `/cases/${c.id}/acceptance`, {
        accepted: false,
        reason: '超过申请期限',
        decidedOn: TODAY,
      });
      const body = expectError(res, 409, 'ACCEPTANCE_PERIOD_ENDED');
      expect(body.message).toContain('第三十条第三款');
      expect(await read(c.id)).toMatchObject({ status: 'RECEIVED', version: c.version });
    });

    it('dated on the last day of the period, though recorded later, stands', async () => {
      const c = await receivedFeb13();
      const refused = await act(reviewer.token, c.id, '/acceptance', {
        accepted: false,
        reason: '不属于本机关管辖',
        decidedOn: '2026-02-27',
      });
      expect(refused).toMatchObject({ status: 'NOT_ACCEPTED', concludedOn: '2026-02-27' });
    });
  });

  describe('the daily job accepts by law what nobody decided on', () => {
    it('accepts a RECEIVED case on its period’s last day, ordinary procedure, once', async () => {
      const due = await receivedFeb13();
      const notYet = await w.register(officer.token, { receivedOn: '2026-02-26' });
      const waiting = await receivedFeb13();
      await act(
        officer.token,
        waiting.id,
        '/supplement-requests',
        {
          items: ['身份证明'],
          noticeSentOn: '2026-02-24',
          noticeServedOn: '2026-02-25',
        },
        201,
      );
      const intake = t.app.get(IntakeService);
      const first = await intake.deemAccepted(TODAY);
      expect(first.deemedAccepted).toBeGreaterThanOrEqual(1);
      expect(await read(due.id)).toMatchObject({
        status: 'UNDER_REVIEW',
        procedure: 'ORDINARY',
        acceptedOn: '2026-02-27',
        acceptanceRecordedOn: null,
        deemedAccepted: true,
        decisionDueOn: '2026-04-28',
        answerCopyDueOn: '2026-03-09',
      });
      expect(await lastEvent(due.id)).toMatchObject({
        event: 'DEEM_ACCEPTED',
        actor: 'system',
        fromStatus: 'RECEIVED',
        toStatus: 'UNDER_REVIEW',
      });
      // Its period runs to 3-4; a case waiting for a supplement restarts its period on receipt.
      expect((await read(notYet.id)).status).toBe('RECEIVED');
      expect((await read(waiting.id)).status).toBe('AWAITING_SUPPLEMENT');
      const again = await intake.deemAccepted(TODAY);
      expect(again.deemedAccepted).toBe(0);
      expect((await w.events(due.id)).filter((e) => e === 'DEEM_ACCEPTED')).toHaveLength(1);
    });

    it('lists deemed acceptances on their own (GET /cases?deemedAccepted=true)', async () => {
      const c = await receivedFeb13();
      await t.app.get(IntakeService).deemAccepted(TODAY);
      const list = async (q: string) =>
        (await w.get(officer.token, `/cases?limit=100&respondentId=${w.agencyId}&${q}`).expect(200))
          .body as PageBody<{ id: string; deemedAccepted: boolean }>;
      const deemed = await list('deemedAccepted=true');
      expect(deemed.items.map((i) => i.id)).toContain(c.id);
      expect(deemed.items.every((i) => i.deemedAccepted)).toBe(true);
      const others = await list('deemedAccepted=false');
      expect(others.items.map((i) => i.id)).not.toContain(c.id);
    });
  });

  describe('the supplement notice (Art. 31)', () => {
    it('is sent within the review period, and once', async () => {
      const c = await receivedFeb13();
      expectFieldError(
        await w.post(officer.token, `/cases/${c.id}/supplement-requests`, {
          items: ['身份证明'],
          noticeSentOn: TODAY,
          noticeServedOn: TODAY,
        }),
        'noticeSentOn',
        'SUPPLEMENT_NOTICE_LATE',
      );
      const fresh = await w.register(officer.token, { receivedOn: '2026-02-26' });
      const requested = await act(
        officer.token,
        fresh.id,
        '/supplement-requests',
        { items: ['身份证明', '处罚决定书'], noticeServedOn: TODAY },
        201,
      );
      expect(requested.supplementRequests[0]).toMatchObject({
        noticeSentOn: TODAY,
        // 10 working days from Mon 3-2: 3-3 … 3-16.
        dueOn: '2026-03-16',
      });
      await act(
        officer.token,
        fresh.id,
        `/supplement-requests/${requested.supplementRequests[0].id}/fulfil`,
        { receivedOn: TODAY },
      );
      expectError(
        await w.post(officer.token, `/cases/${fresh.id}/supplement-requests`, {
          items: ['其他材料'],
          noticeServedOn: TODAY,
        }),
        409,
        'SUPPLEMENT_ALREADY_REQUESTED',
      );
    });

    it('may be given a longer period for a good reason; abandonment waits for it', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      const requested = await act(
        officer.token,
        c.id,
        '/supplement-requests',
        { items: ['身份证明'], noticeServedOn: TODAY },
        201,
      );
      const rid = requested.supplementRequests[0].id;
      expectFieldError(
        await w.post(officer.token, `/cases/${c.id}/supplement-requests/${rid}/extension`, {
          dueOn: '2026-03-16',
          reason: '申请人住院',
          extendedOn: TODAY,
        }),
        'dueOn',
        'NOT_AFTER_DUE',
      );
      const extended = await act(officer.token, c.id, `/supplement-requests/${rid}/extension`, {
        dueOn: '2026-03-30',
        reason: '申请人住院治疗，无法按期补正',
        extendedOn: TODAY,
      });
      expect(extended.supplementDueOn).toBe('2026-03-30');
      expect(extended.supplementRequests[0]).toMatchObject({
        dueOn: '2026-03-30',
        extensionReason: '申请人住院治疗，无法按期补正',
        extendedOn: TODAY,
      });
      const intake = t.app.get(IntakeService);
      await intake.abandonExpired('2026-03-17');
      expect((await read(c.id)).status).toBe('AWAITING_SUPPLEMENT');
      await intake.abandonExpired('2026-03-31');
      expect(await read(c.id)).toMatchObject({ status: 'ABANDONED', concludedOn: '2026-03-31' });
    });
  });

  describe('withdrawal before acceptance', () => {
    it('closes the application as WITHDRAWN; the agent of its office may record it', async () => {
      const c = await w.register(agent.token, {
        channel: 'AGENT_POINT',
        officeId: w.officeId,
        receivedOn: '2026-02-26',
      });
      const withdrawn = await act(agent.token, c.id, '/withdrawal', {
        withdrawnOn: TODAY,
        reason: '已与行政机关协商解决',
      });
      expect(withdrawn).toMatchObject({
        status: 'WITHDRAWN',
        outcome: 'WITHDRAWN',
        concludedOn: TODAY,
        overdue: false,
      });
      expect((await lastEvent(c.id)).data).toMatchObject({ withdrawnOn: TODAY });
    });

    it('after acceptance is the review’s termination instead: 409', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      await w.accept(officer.token, c.id, TODAY);
      expectError(
        await w.post(officer.token, `/cases/${c.id}/withdrawal`, { withdrawnOn: TODAY }),
        409,
        'CASE_STATE_CONFLICT',
      );
    });

    it('before receipt is out of order', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      expectFieldError(
        await w.post(officer.token, `/cases/${c.id}/withdrawal`, { withdrawnOn: '2026-02-25' }),
        'withdrawnOn',
      );
    });
  });

  describe('驳回申请 after acceptance (Art. 33)', () => {
    it('the REVIEWER dismisses an accepted application with reasons: its own closing', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      await w.accept(officer.token, c.id, TODAY);
      expectError(
        await w.post(officer.token, `/cases/${c.id}/application-dismissal`, {
          reason: '申请人与被申请行政复议的行政行为没有利害关系',
          decidedOn: TODAY,
        }),
        403,
        'FORBIDDEN',
      );
      const dismissed = await act(reviewer.token, c.id, '/application-dismissal', {
        reason: '申请人与被申请行政复议的行政行为没有利害关系',
        decidedOn: TODAY,
      });
      expect(dismissed).toMatchObject({
        status: 'APPLICATION_DISMISSED',
        outcome: 'APPLICATION_DISMISSED',
        dismissalReason: '申请人与被申请行政复议的行政行为没有利害关系',
        concludedOn: TODAY,
      });
    });

    it('is refused before acceptance (then it is a refusal) and before the day of acceptance', async () => {
      const c = await w.register(officer.token, { receivedOn: '2026-02-26' });
      expectError(
        await w.post(reviewer.token, `/cases/${c.id}/application-dismissal`, {
          reason: '不属于行政复议范围',
          decidedOn: TODAY,
        }),
        409,
        'CASE_STATE_CONFLICT',
      );
      await w.accept(officer.token, c.id, TODAY);
      expectFieldError(
        await w.post(reviewer.token, `/cases/${c.id}/application-dismissal`, {
          reason: '不属于行政复议范围',
          decidedOn: '2026-02-27',
        }),
        'decidedOn',
      );
      expect((await read(c.id)).status).toBe('UNDER_REVIEW');
    });
  });

  describe('the statistics know the new closings and deemed acceptances', () => {
    it('counts them apart, none of them a decision on the merits', async () => {
      const count = async (q: string): Promise<number> =>
        (
          (
            await w
              .get(reviewer.token, `/cases?limit=100&respondentId=${w.agencyId}&${q}`)
              .expect(200)
          ).body as PageBody<unknown>
        ).items.length;
      const report = (
        await w
          .get(
            reviewer.token,
            '/statistics/reconsideration?from=2026-01-01&to=2026-03-02&groupBy=respondent',
          )
          .expect(200)
      ).body as {
        groups: {
          key: string;
          figures: { byDecision: Record<string, number>; merits: number; deemedAccepted: number };
        }[];
      };
      const mine = report.groups.find((g) => g.key === w.agencyId)!.figures;
      const withdrawn = await count('status=WITHDRAWN');
      const dismissed = await count('status=APPLICATION_DISMISSED');
      expect(withdrawn).toBeGreaterThan(0);
      expect(dismissed).toBeGreaterThan(0);
      expect(mine.byDecision).toMatchObject({
        WITHDRAWN: withdrawn,
        APPLICATION_DISMISSED: dismissed,
        DISMISS: 0,
      });
      expect(mine.merits).toBe(0);
      // Every deemed acceptance of this suite was on a day in the period (2026-02-27).
      expect(mine.deemedAccepted).toBe(await count('deemedAccepted=true'));
      expect(mine.deemedAccepted).toBeGreaterThanOrEqual(3);
    });
  });
});
