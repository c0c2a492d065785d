/**
 * Property-based bad input at the write routes of litigation response (lawsuits, hearings,
 * attendance, judgments), reminder letters, alerts and statistics snapshots: never a 5xx, the
 * error shape of docs/architecture.md, nothing written. Generators and checks: test/support/fuzz.ts.
 */
import { JudgmentOutcome } from '../src/litigation/litigation-case.enums';
import { RemindersService } from '../src/reminders/reminders.service';
import { bearer, buildWorld, expectStatus, lawsuitBody, World } from './support/fixtures';
import {
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
import { startApp, TestApp } from './support/test-app';

const API = '/api/v1';
const TODAY = '2026-04-15T10:00:00+08:00';

let t: TestApp;
let w: World;
const ctx = (): FuzzContext => ({ t });

interface Ref {
  id: string;
  hid?: string;
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
async function withHearing(scheduledAt: string): Promise<Ref> {
  const { id } = await lawsuit();
  const h = (await post(
    officer(),
    `/litigation-cases/${id}/hearings`,
    { scheduledAt, court: '某区人民法院', courtroom: '第三法庭' },
    201,
  )) as { id: string };
  return { id, hid: h.id };
}
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
      uuid('defendantAgencyId'),
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
    route: '/litigation-cases/:id/hearings/:hid/attendance',
    token: officer,
    target: new Target(() => withHearing('2026-04-14T09:30:00+08:00')),
    url: (x) => `${API}/litigation-cases/${x.id}/hearings/${x.hid}/attendance`,
    valid: () => ({ headAttended: true, attendeeName: '王五', attendeeTitle: '局长' }),
    fields: [
      { name: 'headAttended', kind: { t: 'bool' }, required: true },
      text('attendeeName', 50),
      text('attendeeTitle', 50),
    ],
    params: ['id', 'hid'],
  },
  {
    method: 'POST',
    route: '/litigation-cases/:id/judgment',
    token: officer,
    target: new Target(lawsuit),
    url: (x) => `${API}/litigation-cases/${x.id}/judgment`,
    valid: () => ({ outcome: 'AGENCY_WON', judgedOn: '2026-04-14' }),
    fields: [oneOf('outcome', Object.values(JudgmentOutcome)), date('judgedOn')],
    params: ['id'],
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
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const r of routes) fuzzWriteRoute(ctx, r as unknown as WriteRoute);
});
