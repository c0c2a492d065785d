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
import mammoth from 'mammoth';
import type { Response, Test } from 'supertest';
import { AlertsService } from '../src/alerts/alerts.service';
import { RemindersService } from '../src/reminders/reminders.service';
import { Role } from '../src/access/role';
import {
  AgencyView,
  bearer,
  countAllRows,
  ErrorBody,
  expectError,
  expectFieldError,
  expectStatus,
  Fixtures,
  PageBody,
  World,
} from './support/fixtures';
import { CaseBody, CaseWorld } from './support/case-world';
import { startApp, TestApp, unique } from './support/test-app';

// Hooks too: logins hash passwords, and the e2e project's testTimeout does not reach hooks.
jest.setTimeout(60_000);

const API = '/api/v1';

type Appearance = 'ATTENDED' | 'EXCUSED' | 'ABSENT';

interface AppearanceBody {
  agencyId: string;
  courtNoticeServedOn: string | null;
  courtNoticeTimely: boolean | null;
  appearance: Appearance | null;
  attendeeRole: string | null;
  attendeeName: string | null;
  attendeeTitle: string | null;
  identityProofSubmitted: boolean;
  absenceReason: string | null;
  absenceProof: string | null;
  recordedAt: string | null;
  liaisonReport: { attendeeName: string; attendeeTitle: string; acknowledgedAt: string } | null;
}

interface HearingBody {
  id: string;
  litigationCaseId: string;
  instanceId: string;
  scheduledAt: string;
  court: string;
  courtroom: string;
  status: 'SCHEDULED' | 'CANCELLED';
  appearances: AppearanceBody[];
  version: number;
}

interface InstanceBody {
  id: string;
  seq: number;
  stage: 'FIRST_INSTANCE' | 'SECOND_INSTANCE' | 'RETRIAL';
  court: string;
  courtCaseNumber: string;
  filedOn: string;
  judgment: string | null;
  judgedOn: string | null;
  headDuties: { agencyId: string; duty: Appearance | null }[];
}

interface RecommendationBody {
  id: string;
  litigationCaseId: string;
  agencyId: string;
  court: string;
  documentNumber: string;
  summary: string;
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
  answer: string | null;
  overdue: boolean;
  version: number;
}

interface LawsuitBody {
  id: string;
  plaintiff: string;
  defendants: { agencyId: string; name: string }[];
  cause: string;
  reconsiderationCaseId: string | null;
  filedOn: string;
  instances: InstanceBody[];
  hearings: HearingBody[];
  judicialRecommendations: RecommendationBody[];
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
  superseded: boolean;
}

interface LetterRow {
  kind: 'LETTER' | 'EVE_NOTICE';
  status: 'PENDING' | 'ISSUED' | 'CANCELLED';
  hearing_at: Date;
  send_at: Date;
  issued_at: Date | null;
}

const iso = (s: string): string => new Date(s).toISOString();

/** What a defendant's appearance is before anything is recorded of it. */
const nothingRecorded = (agencyId: string): AppearanceBody => ({
  agencyId,
  courtNoticeServedOn: null,
  courtNoticeTimely: null,
  appearance: null,
  attendeeRole: null,
  attendeeName: null,
  attendeeTitle: null,
  identityProofSubmitted: false,
  absenceReason: null,
  absenceProof: null,
  recordedAt: null,
  liaisonReport: null,
});

/** The office's record of a head who appeared with the identity proof (SPC 2020 Arts. 2, 6). */
const HEAD_THERE = {
  attendeeRole: 'PRINCIPAL',
  attendeeName: '王五',
  attendeeTitle: '局长',
  identityProofSubmitted: true,
};
/** The office's record of a staff member in the head's stead: the head absent (ALL Art. 3 ¶3). */
const STAFF_ONLY = { attendeeRole: 'STAFF', attendeeName: '孙八', attendeeTitle: '法制科科长' };

describe('litigation response and hearing reminders', () => {
  let t: TestApp;
  let f: Fixtures;
  let w: World;
  let otherAgency: AgencyView;
  let otherLiaison: string;
  let reminders: RemindersService;
  let alerts: AlertsService;
  /** The agency of kind RECONSIDERATION_ORGAN (ALL Art. 26 ¶2). */
  let organ: AgencyView;
  /** Reconsideration cases against the world's agency, decided UPHOLD and REVOKE. */
  let upheld: CaseBody;
  let revoked: CaseBody;

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
    defendantAgencyIds: [w.agency.id],
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

  async function read(lawsuitId: string, token = officer()): Promise<LawsuitBody> {
    const res = await get(token, `/litigation-cases/${lawsuitId}`);
    expectStatus(res, 200);
    return res.body as LawsuitBody;
  }

  const attendancePath = (l: { id: string }, h: { id: string }): string =>
    `/litigation-cases/${l.id}/hearings/${h.id}/attendance`;

  /** The office records who appeared for a defendant; answers the hearing. */
  async function attend(
    l: { id: string },
    h: { id: string },
    body: object,
    token = officer(),
  ): Promise<HearingBody> {
    const res = await post(token, attendancePath(l, h), body);
    expectStatus(res, 200);
    return res.body as HearingBody;
  }

  /** The audit rows of one entity, oldest first: [action, actor]. */
  async function auditOf(entityId: string): Promise<[string, string | null][]> {
    const rows = await t.db.query<{ action: string; actor_id: string | null }[]>(
      `SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
    return rows.map((r) => [r.action, r.actor_id]);
  }

  /**
   * `act` is refused with `status` (and `code`), and writes nothing: every table keeps its row
   * count (audit_log included) and the lawsuit, when given, reads as before.
   */
  async function refusedWithoutWriting(
    act: () => PromiseLike<Response>,
    status: number,
    code?: string,
    lawsuitId?: string,
  ): Promise<ErrorBody> {
    const before = await countAllRows(t);
    const view = lawsuitId ? await read(lawsuitId) : null;
    const body = expectError(await act(), status, code);
    expect(await countAllRows(t)).toEqual(before);
    if (lawsuitId) expect(await read(lawsuitId)).toEqual(view);
    return body;
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

    // At the clock's start (2026-03-02): the organ, and two cases against the world's agency
    // decided by the reviewer (who heads the organ), as test/decision-follow-up.e2e-spec.ts does.
    organ = await f.reconsiderationOrgan();
    const cases = CaseWorld.on(f, w.agency.id, w.office.id);
    const decided = async (type: string): Promise<CaseBody> => {
      const c = await cases.register(officer(), { receivedOn: '2026-02-26' });
      await cases.accept(officer(), c.id, '2026-02-27');
      expectStatus(
        await cases.post(w.tokens.REVIEWER, `/cases/${c.id}/assignment`, {
          officerId: w.users.OFFICER.id,
        }),
        200,
      );
      expectStatus(
        await cases.post(officer(), `/cases/${c.id}/decision`, {
          type,
          reasoning: '经审查',
          legalBasis: ['《中华人民共和国行政复议法》'],
        }),
        201,
      );
      const approved = await cases.post(w.tokens.REVIEWER, `/cases/${c.id}/decision/approval`, {
        approved: true,
        decidedOn: '2026-02-27',
      });
      expectStatus(approved, 200);
      return approved.body as CaseBody;
    };
    upheld = await decided('UPHOLD');
    revoked = await decided('REVOKE');
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

    it('an officer registers a lawsuit, its first instance open, with an audit row', async () => {
      expect(lawsuit).toEqual({
        id: expect.any(String),
        plaintiff: '李某',
        defendants: [{ agencyId: w.agency.id, name: w.agency.name }],
        cause: '行政处罚',
        reconsiderationCaseId: null,
        filedOn: '2026-02-20',
        instances: [
          {
            id: expect.any(String),
            seq: 1,
            stage: 'FIRST_INSTANCE',
            court: '某区人民法院',
            courtCaseNumber: expect.stringContaining('(2026)浙0105行初'),
            filedOn: '2026-02-20',
            judgment: null,
            judgedOn: null,
            headDuties: [{ agencyId: w.agency.id, duty: null }],
          },
        ],
        hearings: [],
        judicialRecommendations: [],
        version: 1,
      });
      expect(await auditOf(lawsuit.id)).toEqual([['litigation.created', w.users.OFFICER.id]]);
    });

    it('a reviewer may register one too', async () => {
      const res = await post(w.tokens.REVIEWER, '/litigation-cases', lawsuitBody());
      expectStatus(res, 201);
    });

    it('the same court case number at the same court is a conflict', async () => {
      const res = await post(
        officer(),
        '/litigation-cases',
        lawsuitBody({ courtCaseNumber: lawsuit.instances[0].courtCaseNumber }),
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
        made.push(await createLawsuit({ defendantAgencyIds: [agency.id], filedOn }));
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
      expect(page.items.every((l) => l.defendants.some((d) => d.agencyId === w.agency.id))).toBe(
        true,
      );
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
        { defendantAgencyIds: ['00000000-0000-4000-8000-000000000000'] },
        'defendantAgencyIds',
        'UNKNOWN_AGENCY',
      ],
      [
        'a malformed agency id',
        { defendantAgencyIds: ['agency-1'] },
        'defendantAgencyIds',
        'INVALID_UUID',
      ],
      ['no defendant', { defendantAgencyIds: [] }, 'defendantAgencyIds', undefined],
      [
        'a single id, not a list',
        { defendantAgencyIds: 'agency-1' },
        'defendantAgencyIds',
        undefined,
      ],
      [
        'eleven defendants',
        {
          defendantAgencyIds: Array.from(
            { length: 11 },
            (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          ),
        },
        'defendantAgencyIds',
        undefined,
      ],
      [
        'the old single field',
        { defendantAgencyId: '00000000-0000-4000-8000-000000000000' },
        'defendantAgencyId',
        'UNKNOWN_FIELD',
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

    it('refuses the same defendant twice (400), writing nothing', async () => {
      const res = await refusedWithoutWriting(
        () =>
          post(
            officer(),
            '/litigation-cases',
            lawsuitBody({ defendantAgencyIds: [w.agency.id, w.agency.id] }),
          ),
        400,
        'VALIDATION_FAILED',
      );
      expect(res.details?.map((d) => d.field)).toContain('defendantAgencyIds');
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
        instanceId: lawsuit.instances[0].id,
        scheduledAt: iso(AT),
        court: '某区人民法院',
        courtroom: '第三法庭',
        status: 'SCHEDULED',
        appearances: [nothingRecorded(w.agency.id)],
        version: 1,
      });
      expect(await auditOf(hearing.id)).toEqual([['hearing.scheduled', w.users.OFFICER.id]]);
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
        superseded: false,
      });
      expect(letter.text.split('\n')[0]).toBe('出庭提示函');
      expect(letter.text).toContain(`${w.agency.name}：`);
      expect(letter.text).toContain(
        `某区人民法院定于2026年3月12日9时30分在第三法庭开庭审理张三诉${w.agency.name}行政处罚一案` +
          `（${lawsuit.instances[0].courtCaseNumber}）`,
      );
      expect(letter.text).toContain(`请${w.agency.headTitle}${w.agency.headName}`);
      expect(letter.text.endsWith('区人民政府行政复议办公室\n2026年3月5日')).toBe(true);
    });

    it('GET /reminder-letters/:id/file: the LETTER as a Word document, opened with a reader', async () => {
      const [letter] = await letters(officer(), `hearingId=${hearing.id}`);
      const res = await get(officer(), `/reminder-letters/${letter.id}/file`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expectStatus(res, 200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const { value } = await mammoth.extractRawText({ buffer: res.body as Buffer });
      const paragraphs = value
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      // The office's heading, then the letter's own words in the order it was issued with.
      expect(paragraphs).toEqual([
        '某某区人民政府',
        '出庭提示函',
        `${w.agency.name}：`,
        expect.stringContaining(
          `某区人民法院定于2026年3月12日9时30分在第三法庭开庭审理张三诉${w.agency.name}行政处罚一案`,
        ),
        '区人民政府行政复议办公室',
        '2026年3月5日',
        '（印章）',
      ]);
      // Another agency's liaison: 404.
      expectError(
        await get(otherLiaison, `/reminder-letters/${letter.id}/file`),
        404,
        'REMINDER_LETTER_NOT_FOUND',
      );
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
      // A day-before notice is a message: it has no Word document.
      expectError(await get(officer(), `/reminder-letters/${all[0].id}/file`), 409, 'NOT_A_LETTER');
      expect(all[0].text).toContain(
        `【开庭提醒】${w.agency.name}${w.agency.headName}${w.agency.headTitle}：某区人民法院定于` +
          `2026年3月12日9时30分在第三法庭开庭审理${lawsuit.instances[0].courtCaseNumber}`,
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
      t.clock.set('2026-03-11T18:30:00+08:00');
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
      await refusedWithoutWriting(
        () => post(officer(), attendancePath(lawsuit, hearing), HEAD_THERE),
        409,
        'HEARING_NOT_HELD',
        lawsuit.id,
      );
    });

    it('the view shows what the liaison reported on acknowledging, and nothing recorded yet', async () => {
      t.clock.set('2026-03-12T11:00:00+08:00');
      const [h] = (await read(lawsuit.id)).hearings;
      expect(h.appearances).toEqual([
        {
          ...nothingRecorded(w.agency.id),
          liaisonReport: {
            attendeeName: '钱七',
            attendeeTitle: '副局长',
            acknowledgedAt: iso('2026-03-11T18:30:00+08:00'),
          },
        },
      ]);
      expect((await read(lawsuit.id)).instances[0].headDuties).toEqual([
        { agencyId: w.agency.id, duty: 'ABSENT' },
      ]);
    });

    it("a liaison may not record attendance, their own agency's or another's (403)", async () => {
      for (const token of [liaison(), otherLiaison]) {
        await refusedWithoutWriting(
          () => post(token, attendancePath(lawsuit, hearing), HEAD_THERE),
          403,
          'FORBIDDEN',
          lawsuit.id,
        );
      }
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

    it("after the hearing the office records who appeared; the liaison's report is apart", async () => {
      const before = await read(lawsuit.id);
      const h = await attend(lawsuit, hearing, STAFF_ONLY);
      expect(h.appearances).toEqual([
        {
          ...nothingRecorded(w.agency.id),
          appearance: 'ABSENT',
          attendeeRole: 'STAFF',
          attendeeName: '孙八',
          attendeeTitle: '法制科科长',
          recordedAt: iso('2026-03-12T11:00:00+08:00'),
          liaisonReport: {
            attendeeName: '钱七',
            attendeeTitle: '副局长',
            acknowledgedAt: iso('2026-03-11T18:30:00+08:00'),
          },
        },
      ]);
      const after = await read(lawsuit.id);
      expect(after.version).toBe(before.version + 1);
      expect(after.instances[0].headDuties).toEqual([{ agencyId: w.agency.id, duty: 'ABSENT' }]);
      expect(await auditOf(hearing.id)).toEqual([
        ['hearing.scheduled', w.users.OFFICER.id],
        ['hearing.attendance_recorded', w.users.OFFICER.id],
      ]);
    });

    it("the liaison posting over the office's record is refused (403); the office's record stands", async () => {
      // The issue's point: a liaison posting "the head attended" over the office's "absent".
      await refusedWithoutWriting(
        () =>
          post(liaison(), attendancePath(lawsuit, hearing), {
            agencyId: w.agency.id,
            ...HEAD_THERE,
          }),
        403,
        'FORBIDDEN',
        lawsuit.id,
      );
      // Acknowledging again names the head: the report changes, the office's record does not.
      const [letter] = (await letters(liaison(), `hearingId=${hearing.id}`)).filter(
        (l) => l.kind === 'LETTER',
      );
      t.clock.set('2026-03-12T11:30:00+08:00');
      expectStatus(
        await post(liaison(), `/reminder-letters/${letter.id}/acknowledgement`, {
          attendeeName: '王五',
          attendeeTitle: '局长',
        }),
        200,
      );
      const [a] = (await read(lawsuit.id)).hearings[0].appearances;
      expect(a).toMatchObject({
        appearance: 'ABSENT',
        attendeeRole: 'STAFF',
        attendeeName: '孙八',
        liaisonReport: {
          attendeeName: '王五',
          attendeeTitle: '局长',
          acknowledgedAt: iso('2026-03-12T11:30:00+08:00'),
        },
      });
      expect((await read(lawsuit.id)).instances[0].headDuties).toEqual([
        { agencyId: w.agency.id, duty: 'ABSENT' },
      ]);
    });

    it('the office corrects its record: recorded again, it replaces the earlier one', async () => {
      const h = await attend(lawsuit, hearing, HEAD_THERE, w.tokens.REVIEWER);
      expect(h.appearances[0]).toMatchObject({
        agencyId: w.agency.id,
        appearance: 'ATTENDED',
        attendeeRole: 'PRINCIPAL',
        attendeeName: '王五',
        attendeeTitle: '局长',
        identityProofSubmitted: true,
        absenceReason: null,
        absenceProof: null,
        recordedAt: iso('2026-03-12T11:30:00+08:00'),
      });
      expect((await read(lawsuit.id)).instances[0].headDuties).toEqual([
        { agencyId: w.agency.id, duty: 'ATTENDED' },
      ]);
      expect((await auditOf(hearing.id)).slice(-1)).toEqual([
        ['hearing.attendance_recorded', w.users.REVIEWER.id],
      ]);
    });

    it('attendance refuses bad input (400), writing nothing', async () => {
      const path = attendancePath(lawsuit, hearing);
      for (const [body, field, code] of [
        [{ ...HEAD_THERE, attendeeRole: 'HEAD' }, 'attendeeRole', undefined],
        [{ ...HEAD_THERE, identityProofSubmitted: 'yes' }, 'identityProofSubmitted', undefined],
        [{ attendeeName: '王五', attendeeTitle: '局长' }, 'attendeeRole', undefined],
        [{ attendeeRole: 'PRINCIPAL', attendeeTitle: '局长' }, 'attendeeName', 'REQUIRED'],
        [{ ...HEAD_THERE, headAttended: true }, 'headAttended', 'UNKNOWN_FIELD'],
        [{ ...STAFF_ONLY, absenceReason: 'TOO_BUSY' }, 'absenceReason', undefined],
        [{ ...HEAD_THERE, agencyId: 'agency-1' }, 'agencyId', 'INVALID_UUID'],
      ] as const) {
        const before = await countAllRows(t);
        expectFieldError(await post(officer(), path, body), field, code);
        expect(await countAllRows(t)).toEqual(before);
      }
      expectFieldError(
        await post(officer(), `/litigation-cases/${lawsuit.id}/hearings/x/attendance`, HEAD_THERE),
        'hid',
        'INVALID_UUID',
      );
      expectError(
        await post(
          officer(),
          `/litigation-cases/${lawsuit.id}/hearings/00000000-0000-4000-8000-000000000000/attendance`,
          HEAD_THERE,
        ),
        404,
        'HEARING_NOT_FOUND',
      );
    });

    it('its judgment concludes the first instance, once', async () => {
      const path = `/litigation-cases/${lawsuit.id}/judgment`;
      expectError(
        await post(liaison(), path, { kind: 'CLAIMS_REJECTED', judgedOn: '2026-03-12' }),
        403,
      );
      expectFieldError(
        await post(officer(), path, { kind: 'DRAW', judgedOn: '2026-03-12' }),
        'kind',
      );
      expectFieldError(
        await post(officer(), path, { outcome: 'AGENCY_WON', judgedOn: '2026-03-12' }),
        'outcome',
        'UNKNOWN_FIELD',
      );
      expectFieldError(
        await post(officer(), path, { kind: 'CLAIMS_REJECTED', judgedOn: '2026-02-19' }),
        'judgedOn',
        'DATE_OUT_OF_ORDER',
      );
      expectFieldError(
        await post(officer(), path, { kind: 'CLAIMS_REJECTED', judgedOn: '2026-03-13' }),
        'judgedOn',
      );
      // A first instance is not remanded (ALL Art. 89): that is a ruling of the appeal.
      const remand = await refusedWithoutWriting(
        () => post(officer(), path, { kind: 'REMANDED', judgedOn: '2026-03-12' }),
        400,
        'VALIDATION_FAILED',
        lawsuit.id,
      );
      expect(remand.details).toEqual([
        expect.objectContaining({ field: 'kind', code: 'REMAND_ONLY_ON_APPEAL' }),
      ]);
      const before = await read(lawsuit.id);
      const res = await post(officer(), path, { kind: 'CLAIMS_REJECTED', judgedOn: '2026-03-12' });
      expectStatus(res, 200);
      const judged = res.body as LawsuitBody;
      expect(judged.version).toBe(before.version + 1);
      expect(judged.instances).toEqual([
        {
          ...before.instances[0],
          judgment: 'CLAIMS_REJECTED',
          judgedOn: '2026-03-12',
        },
      ]);
      expect(judged.hearings.map((h) => h.id)).toEqual([hearing.id]);
      expect((await auditOf(lawsuit.id)).slice(-1)).toEqual([
        ['litigation.judged', w.users.OFFICER.id],
      ]);
      await refusedWithoutWriting(
        () => post(w.tokens.REVIEWER, path, { kind: 'REVOKED', judgedOn: '2026-03-12' }),
        409,
        'LITIGATION_CONCLUDED',
        lawsuit.id,
      );
      const again = await read(lawsuit.id, liaison());
      expect(again.instances[0]).toMatchObject({
        judgment: 'CLAIMS_REJECTED',
        judgedOn: '2026-03-12',
      });
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
      const lawsuit = await createLawsuit({ defendantAgencyIds: [agency.id] });
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
      const listed = await letters(officer(), `hearingId=${hearing.id}`);
      const newLetter = listed.find((l) => l.kind === 'LETTER' && l.hearingAt === iso(NEW));
      expect(newLetter?.text).toContain('2026年4月20日9时30分在第五法庭');
      // The letter for the old time lists as superseded; those for the new time do not.
      expect(listed.map((l) => `${l.kind} ${l.hearingAt} ${l.superseded}`).sort()).toEqual([
        `EVE_NOTICE ${iso(NEW)} false`,
        `LETTER ${iso(OLD)} true`,
        `LETTER ${iso(NEW)} false`,
      ]);
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
      await refusedWithoutWriting(
        () => post(officer(), `${path}/attendance`, STAFF_ONLY),
        409,
        'HEARING_CANCELLED',
        lawsuit.id,
      );
      // The letter issued for the cancelled hearing no longer holds.
      const [letter] = await letters(officer(), `hearingId=${before.id}`);
      expect(letter).toMatchObject({ kind: 'LETTER', hearingAt: iso('2026-06-10T09:30:00+08:00') });
      expect(letter.superseded).toBe(true);
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
          STAFF_ONLY,
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

  describe('co-defendants after an upheld reconsideration (ALL Art. 26 ¶2; SPC 2018 Arts. 133–134)', () => {
    const NOW = '2026-08-03T09:00:00+08:00';
    const AT = '2026-08-13T09:30:00+08:00';
    const LETTER_AT = '2026-08-06T09:30:00+08:00';
    const EVE_AT = '2026-08-12T09:30:00+08:00';
    let lawsuit: LawsuitBody;
    let hearing: HearingBody;

    const suedOver = (
      c: CaseBody,
      defendantAgencyIds: string[],
      token = officer(),
    ): PromiseLike<Response> =>
      post(
        token,
        '/litigation-cases',
        lawsuitBody({ reconsiderationCaseId: c.id, defendantAgencyIds, filedOn: '2026-08-01' }),
      );

    beforeAll(() => {
      t.clock.set(NOW);
    });

    it('the cases were decided as the tests need them', () => {
      expect(upheld).toMatchObject({
        status: 'DECIDED',
        outcome: 'UPHOLD',
        respondentId: w.agency.id,
      });
      expect(revoked).toMatchObject({
        status: 'DECIDED',
        outcome: 'REVOKE',
        respondentId: w.agency.id,
      });
      expect(organ.kind).toBe('RECONSIDERATION_ORGAN');
    });

    it('a second reconsideration organ is refused (409 ORGAN_EXISTS)', async () => {
      await refusedWithoutWriting(
        () =>
          t
            .http()
            .post(`${API}/agencies`)
            .set('authorization', bearer(f.adminToken))
            .send({
              name: unique('区人民政府'),
              kind: 'RECONSIDERATION_ORGAN',
              headName: '吴某',
              headTitle: '区长',
            }),
        409,
        'ORGAN_EXISTS',
      );
    });

    it('the original agency alone, or the organ alone, is refused (400 CO_DEFENDANTS_REQUIRED), nothing written', async () => {
      for (const defendants of [[w.agency.id], [organ.id], [w.agency.id, otherAgency.id]]) {
        const err = await refusedWithoutWriting(
          () => suedOver(upheld, defendants),
          400,
          'VALIDATION_FAILED',
        );
        expect(err.details).toEqual([
          expect.objectContaining({ field: 'defendantAgencyIds', code: 'CO_DEFENDANTS_REQUIRED' }),
        ]);
      }
    });

    it('after a revoking decision the organ alone is the defendant (400 ORGAN_ALONE_DEFENDANT)', async () => {
      for (const defendants of [[w.agency.id], [w.agency.id, organ.id]]) {
        const err = await refusedWithoutWriting(
          () => suedOver(revoked, defendants),
          400,
          'VALIDATION_FAILED',
        );
        expect(err.details).toEqual([
          expect.objectContaining({ field: 'defendantAgencyIds', code: 'ORGAN_ALONE_DEFENDANT' }),
        ]);
      }
      const res = await suedOver(revoked, [organ.id]);
      expectStatus(res, 201);
      expect((res.body as LawsuitBody).defendants).toEqual([
        { agencyId: organ.id, name: organ.name },
      ]);
    });

    it('the agency and the organ sued together: both defendants, in order, each with its duty', async () => {
      const res = await suedOver(upheld, [w.agency.id, organ.id], w.tokens.REVIEWER);
      expectStatus(res, 201);
      lawsuit = res.body as LawsuitBody;
      expect(lawsuit).toMatchObject({
        defendants: [
          { agencyId: w.agency.id, name: w.agency.name },
          { agencyId: organ.id, name: organ.name },
        ],
        reconsiderationCaseId: upheld.id,
        filedOn: '2026-08-01',
        version: 1,
      });
      expect(lawsuit.instances).toHaveLength(1);
      expect(lawsuit.instances[0].headDuties).toEqual([
        { agencyId: w.agency.id, duty: null },
        { agencyId: organ.id, duty: null },
      ]);
      expect(await auditOf(lawsuit.id)).toEqual([['litigation.created', w.users.REVIEWER.id]]);
      // Listed under either defendant.
      for (const agencyId of [w.agency.id, organ.id]) {
        const page = (await get(officer(), `/litigation-cases?agencyId=${agencyId}&limit=100`))
          .body as PageBody<LawsuitBody>;
        expect(page.items.map((l) => l.id)).toContain(lawsuit.id);
      }
      // The agency's liaison sees it; another agency's does not.
      expectStatus(await get(liaison(), `/litigation-cases/${lawsuit.id}`), 200);
      expectError(await get(otherLiaison, `/litigation-cases/${lawsuit.id}`), 404);
    });

    it('a hearing has an appearance and plans a LETTER and an EVE_NOTICE for each defendant', async () => {
      hearing = await schedule(lawsuit.id, AT);
      expect(hearing.appearances).toEqual([
        nothingRecorded(w.agency.id),
        nothingRecorded(organ.id),
      ]);
      const rows = await t.db.query<{ agency_id: string; kind: string; send_at: Date }[]>(
        `SELECT agency_id, kind::text, send_at FROM reminder_letters
          WHERE hearing_id = $1 AND status = 'PENDING'`,
        [hearing.id],
      );
      const planned = rows
        .map(
          (r) =>
            `${r.agency_id === organ.id ? 'organ' : 'agency'} ${r.kind} ${r.send_at.toISOString()}`,
        )
        .sort();
      expect(planned).toEqual([
        `agency EVE_NOTICE ${iso(EVE_AT)}`,
        `agency LETTER ${iso(LETTER_AT)}`,
        `organ EVE_NOTICE ${iso(EVE_AT)}`,
        `organ LETTER ${iso(LETTER_AT)}`,
      ]);
    });

    it('each defendant gets its own LETTER and EVE_NOTICE, addressed to its own head', async () => {
      await sweepAt(LETTER_AT);
      expect(await issued(hearing.id)).toEqual({ LETTER: 2, EVE_NOTICE: 0 });
      await sweepAt(EVE_AT);
      await reminders.issueDue();
      expect(await issued(hearing.id)).toEqual({ LETTER: 2, EVE_NOTICE: 2 });
      expect(await outboxCount(hearing.id)).toBe(4);
      const all = await letters(officer(), `hearingId=${hearing.id}`);
      for (const a of [w.agency, organ]) {
        const own = all.filter((l) => l.agencyId === a.id);
        expect(own.map((l) => [l.kind, l.superseded]).sort()).toEqual([
          ['EVE_NOTICE', false],
          ['LETTER', false],
        ]);
        for (const l of own) expect(l.recipient).toBe(`${a.name}${a.headTitle}${a.headName}`);
        const letter = own.find((l) => l.kind === 'LETTER')!;
        expect(letter.text).toContain(`${a.name}：`);
        expect(letter.text).toContain(`张三诉${a.name}行政处罚一案`);
        expect(letter.text).toContain(`请${a.headTitle}${a.headName}`);
        const eve = own.find((l) => l.kind === 'EVE_NOTICE')!;
        expect(eve.text).toContain(`【开庭提醒】${a.name}${a.headName}${a.headTitle}：`);
      }
      // The organ's head is not the agency's: 周区长 is named in the organ's letters only.
      expect(
        all.filter((l) => l.text.includes(organ.headName)).every((l) => l.agencyId === organ.id),
      ).toBe(true);
      // The agency's liaison sees its own two letters, not the organ's.
      const seen = await letters(liaison(), `hearingId=${hearing.id}`);
      expect(seen.map((l) => l.agencyId)).toEqual([w.agency.id, w.agency.id]);
    });

    it('after the hearing: which defendant must be said (DEFENDANT_REQUIRED), and a defendant it must be (NOT_A_DEFENDANT)', async () => {
      t.clock.set('2026-08-13T12:00:00+08:00');
      const required = await refusedWithoutWriting(
        () => post(officer(), attendancePath(lawsuit, hearing), HEAD_THERE),
        400,
        'VALIDATION_FAILED',
        lawsuit.id,
      );
      expect(required.details).toEqual([
        expect.objectContaining({ field: 'agencyId', code: 'DEFENDANT_REQUIRED' }),
      ]);
      const stranger = await refusedWithoutWriting(
        () =>
          post(officer(), attendancePath(lawsuit, hearing), {
            agencyId: otherAgency.id,
            ...HEAD_THERE,
          }),
        400,
        'VALIDATION_FAILED',
        lawsuit.id,
      );
      expect(stranger.details).toEqual([
        expect.objectContaining({ field: 'agencyId', code: 'NOT_A_DEFENDANT' }),
      ]);
      await refusedWithoutWriting(
        () =>
          post(liaison(), attendancePath(lawsuit, hearing), {
            agencyId: w.agency.id,
            ...HEAD_THERE,
          }),
        403,
        'FORBIDDEN',
        lawsuit.id,
      );
    });

    it("each defendant's appearance is its own; one unrecorded raises the ATTENDANCE alert", async () => {
      let h = await attend(lawsuit, hearing, { agencyId: w.agency.id, ...STAFF_ONLY });
      expect(h.appearances.map((a) => [a.agencyId, a.appearance])).toEqual([
        [w.agency.id, 'ABSENT'],
        [organ.id, null],
      ]);
      const attendanceAlerts = (): Promise<{ due_on: string }[]> =>
        t.db.query(
          `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM alerts
            WHERE hearing_id = $1 AND deadline = 'ATTENDANCE'`,
          [hearing.id],
        );
      await alerts.raise(new Date('2026-08-14T09:29:00+08:00'));
      expect(await attendanceAlerts()).toEqual([]);
      await alerts.raise(new Date('2026-08-14T09:30:00+08:00'));
      expect(await attendanceAlerts()).toEqual([{ due_on: '2026-08-14' }]);

      h = await attend(lawsuit, hearing, {
        agencyId: organ.id,
        attendeeRole: 'DEPUTY',
        attendeeName: '郑副区长',
        attendeeTitle: '副区长',
        identityProofSubmitted: true,
      });
      expect(h.appearances.map((a) => [a.agencyId, a.appearance, a.attendeeName])).toEqual([
        [w.agency.id, 'ABSENT', '孙八'],
        [organ.id, 'ATTENDED', '郑副区长'],
      ]);
      const l = await read(lawsuit.id);
      expect(l.instances[0].headDuties).toEqual([
        { agencyId: w.agency.id, duty: 'ABSENT' },
        { agencyId: organ.id, duty: 'ATTENDED' },
      ]);
      const audit = await t.db.query<{ action: string; agency: string }[]>(
        `SELECT action, after->>'agencyId' AS agency FROM audit_log
          WHERE entity_id = $1 AND action = 'hearing.attendance_recorded' ORDER BY id`,
        [hearing.id],
      );
      expect(audit.map((a) => a.agency)).toEqual([w.agency.id, organ.id]);
    });
  });

  describe('attendance as the court counts it (SPC 2020)', () => {
    const NOW = '2026-08-20T09:00:00+08:00';

    /** A lawsuit against the world's agency with hearings already held at `times`. */
    async function heldHearings(...times: string[]): Promise<[LawsuitBody, HearingBody[]]> {
      const l = await createLawsuit({ filedOn: '2026-08-01' });
      const hs: HearingBody[] = [];
      for (const at of times) hs.push(await schedule(l.id, at));
      return [l, hs];
    }

    const duty = async (l: LawsuitBody, seq = 1): Promise<Appearance | null> =>
      (await read(l.id)).instances[seq - 1].headDuties[0].duty;

    beforeAll(() => {
      t.clock.set(NOW);
    });

    it('a head without identity proof is deemed absent (SPC 2020 Art. 6 ¶2)', async () => {
      const [l, [h]] = await heldHearings('2026-08-19T09:30:00+08:00');
      const noProof = await attend(l, h, {
        attendeeRole: 'PRINCIPAL',
        attendeeName: '王五',
        attendeeTitle: '局长',
      });
      expect(noProof.appearances[0]).toMatchObject({
        attendeeRole: 'PRINCIPAL',
        identityProofSubmitted: false,
        appearance: 'ABSENT',
      });
      expect(await duty(l)).toBe('ABSENT');
      const withProof = await attend(l, h, HEAD_THERE);
      expect(withProof.appearances[0]).toMatchObject({
        identityProofSubmitted: true,
        appearance: 'ATTENDED',
      });
      expect(await duty(l)).toBe('ATTENDED');
    });

    it("an entrusted body's head is not the agency's head, proof or not (SPC 2020 Art. 2 ¶2)", async () => {
      const [l, [h]] = await heldHearings('2026-08-19T10:30:00+08:00');
      const res = await attend(l, h, {
        attendeeRole: 'ENTRUSTED_OR_SUBORDINATE_HEAD',
        attendeeName: '冯某',
        attendeeTitle: '执法大队队长',
        identityProofSubmitted: true,
      });
      expect(res.appearances[0]).toMatchObject({
        attendeeRole: 'ENTRUSTED_OR_SUBORDINATE_HEAD',
        // Proof of a head only: of anyone else it is not kept.
        identityProofSubmitted: false,
        appearance: 'ABSENT',
      });
      expect(await duty(l)).toBe('ABSENT');
    });

    it('excused needs a reason of Art. 8 AND its proof (SPC 2020 Arts. 8–9)', async () => {
      const [l, [h]] = await heldHearings('2026-08-19T11:30:00+08:00');
      const reasonOnly = await attend(l, h, { ...STAFF_ONLY, absenceReason: 'IRREPLACEABLE_DUTY' });
      expect(reasonOnly.appearances[0]).toMatchObject({
        absenceReason: 'IRREPLACEABLE_DUTY',
        absenceProof: null,
        appearance: 'ABSENT',
      });
      expect(await duty(l)).toBe('ABSENT');
      const proven = await attend(l, h, {
        ...STAFF_ONLY,
        absenceReason: 'IRREPLACEABLE_DUTY',
        absenceProof: '区政府常务会议通知（加盖公章）',
      });
      expect(proven.appearances[0]).toMatchObject({
        attendeeRole: 'STAFF',
        attendeeName: '孙八',
        absenceReason: 'IRREPLACEABLE_DUTY',
        absenceProof: '区政府常务会议通知（加盖公章）',
        appearance: 'EXCUSED',
      });
      // Excused at the only hearing held: the instance counts excused, apart from absent.
      expect(await duty(l)).toBe('EXCUSED');
      // Nobody there at all, force majeure proven: excused too.
      const nobody = await attend(l, h, {
        attendeeRole: null,
        absenceReason: 'FORCE_MAJEURE',
        absenceProof: '台风红色预警停课停工通知',
      });
      expect(nobody.appearances[0]).toMatchObject({
        attendeeRole: null,
        attendeeName: null,
        attendeeTitle: null,
        appearance: 'EXCUSED',
      });
    });

    it('refuses an absence excused while a head appeared, and a proof without its reason (400)', async () => {
      const [l, [h]] = await heldHearings('2026-08-19T14:30:00+08:00');
      for (const [body, code] of [
        [{ ...HEAD_THERE, absenceReason: 'ACCIDENT' }, 'ABSENCE_WITH_HEAD_PRESENT'],
        [{ ...STAFF_ONLY, absenceProof: '情况说明' }, 'ABSENCE_REASON_REQUIRED'],
      ] as const) {
        const err = await refusedWithoutWriting(
          () => post(officer(), attendancePath(l, h), body),
          400,
          'VALIDATION_FAILED',
          l.id,
        );
        expect(err.details).toEqual([expect.objectContaining({ field: 'absenceReason', code })]);
      }
    });

    describe('an instance with three hearings', () => {
      let l: LawsuitBody;
      let hs: HearingBody[];

      beforeAll(async () => {
        [l, hs] = await heldHearings(
          '2026-08-10T09:30:00+08:00',
          '2026-08-12T09:30:00+08:00',
          '2026-08-14T09:30:00+08:00',
        );
      });

      it('attended once of three: ATTENDED for the instance, 1 of 3 per hearing (SPC 2020 Art. 7 ¶1)', async () => {
        expect(await duty(l)).toBe('ABSENT'); // held, nothing recorded
        await attend(l, hs[0], STAFF_ONLY);
        expect(await duty(l)).toBe('ABSENT');
        await attend(l, hs[1], HEAD_THERE);
        expect(await duty(l)).toBe('ATTENDED');
        await attend(l, hs[2], STAFF_ONLY);
        const read3 = await read(l.id);
        expect(read3.hearings.map((h) => h.appearances[0].appearance)).toEqual([
          'ABSENT',
          'ATTENDED',
          'ABSENT',
        ]);
        expect(read3.instances[0].headDuties).toEqual([
          { agencyId: w.agency.id, duty: 'ATTENDED' },
        ]);
      });

      it("the court's notice: served on the 7th for the 10th is timely, on the 8th not (SPC 2020 Art. 5 ¶2)", async () => {
        const path = `/litigation-cases/${l.id}/hearings/${hs[0].id}/court-notices`;
        let res = await post(officer(), path, { agencyId: w.agency.id, servedOn: '2026-08-07' });
        expectStatus(res, 200);
        expect((res.body as HearingBody).appearances[0]).toMatchObject({
          courtNoticeServedOn: '2026-08-07',
          courtNoticeTimely: true,
          appearance: 'ABSENT',
        });
        res = await post(officer(), path, { agencyId: w.agency.id, servedOn: '2026-08-08' });
        expectStatus(res, 200);
        expect((res.body as HearingBody).appearances[0]).toMatchObject({
          courtNoticeServedOn: '2026-08-08',
          courtNoticeTimely: false,
        });
        expect((await auditOf(hs[0].id)).map(([a]) => a)).toEqual([
          'hearing.scheduled',
          'hearing.attendance_recorded',
          'hearing.court_notice_recorded',
          'hearing.court_notice_recorded',
        ]);
        // A notice for a hearing before the one attended asks nothing more (Art. 7 ¶1).
        expect(await duty(l)).toBe('ATTENDED');
      });

      it('noticed to appear again after attending, and absent: ABSENT for the instance (SPC 2020 Art. 7 ¶1, the exception)', async () => {
        const path = `/litigation-cases/${l.id}/hearings/${hs[2].id}/court-notices`;
        const res = await post(officer(), path, { agencyId: w.agency.id, servedOn: '2026-08-11' });
        expectStatus(res, 200);
        expect((res.body as HearingBody).appearances[0]).toMatchObject({
          courtNoticeServedOn: '2026-08-11',
          courtNoticeTimely: true,
          appearance: 'ABSENT',
        });
        expect(await duty(l)).toBe('ABSENT');
        // Excused at the hearing noticed again: the duty is fulfilled after all (Arts. 7–9).
        await attend(l, hs[2], {
          ...STAFF_ONLY,
          absenceReason: 'ACCIDENT',
          absenceProof: '医院诊断证明（加盖公章）',
        });
        expect(await duty(l)).toBe('ATTENDED');
      });

      it('court notices refuse a day ahead, a stranger and a liaison, writing nothing', async () => {
        const path = `/litigation-cases/${l.id}/hearings/${hs[2].id}/court-notices`;
        expectFieldError(
          await post(officer(), path, { agencyId: w.agency.id, servedOn: '2026-08-21' }),
          'servedOn',
        );
        const err = await refusedWithoutWriting(
          () => post(officer(), path, { agencyId: otherAgency.id, servedOn: '2026-08-11' }),
          400,
          'VALIDATION_FAILED',
          l.id,
        );
        expect(err.details).toEqual([
          expect.objectContaining({ field: 'agencyId', code: 'NOT_A_DEFENDANT' }),
        ]);
        await refusedWithoutWriting(
          () => post(liaison(), path, { agencyId: w.agency.id, servedOn: '2026-08-11' }),
          403,
          'FORBIDDEN',
          l.id,
        );
      });

      describe('and its appeal (SPC 2020 Art. 7 ¶2)', () => {
        const appeal = (): Record<string, unknown> => ({
          stage: 'SECOND_INSTANCE',
          court: '某市中级人民法院',
          courtCaseNumber: unique('(2026)浙01行终'),
          filedOn: '2026-09-01',
        });
        const instances = (path = ''): string => `/litigation-cases/${l.id}/instances${path}`;

        beforeAll(() => {
          t.clock.set('2026-09-01T10:00:00+08:00');
        });

        it('no appeal while the first instance is unjudged (409 INSTANCE_OPEN)', async () => {
          await refusedWithoutWriting(
            () => post(officer(), instances(), appeal()),
            409,
            'INSTANCE_OPEN',
            l.id,
          );
        });

        it('once judged, no hearing in it (409 LITIGATION_CONCLUDED), and no first instance again (409 STAGE_OUT_OF_ORDER)', async () => {
          expectStatus(
            await post(officer(), `/litigation-cases/${l.id}/judgment`, {
              kind: 'REVOKED',
              judgedOn: '2026-08-31',
            }),
            200,
          );
          await refusedWithoutWriting(
            () =>
              post(officer(), `/litigation-cases/${l.id}/hearings`, {
                scheduledAt: '2026-09-20T09:30:00+08:00',
                court: '某区人民法院',
                courtroom: '第一法庭',
              }),
            409,
            'LITIGATION_CONCLUDED',
            l.id,
          );
          await refusedWithoutWriting(
            () => post(officer(), instances(), { ...appeal(), stage: 'FIRST_INSTANCE' }),
            409,
            'STAGE_OUT_OF_ORDER',
            l.id,
          );
          expectFieldError(
            await post(officer(), instances(), { ...appeal(), filedOn: '2026-08-30' }),
            'filedOn',
            'DATE_OUT_OF_ORDER',
          );
          expectFieldError(
            await post(officer(), instances(), { ...appeal(), stage: 'THIRD_INSTANCE' }),
            'stage',
          );
          expectError(await post(liaison(), instances(), appeal()), 403);
        });

        it('the appeal opens, its duty its own: attending the first instance does not discharge it', async () => {
          const before = await read(l.id);
          const body = appeal();
          const res = await post(w.tokens.REVIEWER, instances(), body);
          expectStatus(res, 201);
          const opened = res.body as LawsuitBody;
          expect(opened.version).toBe(before.version + 1);
          expect(opened.instances).toEqual([
            before.instances[0],
            {
              id: expect.any(String),
              seq: 2,
              stage: 'SECOND_INSTANCE',
              court: '某市中级人民法院',
              courtCaseNumber: body.courtCaseNumber,
              filedOn: '2026-09-01',
              judgment: null,
              judgedOn: null,
              headDuties: [{ agencyId: w.agency.id, duty: null }],
            },
          ]);
          expect(opened.instances[0]).toMatchObject({
            judgment: 'REVOKED',
            headDuties: [{ agencyId: w.agency.id, duty: 'ATTENDED' }],
          });
          expect((await auditOf(l.id)).slice(-2)).toEqual([
            ['litigation.judged', w.users.OFFICER.id],
            ['litigation.instance_opened', w.users.REVIEWER.id],
          ]);
          // One open instance at a time.
          await refusedWithoutWriting(
            () => post(officer(), instances(), appeal()),
            409,
            'INSTANCE_OPEN',
            l.id,
          );
        });

        it("the appeal's hearings are its own, and so is its duty", async () => {
          const appealed = (await read(l.id)).instances[1];
          const h = await schedule(l.id, '2026-09-01T09:00:00+08:00');
          expect(h.instanceId).toBe(appealed.id);
          await attend(l, h, STAFF_ONLY);
          const after = await read(l.id);
          expect(after.instances.map((i) => [i.stage, i.headDuties[0].duty])).toEqual([
            ['FIRST_INSTANCE', 'ATTENDED'],
            ['SECOND_INSTANCE', 'ABSENT'],
          ]);
          expect(after.hearings.map((x) => x.instanceId)).toEqual([
            after.instances[0].id,
            after.instances[0].id,
            after.instances[0].id,
            appealed.id,
          ]);
        });

        it('an appeal may remand; then the first instance again, not a retrial', async () => {
          expectStatus(
            await post(officer(), `/litigation-cases/${l.id}/judgment`, {
              kind: 'REMANDED',
              judgedOn: '2026-09-01',
            }),
            200,
          );
          await refusedWithoutWriting(
            () => post(officer(), instances(), { ...appeal(), stage: 'RETRIAL' }),
            409,
            'STAGE_OUT_OF_ORDER',
            l.id,
          );
          const res = await post(officer(), instances(), {
            stage: 'FIRST_INSTANCE',
            court: '某区人民法院',
            courtCaseNumber: unique('(2026)浙0105行初'),
            filedOn: '2026-09-01',
          });
          expectStatus(res, 201);
          expect(
            (res.body as LawsuitBody).instances.map((i) => [i.seq, i.stage, i.judgment]),
          ).toEqual([
            [1, 'FIRST_INSTANCE', 'REVOKED'],
            [2, 'SECOND_INSTANCE', 'REMANDED'],
            [3, 'FIRST_INSTANCE', null],
          ]);
        });

        it('a court case number registered already is a conflict (409 LITIGATION_CASE_EXISTS)', async () => {
          expectStatus(
            await post(officer(), `/litigation-cases/${l.id}/judgment`, {
              kind: 'CLAIMS_REJECTED',
              judgedOn: '2026-09-01',
            }),
            200,
          );
          const taken = (await read(l.id)).instances[1];
          await refusedWithoutWriting(
            () =>
              post(officer(), instances(), {
                ...appeal(),
                court: taken.court,
                courtCaseNumber: taken.courtCaseNumber,
              }),
            409,
            'LITIGATION_CASE_EXISTS',
            l.id,
          );
        });
      });
    });
  });

  describe('judicial recommendations (司法建议)', () => {
    let lawsuit: LawsuitBody;
    let late: RecommendationBody;
    let timely: RecommendationBody;

    const recommendation = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
      agencyId: w.agency.id,
      court: '某区人民法院',
      documentNumber: unique('(2026)浙0105司建'),
      summary: '建议规范行政处罚告知程序',
      receivedOn: '2026-08-25',
      dueOn: '2026-09-09',
      ...overrides,
    });
    const path = (rid = ''): string =>
      `/litigation-cases/${lawsuit.id}/judicial-recommendations${rid && `/${rid}/answer`}`;

    beforeAll(async () => {
      t.clock.set('2026-09-10T09:00:00+08:00');
      lawsuit = await createLawsuit({ filedOn: '2026-08-20' });
    });

    it('received, past its due day unanswered: overdue; due later: not', async () => {
      const body = recommendation();
      let res = await post(officer(), path(), body);
      expectStatus(res, 201);
      late = res.body as RecommendationBody;
      expect(late).toEqual({
        id: expect.any(String),
        litigationCaseId: lawsuit.id,
        ...body,
        answeredOn: null,
        answer: null,
        overdue: true,
        version: 1,
      });
      res = await post(
        w.tokens.REVIEWER,
        path(),
        recommendation({ receivedOn: '2026-08-26', dueOn: '2026-09-10' }),
      );
      expectStatus(res, 201);
      timely = res.body as RecommendationBody;
      expect(timely.overdue).toBe(false); // due today: not yet late
      expect((await read(lawsuit.id)).judicialRecommendations).toEqual([late, timely]);
      expect(await auditOf(late.id)).toEqual([
        ['litigation.recommendation_received', w.users.OFFICER.id],
      ]);
      // The next day the second is late too.
      t.clock.set('2026-09-11T09:00:00+08:00');
      expect(
        (await read(lawsuit.id)).judicialRecommendations.map((r) => [r.id, r.overdue]),
      ).toEqual([
        [late.id, true],
        [timely.id, true],
      ]);
    });

    it('refuses bad recommendations (400), a liaison (403), writing nothing', async () => {
      for (const [overrides, field, code] of [
        [{ dueOn: '2026-08-24' }, 'dueOn', 'DATE_OUT_OF_ORDER'],
        [{ receivedOn: '2026-08-19' }, 'receivedOn', 'DATE_OUT_OF_ORDER'],
        [{ receivedOn: '2026-09-12', dueOn: '2026-10-12' }, 'receivedOn', undefined],
        [{ agencyId: '00000000-0000-4000-8000-000000000000' }, 'agencyId', 'UNKNOWN_AGENCY'],
        [{ summary: '' }, 'summary', undefined],
      ] as const) {
        const err = await refusedWithoutWriting(
          () => post(officer(), path(), recommendation(overrides)),
          400,
          'VALIDATION_FAILED',
          lawsuit.id,
        );
        expect(err.details).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, ...(code ? { code } : {}) })]),
        );
      }
      await refusedWithoutWriting(
        () => post(liaison(), path(), recommendation()),
        403,
        'FORBIDDEN',
        lawsuit.id,
      );
    });

    it('answered: no longer overdue; answered twice: 409 RECOMMENDATION_ANSWERED', async () => {
      const res = await post(officer(), path(late.id), {
        answeredOn: '2026-09-11',
        answer: '已修订行政处罚告知书格式并组织培训',
      });
      expectStatus(res, 200);
      expect(res.body).toEqual({
        ...late,
        answeredOn: '2026-09-11',
        answer: '已修订行政处罚告知书格式并组织培训',
        overdue: false,
        version: 2,
      });
      expect((await read(lawsuit.id)).judicialRecommendations[0]).toEqual(res.body);
      expect(await auditOf(late.id)).toEqual([
        ['litigation.recommendation_received', w.users.OFFICER.id],
        ['litigation.recommendation_answered', w.users.OFFICER.id],
      ]);
      await refusedWithoutWriting(
        () =>
          post(w.tokens.REVIEWER, path(late.id), { answeredOn: '2026-09-11', answer: '再次回复' }),
        409,
        'RECOMMENDATION_ANSWERED',
        lawsuit.id,
      );
    });

    it('an answer refuses a day before receipt, an unknown recommendation and a liaison', async () => {
      expectFieldError(
        await post(officer(), path(timely.id), { answeredOn: '2026-08-24', answer: '回复' }),
        'answeredOn',
        'DATE_OUT_OF_ORDER',
      );
      await refusedWithoutWriting(
        () =>
          post(officer(), path('00000000-0000-4000-8000-000000000000'), {
            answeredOn: '2026-09-11',
            answer: '回复',
          }),
        404,
        'JUDICIAL_RECOMMENDATION_NOT_FOUND',
      );
      await refusedWithoutWriting(
        () => post(liaison(), path(timely.id), { answeredOn: '2026-09-11', answer: '回复' }),
        403,
        'FORBIDDEN',
        lawsuit.id,
      );
      expect((await read(lawsuit.id)).judicialRecommendations[1]).toMatchObject({
        answeredOn: null,
        overdue: true,
      });
    });
  });
});
