import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { JobName, QueueName } from '../src/jobs/queues';
import { residentIdCheckCharacter } from '../src/common/validators/id-number';
import { IntakeService } from '../src/cases/intake.service';
import { ADMIN, login, startApp, TestApp, unique } from './support/test-app';

const API = '/api/v1';

interface CaseBody {
  id: string;
  number: string;
  status: string;
  officeId: string | null;
  channel: string;
  acceptanceDueOn: string;
  supplementDueOn: string | null;
  decisionDueOn: string | null;
  applicationLate: boolean;
  suggestedProcedure: string;
  version: number;
  outcome: string | null;
  concludedOn: string | null;
  applicants: { idNumber: string | null; phone: string | null }[];
  supplementRequests: { id: string; dueOn: string; status: string }[];
  warnings?: unknown[];
}
interface ErrorBody {
  statusCode: number;
  code: string;
  details?: { field: string; code: string }[];
}

/** A valid resident ID number with the given birth date and sequence. */
function idNumber(birth = '19800101', seq = '123'): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('intake: registration, supplement, acceptance', () => {
  let t: TestApp;
  let admin: string;
  let agencyId: string;
  let officeA: string;
  let officeB: string;
  const tokens: Record<string, string> = {};

  const post = (token: string, path: string, body: object) =>
    t.http().post(`${API}${path}`).set('authorization', `Bearer ${token}`).send(body);
  const get = (token: string, path: string) =>
    t.http().get(`${API}${path}`).set('authorization', `Bearer ${token}`);

  function application(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      channel: 'WINDOW',
      receivedOn: '2026-02-27',
      applicants: [
        {
          kind: 'PERSON',
          name: '张三',
          idNumber: idNumber(),
          phone: '13800138000',
          address: '某村',
        },
      ],
      respondentId: agencyId,
      act: {
        type: 'PENALTY',
        documentNumber: '罚〔2026〕1号',
        actOn: '2026-01-10',
        knownOn: '2026-01-12',
        amountYuan: 5000,
      },
      requests: '撤销处罚决定',
      factsAndReasons: '事实不清',
      ...overrides,
    };
  }

  async function user(role: string, extra: Record<string, string> = {}): Promise<string> {
    const username = unique(role.toLowerCase());
    await post(admin, '/users', {
      username,
      displayName: username,
      password: 'Password-for-tests-1',
      role,
      ...extra,
    }).expect(201);
    return login(t, username, 'Password-for-tests-1');
  }

  async function register(token: string, body: object = application()): Promise<CaseBody> {
    const res = await post(token, '/cases', body).expect(201);
    return res.body as CaseBody;
  }

  beforeAll(async () => {
    t = await startApp();
    admin = await login(t, ADMIN.username, ADMIN.password);
    const agency = await post(admin, '/agencies', {
      name: unique('区市场监督管理局'),
      kind: 'DEPARTMENT',
      headName: '王五',
      headTitle: '局长',
    }).expect(201);
    agencyId = (agency.body as { id: string }).id;
    officeA = (
      (
        await post(admin, '/judicial-offices', {
          name: unique('甲镇司法所'),
          township: '甲镇',
        }).expect(201)
      ).body as { id: string }
    ).id;
    officeB = (
      (
        await post(admin, '/judicial-offices', {
          name: unique('乙镇司法所'),
          township: '乙镇',
        }).expect(201)
      ).body as { id: string }
    ).id;
    tokens.agentA = await user('AGENT', { officeId: officeA });
    tokens.agentB = await user('AGENT', { officeId: officeB });
    tokens.officer = await user('OFFICER');
    tokens.reviewer = await user('REVIEWER');
    tokens.viewer = await user('VIEWER');
    tokens.liaison = await user('AGENCY_LIAISON', { agencyId });
  });

  afterAll(() => t.close());

  it('an agent registers for their own office and follows the case', async () => {
    const c = await register(tokens.agentA, application({ channel: 'WINDOW', officeId: officeB }));
    expect(c.channel).toBe('AGENT_POINT');
    expect(c.officeId).toBe(officeA);
    expect(c.status).toBe('RECEIVED');
    expect(c.number).toMatch(/^临复〔2026〕\d+号$/);
    // Friday 2026-02-27 + 5 working days: Saturday 28 February is a make-up working day (春节调休),
    // then 2, 3, 4, 5 March → Thursday 2026-03-05.
    expect(c.acceptanceDueOn).toBe('2026-03-05');
    expect(c.suggestedProcedure).toBe('ORDINARY');
    expect(c.applicationLate).toBe(false);
    expect(c.version).toBe(1);

    const again = (await get(tokens.agentA, `/cases/${c.id}`).expect(200)).body as CaseBody;
    expect(again.number).toBe(c.number);
    const list = (await get(tokens.agentA, `/cases?q=${encodeURIComponent(c.number)}`).expect(200))
      .body as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toEqual([c.id]);
    const timeline = (await get(tokens.agentA, `/cases/${c.id}/timeline`).expect(200)).body as {
      event: string;
      toStatus: string;
    }[];
    expect(timeline).toEqual([
      expect.objectContaining({ event: 'REGISTER', toStatus: 'RECEIVED' }),
    ]);
  });

  it("another office's agent gets 404 and never sees the case in lists", async () => {
    const c = await register(tokens.agentA);
    for (const path of [`/cases/${c.id}`, `/cases/${c.id}/timeline`]) {
      const res = await get(tokens.agentB, path).expect(404);
      expect((res.body as ErrorBody).code).toBe('CASE_NOT_FOUND');
    }
    const list = (await get(tokens.agentB, `/cases?limit=100`).expect(200)).body as {
      items: { officeId: string }[];
    };
    expect(list.items.every((i) => i.officeId === officeB)).toBe(true);
    await get(tokens.liaison, `/cases/${c.id}`).expect(403);
  });

  it('an idempotent retry returns the same case; the same key with another body is refused', async () => {
    const key = unique('key');
    const body = application();
    const first = await post(tokens.agentA, '/cases', body).set('idempotency-key', key).expect(201);
    const retry = await post(tokens.agentA, '/cases', body).set('idempotency-key', key).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((retry.body as CaseBody).id).toBe((first.body as CaseBody).id);
    expect((retry.body as CaseBody).number).toBe((first.body as CaseBody).number);
    const other = await post(tokens.agentA, '/cases', { ...body, requests: '另一请求' })
      .set('idempotency-key', key)
      .expect(422);
    expect((other.body as ErrorBody).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM cases WHERE number = $1`,
      [(first.body as CaseBody).number],
    );
    expect(n).toBe(1);
  });

  it('concurrent retries with one key create one case', async () => {
    const key = unique('key');
    const body = application({ requests: unique('请求') });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(tokens.officer, '/cases', body).set('idempotency-key', key),
      ),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => (a.body as CaseBody).id)).size).toBe(1);
  });

  it('50 concurrent registrations get 50 distinct consecutive numbers', async () => {
    // 2021 is used by this test alone, so its sequence starts empty.
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(
          tokens.officer,
          '/cases',
          application({ receivedOn: '2021-06-01', act: { type: 'OTHER' } }),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const seqs = answers
      .map((a) => Number(/〔2021〕(\d+)号/.exec((a.body as CaseBody).number)?.[1]))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('a burst of registrations shares transactions yet each stands alone: numbers per year, a bad one refused alone, a repeated key one case', async () => {
    // 2017 and 2018 are used by this test alone, so their sequences start empty.
    const keys = [unique('burst'), unique('burst')];
    const bodies = Array.from({ length: 40 }, (_, i) =>
      application({
        receivedOn: i % 2 ? '2017-03-01' : '2018-03-01',
        act: { type: 'OTHER' },
        requests: `请求${i}`,
      }),
    );
    const unknownAgency = application({
      receivedOn: '2017-03-01',
      act: { type: 'OTHER' },
      respondentId: '00000000-0000-4000-8000-000000000000',
    });
    const answers = await Promise.all([
      ...bodies.map((b) => post(tokens.officer, '/cases', b)),
      post(tokens.officer, '/cases', unknownAgency),
      ...[0, 1, 2].map(() =>
        post(tokens.officer, '/cases', bodies[0]).set('idempotency-key', keys[0]),
      ),
      post(tokens.agentA, '/cases', bodies[1]).set('idempotency-key', keys[1]),
    ]);
    const created = answers.slice(0, 40).map((a) => a.body as CaseBody);
    expect(answers.slice(0, 40).map((a) => a.status)).toEqual(Array(40).fill(201));
    expect(answers[40].status).toBe(400);
    expect((answers[40].body as ErrorBody).details?.[0]).toMatchObject({
      field: 'respondentId',
      code: 'UNKNOWN_AGENCY',
    });
    const keyed = answers.slice(41, 44).map((a) => a.body as CaseBody);
    expect(answers.slice(41).map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(keyed.map((c) => c.id)).size).toBe(1);
    expect(keyed.filter((_, i) => answers[41 + i].headers['idempotent-replayed'])).toHaveLength(2);

    // Gapless, consecutive numbers in each year: 20 + 1 keyed + 1 agent's in 2017/2018 each.
    const seqs = (year: string): number[] =>
      [...created, keyed[0], answers[44].body as CaseBody]
        .map((c) => new RegExp(`〔${year}〕(\\d+)号`).exec(c.number)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
    expect(seqs('2017')).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(seqs('2018')).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));

    // Each answer is the case as read back (and the registration's warnings), with its own audit row.
    for (const { warnings, ...c } of [created[0], created[1], keyed[0]]) {
      expect(warnings).toEqual([]);
      const read = await get(tokens.officer, `/cases/${c.id}`).expect(200);
      expect(read.body).toEqual(c);
    }
    // One audit row each, with the number the case got (both computed in the batch's statement).
    const audits = await t.db.query<{ id: string; number: string }[]>(
      `SELECT entity_id AS id, after->'data'->>'number' AS number
         FROM audit_log WHERE action = 'REGISTER' AND entity_id = ANY($1)`,
      [[...created, keyed[0]].map((c) => c.id)],
    );
    expect(audits).toHaveLength(41);
    expect(new Map(audits.map((a) => [a.id, a.number]))).toEqual(
      new Map([...created, keyed[0]].map((c) => [c.id, c.number])),
    );
  });

  it('supplement → fulfil → accept, with deadlines across a make-up working day and a holiday', async () => {
    // Friday 2024-09-27: Sunday 29 September is a make-up working day, 1–7 October are holidays.
    const c = await register(
      tokens.agentA,
      application({
        receivedOn: '2024-09-27',
        act: { type: 'INFORMATION_DISCLOSURE', knownOn: '2024-09-20' },
      }),
    );
    expect(c.acceptanceDueOn).toBe('2024-10-10');
    expect(c.suggestedProcedure).toBe('SIMPLIFIED');

    // Sent Tuesday 2024-10-08, within the review period (ARL Art. 31 ¶1), but served only on
    // Friday 2025-01-24: Spring Festival 28 Jan–4 Feb are holidays, Sunday 26 Jan and Saturday
    // 8 Feb are make-up working days → the 10th working day is Thursday 2025-02-13.
    const asked = (
      await post(tokens.officer, `/cases/${c.id}/supplement-requests`, {
        items: ['身份证复印件'],
        noticeSentOn: '2024-10-08',
        noticeServedOn: '2025-01-24',
      }).expect(201)
    ).body as CaseBody;
    expect(asked.status).toBe('AWAITING_SUPPLEMENT');
    expect(asked.supplementDueOn).toBe('2025-02-13');
    const rid = asked.supplementRequests[0].id;

    // The other office's agent cannot answer for it.
    await post(tokens.agentB, `/cases/${c.id}/supplement-requests/${rid}/fulfil`, {
      receivedOn: '2025-02-10',
    }).expect(404);
    const fulfilled = (
      await post(tokens.agentA, `/cases/${c.id}/supplement-requests/${rid}/fulfil`, {
        receivedOn: '2025-02-10',
      }).expect(200)
    ).body as CaseBody;
    expect(fulfilled.status).toBe('RECEIVED');
    // The acceptance clock restarts: Monday 2025-02-10 + 5 working days → Monday 2025-02-17.
    expect(fulfilled.acceptanceDueOn).toBe('2025-02-17');
    expect(fulfilled.supplementRequests[0].status).toBe('FULFILLED');

    // Recorded as accepted Monday 2025-09-01, simplified (Art. 53 ¶1 (4)); but the review period
    // ended 2025-02-17 with no refusal, so the application was accepted by law that day (Art. 30
    // ¶3): +30 days = Wednesday 2025-03-19, a working day (recorded day: 2025-10-09).
    const accepted = (
      await post(tokens.officer, `/cases/${c.id}/acceptance`, {
        accepted: true,
        procedure: 'SIMPLIFIED',
        simplifiedGround: 'INFORMATION_DISCLOSURE',
        acceptedOn: '2025-09-01',
      }).expect(200)
    ).body as CaseBody;
    expect(accepted).toMatchObject({
      status: 'UNDER_REVIEW',
      acceptedOn: '2025-02-17',
      deemedAccepted: true,
      decisionDueOn: '2025-03-19',
    });

    const events = (
      (await get(tokens.viewer, `/cases/${c.id}/timeline`).expect(200)).body as { event: string }[]
    ).map((e) => e.event);
    expect(events).toEqual(['REGISTER', 'REQUEST_SUPPLEMENT', 'FULFIL_SUPPLEMENT', 'ACCEPT']);
  });

  it('ordinary procedure: a decision due on a holiday rolls to the next working day', async () => {
    const c = await register(
      tokens.officer,
      application({ receivedOn: '2024-08-01', act: { type: 'OTHER' } }),
    );
    // 2024-08-02 + 60 days = 2024-10-01, National Day → Tuesday 2024-10-08.
    const accepted = (
      await post(tokens.reviewer, `/cases/${c.id}/acceptance`, {
        accepted: true,
        procedure: 'ORDINARY',
        acceptedOn: '2024-08-02',
      }).expect(200)
    ).body as CaseBody;
    expect(accepted.decisionDueOn).toBe('2024-10-08');
  });

  it('the 60-day window ends on a working day: filed on it is on time, a day later is late', async () => {
    // Known 2024-08-02: day 60 is 2024-10-01 (holiday), so the window closes on 2024-10-08.
    const onTime = await register(
      tokens.officer,
      application({ receivedOn: '2024-10-08', act: { type: 'OTHER', knownOn: '2024-08-02' } }),
    );
    expect(onTime.applicationLate).toBe(false);
    const late = await register(
      tokens.officer,
      application({ receivedOn: '2024-10-09', act: { type: 'OTHER', knownOn: '2024-08-02' } }),
    );
    expect(late.applicationLate).toBe(true);
    expect(late.status).toBe('RECEIVED');
  });

  it('not accepted: a reviewer decides it, an officer may not', async () => {
    const c = await register(tokens.officer);
    const refused = await post(tokens.officer, `/cases/${c.id}/acceptance`, {
      accepted: false,
      reason: '不属于受理范围',
      decidedOn: '2026-03-02',
    }).expect(403);
    expect((refused.body as ErrorBody).code).toBe('FORBIDDEN');
    const done = (
      await post(tokens.reviewer, `/cases/${c.id}/acceptance`, {
        accepted: false,
        reason: '不属于受理范围',
        decidedOn: '2026-03-02',
      }).expect(200)
    ).body as CaseBody;
    expect(done.status).toBe('NOT_ACCEPTED');
    expect(done.outcome).toBe('NOT_ACCEPTED');
    expect(done.concludedOn).toBe('2026-03-02');
    // Closed is final.
    const again = await post(tokens.reviewer, `/cases/${c.id}/acceptance`, {
      accepted: true,
      procedure: 'ORDINARY',
      acceptedOn: '2026-03-02',
    }).expect(409);
    expect((again.body as ErrorBody).code).toBe('CASE_STATE_CONFLICT');
  });

  it('two concurrent acceptances: one 200, one 409', async () => {
    const c = await register(tokens.officer);
    const body = { accepted: true, procedure: 'ORDINARY', acceptedOn: '2026-03-02' };
    const answers = await Promise.all([
      post(tokens.officer, `/cases/${c.id}/acceptance`, body),
      post(tokens.reviewer, `/cases/${c.id}/acceptance`, body),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const events = (
      (await get(tokens.officer, `/cases/${c.id}/timeline`).expect(200)).body as { event: string }[]
    ).map((e) => e.event);
    expect(events).toEqual(['REGISTER', 'ACCEPT']);
  });

  it('an unanswered supplement request makes the case ABANDONED, once', async () => {
    const c = await register(tokens.officer, application({ receivedOn: '2026-02-02' }));
    await post(tokens.officer, `/cases/${c.id}/supplement-requests`, {
      items: ['证据材料'],
      noticeServedOn: '2026-02-03',
    }).expect(201);
    const intake = t.app.get(IntakeService);
    const due = ((await get(tokens.officer, `/cases/${c.id}`).expect(200)).body as CaseBody)
      .supplementDueOn!;
    await intake.abandonExpired(due); // the last day itself: still open
    expect(((await get(tokens.officer, `/cases/${c.id}`)).body as CaseBody).status).toBe(
      'AWAITING_SUPPLEMENT',
    );
    await intake.abandonExpired('2026-03-02');
    await intake.abandonExpired('2026-03-02');
    const after = (await get(tokens.officer, `/cases/${c.id}`).expect(200)).body as CaseBody;
    expect(after.status).toBe('ABANDONED');
    expect(after.outcome).toBe('ABANDONED');
    const events = (
      (await get(tokens.officer, `/cases/${c.id}/timeline`).expect(200)).body as { event: string }[]
    ).map((e) => e.event);
    expect(events).toEqual(['REGISTER', 'REQUEST_SUPPLEMENT', 'ABANDON']);
  });

  it('masks ID and phone numbers for viewers', async () => {
    const c = await register(tokens.officer);
    const seen = (await get(tokens.viewer, `/cases/${c.id}`).expect(200)).body as CaseBody;
    expect(seen.applicants[0].idNumber).toMatch(/^110105\*{8}\d{3}[\dX]$/);
    expect(seen.applicants[0].phone).toBe('138****8000');
    const full = (await get(tokens.officer, `/cases/${c.id}`).expect(200)).body as CaseBody;
    expect(full.applicants[0].idNumber).toBe(idNumber());
  });

  describe('bad input answers 400 naming the field, and writes nothing', () => {
    const count = async (): Promise<number> =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cases`))[0].n;

    const bad: [string, () => Record<string, unknown>, string, string][] = [
      [
        'a wrong ID check character',
        () => {
          const good = idNumber();
          const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
          return application({ applicants: [{ kind: 'PERSON', name: '张三', idNumber: wrong }] });
        },
        'applicants[0].idNumber',
        'ID_NUMBER_CHECKSUM',
      ],
      [
        'receipt in the future',
        () => application({ receivedOn: '2026-03-03' }),
        'receivedOn',
        'DATE_IN_FUTURE',
      ],
      [
        'known after receipt',
        () => application({ act: { type: 'OTHER', knownOn: '2026-02-28' } }),
        'act.knownOn',
        'DATE_OUT_OF_ORDER',
      ],
      [
        'an impossible date',
        () => application({ receivedOn: '2026-02-30' }),
        'receivedOn',
        'INVALID_DATE',
      ],
      [
        'an unknown respondent',
        () => application({ respondentId: '00000000-0000-4000-8000-000000000000' }),
        'respondentId',
        'UNKNOWN_AGENCY',
      ],
      [
        'an agent point without office',
        () => application({ channel: 'AGENT_POINT' }),
        'officeId',
        'REQUIRED',
      ],
      ['an unknown field', () => application({ extra: 1 }), 'extra', 'UNKNOWN_FIELD'],
      ['no applicants', () => application({ applicants: [] }), 'applicants', 'ARRAY_MIN_SIZE'],
      [
        'a bad credit code',
        () =>
          application({
            applicants: [
              { kind: 'ORGANISATION', name: '某公司', creditCode: '91350100M000100Y44' },
            ],
          }),
        'applicants[0].creditCode',
        'CREDIT_CODE_CHECKSUM',
      ],
    ];

    it.each(bad)('%s', async (_name, body, field, code) => {
      const before = await count();
      const res = await post(tokens.officer, '/cases', body()).expect(400);
      const error = res.body as ErrorBody;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details).toContainEqual(expect.objectContaining({ field, code }));
      expect(await count()).toBe(before);
    });
  });
});

describe('the daily abandonment job, run by the worker through its queue', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('abandons an overdue supplement request when the job runs', async () => {
    t = await startApp({ role: 'all' });
    const token = await login(t, ADMIN.username, ADMIN.password);
    const http = (method: 'post' | 'get', path: string, body?: object) =>
      t.http()[method](`${API}${path}`).set('authorization', `Bearer ${token}`).send(body);
    const agency = await http('post', '/agencies', {
      name: unique('区城管局'),
      kind: 'DEPARTMENT',
      headName: '赵六',
      headTitle: '局长',
    }).expect(201);
    const officerName = unique('officer');
    await http('post', '/users', {
      username: officerName,
      displayName: officerName,
      password: 'Password-for-tests-1',
      role: 'OFFICER',
    }).expect(201);
    const officer = await login(t, officerName, 'Password-for-tests-1');
    const as = (path: string, body: object) =>
      t.http().post(`${API}${path}`).set('authorization', `Bearer ${officer}`).send(body);
    const c = (
      await as('/cases', {
        channel: 'MAIL',
        receivedOn: '2026-01-05',
        applicants: [{ kind: 'PERSON', name: '钱七', idNumber: idNumber('19700101', '456') }],
        respondentId: (agency.body as { id: string }).id,
        act: { type: 'OTHER' },
        requests: '确认违法',
      }).expect(201)
    ).body as CaseBody;
    await as(`/cases/${c.id}/supplement-requests`, {
      items: ['证据'],
      noticeServedOn: '2026-01-06',
    }).expect(201);

    const queue = t.app.get<Queue>(getQueueToken(QueueName.CASES));
    const events = new QueueEvents(QueueName.CASES, {
      connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      prefix: queue.opts.prefix,
    });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JobName.ABANDON_EXPIRED_SUPPLEMENTS, {});
      // Other suites share the run's database: at least this case was abandoned.
      const result = (await job.waitUntilFinished(events, 20_000)) as { abandoned: number };
      expect(result.abandoned).toBeGreaterThanOrEqual(1);
    } finally {
      await events.close();
    }
    const after = (await http('get', `/cases/${c.id}`).expect(200)).body as CaseBody;
    expect(after.status).toBe('ABANDONED');
  });
});
