/**
 * Property-based bad input at the write routes of litigation response (lawsuits, instances,
 * hearings, court notices, attendance, judgments, judicial recommendations and their answers),
 * reminder letters, alerts and statistics snapshots: never a 5xx, the error shape of
 * docs/architecture.md, nothing written. Generators and checks: test/support/fuzz.ts.
 */
import { AbsenceReason, AttendeeRole } from '../src/litigation/hearing.enums';
import { JudgmentKind, LitigationStage } from '../src/litigation/litigation-case.enums';
import { RemindersService } from '../src/reminders/reminders.service';
import { bearer, expectStatus, Fixtures, lawsuitBody, World } from './support/fixtures';
import {
  conditional,
  date,
  FieldSpec,
  FuzzContext,
  fuzzWriteRoute,
  oneOf,
  Target,
  text,
  uuid,
  WriteRoute,
} from './support/fuzz';
import { startApp, TestApp, unique } from './support/test-app';

const API = '/api/v1';
const TODAY = '2026-04-15T10:00:00+08:00';

let t: TestApp;
let w: World;
/** A second defendant, beside the world's agency. */
let coDefendant: string;
const ctx = (): FuzzContext => ({ t });

interface Ref {
  id: string;
  hid?: string;
  rid?: string;
}

async function post(token: string, path: string, body: object, status: number): Promise<unknown> {
  const res = await t.http().post(`${API}${path}`).set('authorization', bearer(token)).send(body);
  expectStatus(res, status);
  return res.body;
}

const officer = (): string => w.tokens.OFFICER;

const validLawsuit = (): Record<string, unknown> =>
  lawsuitBody(w.agency.id, { filedOn: '2026-04-01' });

async function lawsuit(): Promise<Ref> {
  const l = (await post(officer(), '/litigation-cases', validLawsuit(), 201)) as { id: string };
  return { id: l.id };
}
/** A hearing at `scheduledAt` of a new lawsuit against the world's agency (and `coDefendant`). */
async function withHearing(scheduledAt: string, coDefendant?: string): Promise<Ref> {
  const { id } = coDefendant
    ? ((await post(
        officer(),
        '/litigation-cases',
        lawsuitBody([w.agency.id, coDefendant], { filedOn: '2026-04-01' }),
        201,
      )) as { id: string })
    : await lawsuit();
  const h = (await post(
    officer(),
    `/litigation-cases/${id}/hearings`,
    { scheduledAt, court: '某区人民法院', courtroom: '第三法庭' },
    201,
  )) as { id: string };
  return { id, hid: h.id };
}
/** A lawsuit whose first instance is judged: an appeal may open. */
async function judged(): Promise<Ref> {
  const { id } = await lawsuit();
  await post(
    officer(),
    `/litigation-cases/${id}/judgment`,
    { kind: 'CLAIMS_REJECTED', judgedOn: '2026-04-10' },
    200,
  );
  return { id };
}
async function recommendation(): Promise<Ref> {
  const { id } = await lawsuit();
  const r = (await post(
    officer(),
    `/litigation-cases/${id}/judicial-recommendations`,
    validRecommendation(),
    201,
  )) as { id: string };
  return { id, rid: r.id };
}
const validRecommendation = (): Record<string, unknown> => ({
  agencyId: w.agency.id,
  court: '某区人民法院',
  documentNumber: '(2026)浙0105司建3号',
  summary: '建议规范行政处罚告知程序',
  receivedOn: '2026-04-10',
  dueOn: '2026-06-10',
});
async function letter(): Promise<Ref> {
  const { hid } = await withHearing('2026-04-20T09:30:00+08:00');
  await t.app.get(RemindersService).issueDue();
  const [row] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM reminder_letters WHERE hearing_id = $1 AND status = 'ISSUED' LIMIT 1`,
    [hid],
  );
  if (!row) throw new Error('the sweep issued no letter');
  return { id: row.id };
}

const instant = (name: string, required = true): FieldSpec => ({
  name,
  kind: { t: 'instant' },
  required,
  nullable: !required,
});

const routes: WriteRoute<Ref>[] = [
  {
    method: 'POST',
    route: '/litigation-cases',
    token: officer,
    target: new Target(() => Promise.resolve({ id: '' })),
    url: () => `${API}/litigation-cases`,
    valid: validLawsuit,
    keepsTarget: true,
    fields: [
      text('court', 100),
      text('courtCaseNumber', 100),
      text('plaintiff', 200),
      {
        name: 'defendantAgencyIds',
        kind: { t: 'strings', maxItems: 10, maxLength: 36 },
        required: true,
      },
      text('cause', 2000),
      uuid('reconsiderationCaseId', false),
      date('filedOn'),
    ],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/hearings',
    token: officer,
    target: new Target(lawsuit),
    url: (x) => `${API}/litigation-cases/${x.id}/hearings`,
    valid: () => ({
      scheduledAt: '2026-04-20T09:30:00+08:00',
      court: '某区人民法院',
      courtroom: '第三法庭',
    }),
    fields: [instant('scheduledAt'), text('court', 100), text('courtroom', 100)],
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'PATCH',
    route: '/litigation-cases/:id/hearings/:hid',
    token: officer,
    target: new Target(() => withHearing('2026-04-20T09:30:00+08:00')),
    url: (x) => `${API}/litigation-cases/${x.id}/hearings/${x.hid}`,
    valid: () => ({ scheduledAt: '2026-04-21T14:00:00+08:00', courtroom: '第五法庭' }),
    fields: [
      instant('scheduledAt'),
      oneOf('status', ['CANCELLED'], false),
      text('courtroom', 100, false),
    ],
    params: ['id', 'hid'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/hearings/:hid/court-notices',
    token: officer,
    target: new Target(() => withHearing('2026-04-14T09:30:00+08:00')),
    url: (x) => `${API}/litigation-cases/${x.id}/hearings/${x.hid}/court-notices`,
    valid: () => ({ agencyId: w.agency.id, servedOn: '2026-04-10' }),
    fields: [uuid('agencyId'), date('servedOn')],
    params: ['id', 'hid'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/hearings/:hid/attendance',
    token: officer,
    // Two defendants: which one the record is for must be said (DEFENDANT_REQUIRED).
    target: new Target(() => withHearing('2026-04-14T09:30:00+08:00', coDefendant)),
    url: (x) => `${API}/litigation-cases/${x.id}/hearings/${x.hid}/attendance`,
    valid: () => ({
      agencyId: w.agency.id,
      attendeeRole: 'PRINCIPAL',
      attendeeName: '王五',
      attendeeTitle: '局长',
      identityProofSubmitted: true,
    }),
    fields: [
      uuid('agencyId'),
      // null is a value of its own (nobody appeared), not an absent field.
      conditional(oneOf('attendeeRole', Object.values(AttendeeRole))),
      conditional(text('attendeeName', 50)),
      conditional(text('attendeeTitle', 50)),
      { name: 'identityProofSubmitted', kind: { t: 'bool' }, required: false, nullable: true },
      oneOf('absenceReason', Object.values(AbsenceReason), false),
      text('absenceProof', 500, false),
    ],
    params: ['id', 'hid'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/judgment',
    token: officer,
    target: new Target(lawsuit),
    url: (x) => `${API}/litigation-cases/${x.id}/judgment`,
    valid: () => ({ kind: 'CLAIMS_REJECTED', judgedOn: '2026-04-14' }),
    fields: [oneOf('kind', Object.values(JudgmentKind)), date('judgedOn')],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/instances',
    token: officer,
    target: new Target(judged),
    url: (x) => `${API}/litigation-cases/${x.id}/instances`,
    valid: () => ({
      stage: 'SECOND_INSTANCE',
      court: '某市中级人民法院',
      courtCaseNumber: unique('(2026)浙01行终'),
      filedOn: '2026-04-14',
    }),
    fields: [
      oneOf('stage', Object.values(LitigationStage)),
      text('court', 100),
      text('courtCaseNumber', 100),
      date('filedOn'),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/judicial-recommendations',
    token: officer,
    target: new Target(lawsuit),
    url: (x) => `${API}/litigation-cases/${x.id}/judicial-recommendations`,
    valid: validRecommendation,
    fields: [
      uuid('agencyId'),
      text('court', 100),
      text('documentNumber', 100),
      text('summary', 2000),
      date('receivedOn'),
      date('dueOn'),
    ],
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/judicial-recommendations/:rid/answer',
    token: officer,
    target: new Target(recommendation),
    url: (x) => `${API}/litigation-cases/${x.id}/judicial-recommendations/${x.rid}/answer`,
    valid: () => ({ answeredOn: '2026-04-14', answer: '已修订行政处罚告知书格式并组织培训' }),
    fields: [date('answeredOn'), text('answer', 2000)],
    params: ['id', 'rid'],
  },
  {
    method: 'POST',
    route: '/reminder-letters/:id/acknowledgement',
    token: officer,
    target: new Target(letter),
    url: (x) => `${API}/reminder-letters/${x.id}/acknowledgement`,
    valid: () => ({ attendeeName: '王五', attendeeTitle: '局长' }),
    fields: [text('attendeeName', 50), text('attendeeTitle', 50)],
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'POST',
    route: '/alerts/:id/acknowledgement',
    token: officer,
    // No alert exists here (no job runs): any id is unknown, every body is ignored.
    target: new Target(() => Promise.resolve({ id: '0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d' })),
    url: (x) => `${API}/alerts/${x.id}/acknowledgement`,
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'POST',
    route: '/statistics/snapshots',
    token: () => w.tokens.ADMIN,
    target: new Target(() => Promise.resolve({ id: '' })),
    url: () => `${API}/statistics/snapshots`,
    valid: () => ({ period: '2026-03' }),
    keepsTarget: true,
    fields: [
      {
        name: 'period',
        kind: {
          t: 'pattern',
          bad: ['2026-13', '2026-00', '2026-1', '26', '2026-03-01', '２０２６', '2026-', ''],
          good: ['1900', '2026', '2999-12', '0000', '9999-12'],
        },
        required: true,
      },
    ],
  },
];

describe('bad input, fuzzed: litigation, reminder letters, alerts, statistics', () => {
  beforeAll(async () => {
    t = await startApp();
    t.clock.set(TODAY);
    const fx = await Fixtures.asAdmin(t);
    w = await fx.world();
    coDefendant = (await fx.createAgency()).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const r of routes) fuzzWriteRoute(ctx, r as unknown as WriteRoute);
});
