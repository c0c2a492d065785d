/**
 * Litigation response (docs/domain.md, "Litigation response and hearing
 * reminders"): lawsuits and who sees them, hearings and their reminder letters, acknowledgement,
 * attendance, judgment, and the ATTENDANCE alert.
 *
 * No worker runs here: the letters are issued by calling the sweep (RemindersService.issueDue)
 * after moving the TestClock to each send time. The run's database is shared with other suites,
 * so a sweep may issue their letters too: everything below is counted by hearing id. The clock
 * only moves forward from one block to the next, so no sweep finds an earlier block's hearing
 * still ahead of it.
 */
import type { Test } from 'supertest';
import { AlertsService } from '../src/alerts/alerts.service';
import { RemindersService } from '../src/reminders/reminders.service';
import { Role } from '../src/access/role';
import {
  AgencyView,
  bearer,
  expectError,
  expectFieldError,
  expectStatus,
  Fixtures,
  PageBody,
  World,
} from './support/fixtures';
import { startApp, TestApp, unique } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(60_000);

const API = '/api/v1';

interface HearingBody {
  id: string;
  litigationCaseId: string;
  scheduledAt: string;
  court: string;
  courtroom: string;
  status: 'SCHEDULED' | 'CANCELLED';
  headAttended: boolean | null;
  attendeeName: string | null;
  attendeeTitle: string | null;
  version: number;
}

interface LawsuitBody {
  id: string;
  court: string;
  courtCaseNumber: string;
  plaintiff: string;
  defendantAgencyId: string;
  cause: string;
  reconsiderationCaseId: string | null;
  filedOn: string;
  judgment: string | null;
  judgedOn: string | null;
  hearings: HearingBody[];
  version: number;
}

interface LetterBody {
  id: string;
  hearingId: string;
  agencyId: string;
  kind: 'LETTER' | 'EVE_NOTICE';
  hearingAt: string;
  issuedAt: string;
  recipient: string;
  text: string;
  acknowledgedAt: string | null;
  attendeeName: string | null;
  attendeeTitle: string | null;
}

interface LetterRow {
  kind: 'LETTER' | 'EVE_NOTICE';
  status: 'PENDING' | 'ISSUED' | 'CANCELLED';
  hearing_at: Date;
  send_at: Date;
  issued_at: Date | null;
}

const iso = (s: string): string => new Date(s).toISOString();

describe('litigation response and hearing reminders', () => {
  let t: TestApp;
  let f: Fixtures;
  let w: World;
  let otherAgency: AgencyView;
  let otherLiaison: string;
  let reminders: RemindersService;
  let alerts: AlertsService;

  const officer = (): string => w.tokens.OFFICER;
  const liaison = (): string => w.tokens.AGENCY_LIAISON;

  const post = (token: string, path: string, body: object = {}): Test =>
    t.http().post(`${API}${path}`).set('authorization', bearer(token)).send(body);
  const patch = (token: string, path: string, body: object = {}): Test =>
    t.http().patch(`${API}${path}`).set('authorization', bearer(token)).send(body);
  const get = (token: string, path: string): Test =>
    t.http().get(`${API}${path}`).set('authorization', bearer(token));

  const lawsuitBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    court: '某区人民法院',
    courtCaseNumber: unique('(2026)浙0105行初'),
    plaintiff: '张三',
    defendantAgencyId: w.agency.id,
    cause: '行政处罚',
    filedOn: '2026-02-20',
    ...overrides,
  });

  async function createLawsuit(
    overrides: Record<string, unknown> = {},
    token = officer(),
  ): Promise<LawsuitBody> {
    const res = await post(token, '/litigation-cases', lawsuitBody(overrides));
    expectStatus(res, 201);
    return res.body as LawsuitBody;
  }

  async function schedule(
    lawsuitId: string,
    scheduledAt: string,
    courtroom = '第三法庭',
  ): Promise<HearingBody> {
    const res = await post(officer(), `/litigation-cases/${lawsuitId}/hearings`, {
      scheduledAt,
      court: '某区人民法院',
      courtroom,
    });
    expectStatus(res, 201);
    return res.body as HearingBody;
  }

  /** Moves the clock and runs the sweep, as the worker's job would at that moment. */
  async function sweepAt(instant: string): Promise<void> {
    t.clock.set(instant);
    await reminders.issueDue();
  }

  async function letterRows(hearingId: string): Promise<LetterRow[]> {
    return t.db.query<LetterRow[]>(
      `SELECT kind::text, status::text, hearing_at, send_at, issued_at FROM reminder_letters
        WHERE hearing_id = $1 ORDER BY hearing_at, kind`,
      [hearingId],
    );
  }

  /** Issued letters per kind, and notification outbox rows, of one hearing. */
  async function issued(hearingId: string): Promise<{ LETTER: number; EVE_NOTICE: number }> {
    const rows = await letterRows(hearingId);
    const count = (kind: string): number =>
      rows.filter((r) => r.kind === kind && r.status === 'ISSUED').length;
    return { LETTER: count('LETTER'), EVE_NOTICE: count('EVE_NOTICE') };
  }

  async function outboxCount(hearingId: string): Promise<number> {
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox o
         JOIN reminder_letters r ON r.id = o.letter_id WHERE r.hearing_id = $1`,
      [hearingId],
    );
    return n;
  }

  async function auditCount(hearingId: string): Promise<number> {
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log a
         JOIN reminder_letters r ON a.entity_id = r.id::text
        WHERE a.action = 'reminder.issued' AND r.hearing_id = $1`,
      [hearingId],
    );
    return n;
  }

  async function letters(token: string, query: string): Promise<LetterBody[]> {
    const res = await get(token, `/reminder-letters?limit=100&${query}`);
    expectStatus(res, 200);
    const page = res.body as PageBody<LetterBody>;
    expect(page.nextCursor).toBeNull();
    return page.items;
  }

  beforeAll(async () => {
    t = await startApp();
    f = await Fixtures.asAdmin(t);
    w = await f.world();
    otherAgency = await f.createAgency({ headName: '赵六', headTitle: '主任' });
    otherLiaison = (await f.signedIn(Role.AGENCY_LIAISON, { agencyId: otherAgency.id })).pair
      .accessToken;
    reminders = t.app.get(RemindersService);
    alerts = t.app.get(AlertsService);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('lawsuits', () => {
    let lawsuit: LawsuitBody;

    beforeAll(async () => {
      t.clock.set('2026-03-02T09:00:00+08:00');
      lawsuit = await createLawsuit({ plaintiff: '李某' });
    });

    it('an officer registers a lawsuit', () => {
      expect(lawsuit).toEqual({
        id: expect.any(String),
        court: '某区人民法院',
        courtCaseNumber: expect.stringContaining('(2026)浙0105行初'),
        plaintiff: '李某',
        defendantAgencyId: w.agency.id,
        cause: '行政处罚',
        reconsiderationCaseId: null,
        filedOn: '2026-02-20',
        judgment: null,
        judgedOn: null,
        hearings: [],
        version: 1,
      });
    });

    it('a reviewer may register one too', async () => {
      const res = await post(w.tokens.REVIEWER, '/litigation-cases', lawsuitBody());
      expectStatus(res, 201);
    });

    it('the same court case number at the same court is a conflict', async () => {
      const res = await post(
        officer(),
        '/litigation-cases',
        lawsuitBody({ courtCaseNumber: lawsuit.courtCaseNumber }),
      );
      expectError(res, 409, 'LITIGATION_CASE_EXISTS');
    });

    it('registering one court case number at once: one 201, the others 409', async () => {
      const body = lawsuitBody();
      const answers = await Promise.all(
        [1, 2, 3, 4, 5, 6].map(() => post(officer(), '/litigation-cases', body)),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      for (const r of answers.filter((a) => a.status === 409)) {
        expectError(r, 409, 'LITIGATION_CASE_EXISTS');
      }
    });

    it('the office lists and reads it', async () => {
      const res = await get(officer(), `/litigation-cases?agencyId=${w.agency.id}&limit=100`);
      expectStatus(res, 200);
      const page = res.body as PageBody<LawsuitBody>;
      expect(page.items.map((l) => l.id)).toContain(lawsuit.id);
      for (const role of [Role.OFFICER, Role.REVIEWER, Role.VIEWER, Role.ADMIN]) {
        const one = await get(w.tokens[role], `/litigation-cases/${lawsuit.id}`);
        expectStatus(one, 200);
        expect((one.body as LawsuitBody).id).toBe(lawsuit.id);
      }
    });

    it('pages with a cursor, newest filing first', async () => {
      const agency = await f.createAgency();
      const made: LawsuitBody[] = [];
      for (const filedOn of ['2026-01-05', '2026-01-06', '2026-01-07']) {
        made.push(await createLawsuit({ defendantAgencyId: agency.id, filedOn }));
      }
      const first = await get(officer(), `/litigation-cases?agencyId=${agency.id}&limit=2`);
      expectStatus(first, 200);
      const p1 = first.body as PageBody<LawsuitBody>;
      expect(p1.items.map((l) => l.filedOn)).toEqual(['2026-01-07', '2026-01-06']);
      expect(p1.nextCursor).toEqual(expect.any(String));
      const second = await get(
        officer(),
        `/litigation-cases?agencyId=${agency.id}&limit=2&cursor=${p1.nextCursor}`,
      );
      expectStatus(second, 200);
      const p2 = second.body as PageBody<LawsuitBody>;
      expect(p2.items.map((l) => l.id)).toEqual([made[0].id]);
      expect(p2.nextCursor).toBeNull();
    });

    it("the defendant agency's liaison sees it, in the list and by id", async () => {
      const res = await get(liaison(), '/litigation-cases?limit=100');
      expectStatus(res, 200);
      const page = res.body as PageBody<LawsuitBody>;
      expect(page.items.map((l) => l.id)).toContain(lawsuit.id);
      expect(page.items.every((l) => l.defendantAgencyId === w.agency.id)).toBe(true);
      expectStatus(await get(liaison(), `/litigation-cases/${lawsuit.id}`), 200);
    });

    it("another agency's liaison neither lists nor reads it (404)", async () => {
      const res = await get(otherLiaison, '/litigation-cases?limit=100');
      expectStatus(res, 200);
      expect((res.body as PageBody<LawsuitBody>).items.map((l) => l.id)).not.toContain(lawsuit.id);
      const filtered = await get(otherLiaison, `/litigation-cases?agencyId=${w.agency.id}`);
      expect((filtered.body as PageBody<LawsuitBody>).items).toEqual([]);
      expectError(
        await get(otherLiaison, `/litigation-cases/${lawsuit.id}`),
        404,
        'LITIGATION_CASE_NOT_FOUND',
      );
    });

    it('an agent may not touch lawsuits (403), nor may a liaison or viewer write', async () => {
      const agent = w.tokens.AGENT;
      expectError(await get(agent, '/litigation-cases'), 403);
      expectError(await get(agent, `/litigation-cases/${lawsuit.id}`), 403);
      expectError(await post(agent, '/litigation-cases', lawsuitBody()), 403);
      expectError(await post(liaison(), '/litigation-cases', lawsuitBody()), 403);
      expectError(await post(w.tokens.VIEWER, '/litigation-cases', lawsuitBody()), 403);
      expectError(
        await post(agent, `/litigation-cases/${lawsuit.id}/hearings`, {
          scheduledAt: '2026-04-01T09:00:00+08:00',
          court: '某区人民法院',
          courtroom: '第一法庭',
        }),
        403,
      );
      expectError(await get(agent, '/reminder-letters'), 403);
    });

    it('an unknown lawsuit answers 404, a malformed id 400', async () => {
      expectError(
        await get(officer(), '/litigation-cases/00000000-0000-4000-8000-000000000000'),
        404,
        'LITIGATION_CASE_NOT_FOUND',
      );
      expectFieldError(await get(officer(), '/litigation-cases/not-a-uuid'), 'id', 'INVALID_UUID');
    });

    it.each([
      [
        'an unknown agency',
        { defendantAgencyId: '00000000-0000-4000-8000-000000000000' },
        'defendantAgencyId',
        'UNKNOWN_AGENCY',
      ],
      [
        'a malformed agency id',
        { defendantAgencyId: 'agency-1' },
        'defendantAgencyId',
        'INVALID_UUID',
      ],
      [
        'an unknown reconsideration case',
        { reconsiderationCaseId: '00000000-0000-4000-8000-000000000000' },
        'reconsiderationCaseId',
        'UNKNOWN_CASE',
      ],
      ['a filing date in the future', { filedOn: '2026-03-03' }, 'filedOn', undefined],
      ['a filing date that is no date', { filedOn: '2026-02-30' }, 'filedOn', 'INVALID_DATE'],
      ['an empty plaintiff', { plaintiff: '' }, 'plaintiff', undefined],
      ['an unknown field', { judge: '某法官' }, 'judge', 'UNKNOWN_FIELD'],
    ])('refuses %s (400)', async (_what, overrides, field, code) => {
      const res = await post(officer(), '/litigation-cases', lawsuitBody(overrides));
      expectFieldError(res, field, code);
    });

    it('refuses a missing field (400 REQUIRED)', async () => {
      const body = lawsuitBody();
      delete body.court;
      expectFieldError(await post(officer(), '/litigation-cases', body), 'court', 'REQUIRED');
    });

    it('refuses a forged list cursor (400), not a 5xx', async () => {
      const uuid = '00000000-0000-4000-8000-000000000000';
      for (const key of [
        ['not-a-date', uuid],
        ['2026-01-01', 'x'],
        [1, 2],
        ['2026-13-45', uuid],
      ]) {
        const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
        expectFieldError(
          await get(officer(), `/litigation-cases?cursor=${cursor}`),
          'cursor',
          'INVALID_CURSOR',
        );
        expectFieldError(
          await get(officer(), `/reminder-letters?cursor=${cursor}`),
          'cursor',
          'INVALID_CURSOR',
        );
      }
    });
  });

  describe('a hearing scheduled 10 days ahead', () => {
    const NOW = '2026-03-02T09:00:00+08:00';
    const AT = '2026-03-12T09:30:00+08:00';
    const LETTER_AT = '2026-03-05T09:30:00+08:00';
    const EVE_AT = '2026-03-11T09:30:00+08:00';
    let lawsuit: LawsuitBody;
    let hearing: HearingBody;

    beforeAll(async () => {
      t.clock.set(NOW);
      lawsuit = await createLawsuit({ courtCaseNumber: unique('(2026)浙0105行初') });
      hearing = await schedule(lawsuit.id, AT);
    });

    it('answers the hearing, and the lawsuit lists it', async () => {
      expect(hearing).toEqual({
        id: expect.any(String),
        litigationCaseId: lawsuit.id,
        scheduledAt: iso(AT),
        court: '某区人民法院',
        courtroom: '第三法庭',
        status: 'SCHEDULED',
        headAttended: null,
        attendeeName: null,
        attendeeTitle: null,
        version: 1,
      });
      const res = await get(liaison(), `/litigation-cases/${lawsuit.id}`);
      expect((res.body as LawsuitBody).hearings).toEqual([hearing]);
    });

    it('plans a LETTER 7 days and an EVE_NOTICE 1 day before, pending', async () => {
      const rows = await letterRows(hearing.id);
      expect(
        rows.map((r) => [r.kind, r.status, r.send_at.toISOString(), r.hearing_at.toISOString()]),
      ).toEqual([
        ['EVE_NOTICE', 'PENDING', iso(EVE_AT), iso(AT)],
        ['LETTER', 'PENDING', iso(LETTER_AT), iso(AT)],
      ]);
    });

    it('issues nothing before the send time', async () => {
      await sweepAt(NOW);
      await sweepAt('2026-03-05T09:29:59+08:00');
      expect(await issued(hearing.id)).toEqual({ LETTER: 0, EVE_NOTICE: 0 });
      expect(await letters(officer(), `hearingId=${hearing.id}`)).toEqual([]);
    });

    it('issues exactly one LETTER at its send time, however often the sweep runs', async () => {
      await sweepAt(LETTER_AT);
      await reminders.issueDue();
      await sweepAt('2026-03-06T10:00:00+08:00');
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      expect(await outboxCount(hearing.id)).toBe(1);
      expect(await auditCount(hearing.id)).toBe(1);
    });

    it('GET /reminder-letters shows the letter with its rendered text', async () => {
      const [letter] = await letters(officer(), `hearingId=${hearing.id}`);
      expect(letter).toEqual({
        id: expect.any(String),
        hearingId: hearing.id,
        agencyId: w.agency.id,
        kind: 'LETTER',
        hearingAt: iso(AT),
        issuedAt: iso(LETTER_AT),
        recipient: `${w.agency.name}${w.agency.headTitle}${w.agency.headName}`,
        text: expect.any(String),
        acknowledgedAt: null,
        attendeeName: null,
        attendeeTitle: null,
      });
      expect(letter.text.split('\n')[0]).toBe('出庭提示函');
      expect(letter.text).toContain(`${w.agency.name}：`);
      expect(letter.text).toContain(
        `某区人民法院定于2026年3月12日9时30分在第三法庭开庭审理张三诉${w.agency.name}行政处罚一案` +
          `（${lawsuit.courtCaseNumber}）`,
      );
      expect(letter.text).toContain(`请${w.agency.headTitle}${w.agency.headName}`);
      expect(letter.text.endsWith('区人民政府行政复议办公室\n2026年3月5日')).toBe(true);
    });

    it('issues exactly one EVE_NOTICE the day before', async () => {
      await sweepAt('2026-03-11T09:29:00+08:00');
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      await sweepAt(EVE_AT);
      await reminders.issueDue();
      await sweepAt('2026-03-11T18:00:00+08:00');
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 1 });
      expect(await outboxCount(hearing.id)).toBe(2);
      expect(await auditCount(hearing.id)).toBe(2);
      const all = await letters(officer(), `hearingId=${hearing.id}`);
      expect(all.map((l) => l.kind)).toEqual(['EVE_NOTICE', 'LETTER']); // newest first
      expect(all[0].text).toContain(
        `【开庭提醒】${w.agency.name}${w.agency.headName}${w.agency.headTitle}：某区人民法院定于` +
          `2026年3月12日9时30分在第三法庭开庭审理${lawsuit.courtCaseNumber}`,
      );
    });

    it("the defendant's liaison sees the letters; another agency's liaison does not", async () => {
      expect(await letters(liaison(), `hearingId=${hearing.id}`)).toHaveLength(2);
      const own = await letters(liaison(), '');
      expect(own.every((l) => l.agencyId === w.agency.id)).toBe(true);
      expect(await letters(otherLiaison, `hearingId=${hearing.id}`)).toEqual([]);
      expect(await letters(otherLiaison, `agencyId=${w.agency.id}`)).toEqual([]);
    });

    it('the outbox is delivered (in-app channel without a webhook)', async () => {
      // The clock-driven sweep has no worker here: deliver as the worker's job would.
      const { DeliveryService } = await import('../src/reminders/delivery.service');
      const result = await t.app.get(DeliveryService).deliverDue();
      expect(result.failed).toBe(0);
      expect(result.delivered).toBeGreaterThanOrEqual(2);
      const rows = await t.db.query<{ status: string; payload: { kind: string } }[]>(
        `SELECT o.status::text, o.payload FROM notification_outbox o
           JOIN reminder_letters r ON r.id = o.letter_id WHERE r.hearing_id = $1`,
        [hearing.id],
      );
      expect(rows.map((r) => r.status)).toEqual(['DELIVERED', 'DELIVERED']);
      expect(rows.map((r) => r.payload.kind).sort()).toEqual(['EVE_NOTICE', 'LETTER']);
    });

    it('the liaison acknowledges the letter and names the attendee', async () => {
      const [letter] = await letters(liaison(), `hearingId=${hearing.id}`).then((ls) =>
        ls.filter((l) => l.kind === 'LETTER'),
      );
      expectError(
        await post(otherLiaison, `/reminder-letters/${letter.id}/acknowledgement`, {
          attendeeName: '赵六',
          attendeeTitle: '主任',
        }),
        404,
        'REMINDER_LETTER_NOT_FOUND',
      );
      expectError(
        await post(w.tokens.AGENT, `/reminder-letters/${letter.id}/acknowledgement`, {
          attendeeName: '赵六',
          attendeeTitle: '主任',
        }),
        403,
      );
      const res = await post(liaison(), `/reminder-letters/${letter.id}/acknowledgement`, {
        attendeeName: '王五',
        attendeeTitle: '局长',
      });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        id: letter.id,
        acknowledgedAt: iso('2026-03-11T18:00:00+08:00'),
        attendeeName: '王五',
        attendeeTitle: '局长',
      });
      const [again] = (await letters(officer(), `hearingId=${hearing.id}`)).filter(
        (l) => l.kind === 'LETTER',
      );
      expect(again.attendeeName).toBe('王五');
    });

    it('an officer acknowledges on the agency’s behalf', async () => {
      const [eve] = (await letters(officer(), `hearingId=${hearing.id}`)).filter(
        (l) => l.kind === 'EVE_NOTICE',
      );
      const res = await post(officer(), `/reminder-letters/${eve.id}/acknowledgement`, {
        attendeeName: '钱七',
        attendeeTitle: '副局长',
      });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ attendeeName: '钱七', attendeeTitle: '副局长' });
    });

    it('acknowledging refuses bad input (400) and unknown letters (404)', async () => {
      const [letter] = await letters(officer(), `hearingId=${hearing.id}`);
      expectFieldError(
        await post(liaison(), `/reminder-letters/${letter.id}/acknowledgement`, {
          attendeeTitle: '局长',
        }),
        'attendeeName',
        'REQUIRED',
      );
      expectFieldError(
        await post(liaison(), '/reminder-letters/nope/acknowledgement', {
          attendeeName: '王五',
          attendeeTitle: '局长',
        }),
        'id',
        'INVALID_UUID',
      );
      expectError(
        await post(
          liaison(),
          '/reminder-letters/00000000-0000-4000-8000-000000000000/acknowledgement',
          { attendeeName: '王五', attendeeTitle: '局长' },
        ),
        404,
      );
      expectFieldError(
        await get(officer(), '/reminder-letters?hearingId=h1'),
        'hearingId',
        'INVALID_UUID',
      );
    });

    it('attendance before the hearing is a conflict (409 HEARING_NOT_HELD)', async () => {
      t.clock.set('2026-03-12T09:29:00+08:00');
      expectError(
        await post(officer(), `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}/attendance`, {
          headAttended: true,
          attendeeName: '王五',
          attendeeTitle: '局长',
        }),
        409,
        'HEARING_NOT_HELD',
      );
    });

    it("another agency's liaison may not record attendance (404)", async () => {
      t.clock.set('2026-03-12T11:00:00+08:00');
      expectError(
        await post(
          otherLiaison,
          `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}/attendance`,
          { headAttended: true, attendeeName: '王五', attendeeTitle: '局长' },
        ),
        404,
      );
    });

    it('a liaison may neither schedule nor change hearings (403)', async () => {
      for (const token of [liaison(), otherLiaison]) {
        expectError(
          await post(token, `/litigation-cases/${lawsuit.id}/hearings`, {
            scheduledAt: '2026-04-01T09:00:00+08:00',
            court: '某区人民法院',
            courtroom: '第一法庭',
          }),
          403,
        );
        expectError(
          await patch(token, `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}`, {
            status: 'CANCELLED',
          }),
          403,
        );
      }
    });

    it('after the hearing the liaison records who attended', async () => {
      const res = await post(
        liaison(),
        `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}/attendance`,
        { headAttended: true, attendeeName: '王五', attendeeTitle: '局长' },
      );
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        id: hearing.id,
        headAttended: true,
        attendeeName: '王五',
        attendeeTitle: '局长',
        version: 2,
      });
      const l = (await get(officer(), `/litigation-cases/${lawsuit.id}`)).body as LawsuitBody;
      expect(l.hearings[0]).toMatchObject({ headAttended: true, attendeeName: '王五' });
    });

    it('attendance refuses bad input (400)', async () => {
      const path = `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}/attendance`;
      expectFieldError(
        await post(officer(), path, {
          headAttended: 'yes',
          attendeeName: '王五',
          attendeeTitle: '局长',
        }),
        'headAttended',
      );
      expectFieldError(
        await post(officer(), `/litigation-cases/${lawsuit.id}/hearings/x/attendance`, {
          headAttended: true,
          attendeeName: '王五',
          attendeeTitle: '局长',
        }),
        'hid',
        'INVALID_UUID',
      );
      expectError(
        await post(
          officer(),
          `/litigation-cases/${lawsuit.id}/hearings/00000000-0000-4000-8000-000000000000/attendance`,
          { headAttended: true, attendeeName: '王五', attendeeTitle: '局长' },
        ),
        404,
        'HEARING_NOT_FOUND',
      );
    });

    it('its judgment concludes the lawsuit, once', async () => {
      const path = `/litigation-cases/${lawsuit.id}/judgment`;
      expectError(
        await post(liaison(), path, { outcome: 'AGENCY_WON', judgedOn: '2026-03-12' }),
        403,
      );
      expectFieldError(
        await post(officer(), path, { outcome: 'DRAW', judgedOn: '2026-03-12' }),
        'outcome',
      );
      expectFieldError(
        await post(officer(), path, { outcome: 'AGENCY_WON', judgedOn: '2026-02-19' }),
        'judgedOn',
        'DATE_OUT_OF_ORDER',
      );
      expectFieldError(
        await post(officer(), path, { outcome: 'AGENCY_WON', judgedOn: '2026-03-13' }),
        'judgedOn',
      );
      const res = await post(officer(), path, { outcome: 'AGENCY_WON', judgedOn: '2026-03-12' });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        id: lawsuit.id,
        judgment: 'AGENCY_WON',
        judgedOn: '2026-03-12',
        version: 2,
      });
      expect((res.body as LawsuitBody).hearings.map((h) => h.id)).toEqual([hearing.id]);
      expectError(
        await post(w.tokens.REVIEWER, path, { outcome: 'AGENCY_LOST', judgedOn: '2026-03-12' }),
        409,
        'LITIGATION_CONCLUDED',
      );
      const read = (await get(liaison(), `/litigation-cases/${lawsuit.id}`)).body as LawsuitBody;
      expect(read).toMatchObject({ judgment: 'AGENCY_WON', judgedOn: '2026-03-12' });
    });
  });

  describe('a hearing entered 3 days ahead', () => {
    const NOW = '2026-03-16T09:00:00+08:00';
    const AT = '2026-03-19T09:00:00+08:00';
    let hearing: HearingBody;

    beforeAll(async () => {
      t.clock.set(NOW);
      const lawsuit = await createLawsuit();
      hearing = await schedule(lawsuit.id, AT);
    });

    it('gets its LETTER at the first sweep, the EVE_NOTICE only the day before', async () => {
      const rows = await letterRows(hearing.id);
      expect(rows.find((r) => r.kind === 'LETTER')?.send_at.toISOString()).toBe(iso(NOW));
      await sweepAt(NOW);
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      await sweepAt('2026-03-17T09:00:00+08:00');
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      await sweepAt('2026-03-18T09:00:00+08:00');
      await reminders.issueDue();
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 1 });
      expect(await outboxCount(hearing.id)).toBe(2);
      const [letter] = (await letters(officer(), `hearingId=${hearing.id}`)).filter(
        (l) => l.kind === 'LETTER',
      );
      expect(letter.issuedAt).toBe(iso(NOW));
    });

    it('a hearing entered less than a day ahead gets both letters at once', async () => {
      t.clock.set('2026-03-18T10:00:00+08:00');
      const lawsuit = await createLawsuit();
      const soon = await schedule(lawsuit.id, '2026-03-18T15:00:00+08:00');
      await reminders.issueDue();
      expect(await issued(soon.id)).toEqual({ LETTER: 1, EVE_NOTICE: 1 });
    });
  });

  describe('an agency with a long name', () => {
    it('still gets its letters; the recipient is cut to fit, keeping the head whole', async () => {
      t.clock.set('2026-03-19T09:00:00+08:00');
      const name = unique('区').padEnd(100, '局');
      const headTitle = '中共某某区委员会常务委员、区人民政府副区长兼党组书记、局长';
      const agency = await f.createAgency({ name, headName: '欧阳某某', headTitle });
      const lawsuit = await createLawsuit({ defendantAgencyId: agency.id });
      const hearing = await schedule(lawsuit.id, '2026-03-19T15:00:00+08:00');
      await reminders.issueDue();
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 1 });
      const [letter] = await letters(officer(), `hearingId=${hearing.id}`);
      expect(Array.from(letter.recipient)).toHaveLength(120);
      expect(letter.recipient.endsWith(`${headTitle}欧阳某某`)).toBe(true);
      expect(letter.recipient.startsWith(name.slice(0, 20))).toBe(true);
    });
  });

  describe('a hearing entered after it happened', () => {
    it('gets no letters', async () => {
      t.clock.set('2026-03-20T09:00:00+08:00');
      const lawsuit = await createLawsuit();
      const past = await schedule(lawsuit.id, '2026-03-10T09:30:00+08:00');
      expect(past.status).toBe('SCHEDULED');
      expect(await letterRows(past.id)).toEqual([]);
      await sweepAt('2026-03-20T09:00:00+08:00');
      expect(await issued(past.id)).toEqual({ LETTER: 0, EVE_NOTICE: 0 });
      expect(await letters(officer(), `hearingId=${past.id}`)).toEqual([]);
    });
  });

  describe('rescheduling', () => {
    const NOW = '2026-03-23T09:00:00+08:00';
    const OLD = '2026-04-10T09:30:00+08:00';
    const NEW = '2026-04-20T09:30:00+08:00';
    let lawsuit: LawsuitBody;
    let hearing: HearingBody;

    beforeAll(async () => {
      t.clock.set(NOW);
      lawsuit = await createLawsuit();
      hearing = await schedule(lawsuit.id, OLD);
    });

    it('keeps an issued letter, cancels the pending one, and plans letters for the new time', async () => {
      await sweepAt('2026-04-03T09:30:00+08:00'); // the old LETTER
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });

      const res = await patch(officer(), `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}`, {
        scheduledAt: '2026-04-20T09:30:00+08:00',
        courtroom: '第五法庭',
      });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        scheduledAt: iso(NEW),
        courtroom: '第五法庭',
        status: 'SCHEDULED',
        version: 2,
      });
      const rows = await letterRows(hearing.id);
      expect(
        rows.map((r) => [r.hearing_at.toISOString(), r.kind, r.status, r.send_at.toISOString()]),
      ).toEqual([
        [iso(OLD), 'EVE_NOTICE', 'CANCELLED', iso('2026-04-09T09:30:00+08:00')],
        [iso(OLD), 'LETTER', 'ISSUED', iso('2026-04-03T09:30:00+08:00')],
        [iso(NEW), 'EVE_NOTICE', 'PENDING', iso('2026-04-19T09:30:00+08:00')],
        [iso(NEW), 'LETTER', 'PENDING', iso('2026-04-13T09:30:00+08:00')],
      ]);
    });

    it('issues nothing for the old time, and one of each for the new', async () => {
      await sweepAt('2026-04-09T09:30:00+08:00'); // the old EVE_NOTICE's time
      await sweepAt('2026-04-10T10:00:00+08:00'); // past the old hearing
      expect(await issued(hearing.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      await sweepAt('2026-04-13T09:30:00+08:00');
      await sweepAt('2026-04-19T09:30:00+08:00');
      await reminders.issueDue();
      const rows = await letterRows(hearing.id);
      const issuedFor = (at: string): string[] =>
        rows
          .filter((r) => r.status === 'ISSUED' && r.hearing_at.toISOString() === iso(at))
          .map((r) => r.kind)
          .sort();
      expect(issuedFor(OLD)).toEqual(['LETTER']);
      expect(issuedFor(NEW)).toEqual(['EVE_NOTICE', 'LETTER']);
      expect(await outboxCount(hearing.id)).toBe(3);
      const newLetter = (await letters(officer(), `hearingId=${hearing.id}`)).find(
        (l) => l.kind === 'LETTER' && l.hearingAt === iso(NEW),
      );
      expect(newLetter?.text).toContain('2026年4月20日9时30分在第五法庭');
    });

    it('moved away and back before any send time, it still gets one of each', async () => {
      t.clock.set('2026-04-21T09:00:00+08:00');
      const l = await createLawsuit();
      const h = await schedule(l.id, '2026-05-20T09:30:00+08:00');
      const path = `/litigation-cases/${l.id}/hearings/${h.id}`;
      expectStatus(await patch(officer(), path, { scheduledAt: '2026-05-27T09:30:00+08:00' }), 200);
      expectStatus(await patch(officer(), path, { scheduledAt: '2026-05-20T09:30:00+08:00' }), 200);
      // Rescheduled to the time it already has: nothing is lost either.
      expectStatus(await patch(officer(), path, { scheduledAt: '2026-05-20T09:30:00+08:00' }), 200);
      const pending = (await letterRows(h.id)).filter((r) => r.status === 'PENDING');
      expect(pending.map((r) => [r.kind, r.hearing_at.toISOString()])).toEqual([
        ['EVE_NOTICE', iso('2026-05-20T09:30:00+08:00')],
        ['LETTER', iso('2026-05-20T09:30:00+08:00')],
      ]);
      await sweepAt('2026-05-13T09:30:00+08:00');
      await sweepAt('2026-05-19T09:30:00+08:00');
      expect(await issued(h.id)).toEqual({ LETTER: 1, EVE_NOTICE: 1 });
      expect(await outboxCount(h.id)).toBe(2);
    });

    it.each([
      ['no offset', { scheduledAt: '2026-06-01T09:30:00' }],
      ['a bare date', { scheduledAt: '2026-06-01' }],
      ['garbage', { scheduledAt: 'next Tuesday' }],
      ['a week date', { scheduledAt: '2026-W23' }],
      ['no such day', { scheduledAt: '2026-02-30T09:30:00+08:00' }],
      ['a number', { scheduledAt: 1780000000000 }],
      ['neither a time nor a cancellation', {}],
      ['another status', { status: 'SCHEDULED' }],
    ])('refuses %s (400)', async (_what, body) => {
      const res = await patch(
        officer(),
        `/litigation-cases/${lawsuit.id}/hearings/${hearing.id}`,
        body,
      );
      expectError(res, 400, 'VALIDATION_FAILED');
    });
  });

  describe('cancelling', () => {
    it('a cancelled hearing gets no more letters; what was issued stays issued', async () => {
      t.clock.set('2026-05-20T09:00:00+08:00');
      const lawsuit = await createLawsuit();
      const before = await schedule(lawsuit.id, '2026-06-10T09:30:00+08:00');
      const after = await schedule(lawsuit.id, '2026-06-12T09:30:00+08:00');
      await sweepAt('2026-06-03T09:30:00+08:00'); // the first one's LETTER
      expect(await issued(before.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      expect(await issued(after.id)).toEqual({ LETTER: 0, EVE_NOTICE: 0 });

      for (const h of [before, after]) {
        const res = await patch(officer(), `/litigation-cases/${lawsuit.id}/hearings/${h.id}`, {
          status: 'CANCELLED',
        });
        expectStatus(res, 200);
        expect(res.body).toMatchObject({ id: h.id, status: 'CANCELLED', version: 2 });
      }
      expect((await letterRows(before.id)).map((r) => [r.kind, r.status])).toEqual([
        ['EVE_NOTICE', 'CANCELLED'],
        ['LETTER', 'ISSUED'],
      ]);
      await sweepAt('2026-06-05T09:30:00+08:00');
      await sweepAt('2026-06-11T09:30:00+08:00');
      expect(await issued(before.id)).toEqual({ LETTER: 1, EVE_NOTICE: 0 });
      expect(await issued(after.id)).toEqual({ LETTER: 0, EVE_NOTICE: 0 });
      expect(await outboxCount(after.id)).toBe(0);

      const path = `/litigation-cases/${lawsuit.id}/hearings/${after.id}`;
      expectError(
        await patch(officer(), path, { scheduledAt: '2026-06-30T09:30:00+08:00' }),
        409,
        'HEARING_CANCELLED',
      );
      expectError(await patch(officer(), path, { status: 'CANCELLED' }), 409, 'HEARING_CANCELLED');
      t.clock.set('2026-06-13T09:00:00+08:00');
      expectError(
        await post(officer(), `${path}/attendance`, {
          headAttended: false,
          attendeeName: '孙八',
          attendeeTitle: '科长',
        }),
        409,
        'HEARING_CANCELLED',
      );
    });
  });

  describe('hearing input', () => {
    let lawsuit: LawsuitBody;

    beforeAll(async () => {
      lawsuit = await createLawsuit();
    });

    it.each([
      ['without an offset', { scheduledAt: '2026-07-01T09:30:00' }, 'scheduledAt'],
      ['as garbage', { scheduledAt: 'garbage' }, 'scheduledAt'],
      ['as a bare date', { scheduledAt: '2026-07-01' }, 'scheduledAt'],
      ['without a courtroom', { courtroom: undefined }, 'courtroom'],
      ['with an unknown field', { judge: '某法官' }, 'judge'],
    ])('refuses a hearing %s (400)', async (_what, overrides, field) => {
      const res = await post(officer(), `/litigation-cases/${lawsuit.id}/hearings`, {
        scheduledAt: '2026-07-01T09:30:00+08:00',
        court: '某区人民法院',
        courtroom: '第一法庭',
        ...overrides,
      });
      expectFieldError(res, field);
    });

    it('refuses a malformed lawsuit id (400) and answers 404 for an unknown one', async () => {
      const body = {
        scheduledAt: '2026-07-01T09:30:00+08:00',
        court: '某区人民法院',
        courtroom: '第一法庭',
      };
      expectFieldError(
        await post(officer(), '/litigation-cases/123/hearings', body),
        'id',
        'INVALID_UUID',
      );
      expectError(
        await post(
          officer(),
          '/litigation-cases/00000000-0000-4000-8000-000000000000/hearings',
          body,
        ),
        404,
        'LITIGATION_CASE_NOT_FOUND',
      );
    });

    it('reads an instant in its own offset', async () => {
      t.clock.set('2026-06-14T09:00:00+08:00');
      const h = await schedule(lawsuit.id, '2026-07-01T01:30:00Z');
      expect(h.scheduledAt).toBe(iso('2026-07-01T09:30:00+08:00'));
    });
  });

  describe('the ATTENDANCE alert', () => {
    const attendanceAlerts = (hearingId: string): Promise<{ due_on: string; level: string }[]> =>
      t.db.query(
        `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, level::text FROM alerts
          WHERE hearing_id = $1 AND deadline = 'ATTENDANCE'`,
        [hearingId],
      );

    it('is raised once for a hearing more than a day past without attendance', async () => {
      t.clock.set('2026-07-10T09:00:00+08:00');
      const lawsuit = await createLawsuit();
      const silent = await schedule(lawsuit.id, '2026-07-10T14:00:00+08:00');
      const recorded = await schedule(lawsuit.id, '2026-07-10T15:00:00+08:00');
      const cancelled = await schedule(lawsuit.id, '2026-07-10T16:00:00+08:00');
      expectStatus(
        await patch(officer(), `/litigation-cases/${lawsuit.id}/hearings/${cancelled.id}`, {
          status: 'CANCELLED',
        }),
        200,
      );
      t.clock.set('2026-07-10T17:00:00+08:00');
      expectStatus(
        await post(
          officer(),
          `/litigation-cases/${lawsuit.id}/hearings/${recorded.id}/attendance`,
          { headAttended: false, attendeeName: '孙八', attendeeTitle: '副局长' },
        ),
        200,
      );

      await alerts.raise(new Date('2026-07-11T13:59:00+08:00'));
      expect(await attendanceAlerts(silent.id)).toEqual([]);

      t.clock.set('2026-07-11T14:00:00+08:00');
      await alerts.raise();
      expect(await attendanceAlerts(silent.id)).toEqual([
        { due_on: '2026-07-11', level: 'OVERDUE' },
      ]);
      await alerts.raise();
      t.clock.set('2026-07-12T09:00:00+08:00');
      await alerts.raise();
      await alerts.raise(new Date('2026-07-20T09:00:00+08:00'));
      expect(await attendanceAlerts(silent.id)).toHaveLength(1);
      expect(await attendanceAlerts(recorded.id)).toEqual([]);
      expect(await attendanceAlerts(cancelled.id)).toEqual([]);

      const [alert] = await t.db.query<{ officer_id: string }[]>(
        `SELECT officer_id FROM alerts WHERE hearing_id = $1`,
        [silent.id],
      );
      expect(alert.officer_id).toBe(w.users.OFFICER.id);
    });
  });
});
