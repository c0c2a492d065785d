/**
 * The 2023 law at registration, through the HTTP API: the simplified-procedure grounds (ARL Art.
 * 53), the application period and its outer limit (Arts. 20–21), and the warning of a possible
 * duplicate application (Art. 30 ¶1 (7), Art. 74 ¶2). The dates are worked by hand in
 * src/cases/rules/application-period.rules.spec.ts (the same cases, against the seeded calendar).
 */
import type { Response } from 'supertest';
import { CaseWorld, idNumber } from './support/case-world';
import { countAllRows, expectFieldError, expectStatus } from './support/fixtures';
import { startApp, TestApp, unique } from './support/test-app';

interface Warning {
  code: string;
  message: string;
  caseIds: string[];
  numbers: string[];
}

interface Registered {
  id: string;
  number: string;
  status: string;
  applicationLate: boolean;
  applicationTimeliness: 'IN_TIME' | 'LATE' | 'TIME_BARRED';
  suggestedProcedure: 'ORDINARY' | 'SIMPLIFIED';
  simplifiedGrounds: string[];
  partiesAgreeSimplified: boolean;
  act: {
    onTheSpot: boolean;
    warningOrCriticism: boolean;
    immovableProperty: boolean;
  };
  applicationPeriod: {
    statutoryPeriodDays: number | null;
    notInformedOfRight: boolean;
    learnedOfRightOn: string | null;
    obstacleFrom: string | null;
    obstacleEndedOn: string | null;
    obstacleReason: string | null;
  };
  warnings: Warning[];
}

describe('the law at registration (ARL 2023 Arts. 20–21, 30, 53, 74)', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: string;
  let reviewer: string;
  let seq = 100;
  /** An applicant of this suite alone: a person with an ID number no other test uses. */
  const person = (name = '周一'): Record<string, unknown> => {
    seq += 1;
    return { kind: 'PERSON', name, idNumber: idNumber('19750607', String(seq)) };
  };

  const register = (token: string, body: Record<string, unknown>): Promise<Response> =>
    w.post(token, '/cases', w.application({ applicants: [person()], ...body }));

  async function registered(body: Record<string, unknown>, token = officer): Promise<Registered> {
    const res = await register(token, body);
    expectStatus(res, 201);
    return res.body as Registered;
  }

  /** Registered, then read back: the case view says the same as the answer. */
  async function readBack(body: Record<string, unknown>): Promise<Registered> {
    const c = await registered(body);
    const { warnings, ...view } = c;
    expect(warnings).toEqual([]);
    expect(await w.read(c.id)).toEqual(view);
    return c;
  }

  beforeAll(async () => {
    t = await startApp();
    w = await CaseWorld.create(t);
    officer = (await w.user('OFFICER')).token;
    reviewer = (await w.user('REVIEWER')).token;
  });

  afterAll(() => t.close());

  describe('Art. 53: the simplified-procedure grounds the facts support, and the suggestion', () => {
    it.each<[string, Record<string, unknown>, Record<string, unknown>, string[], string]>([
      [
        '（一）an act made on the spot',
        { type: 'PENALTY', amountYuan: 5000, onTheSpot: true },
        {},
        ['ON_THE_SPOT'],
        'SIMPLIFIED',
      ],
      [
        '（二）a warning or public criticism',
        { type: 'PENALTY', warningOrCriticism: true },
        {},
        ['WARNING_OR_CRITICISM'],
        'SIMPLIFIED',
      ],
      [
        '（三）三千元以下: exactly 3,000 yuan',
        { type: 'PENALTY', amountYuan: 3000 },
        {},
        ['SMALL_AMOUNT'],
        'SIMPLIFIED',
      ],
      ['（三）not 3,000.01 yuan', { type: 'PENALTY', amountYuan: 3000.01 }, {}, [], 'ORDINARY'],
      [
        '（四）information disclosure',
        { type: 'INFORMATION_DISCLOSURE' },
        {},
        ['INFORMATION_DISCLOSURE'],
        'SIMPLIFIED',
      ],
      [
        '¶2 every party agrees',
        { type: 'EXPROPRIATION', amountYuan: 800000 },
        { partiesAgreeSimplified: true },
        ['PARTIES_AGREE'],
        'SIMPLIFIED',
      ],
      ['none of them', { type: 'LICENSING' }, {}, [], 'ORDINARY'],
    ])('%s', async (_name, act, top, grounds, suggested) => {
      const c = await readBack({ act, ...top });
      expect(c.simplifiedGrounds).toEqual(grounds);
      expect(c.suggestedProcedure).toBe(suggested);
      expect(c.act).toMatchObject({
        onTheSpot: act.onTheSpot ?? false,
        warningOrCriticism: act.warningOrCriticism ?? false,
      });
      expect(c.partiesAgreeSimplified).toBe(top.partiesAgreeSimplified ?? false);
    });

    it('acceptance under the simplified procedure names a ground the facts support', async () => {
      const c = await registered({ act: { type: 'PENALTY', amountYuan: 3000 } });
      const accept = (extra: Record<string, unknown>) =>
        w.post(reviewer, `/cases/${c.id}/acceptance`, {
          accepted: true,
          procedure: 'SIMPLIFIED',
          acceptedOn: '2026-02-27',
          ...extra,
        });
      expectFieldError(await accept({}), 'simplifiedGround', 'REQUIRED');
      expectFieldError(
        await accept({ simplifiedGround: 'ON_THE_SPOT' }),
        'simplifiedGround',
        'NOT_A_GROUND',
      );
      expectFieldError(
        await accept({ procedure: 'ORDINARY', simplifiedGround: 'SMALL_AMOUNT' }),
        'simplifiedGround',
        'NOT_ALLOWED',
      );
      const res = await accept({ simplifiedGround: 'SMALL_AMOUNT' });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        status: 'UNDER_REVIEW',
        procedure: 'SIMPLIFIED',
        simplifiedGround: 'SMALL_AMOUNT',
      });
    });
  });

  describe('Arts. 20–21: the application period', () => {
    it('¶1: 60 days from knowing, ending on a working day; a late application is still registered', async () => {
      // Knew 2024-08-02: day 60 is National Day 2024-10-01 → the period ends Tuesday 2024-10-08.
      const onTime = await readBack({
        receivedOn: '2024-10-08',
        act: { type: 'OTHER', knownOn: '2024-08-02' },
      });
      expect([onTime.applicationTimeliness, onTime.applicationLate]).toEqual(['IN_TIME', false]);
      const late = await readBack({
        receivedOn: '2024-10-09',
        act: { type: 'OTHER', knownOn: '2024-08-02' },
      });
      expect([late.applicationTimeliness, late.applicationLate, late.status]).toEqual([
        'LATE',
        true,
        'RECEIVED',
      ]);
    });

    it('¶1 但书: a law’s longer period (90 days from 2024-07-03 → National Day → 2024-10-08)', async () => {
      const act = { type: 'OTHER', knownOn: '2024-07-03' };
      const longer = await readBack({
        receivedOn: '2024-10-08',
        act,
        applicationPeriod: { statutoryPeriodDays: 90 },
      });
      expect(longer.applicationTimeliness).toBe('IN_TIME');
      expect(longer.applicationPeriod.statutoryPeriodDays).toBe(90);
      // Under the 60 days it ended Monday 2024-09-02.
      expect((await registered({ receivedOn: '2024-10-08', act })).applicationTimeliness).toBe(
        'LATE',
      );
    });

    it('¶2: an obstacle’s days do not count (knew 2024-07-15, obstacle 08-20 → 09-07: the period ends 2024-10-08)', async () => {
      const applicationPeriod = {
        obstacleFrom: '2024-08-20',
        obstacleEndedOn: '2024-09-07',
        obstacleReason: '住院治疗',
      };
      const act = { type: 'OTHER', knownOn: '2024-07-15' };
      const c = await readBack({ receivedOn: '2024-10-08', act, applicationPeriod });
      expect(c.applicationTimeliness).toBe('IN_TIME');
      expect(c.applicationPeriod).toEqual({
        statutoryPeriodDays: null,
        notInformedOfRight: false,
        learnedOfRightOn: null,
        ...applicationPeriod,
      });
      const late = await registered({ receivedOn: '2024-10-09', act, applicationPeriod });
      expect(late.applicationTimeliness).toBe('LATE');
    });

    it('¶3: not informed of the right, the period runs from learning of it, at most one year from knowing (capped 2025-10-08, National Day → 2025-10-09)', async () => {
      const act = { type: 'OTHER', knownOn: '2024-10-08' };
      const applicationPeriod = { notInformedOfRight: true, learnedOfRightOn: '2025-09-01' };
      const inTime = await readBack({ receivedOn: '2025-10-09', act, applicationPeriod });
      expect(inTime.applicationTimeliness).toBe('IN_TIME');
      expect(inTime.applicationPeriod).toMatchObject(applicationPeriod);
      const capped = await readBack({ receivedOn: '2025-10-10', act, applicationPeriod });
      // 2025-09-01 + 60 days would be 2025-10-31: the one-year cap makes it late.
      expect([capped.applicationTimeliness, capped.applicationLate]).toEqual(['LATE', true]);
      // Informed, the same application was late long before.
      expect((await registered({ receivedOn: '2025-10-09', act })).applicationTimeliness).toBe(
        'LATE',
      );
    });

    it('Art. 21: after 5 years from the act TIME_BARRED (不予受理), though within 60 days of knowing; 20 years for immovable property', async () => {
      // Acted 2019-10-01: 5 years end on National Day 2024-10-01 → Tuesday 2024-10-08.
      const act = { type: 'OTHER', actOn: '2019-10-01', knownOn: '2024-09-20' };
      const lastDay = await readBack({ receivedOn: '2024-10-08', act });
      expect(lastDay.applicationTimeliness).toBe('IN_TIME');
      const barred = await readBack({ receivedOn: '2024-10-09', act });
      expect([barred.applicationTimeliness, barred.applicationLate, barred.status]).toEqual([
        'TIME_BARRED',
        true,
        'RECEIVED',
      ]);
      const immovable = await readBack({
        receivedOn: '2024-10-09',
        act: { ...act, immovableProperty: true },
      });
      expect(immovable.applicationTimeliness).toBe('IN_TIME');
      expect(immovable.act.immovableProperty).toBe(true);
    });

    it('lists and filters show the timeliness', async () => {
      const c = await registered({
        receivedOn: '2024-10-09',
        act: { type: 'OTHER', actOn: '2019-10-01', knownOn: '2024-09-20' },
      });
      const res = await w.get(officer, `/cases?q=${encodeURIComponent(c.number)}`);
      expectStatus(res, 200);
      expect((res.body as { items: Registered[] }).items).toEqual([
        expect.objectContaining({
          id: c.id,
          applicationTimeliness: 'TIME_BARRED',
          applicationLate: true,
        }),
      ]);
    });
  });

  describe('bad facts answer 400 naming the field, and write nothing', () => {
    const act = { type: 'OTHER', actOn: '2026-01-05', knownOn: '2026-01-10' };
    const obstacle = {
      obstacleFrom: '2026-01-20',
      obstacleEndedOn: '2026-02-10',
      obstacleReason: '暴雪封路',
    };
    const bad: [string, Record<string, unknown>, string, string][] = [
      [
        'learned of the right before knowing of the act',
        { applicationPeriod: { notInformedOfRight: true, learnedOfRightOn: '2026-01-09' } },
        'applicationPeriod.learnedOfRightOn',
        'DATE_OUT_OF_ORDER',
      ],
      [
        'learned of the right after the application',
        { applicationPeriod: { notInformedOfRight: true, learnedOfRightOn: '2026-02-27' } },
        'applicationPeriod.learnedOfRightOn',
        'DATE_OUT_OF_ORDER',
      ],
      [
        'not informed, without the day of learning',
        { applicationPeriod: { notInformedOfRight: true } },
        'applicationPeriod.learnedOfRightOn',
        'REQUIRED',
      ],
      [
        'a day of learning though informed',
        { applicationPeriod: { learnedOfRightOn: '2026-01-20' } },
        'applicationPeriod.learnedOfRightOn',
        'NOT_ALLOWED',
      ],
      [
        'an obstacle ending before it began',
        { applicationPeriod: { ...obstacle, obstacleFrom: '2026-02-11' } },
        'applicationPeriod.obstacleFrom',
        'DATE_OUT_OF_ORDER',
      ],
      [
        'an obstacle ending after the application',
        { applicationPeriod: { ...obstacle, obstacleEndedOn: '2026-02-27' } },
        'applicationPeriod.obstacleEndedOn',
        'DATE_OUT_OF_ORDER',
      ],
      [
        'an obstacle without its end',
        { applicationPeriod: { obstacleFrom: '2026-01-20', obstacleReason: '暴雪封路' } },
        'applicationPeriod.obstacleEndedOn',
        'REQUIRED',
      ],
      [
        'an obstacle without its reason',
        { applicationPeriod: { obstacleFrom: '2026-01-20', obstacleEndedOn: '2026-02-10' } },
        'applicationPeriod.obstacleReason',
        'REQUIRED',
      ],
      [
        'an obstacle’s reason too long',
        { applicationPeriod: { ...obstacle, obstacleReason: '雪'.repeat(2001) } },
        'applicationPeriod.obstacleReason',
        'MAX_LENGTH',
      ],
      [
        'an impossible day',
        { applicationPeriod: { ...obstacle, obstacleFrom: '2026-02-30' } },
        'applicationPeriod.obstacleFrom',
        'INVALID_DATE',
      ],
      [
        'a statutory period not longer than 60 days',
        { applicationPeriod: { statutoryPeriodDays: 60 } },
        'applicationPeriod.statutoryPeriodDays',
        'MIN',
      ],
      [
        'a statutory period over ten years',
        { applicationPeriod: { statutoryPeriodDays: 3651 } },
        'applicationPeriod.statutoryPeriodDays',
        'MAX',
      ],
      [
        'a statutory period in part days',
        { applicationPeriod: { statutoryPeriodDays: 90.5 } },
        'applicationPeriod.statutoryPeriodDays',
        'IS_INT',
      ],
      [
        'an unknown field of the period',
        { applicationPeriod: { extra: true } },
        'applicationPeriod.extra',
        'UNKNOWN_FIELD',
      ],
      [
        'a flag that is not a boolean',
        { act: { ...act, onTheSpot: 'yes' } },
        'act.onTheSpot',
        'IS_BOOLEAN',
      ],
      [
        'the parties’ agreement not a boolean',
        { partiesAgreeSimplified: 1 },
        'partiesAgreeSimplified',
        'IS_BOOLEAN',
      ],
    ];

    it.each(bad)('%s', async (_name, body, field, code) => {
      const before = await countAllRows(t);
      const res = await register(officer, { receivedOn: '2026-02-26', act, ...body });
      expectFieldError(res, field, code);
      expect(await countAllRows(t)).toEqual(before);
    });
  });

  describe('a possible duplicate application (Art. 30 ¶1 (7), Art. 74 ¶2): registered, with a warning', () => {
    let respondentId: string;
    beforeEach(async () => {
      respondentId = (await w.fixtures.createAgency({ name: unique('区住房和城乡建设局') })).id;
    });

    const penalty = (documentNumber?: string): Record<string, unknown> => ({
      type: 'PENALTY',
      ...(documentNumber === undefined ? {} : { documentNumber }),
      actOn: '2026-01-05',
      knownOn: '2026-01-08',
      amountYuan: 5000,
    });

    it('the same applicant, respondent and act (document number): warned, naming the earlier case', async () => {
      const applicant = person('吴二');
      const body = { respondentId, applicants: [applicant], act: penalty('罚〔2026〕7号') };
      const first = await registered(body);
      expect(first.warnings).toEqual([]);
      const second = await registered({ ...body, receivedOn: '2026-02-27' });
      expect(second.status).toBe('RECEIVED');
      expect(second.warnings).toEqual([
        {
          code: 'POSSIBLE_DUPLICATE',
          message: expect.stringContaining(first.number) as string,
          caseIds: [first.id],
          numbers: [first.number],
        },
      ]);
      expect(second.warnings[0].message).toMatch(/第三十条第一款第七项/);
      // The case as read has no warnings: they belong to the registration's answer.
      expect(await w.read(second.id)).not.toHaveProperty('warnings');
      // A third names both.
      const third = await registered(body);
      expect(third.warnings[0]).toMatchObject({
        caseIds: [first.id, second.id],
        numbers: [first.number, second.number],
      });
    });

    it('not warned for another act, another applicant or another respondent', async () => {
      const applicant = person('郑三');
      const body = { respondentId, applicants: [applicant], act: penalty('罚〔2026〕8号') };
      await registered(body);
      const otherRespondent = (await w.fixtures.createAgency()).id;
      for (const other of [
        { ...body, act: penalty('罚〔2026〕9号') },
        { ...body, applicants: [person('郑三')] },
        { ...body, respondentId: otherRespondent },
        // The same document number matters, not the type and date, when there is one.
        { ...body, act: { ...penalty(), documentNumber: '罚〔2026〕10号' } },
      ]) {
        expect((await registered(other)).warnings).toEqual([]);
      }
    });

    it('without a document number: the same act type and date; with neither, the act is not identified', async () => {
      const applicant = person('王四');
      const body = { respondentId, applicants: [applicant], act: penalty() };
      const first = await registered(body);
      const same = await registered(body);
      expect(same.warnings[0]).toMatchObject({ caseIds: [first.id] });
      expect(
        (await registered({ ...body, act: { ...penalty(), actOn: '2026-01-06' } })).warnings,
      ).toEqual([]);
      expect(
        (await registered({ ...body, act: { ...penalty(), type: 'OTHER' } })).warnings,
      ).toEqual([]);
      const unidentified = { ...body, act: { type: 'PENALTY' } };
      await registered(unidentified);
      expect((await registered(unidentified)).warnings).toEqual([]);
    });

    it('an organisation by its credit code, among several applicants', async () => {
      const company = {
        kind: 'ORGANISATION',
        name: '某某有限公司',
        creditCode: '91350100M000100Y43',
      };
      const act = penalty('罚〔2026〕11号');
      const first = await registered({ respondentId, applicants: [person('冯五'), company], act });
      const second = await registered({ respondentId, applicants: [company], act });
      expect(second.warnings[0]).toMatchObject({ caseIds: [first.id] });
    });

    it('the idempotent replay answers the same warnings', async () => {
      const applicant = person('陈六');
      const body = w.application({
        respondentId,
        applicants: [applicant],
        act: penalty('罚〔2026〕12号'),
      });
      const first = await registered(body);
      const key = unique('key');
      const keyed = await w
        .post(officer, '/cases', { ...body, requests: '确认违法' })
        .set('idempotency-key', key);
      expectStatus(keyed, 201);
      const replay = await w
        .post(officer, '/cases', { ...body, requests: '确认违法' })
        .set('idempotency-key', key);
      expectStatus(replay, 201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect((keyed.body as Registered).warnings[0]).toMatchObject({ caseIds: [first.id] });
      expect(replay.body).toEqual(keyed.body);
    });

    it('registered together: each names those numbered before it, not the other way', async () => {
      const body = w.application({
        respondentId,
        applicants: [person('褚七')],
        act: penalty('罚〔2026〕13号'),
      });
      const answers = await Promise.all([1, 2, 3].map(() => w.post(officer, '/cases', body)));
      answers.forEach((a) => expectStatus(a, 201));
      const bySeq = answers
        .map((a) => a.body as Registered)
        .sort(
          (x, y) => Number(/(\d+)号$/.exec(x.number)![1]) - Number(/(\d+)号$/.exec(y.number)![1]),
        );
      expect(bySeq.map((c) => c.warnings.map((x) => x.caseIds))).toEqual([
        [],
        [[bySeq[0].id]],
        [[bySeq[0].id, bySeq[1].id]],
      ]);
    });

    it('an agent is told of another office’s case without being shown it', async () => {
      const applicant = person('卫八');
      const act = penalty('罚〔2026〕14号');
      const atWindow = await registered({ respondentId, applicants: [applicant], act });
      const agent = (await w.user('AGENT')).token;
      const byAgent = await registered({ respondentId, applicants: [applicant], act }, agent);
      expect(byAgent.warnings).toEqual([
        {
          code: 'POSSIBLE_DUPLICATE',
          message: expect.stringContaining('1件由其他单位登记') as string,
          caseIds: [],
          numbers: [],
        },
      ]);
      expect(byAgent.warnings[0].message).not.toContain(atWindow.number);
      // Filed again by the same agent: its own first case is named, the window's counted.
      const again = await registered({ respondentId, applicants: [applicant], act }, agent);
      expect(again.warnings[0]).toMatchObject({ caseIds: [byAgent.id], numbers: [byAgent.number] });
      expect(again.warnings[0].message).toContain('另有1件由其他单位登记');
    });
  });
});
