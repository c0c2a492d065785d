/**
 * The respondent's answer through the HTTP API (ARL 2023 Art. 48; simplified Art. 54; Art. 70):
 * the copy of the application sent to the respondent within 7 (3) working days of acceptance,
 * its receipt, which starts the respondent's 10 (5) working days, the written answer with its
 * evidence and basis, the Art. 70 flag when it comes late (in the case, the timeline and the
 * decision's draft), refusals, who may see it, and the alerts of both clocks.
 *
 * Today starts as Monday 2026-03-02 (the TestClock); tests move it and put it back.
 */
import { AlertsService } from '../src/alerts/alerts.service';
import {
  API,
  CaseBody,
  CaseWorld,
  ErrorBody,
  TimelineEntry,
  WorldUser,
} from './support/case-world';
import { bearer, expectError, expectFieldError, expectStatus } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(30_000);

const START = '2026-03-02T09:00:00+08:00';
const on = (day: string): string => `${day}T09:00:00+08:00`;

interface AnswerClock {
  answerCopyDueOn: string | null;
  answerCopySentOn: string | null;
  answerCopyReceivedOn: string | null;
  answerDueOn: string | null;
  answeredOn: string | null;
  answerLate: boolean;
}
type AnswerCase = CaseBody & AnswerClock;

interface AnswerBody {
  id: string;
  caseId: string;
  answeredOn: string;
  summary: string;
  evidence: { title: string; materialId: string | null }[];
  basis: { title: string; materialId: string | null }[];
  recordedBy: string;
  recordedAt: string;
  answerCopyDueOn: string | null;
  answerCopySentOn: string;
  answerCopyReceivedOn: string;
  answerDueOn: string;
  late: boolean;
}

const clockOf = (c: AnswerCase): AnswerClock => ({
  answerCopyDueOn: c.answerCopyDueOn,
  answerCopySentOn: c.answerCopySentOn,
  answerCopyReceivedOn: c.answerCopyReceivedOn,
  answerDueOn: c.answerDueOn,
  answeredOn: c.answeredOn,
  answerLate: c.answerLate,
});

/** A government-information case: the simplified procedure has its ground (Art. 53 ¶1 (4)). */
const INFORMATION_CASE = { act: { type: 'INFORMATION_DISCLOSURE' } };

const anAnswer = (answeredOn: string, more: Record<string, unknown> = {}) => ({
  answeredOn,
  summary: '被申请人认为该行政行为认定事实清楚，证据确凿，适用依据正确，程序合法',
  evidence: [{ title: '现场检查笔录' }],
  basis: [{ title: '《中华人民共和国政府信息公开条例》第三十六条', materialId: null }],
  ...more,
});

describe('the respondent’s answer (Art. 48, 54, 70)', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let viewer: WorldUser;
  let agent: WorldUser;
  let liaison: WorldUser;
  let otherAgent: WorldUser;

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    [officer, reviewer, viewer, agent, liaison] = await Promise.all([
      w.user('OFFICER'),
      w.user('REVIEWER'),
      w.user('VIEWER'),
      w.user('AGENT'),
      w.user('AGENCY_LIAISON'),
    ]);
    otherAgent = await (await CaseWorld.create(t)).user('AGENT');
  });
  afterEach(() => t.clock.set(START));
  afterAll(() => t.close());

  /** Filed at the world's office (its agents see it), by the officer. */
  const register = (receivedOn: string, more: Record<string, unknown> = {}): Promise<CaseBody> =>
    w.register(officer.token, {
      receivedOn,
      channel: 'AGENT_POINT',
      officeId: w.officeId,
      ...more,
    });

  async function acceptSimplified(id: string, acceptedOn: string): Promise<AnswerCase> {
    const res = await w.post(officer.token, `/cases/${id}/acceptance`, {
      accepted: true,
      procedure: 'SIMPLIFIED',
      simplifiedGround: 'INFORMATION_DISCLOSURE',
      acceptedOn,
    });
    expectStatus(res, 200);
    return res.body as AnswerCase;
  }

  const read = async (id: string): Promise<AnswerCase> => (await w.read(id)) as AnswerCase;
  const copy = (id: string, body: object, token = officer.token) =>
    w.post(token, `/cases/${id}/answer-copy`, body);
  const answer = (id: string, body: object, token = officer.token) =>
    w.post(token, `/cases/${id}/answer`, body);
  const getAnswer = (id: string, token = officer.token) => w.get(token, `/cases/${id}/answer`);

  async function sent(id: string, body: object): Promise<AnswerCase> {
    const res = await copy(id, body);
    expectStatus(res, 200);
    return res.body as AnswerCase;
  }

  /** The last timeline entry of `event`. */
  async function last(id: string, event: string): Promise<TimelineEntry> {
    const entries = (await w.timeline(id)).filter((e) => e.event === event);
    expect(entries.length).toBeGreaterThan(0);
    return entries[entries.length - 1];
  }

  async function upload(caseId: string, name: string): Promise<string> {
    const res = await t
      .http()
      .post(`${API}/cases/${caseId}/materials`)
      .set('authorization', bearer(officer.token))
      .field('kind', 'EVIDENCE')
      .attach('file', Buffer.from(`${name}\n`), {
        filename: `${name}.txt`,
        contentType: 'text/plain',
      });
    expectStatus(res, 201);
    return (res.body as { id: string }).id;
  }

  /**
   * answerCopyDueOn as acceptance sets it (IntakeService, another change): asserted only when
   * acceptance set it. The copy's own route sets it when missing, and the tests below check it
   * strictly from then on.
   */
  function expectCopyDueIfSet(c: AnswerCase, expected: string): void {
    if (c.answerCopyDueOn !== null) expect(c.answerCopyDueOn).toBe(expected);
  }

  it('ordinary: the copy, its receipt later, the answer on its last day', async () => {
    // Received Thursday 2026-02-26, accepted Friday 2-27. The copy is due 7 working days later:
    // make-up Saturday 2-28, 3-2, 3-3, 3-4, 3-5, 3-6, Monday 3-9 (Art. 48, Art. 88 ¶2).
    const filed = await register('2026-02-26');
    const accepted = (await w.accept(officer.token, filed.id, '2026-02-27')) as AnswerCase;
    expectCopyDueIfSet(accepted, '2026-03-09');
    expect(accepted).toMatchObject({
      answerCopySentOn: null,
      answerCopyReceivedOn: null,
      answerDueOn: null,
      answeredOn: null,
      answerLate: false,
    });
    const id = filed.id;
    expectError(await getAnswer(id), 404, 'ANSWER_NOT_FOUND');
    expectError(await answer(id, anAnswer('2026-03-02')), 409, 'ANSWER_COPY_NOT_RECEIVED');

    // Dates out of order, in the future, missing: 400, nothing recorded.
    expectFieldError(await copy(id, {}), 'sentOn', 'REQUIRED');
    expectFieldError(await copy(id, { receivedOn: '2026-03-02' }), 'sentOn', 'REQUIRED');
    expectFieldError(await copy(id, { sentOn: '2026-02-26' }), 'sentOn', 'DATE_OUT_OF_ORDER');
    expectFieldError(await copy(id, { sentOn: '2026-03-03' }), 'sentOn', 'DATE_IN_FUTURE');
    expectFieldError(await copy(id, { sentOn: '2026-3-2' }), 'sentOn', 'INVALID_DATE');
    expectFieldError(
      await copy(id, { sentOn: '2026-03-02', receivedOn: '2026-03-01' }),
      'receivedOn',
      'DATE_OUT_OF_ORDER',
    );
    const untouched = await read(id);
    expect(untouched.answerCopySentOn).toBeNull();
    expect(untouched.version).toBe(accepted.version);

    // Sent today, in time; the receipt is not known yet.
    const afterSending = await sent(id, { sentOn: '2026-03-02' });
    expect(clockOf(afterSending)).toEqual({
      answerCopyDueOn: '2026-03-09',
      answerCopySentOn: '2026-03-02',
      answerCopyReceivedOn: null,
      answerDueOn: null,
      answeredOn: null,
      answerLate: false,
    });
    expect(afterSending).toMatchObject({ status: 'UNDER_REVIEW', version: accepted.version + 1 });
    const sending = await last(id, 'SEND_ANSWER_COPY');
    expect(sending).toMatchObject({ fromStatus: 'UNDER_REVIEW', toStatus: 'UNDER_REVIEW' });
    expect(sending.data).toEqual({
      sentOn: '2026-03-02',
      answerCopyDueOn: '2026-03-09',
      late: false,
    });

    // Repeating what is recorded changes nothing (no new version, no new event).
    const events = (await w.events(id)).length;
    for (const body of [{ sentOn: '2026-03-02' }, {}]) {
      const again = await sent(id, body);
      expect(again.version).toBe(afterSending.version);
    }
    expect(await w.events(id)).toHaveLength(events);
    // Another sending day is refused: the recorded one stands.
    const changed = expectError(await copy(id, { sentOn: '2026-03-01' }), 409);
    expect(changed.code).toBe('ANSWER_COPY_ALREADY_SENT');
    expect(changed.details).toEqual([expect.objectContaining({ field: 'sentOn' })]);
    expectError(await answer(id, anAnswer('2026-03-02')), 409, 'ANSWER_COPY_NOT_RECEIVED');

    // Wednesday 3-4: the respondent received it today. Its 10 working days: 3-5, 3-6, 3-9 … 3-13,
    // 3-16, 3-17, Wednesday 3-18.
    t.clock.set(on('2026-03-04'));
    expectFieldError(
      await copy(id, { receivedOn: '2026-03-01' }),
      'receivedOn',
      'DATE_OUT_OF_ORDER',
    );
    expectFieldError(await copy(id, { receivedOn: '2026-03-05' }), 'receivedOn', 'DATE_IN_FUTURE');
    const afterReceipt = await sent(id, { sentOn: '2026-03-02', receivedOn: '2026-03-04' });
    expect(clockOf(afterReceipt)).toEqual({
      answerCopyDueOn: '2026-03-09',
      answerCopySentOn: '2026-03-02',
      answerCopyReceivedOn: '2026-03-04',
      answerDueOn: '2026-03-18',
      answeredOn: null,
      answerLate: false,
    });
    expect((await last(id, 'SEND_ANSWER_COPY')).data).toEqual({
      receivedOn: '2026-03-04',
      answerDueOn: '2026-03-18',
    });
    expect((await sent(id, { receivedOn: '2026-03-04' })).version).toBe(afterReceipt.version);
    expectError(await copy(id, { receivedOn: '2026-03-03' }), 409, 'ANSWER_COPY_ALREADY_RECEIVED');

    // The answer's own refusals: its day, its materials.
    const evidence = await upload(id, '现场检查笔录');
    const foreign = await upload((await register('2026-02-26')).id, '他案材料');
    expectFieldError(await answer(id, anAnswer('2026-03-03')), 'answeredOn', 'DATE_OUT_OF_ORDER');
    expectFieldError(await answer(id, anAnswer('2026-03-05')), 'answeredOn', 'DATE_IN_FUTURE');
    expectFieldError(
      await answer(
        id,
        anAnswer('2026-03-04', { evidence: [{ title: '他案', materialId: foreign }] }),
      ),
      'evidence[0].materialId',
      'UNKNOWN_MATERIAL',
    );
    expectFieldError(
      await answer(
        id,
        anAnswer('2026-03-04', {
          basis: [
            { title: '依据一', materialId: null },
            { title: '依据二', materialId: '00000000-0000-4000-8000-000000000000' },
          ],
        }),
      ),
      'basis[1].materialId',
      'UNKNOWN_MATERIAL',
    );
    expectFieldError(
      await answer(id, anAnswer('2026-03-04', { evidence: [{ title: '笔录', materialId: 'x' }] })),
      'evidence[0].materialId',
      'INVALID_UUID',
    );
    expectFieldError(
      await answer(id, { ...anAnswer('2026-03-04'), evidence: undefined }),
      'evidence',
      'REQUIRED',
    );
    expectFieldError(await answer(id, anAnswer('2026-03-04', { summary: '' })), 'summary');
    expectError(await getAnswer(id), 404, 'ANSWER_NOT_FOUND');

    // Wednesday 3-18, the last day: answered today, on time.
    t.clock.set(on('2026-03-18'));
    const res = await answer(
      id,
      anAnswer('2026-03-18', { evidence: [{ title: '现场检查笔录', materialId: evidence }] }),
    );
    expectStatus(res, 201);
    const body = res.body as AnswerBody;
    expect(body).toEqual({
      id: expect.any(String),
      caseId: id,
      answeredOn: '2026-03-18',
      summary: anAnswer('').summary,
      evidence: [{ title: '现场检查笔录', materialId: evidence }],
      basis: [{ title: '《中华人民共和国政府信息公开条例》第三十六条', materialId: null }],
      recordedBy: officer.id,
      recordedAt: expect.any(String),
      answerCopyDueOn: '2026-03-09',
      answerCopySentOn: '2026-03-02',
      answerCopyReceivedOn: '2026-03-04',
      answerDueOn: '2026-03-18',
      late: false,
    });
    expect(clockOf(await read(id))).toMatchObject({ answeredOn: '2026-03-18', answerLate: false });
    expect((await last(id, 'RECORD_ANSWER')).data).toEqual({
      answerId: body.id,
      answeredOn: '2026-03-18',
      answerDueOn: '2026-03-18',
      late: false,
      evidence: 1,
      basis: 1,
    });
    // Once.
    expectError(
      await answer(id, anAnswer('2026-03-18'), reviewer.token),
      409,
      'ANSWER_ALREADY_RECORDED',
    );

    // The case's readers see it, an agent of its office too; months later it is still on time.
    t.clock.set(on('2026-06-01'));
    for (const u of [officer, reviewer, viewer, agent]) {
      const seen = await getAnswer(id, u.token);
      expectStatus(seen, 200);
      expect(seen.body).toEqual(body);
    }
    expectStatus(await w.get(w.admin, `/cases/${id}/answer`), 200);
    expectError(await getAnswer(id, otherAgent.token), 404, 'CASE_NOT_FOUND');
    expectError(await getAnswer(id, liaison.token), 403, 'FORBIDDEN');
    expect((await read(id)).answerLate).toBe(false);

    // No Art. 70 flag for the drafter.
    t.clock.set(on('2026-03-20'));
    const draft = await w.post(officer.token, `/cases/${id}/decision`, {
      type: 'UPHOLD',
      reasoning: '认定事实清楚',
      legalBasis: ['《中华人民共和国行政复议法》第六十八条'],
    });
    expectStatus(draft, 201);
    expect((await last(id, 'DRAFT_DECISION')).data).toMatchObject({ answerLate: false });
  });

  it('simplified: a copy sent late and an answer late — Art. 70 for the drafter', async () => {
    // Received 2026-02-10, accepted Wednesday 2-11 (simplified): the copy is due 3 working days
    // later: 2-12, 2-13, make-up Saturday 2-14 (Art. 54).
    const filed = await register('2026-02-10', INFORMATION_CASE);
    const id = filed.id;
    const accepted = await acceptSimplified(id, '2026-02-11');
    expectCopyDueIfSet(accepted, '2026-02-14');

    // Today (3-2) the office's copy is overdue: an ANSWER_COPY alert.
    const alerts = t.app.get(AlertsService);
    await alerts.raise();
    const alertsOf = () =>
      t.db.query<{ deadline: string; due_on: string; level: string }[]>(
        `SELECT deadline::text, to_char(due_on, 'YYYY-MM-DD') AS due_on, level::text
           FROM alerts WHERE case_id = $1 ORDER BY deadline, due_on, level`,
        [id],
      );
    if (accepted.answerCopyDueOn !== null) {
      expect(await alertsOf()).toEqual([
        { deadline: 'ANSWER_COPY', due_on: '2026-02-14', level: 'OVERDUE' },
      ]);
    }

    // Sent late (2-25), received Thursday 2-26: the respondent's 5 working days: 2-27, make-up
    // Saturday 2-28, 3-2, 3-3, Wednesday 3-4. Recorded, not refused; the timeline says late.
    const afterCopy = await sent(id, { sentOn: '2026-02-25', receivedOn: '2026-02-26' });
    expect(clockOf(afterCopy)).toEqual({
      answerCopyDueOn: '2026-02-14',
      answerCopySentOn: '2026-02-25',
      answerCopyReceivedOn: '2026-02-26',
      answerDueOn: '2026-03-04',
      answeredOn: null,
      answerLate: false,
    });
    expect((await last(id, 'SEND_ANSWER_COPY')).data).toEqual({
      sentOn: '2026-02-25',
      answerCopyDueOn: '2026-02-14',
      late: true,
      receivedOn: '2026-02-26',
      answerDueOn: '2026-03-04',
    });

    // The last day itself is not late; the day after is, before any answer.
    t.clock.set(on('2026-03-04'));
    expect((await read(id)).answerLate).toBe(false);
    t.clock.set(on('2026-03-05'));
    expect((await read(id)).answerLate).toBe(true);
    await alerts.raise();
    const copyAlert = { deadline: 'ANSWER_COPY', due_on: '2026-02-14', level: 'OVERDUE' };
    expect(await alertsOf()).toEqual([
      { deadline: 'ANSWER', due_on: '2026-03-04', level: 'OVERDUE' },
      // Raised on 3-2 only if acceptance had set answerCopyDueOn (IntakeService).
      ...(accepted.answerCopyDueOn !== null ? [copyAlert] : []),
    ]);
    const raisedSoFar = (await alertsOf()).length;

    // Answered the day after: recorded, late.
    const res = await answer(id, anAnswer('2026-03-05', { evidence: [] }), reviewer.token);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      answeredOn: '2026-03-05',
      answerDueOn: '2026-03-04',
      late: true,
    });
    expect((await last(id, 'RECORD_ANSWER')).data).toMatchObject({ late: true, evidence: 0 });
    expect(clockOf(await read(id))).toMatchObject({ answeredOn: '2026-03-05', answerLate: true });
    // Answered: no new alert of the answer.
    t.clock.set(on('2026-03-10'));
    await alerts.raise();
    expect(await alertsOf()).toHaveLength(raisedSoFar);

    // The drafter sees the Art. 70 flag in the case and in the draft's timeline entry.
    const draft = await w.post(officer.token, `/cases/${id}/decision`, {
      type: 'REVOKE',
      reasoning: '被申请人逾期未提出书面答复，视为该行政行为没有证据、依据',
      legalBasis: ['《中华人民共和国行政复议法》第七十条'],
    });
    expectStatus(draft, 201);
    expect((draft.body as AnswerCase).answerLate).toBe(true);
    expect((await last(id, 'DRAFT_DECISION')).data).toMatchObject({
      type: 'REVOKE',
      answerLate: true,
    });
  });

  it('an answer dated on its last day but recorded later is on time; two at once, one wins', async () => {
    const filed = await register('2026-02-10', INFORMATION_CASE);
    const id = filed.id;
    await acceptSimplified(id, '2026-02-11');
    // Sent and received Friday 2-13: due make-up Sat 2-14, 2-24, 2-25, 2-26, Friday 2-27.
    const c = await sent(id, { sentOn: '2026-02-13', receivedOn: '2026-02-13' });
    expect(c).toMatchObject({ answerCopyDueOn: '2026-02-14', answerDueOn: '2026-02-27' });
    expect(c.answerLate).toBe(true); // today, 3-2, with no answer recorded

    const both = await Promise.all([
      answer(id, anAnswer('2026-02-27')),
      answer(id, anAnswer('2026-02-27'), reviewer.token),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect((refused.body as ErrorBody).code).toBe('ANSWER_ALREADY_RECORDED');
    const won = both.find((r) => r.status === 201)!.body as AnswerBody;
    expect(won.late).toBe(false);
    expect((await read(id)).answerLate).toBe(false);
    expect((await w.events(id)).filter((e) => e === 'RECORD_ANSWER')).toHaveLength(1);
  });

  it('refuses what the case’s state or the caller’s role does not allow', async () => {
    // Not accepted yet: there is no answer clock.
    const received = await register('2026-02-27');
    const notYet = expectError(await copy(received.id, { sentOn: '2026-03-02' }), 409);
    expect(notYet).toMatchObject({
      code: 'CASE_STATE_CONFLICT',
      details: [{ currentStatus: 'RECEIVED', event: 'SEND_ANSWER_COPY' }],
    });
    expectError(await answer(received.id, anAnswer('2026-03-02')), 409, 'CASE_STATE_CONFLICT');
    expectError(await getAnswer(received.id), 404, 'ANSWER_NOT_FOUND');

    // Closed: terminated before the copy went out.
    const closed = await register('2026-02-26');
    await w.accept(officer.token, closed.id, '2026-02-27');
    await w
      .post(officer.token, `/cases/${closed.id}/termination`, {
        reason: 'APPLICANT_DIED',
        concludedOn: '2026-03-02',
      })
      .expect(200);
    const conflict = expectError(await copy(closed.id, { sentOn: '2026-03-02' }), 409);
    expect(conflict).toMatchObject({
      code: 'CASE_STATE_CONFLICT',
      details: [{ currentStatus: 'TERMINATED', event: 'SEND_ANSWER_COPY' }],
    });
    expect(
      expectError(await answer(closed.id, anAnswer('2026-03-02')), 409, 'CASE_STATE_CONFLICT')
        .details,
    ).toEqual([{ currentStatus: 'TERMINATED', event: 'RECORD_ANSWER' }]);

    // Suspended: the clock of the answer is not the decision's; the copy may still go out.
    const suspended = await register('2026-02-26');
    await w.accept(officer.token, suspended.id, '2026-02-27');
    await w
      .post(officer.token, `/cases/${suspended.id}/suspension`, {
        ground: 'AWAITING_OTHER_CASE',
        reason: '等待鉴定结论',
        suspendedOn: '2026-03-02',
      })
      .expect(200);
    const whileSuspended = await sent(suspended.id, {
      sentOn: '2026-03-02',
      receivedOn: '2026-03-02',
    });
    expect(whileSuspended).toMatchObject({
      status: 'SUSPENDED',
      answerCopySentOn: '2026-03-02',
      // 3-3 … 3-6, 3-9 … 3-13, Monday 3-16.
      answerDueOn: '2026-03-16',
    });
    expectStatus(await answer(suspended.id, anAnswer('2026-03-02')), 201);

    // Roles: officers and reviewers record; others may not; another office's agent sees nothing.
    const open = await register('2026-02-26');
    await w.accept(officer.token, open.id, '2026-02-27');
    for (const token of [w.admin, agent.token, viewer.token, liaison.token, otherAgent.token]) {
      expectError(await copy(open.id, { sentOn: '2026-03-02' }, token), 403, 'FORBIDDEN');
      expectError(await answer(open.id, anAnswer('2026-03-02'), token), 403, 'FORBIDDEN');
    }
    expectError(await getAnswer(suspended.id, otherAgent.token), 404, 'CASE_NOT_FOUND');
    expectStatus(await getAnswer(suspended.id, agent.token), 200);
    expectError(await getAnswer('00000000-0000-4000-8000-000000000000'), 404, 'CASE_NOT_FOUND');
    expectFieldError(await getAnswer('not-a-uuid'), 'id', 'INVALID_UUID');
    expect((await read(open.id)).answerCopySentOn).toBeNull();
  });
});
