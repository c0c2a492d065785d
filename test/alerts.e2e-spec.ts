/**
 * Deadline alerts (AlertsService.raise, the `raise-deadline-alerts` job of the `alerts` queue):
 * which cases get one, that a repeat or an overlap raises nothing more, who sees them, their
 * acknowledgement, and the `overdue` flag and filter of the case list.
 *
 * Today is Monday 2026-03-02 (the TestClock): "due soon" means due by the next working day,
 * Tuesday 2026-03-03. The run's database is shared: only this file's cases are counted.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { AlertsService } from '../src/alerts/alerts.service';
import { JobName, QueueName } from '../src/jobs/queues';
import { expectStatus } from './support/fixtures';
import {
  CaseBody,
  CaseSummaryBody,
  CaseWorld,
  ErrorBody,
  idNumber,
  PageBody,
  WorldUser,
} from './support/case-world';
import { startApp, TestApp, unique } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const START = '2026-03-02T09:00:00+08:00';

interface AlertBody {
  id: string;
  caseId: string;
  caseNumber: string;
  officerId: string | null;
  deadline:
    | 'ACCEPTANCE'
    | 'DECISION'
    | 'ANSWER_COPY'
    | 'ANSWER'
    | 'SUSPENSION_LIMIT'
    | 'PERFORMANCE'
    | 'ATTENDANCE';
  dueOn: string;
  level: 'DUE_SOON' | 'OVERDUE';
  raisedAt: string;
  acknowledgedAt: string | null;
}

interface AlertRow {
  case_id: string;
  deadline: string;
  due_on: string;
  level: string;
  officer_id: string | null;
}

/** The alert rows of `caseIds`, in a stable order. */
async function alertRows(t: TestApp, caseIds: string[]): Promise<AlertRow[]> {
  return t.db.query<AlertRow[]>(
    `SELECT case_id, deadline::text, to_char(due_on, 'YYYY-MM-DD') AS due_on, level::text,
            officer_id
       FROM alerts WHERE case_id = ANY($1::uuid[])
      ORDER BY case_id, deadline, due_on, level`,
    [caseIds],
  );
}

const row = (
  c: CaseBody,
  deadline: string,
  dueOn: string,
  level: string,
  officerId: string | null = null,
): AlertRow => ({ case_id: c.id, deadline, due_on: dueOn, level, officer_id: officerId });

/** A registration the simplified procedure fits (Art. 53 ¶1 (4): a government information case). */
const INFORMATION_CASE = { act: { type: 'INFORMATION_DISCLOSURE' } };

/** Accepted under the simplified procedure, on the ground the registration supports. */
async function acceptSimplified(
  w: CaseWorld,
  token: string,
  id: string,
  acceptedOn: string,
): Promise<CaseBody> {
  const res = await w.post(token, `/cases/${id}/acceptance`, {
    accepted: true,
    procedure: 'SIMPLIFIED',
    simplifiedGround: 'INFORMATION_DISCLOSURE',
    acceptedOn,
  });
  expectStatus(res, 200);
  return res.body as CaseBody;
}

const sorted = (rows: AlertRow[]): AlertRow[] =>
  [...rows].sort((a, b) =>
    [a.case_id, a.deadline, a.due_on, a.level]
      .join('|')
      .localeCompare([b.case_id, b.deadline, b.due_on, b.level].join('|')),
  );

describe('deadline alerts', () => {
  let t: TestApp;
  let w: CaseWorld;
  let alerts: AlertsService;
  let officer: WorldUser;
  let otherOfficer: WorldUser;
  let reviewer: WorldUser;
  /** Every applicant of this block is named `tag`: `?q=tag` finds exactly these cases. */
  const tag = unique('预警申请人');
  const c = {} as Record<
    | 'soon'
    | 'dueToday'
    | 'past'
    | 'far'
    | 'mediating'
    | 'decision'
    | 'suspended'
    | 'lapsing'
    | 'supplement'
    | 'closed',
    CaseBody
  >;
  const ids = (): string[] => Object.values(c).map((x) => x.id);

  const register = (receivedOn: string, more: Record<string, unknown> = {}): Promise<CaseBody> =>
    w.register(officer.token, {
      receivedOn,
      applicants: [{ kind: 'PERSON', name: tag, idNumber: idNumber('19900101', '321') }],
      ...more,
    });

  async function listAlerts(token: string, query = ''): Promise<AlertBody[]> {
    const items: AlertBody[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await w.get(token, `/alerts?limit=100${query}${after}`).expect(200))
        .body as PageBody<AlertBody>;
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async function listCases(query: string): Promise<CaseSummaryBody[]> {
    const res = await w
      .get(officer.token, `/cases?limit=100&q=${encodeURIComponent(tag)}${query}`)
      .expect(200);
    const page = res.body as PageBody<CaseSummaryBody>;
    expect(page.nextCursor).toBeNull();
    return page.items;
  }

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    alerts = t.app.get(AlertsService);
    [officer, otherOfficer, reviewer] = await Promise.all([
      w.user('OFFICER'),
      w.user('OFFICER'),
      w.user('REVIEWER'),
    ]);

    // Acceptance due tomorrow: Wednesday 2026-02-25 + 5 working days = 26, 27, 28 (a make-up
    // working Saturday), 2 March, 3 March → Tuesday 2026-03-03.
    c.soon = await register('2026-02-25');
    // Acceptance due today: Tuesday 2026-02-24 → 25, 26, 27, 28, 2 March → Monday 2026-03-02.
    c.dueToday = await register('2026-02-24');
    // Acceptance overdue: Monday 2026-02-02 → 3, 4, 5, 6, 9 → Monday 2026-02-09.
    c.past = await register('2026-02-02');
    // Far away: today 2026-03-02 → 3, 4, 5, 6, 9 → Monday 2026-03-09.
    c.far = await register('2026-03-02');
    // Pre-case mediation leaves the acceptance clock running: due 2026-02-09, overdue.
    c.mediating = await register('2026-02-02');
    await w
      .post(officer.token, `/cases/${c.mediating.id}/pre-mediation`, { mediatorName: '李调解员' })
      .expect(201);
    // Decision overdue: accepted Tuesday 2025-12-02, simplified: + 30 = 2026-01-01, New Year's
    // Day (holiday 1–3 January) → Sunday 2026-01-04, a make-up working day. Assigned to `officer`.
    // The copy of the application has not gone to the respondent: due 3 working days after
    // acceptance (Art. 54), Friday 2025-12-05, overdue as well.
    c.decision = await register('2025-12-01', INFORMATION_CASE);
    await acceptSimplified(w, officer.token, c.decision.id, '2025-12-02');
    await w
      .post(reviewer.token, `/cases/${c.decision.id}/assignment`, { officerId: officer.id })
      .expect(200);
    // The same, but suspended: no decision deadline runs while suspended; the copy to the
    // respondent is still owed (ANSWER_COPY, due 2025-12-05). Its ground (Art. 39 ¶1 (10)) has
    // no 60-day limit: no SUSPENSION_LIMIT however long it lasts.
    c.suspended = await register('2025-12-01', INFORMATION_CASE);
    await acceptSimplified(w, officer.token, c.suspended.id, '2025-12-02');
    await w
      .post(officer.token, `/cases/${c.suspended.id}/suspension`, {
        ground: 'OTHER',
        reason: '等待鉴定结论',
        suspendedOn: '2025-12-20',
      })
      .expect(200);
    // Suspended on the applicant's death (Art. 39 ¶1 (1)) on 2025-12-20: 60 days on 2026-02-18
    // (in Spring Festival; not rolled), past: SUSPENSION_LIMIT, OVERDUE (Art. 41 (5)); the copy
    // is owed as above.
    c.lapsing = await register('2025-12-01', INFORMATION_CASE);
    await acceptSimplified(w, officer.token, c.lapsing.id, '2025-12-02');
    await w
      .post(officer.token, `/cases/${c.lapsing.id}/suspension`, {
        ground: 'APPLICANT_DIED',
        reason: '申请人死亡，其近亲属尚未确定是否参加行政复议',
        suspendedOn: '2025-12-20',
      })
      .expect(200);
    // Awaiting a supplement: its reply deadline (served 2026-02-03 → 10 working days, the Spring
    // Festival skipped → 2026-02-24) has passed; it makes the case overdue but is no alert kind.
    c.supplement = await register('2026-02-02');
    await w
      .post(officer.token, `/cases/${c.supplement.id}/supplement-requests`, {
        items: ['身份证明'],
        noticeServedOn: '2026-02-03',
      })
      .expect(201);
    // Closed: nothing runs.
    c.closed = await register('2026-02-02');
    await w
      .post(reviewer.token, `/cases/${c.closed.id}/acceptance`, {
        accepted: false,
        reason: '超过申请期限',
        decidedOn: '2026-02-03',
      })
      .expect(200);

    for (const key of Object.keys(c) as (keyof typeof c)[]) c[key] = await w.read(c[key].id);
  });

  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  it('the cases are where this file expects them', () => {
    expect(c.soon.acceptanceDueOn).toBe('2026-03-03');
    expect(c.dueToday.acceptanceDueOn).toBe('2026-03-02');
    expect(c.past.acceptanceDueOn).toBe('2026-02-09');
    expect(c.far.acceptanceDueOn).toBe('2026-03-09');
    expect(c.mediating).toMatchObject({ status: 'PRE_MEDIATION', acceptanceDueOn: '2026-02-09' });
    expect(c.decision).toMatchObject({
      status: 'UNDER_REVIEW',
      decisionDueOn: '2026-01-04',
      assignedOfficerId: officer.id,
    });
    expect(c.suspended.status).toBe('SUSPENDED');
    expect(c.lapsing).toMatchObject({ status: 'SUSPENDED', suspendedOn: '2025-12-20' });
    expect(c.supplement).toMatchObject({
      status: 'AWAITING_SUPPLEMENT',
      supplementDueOn: '2026-02-24',
    });
    expect(c.closed.status).toBe('NOT_ACCEPTED');
  });

  it('GET /cases?overdue= and each case’s overdue flag', async () => {
    const overdue = [c.past, c.mediating, c.decision, c.supplement].map((x) => x.id).sort();
    const onTime = [c.soon, c.dueToday, c.far, c.suspended, c.lapsing, c.closed]
      .map((x) => x.id)
      .sort();

    const yes = await listCases('&overdue=true');
    expect(yes.map((x) => x.id).sort()).toEqual(overdue);
    expect(yes.every((x) => x.overdue)).toBe(true);
    const no = await listCases('&overdue=false');
    expect(no.map((x) => x.id).sort()).toEqual(onTime);
    expect(no.every((x) => !x.overdue)).toBe(true);

    const all = await listCases('');
    expect(all).toHaveLength(overdue.length + onTime.length);
    for (const x of all) expect(x.overdue).toBe(overdue.includes(x.id));
    for (const id of ids()) {
      expect((await w.read(id)).overdue).toBe(overdue.includes(id));
    }
  });

  it('raise() creates exactly the expected alerts, once however often it runs', async () => {
    const expected = sorted([
      row(c.soon, 'ACCEPTANCE', '2026-03-03', 'DUE_SOON'),
      row(c.dueToday, 'ACCEPTANCE', '2026-03-02', 'DUE_SOON'),
      row(c.past, 'ACCEPTANCE', '2026-02-09', 'OVERDUE'),
      row(c.mediating, 'ACCEPTANCE', '2026-02-09', 'OVERDUE'),
      row(c.decision, 'DECISION', '2026-01-04', 'OVERDUE', officer.id),
      row(c.decision, 'ANSWER_COPY', '2025-12-05', 'OVERDUE', officer.id),
      row(c.suspended, 'ANSWER_COPY', '2025-12-05', 'OVERDUE'),
      row(c.lapsing, 'ANSWER_COPY', '2025-12-05', 'OVERDUE'),
      row(c.lapsing, 'SUSPENSION_LIMIT', '2026-02-18', 'OVERDUE'),
    ]);
    const first = await alerts.raise();
    expect(first.raised).toBeGreaterThanOrEqual(expected.length);
    expect(sorted(await alertRows(t, ids()))).toEqual(expected);

    await alerts.raise();
    const overlapping = await Promise.all(Array.from({ length: 5 }, () => alerts.raise()));
    expect(overlapping).toHaveLength(5);
    expect(sorted(await alertRows(t, ids()))).toEqual(expected);

    // One audit row per alert raised.
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log a JOIN alerts c ON c.id::text = a.entity_id
        WHERE a.action = 'alert.raised' AND c.case_id = ANY($1::uuid[])`,
      [ids()],
    );
    expect(n).toBe(expected.length);
  });

  it('a new deadline or a new level raises a new alert, once', async () => {
    await alerts.raise();
    const before = await alertRows(t, ids());

    // The overdue application gets a supplement request (its notice sent on the last day of the
    // review period, 2026-02-09, as Art. 31 ¶1 requires; served the day after); its answer
    // restarts the acceptance clock: received Wednesday 2026-02-25 → due Tuesday 2026-03-03,
    // i.e. due soon now.
    const asked = (
      await w
        .post(officer.token, `/cases/${c.past.id}/supplement-requests`, {
          items: ['证据清单'],
          noticeSentOn: '2026-02-09',
          noticeServedOn: '2026-02-10',
        })
        .expect(201)
    ).body as CaseBody;
    const fulfilled = (
      await w
        .post(
          officer.token,
          `/cases/${c.past.id}/supplement-requests/${asked.supplementRequests[0].id}/fulfil`,
          { receivedOn: '2026-02-25' },
        )
        .expect(200)
    ).body as CaseBody;
    expect(fulfilled).toMatchObject({
      status: 'RECEIVED',
      acceptanceDueOn: '2026-03-03',
      overdue: false,
    });
    await Promise.all([alerts.raise(), alerts.raise()]);
    await alerts.raise();
    const moved = await alertRows(t, [c.past.id]);
    expect(sorted(moved)).toEqual(
      sorted([
        row(c.past, 'ACCEPTANCE', '2026-02-09', 'OVERDUE'),
        row(c.past, 'ACCEPTANCE', '2026-03-03', 'DUE_SOON'),
      ]),
    );

    // Two days later (Wednesday 2026-03-04; due soon = by Thursday 03-05): yesterday's and
    // today's "due soon" are overdue now, a new level of the same deadline; the far case
    // (due 03-09) is still quiet.
    t.clock.set('2026-03-04T09:00:00+08:00');
    await alerts.raise();
    await alerts.raise();
    const later = await alertRows(t, ids());
    const added = later.filter((r) => !before.some((b) => JSON.stringify(b) === JSON.stringify(r)));
    expect(sorted(added)).toEqual(
      sorted([
        row(c.past, 'ACCEPTANCE', '2026-03-03', 'DUE_SOON'),
        row(c.past, 'ACCEPTANCE', '2026-03-03', 'OVERDUE'),
        row(c.soon, 'ACCEPTANCE', '2026-03-03', 'OVERDUE'),
        row(c.dueToday, 'ACCEPTANCE', '2026-03-02', 'OVERDUE'),
      ]),
    );
    expect(later.filter((r) => r.case_id === c.far.id)).toEqual([]);
  });

  it('an alert goes to the assigned officer; others neither see nor acknowledge it', async () => {
    await alerts.raise();
    const mine = (await listAlerts(officer.token)).filter(
      (a) => a.caseId === c.decision.id && a.deadline === 'DECISION',
    );
    expect(mine).toEqual([
      expect.objectContaining({
        caseId: c.decision.id,
        caseNumber: c.decision.number,
        officerId: officer.id,
        deadline: 'DECISION',
        dueOn: '2026-01-04',
        level: 'OVERDUE',
        acknowledgedAt: null,
      }),
    ]);
    // Officers see only their own cases' alerts.
    expect((await listAlerts(officer.token)).every((a) => a.officerId === officer.id)).toBe(true);
    const others = await listAlerts(otherOfficer.token);
    expect(others.map((a) => a.caseId)).not.toContain(c.decision.id);

    const alert = mine[0];
    const res = await w.post(otherOfficer.token, `/alerts/${alert.id}/acknowledgement`).expect(404);
    expect((res.body as ErrorBody).code).toBe('ALERT_NOT_FOUND');
    expect((await listAlerts(officer.token, '&open=true')).map((a) => a.id)).toContain(alert.id);

    // Reviewers see every alert, assigned or not.
    const all = (await listAlerts(reviewer.token)).map((a) => a.caseId);
    for (const x of [c.decision, c.soon, c.mediating]) expect(all).toContain(x.id);

    // Other roles have no alerts.
    for (const role of ['VIEWER', 'AGENT', 'AGENCY_LIAISON'] as const) {
      const u = await w.user(role);
      const denied = await w.get(u.token, '/alerts').expect(403);
      expect((denied.body as ErrorBody).code).toBe('FORBIDDEN');
      await w.post(u.token, `/alerts/${alert.id}/acknowledgement`).expect(403);
    }
  });

  it('acknowledgement works once and repeats harmlessly', async () => {
    await alerts.raise();
    const [alert] = (await listAlerts(officer.token)).filter(
      (a) => a.caseId === c.decision.id && a.deadline === 'DECISION',
    );
    t.clock.set('2026-03-02T10:30:00+08:00');
    const first = (await w.post(officer.token, `/alerts/${alert.id}/acknowledgement`).expect(200))
      .body as AlertBody;
    expect(first).toMatchObject({ id: alert.id, caseId: c.decision.id });
    expect(first.acknowledgedAt).toBe(new Date('2026-03-02T10:30:00+08:00').toISOString());

    t.clock.set('2026-03-02T11:00:00+08:00');
    const again = await Promise.all([
      w.post(officer.token, `/alerts/${alert.id}/acknowledgement`),
      w.post(officer.token, `/alerts/${alert.id}/acknowledgement`),
    ]);
    for (const res of again) {
      expect(res.status).toBe(200);
      expect((res.body as AlertBody).acknowledgedAt).toBe(first.acknowledgedAt);
    }
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'alert.acknowledged' AND entity_id = $1`,
      [alert.id],
    );
    expect(n).toBe(1);

    expect((await listAlerts(officer.token, '&open=true')).map((a) => a.id)).not.toContain(
      alert.id,
    );
    expect((await listAlerts(officer.token, '&open=false')).map((a) => a.id)).toContain(alert.id);
    // Raising again does not bring an acknowledged alert back.
    await alerts.raise();
    expect((await listAlerts(officer.token, '&open=true')).map((a) => a.id)).not.toContain(
      alert.id,
    );

    // A reviewer may acknowledge an unassigned alert.
    const [unassigned] = (await listAlerts(reviewer.token)).filter((a) => a.caseId === c.soon.id);
    expect(unassigned.officerId).toBeNull();
    await w.post(reviewer.token, `/alerts/${unassigned.id}/acknowledgement`).expect(200);

    await w
      .post(officer.token, '/alerts/00000000-0000-4000-8000-000000000000/acknowledgement')
      .expect(404);
    const bad = await w.post(officer.token, '/alerts/not-a-uuid/acknowledgement').expect(400);
    expect((bad.body as ErrorBody).code).toBe('VALIDATION_FAILED');
  });

  it('pages through alerts raised together without losing any', async () => {
    // Three overdue decisions for one new officer, each with its copy to the respondent overdue
    // too: one raise, so one instant for all six alerts.
    const pager = await w.user('OFFICER');
    const mine: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const x = await register('2025-12-01', INFORMATION_CASE);
      await acceptSimplified(w, officer.token, x.id, '2025-12-02');
      await w
        .post(reviewer.token, `/cases/${x.id}/assignment`, { officerId: pager.id })
        .expect(200);
      mine.push(x.id);
    }
    await alerts.raise();
    for (const limit of [1, 2]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const after: string = cursor ? `&cursor=${cursor}` : '';
        const page = (await w.get(pager.token, `/alerts?limit=${limit}${after}`).expect(200))
          .body as PageBody<AlertBody>;
        seen.push(...page.items.map((a) => `${a.caseId} ${a.deadline}`));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen.sort()).toEqual(
        mine.flatMap((id) => [`${id} ANSWER_COPY`, `${id} DECISION`]).sort(),
      );
    }
  });

  it('open alerts follow a case to its new officer; acknowledged ones stay', async () => {
    // Accepted 2025-12-02, simplified: decision due 2026-01-04 (as c.decision), overdue today,
    // and the copy to the respondent (due 2025-12-05) too.
    const [first, second] = await Promise.all([w.user('OFFICER'), w.user('OFFICER')]);
    const x = await register('2025-12-01', INFORMATION_CASE);
    await acceptSimplified(w, officer.token, x.id, '2025-12-02');
    await w.post(reviewer.token, `/cases/${x.id}/assignment`, { officerId: first.id }).expect(200);
    await alerts.raise();
    const open = await listAlerts(first.token);
    expect(open.map((a) => [a.caseId, a.deadline, a.level]).sort()).toEqual([
      [x.id, 'ANSWER_COPY', 'OVERDUE'],
      [x.id, 'DECISION', 'OVERDUE'],
    ]);

    // A second alert of the case, acknowledged by the first officer before the case moves on.
    await t.db.query(
      `INSERT INTO alerts (subject_id, case_id, officer_id, deadline, due_on, level)
       VALUES ($1, $1, $2, 'DECISION', '2026-01-03', 'OVERDUE')`,
      [x.id, first.id],
    );
    const [older] = (await listAlerts(first.token)).filter((a) => a.dueOn === '2026-01-03');
    await w.post(first.token, `/alerts/${older.id}/acknowledgement`).expect(200);

    await w.post(reviewer.token, `/cases/${x.id}/assignment`, { officerId: second.id }).expect(200);
    expect((await listAlerts(second.token)).map((a) => a.id).sort()).toEqual(
      open.map((a) => a.id).sort(),
    );
    expect((await listAlerts(first.token)).map((a) => a.id)).toEqual([older.id]);
  });
});

/**
 * The answer clock (Art. 48; simplified Art. 54): the copy of the application not sent to the
 * respondent by its last day (ANSWER_COPY, the office's duty) and the respondent's answer not
 * recorded by its last day (ANSWER; Art. 70), for cases under review or suspended. Today is Monday
 * 2026-03-02, "due soon" by Tuesday 2026-03-03. The ANSWER_COPY rows rely on acceptance setting
 * answerCopyDueOn (the cases' first assertion checks it).
 */
describe('answer clock alerts', () => {
  let t: TestApp;
  let w: CaseWorld;
  let alerts: AlertsService;
  let officer: WorldUser;
  let reviewer: WorldUser;
  const tag = unique('答复预警申请人');
  const a = {} as Record<
    | 'copyOverdue'
    | 'copyDueToday'
    | 'copySent'
    | 'answerOverdue'
    | 'answered'
    | 'suspended'
    | 'closed'
    | 'notAccepted',
    CaseBody
  >;
  const ids = (): string[] => Object.values(a).map((x) => x.id);
  /** The answer clock's alerts of this block's cases (the one not accepted gets ACCEPTANCE ones). */
  const answerRows = async (): Promise<AlertRow[]> =>
    (await alertRows(t, ids())).filter((r) => r.deadline.startsWith('ANSWER'));

  const register = (receivedOn: string): Promise<CaseBody> =>
    w.register(officer.token, {
      receivedOn,
      applicants: [{ kind: 'PERSON', name: tag, idNumber: idNumber('19920101', '135') }],
      ...INFORMATION_CASE,
    });

  /** Registered 2026-02-10, accepted Wednesday 2026-02-11 (simplified): copy due Sat 2-14. */
  async function acceptedSimplified(): Promise<CaseBody> {
    const x = await register('2026-02-10');
    return acceptSimplified(w, officer.token, x.id, '2026-02-11');
  }

  async function sendCopy(id: string, body: object): Promise<CaseBody> {
    const res = await w.post(officer.token, `/cases/${id}/answer-copy`, body);
    expectStatus(res, 200);
    return res.body as CaseBody;
  }

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    alerts = t.app.get(AlertsService);
    [officer, reviewer] = await Promise.all([w.user('OFFICER'), w.user('REVIEWER')]);

    // Copy overdue: due 3 working days after 2026-02-11: 2-12, 2-13, make-up Saturday 2-14.
    // Assigned to `officer`.
    a.copyOverdue = await acceptedSimplified();
    await w
      .post(reviewer.token, `/cases/${a.copyOverdue.id}/assignment`, { officerId: officer.id })
      .expect(200);
    // Copy due today: ordinary, accepted Friday 2026-02-13: 7 working days: make-up Sat 2-14,
    // (Spring Festival 2-15…2-23), 2-24, 2-25, 2-26, 2-27, make-up Sat 2-28, Monday 3-2.
    a.copyDueToday = await register('2026-02-12');
    await w.accept(officer.token, a.copyDueToday.id, '2026-02-13', 'ORDINARY');
    // Copy sent in time, received Thursday 2026-02-26: the answer is due 5 working days later:
    // 2-27, make-up Sat 2-28, 3-2, 3-3, Wednesday 3-4; not yet due soon.
    a.copySent = await acceptedSimplified();
    await sendCopy(a.copySent.id, { sentOn: '2026-02-12', receivedOn: '2026-02-26' });
    // Received Friday 2026-02-13: the answer was due make-up Sat 2-14, 2-24, 2-25, 2-26, Friday
    // 2-27; none recorded: overdue.
    a.answerOverdue = await acceptedSimplified();
    await sendCopy(a.answerOverdue.id, { sentOn: '2026-02-12', receivedOn: '2026-02-13' });
    // The same, answered on its last day: nothing is owed.
    a.answered = await acceptedSimplified();
    await sendCopy(a.answered.id, { sentOn: '2026-02-12', receivedOn: '2026-02-13' });
    await w
      .post(officer.token, `/cases/${a.answered.id}/answer`, {
        answeredOn: '2026-02-27',
        summary: '被申请人认为政府信息公开答复合法',
        evidence: [],
        basis: [],
      })
      .expect(201);
    // Suspended with the copy not sent: the office still owes it.
    a.suspended = await acceptedSimplified();
    await w
      .post(officer.token, `/cases/${a.suspended.id}/suspension`, {
        ground: 'AWAITING_INTERPRETATION',
        reason: '等待有权机关作出解释',
        suspendedOn: '2026-02-24',
      })
      .expect(200);
    // Terminated with the copy not sent: nothing runs any more.
    a.closed = await acceptedSimplified();
    await w
      .post(officer.token, `/cases/${a.closed.id}/termination`, {
        reason: 'APPLICANT_DIED',
        concludedOn: '2026-02-24',
      })
      .expect(200);
    // Not accepted yet (acceptance due 2026-03-05): no answer clock.
    a.notAccepted = await register('2026-02-27');

    for (const key of Object.keys(a) as (keyof typeof a)[]) a[key] = await w.read(a[key].id);
  });

  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  it('the cases are where this block expects them', () => {
    const clock = (x: CaseBody) => {
      const c = x as CaseBody & Record<string, unknown>;
      return [c.status, c.answerCopyDueOn, c.answerCopySentOn, c.answerDueOn, c.answeredOn];
    };
    expect(clock(a.copyOverdue)).toEqual(['UNDER_REVIEW', '2026-02-14', null, null, null]);
    expect(a.copyOverdue.assignedOfficerId).toBe(officer.id);
    expect(clock(a.copyDueToday)).toEqual(['UNDER_REVIEW', '2026-03-02', null, null, null]);
    expect(clock(a.copySent)).toEqual([
      'UNDER_REVIEW',
      '2026-02-14',
      '2026-02-12',
      '2026-03-04',
      null,
    ]);
    expect(clock(a.answerOverdue)).toEqual([
      'UNDER_REVIEW',
      '2026-02-14',
      '2026-02-12',
      '2026-02-27',
      null,
    ]);
    expect(clock(a.answered)).toEqual([
      'UNDER_REVIEW',
      '2026-02-14',
      '2026-02-12',
      '2026-02-27',
      '2026-02-27',
    ]);
    expect(clock(a.suspended)).toEqual(['SUSPENDED', '2026-02-14', null, null, null]);
    expect(clock(a.closed)[0]).toBe('TERMINATED');
    expect(clock(a.notAccepted)).toEqual(['RECEIVED', null, null, null, null]);
  });

  it('raise() creates exactly the expected ANSWER_COPY and ANSWER alerts, once', async () => {
    const expected = sorted([
      row(a.copyOverdue, 'ANSWER_COPY', '2026-02-14', 'OVERDUE', officer.id),
      row(a.copyDueToday, 'ANSWER_COPY', '2026-03-02', 'DUE_SOON'),
      row(a.answerOverdue, 'ANSWER', '2026-02-27', 'OVERDUE'),
      row(a.suspended, 'ANSWER_COPY', '2026-02-14', 'OVERDUE'),
    ]);
    await alerts.raise();
    expect(sorted(await alertRows(t, ids()))).toEqual(expected);
    await Promise.all(Array.from({ length: 4 }, () => alerts.raise()));
    expect(sorted(await alertRows(t, ids()))).toEqual(expected);

    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log l JOIN alerts x ON x.id::text = l.entity_id
        WHERE l.action = 'alert.raised' AND x.case_id = ANY($1::uuid[])`,
      [ids()],
    );
    expect(n).toBe(expected.length);

    // The assigned officer sees the office's duty in the list, with its kind.
    const res = await w.get(officer.token, '/alerts?limit=100&open=true').expect(200);
    const mine = (res.body as PageBody<AlertBody>).items.filter(
      (x) => x.caseId === a.copyOverdue.id,
    );
    expect(mine).toEqual([
      expect.objectContaining({
        deadline: 'ANSWER_COPY',
        dueOn: '2026-02-14',
        level: 'OVERDUE',
        officerId: officer.id,
      }),
    ]);
  });

  it('sending the copy or recording the answer stops them; the days passing raise the next level', async () => {
    await alerts.raise();
    const before = await answerRows();

    // Tuesday 2026-03-03, due soon = by Wednesday 3-4: the copy due yesterday is overdue now, and
    // the answer due 3-4 is due soon. The overdue copy goes out today (late) and its receipt is
    // recorded: the respondent's 5 working days run to Tuesday 3-10.
    t.clock.set('2026-03-03T09:00:00+08:00');
    const sent = await sendCopy(a.copyOverdue.id, {
      sentOn: '2026-03-03',
      receivedOn: '2026-03-03',
    });
    expect(sent).toMatchObject({ answerCopySentOn: '2026-03-03', answerDueOn: '2026-03-10' });
    await alerts.raise();
    await alerts.raise();
    const tuesday = await answerRows();
    const added = (rows: AlertRow[], than: AlertRow[]) =>
      rows.filter((r) => !than.some((b) => JSON.stringify(b) === JSON.stringify(r)));
    expect(sorted(added(tuesday, before))).toEqual(
      sorted([
        row(a.copyDueToday, 'ANSWER_COPY', '2026-03-02', 'OVERDUE'),
        row(a.copySent, 'ANSWER', '2026-03-04', 'DUE_SOON'),
      ]),
    );

    // Thursday 2026-03-05: the answer due 3-4 is overdue; the overdue answer is recorded (late),
    // and nothing more comes of it.
    t.clock.set('2026-03-05T09:00:00+08:00');
    await w
      .post(officer.token, `/cases/${a.answerOverdue.id}/answer`, {
        answeredOn: '2026-03-05',
        summary: '逾期答复',
        evidence: [],
        basis: [],
      })
      .expect(201);
    await alerts.raise();
    expect(sorted(added(await answerRows(), tuesday))).toEqual([
      row(a.copySent, 'ANSWER', '2026-03-04', 'OVERDUE'),
    ]);
  });
});

describe('the alert job, run by the worker through its queue', () => {
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  /** Adds the job `times` times and waits until every one has finished. */
  async function runJob(app: TestApp, times: number): Promise<void> {
    const queue = app.app.get<Queue>(getQueueToken(QueueName.ALERTS));
    const events = new QueueEvents(QueueName.ALERTS, {
      connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      prefix: queue.opts.prefix,
    });
    try {
      await events.waitUntilReady();
      const jobs = await Promise.all(
        Array.from({ length: times }, () => queue.add(JobName.RAISE_DEADLINE_ALERTS, {})),
      );
      const results = (await Promise.all(
        jobs.map((job) => job.waitUntilFinished(events, 20_000)),
      )) as { raised: number }[];
      for (const r of results) expect(r.raised).toBeGreaterThanOrEqual(0);
    } finally {
      await events.close();
    }
  }

  it('raises each alert once, across repeated jobs and a restarted worker', async () => {
    t = await startApp({ role: 'all' });
    const w = await CaseWorld.create(t);
    const officer = await w.user('OFFICER');
    const tag = unique('队列预警');
    const register = (receivedOn: string) =>
      w.register(officer.token, {
        receivedOn,
        applicants: [{ kind: 'PERSON', name: tag, idNumber: idNumber('19850101', '654') }],
      });
    // Overdue since 2026-02-09, and due tomorrow (2026-03-03), as in the block above.
    const overdue = await register('2026-02-02');
    const soon = await register('2026-02-25');
    const caseIds = [overdue.id, soon.id];
    const expected = sorted([
      row(overdue, 'ACCEPTANCE', '2026-02-09', 'OVERDUE'),
      row(soon, 'ACCEPTANCE', '2026-03-03', 'DUE_SOON'),
    ]);

    await runJob(t, 2);
    expect(sorted(await alertRows(t, caseIds))).toEqual(expected);

    await t.close();
    t = undefined;
    t = await startApp({ role: 'all' });
    await runJob(t, 1);
    expect(sorted(await alertRows(t, caseIds))).toEqual(expected);

    const dupes = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM alerts WHERE case_id = ANY($1::uuid[])
        GROUP BY case_id, deadline, due_on, level`,
      [caseIds],
    );
    expect(dupes).toEqual([{ n: 1 }, { n: 1 }]);
  });
});
