/**
 * Property-based bad input at every write route of reconsideration cases: registration, supplement
 * requests, acceptance, pre-case mediation, and review (assignment, suspension, resumption,
 * extension, termination, decision and approval, recommendation letters). Each route acts on a
 * case in the state it applies to, so valid-looking hostile values reach the services' rules.
 * Whatever the body or the path: never a 5xx, the error shape of docs/architecture.md, nothing written (every
 * table's row count and every version unchanged). Generators and checks: test/support/fuzz.ts.
 */
import {
  ActType,
  ApplicantKind,
  Channel,
  MERITS_OUTCOMES,
  Procedure,
  TerminationReason,
} from '../src/cases/case.enums';
import {
  AgreementRuling,
  CompensationRuling,
  SuspensionGround,
} from '../src/review/proceedings.enums';
import { LetterKind } from '../src/review/recommendation-letter.enums';
import { idNumber } from './support/case-world';
import { bearer, buildWorld, expectStatus, World } from './support/fixtures';
import {
  conditional,
  date,
  FieldSpec,
  freeText,
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

interface CaseRef {
  id: string;
  rid?: string;
}

async function post(token: string, path: string, body: object, status: number): Promise<unknown> {
  const res = await t.http().post(`${API}${path}`).set('authorization', bearer(token)).send(body);
  expectStatus(res, status);
  return res.body;
}

const officer = (): string => w.tokens.OFFICER;
const reviewer = (): string => w.tokens.REVIEWER;

function application(): Record<string, unknown> {
  return {
    channel: 'AGENT_POINT',
    officeId: w.office.id,
    receivedOn: '2026-04-10',
    applicants: [
      {
        kind: 'PERSON',
        name: '孙九',
        idNumber: idNumber(),
        phone: '13800138000',
        address: '某镇某村3组',
      },
    ],
    respondentId: w.agency.id,
    act: {
      type: 'PENALTY',
      documentNumber: '某市监罚〔2026〕12号',
      actOn: '2026-03-01',
      knownOn: '2026-03-02',
      amountYuan: 2000,
      summary: '罚款二千元',
    },
    requests: '撤销行政处罚决定',
    factsAndReasons: '事实不清',
    enterpriseRelated: false,
  };
}

async function received(): Promise<CaseRef> {
  const c = (await post(officer(), '/cases', application(), 201)) as { id: string };
  return { id: c.id };
}
async function awaitingSupplement(): Promise<CaseRef> {
  const { id } = await received();
  const c = (await post(
    officer(),
    `/cases/${id}/supplement-requests`,
    { items: ['身份证复印件'], noticeServedOn: '2026-04-11' },
    201,
  )) as { supplementRequests: { id: string }[] };
  return { id, rid: c.supplementRequests[0].id };
}
async function inMediation(): Promise<CaseRef> {
  const { id } = await received();
  await post(officer(), `/cases/${id}/pre-mediation`, { mediatorName: '李调解员' }, 201);
  return { id };
}
async function underReview(): Promise<CaseRef> {
  const { id } = await received();
  await post(
    officer(),
    `/cases/${id}/acceptance`,
    { accepted: true, procedure: 'ORDINARY', acceptedOn: '2026-04-12' },
    200,
  );
  return { id };
}
async function suspended(): Promise<CaseRef> {
  const { id } = await underReview();
  await post(
    officer(),
    `/cases/${id}/suspension`,
    { ground: 'AWAITING_OTHER_CASE', reason: '等待鉴定', suspendedOn: '2026-04-13' },
    200,
  );
  return { id };
}
async function withDraft(): Promise<CaseRef> {
  const { id } = await underReview();
  await post(
    officer(),
    `/cases/${id}/decision`,
    { type: 'REVOKE', reasoning: '事实不清', legalBasis: ['第六十四条'] },
    201,
  );
  return { id };
}

const idNumberField: FieldSpec = {
  name: 'idNumber',
  kind: {
    t: 'pattern',
    bad: ['110105198001011230', '11010519800101123', '1101051980010112345', '11010519800230123X'],
    good: [idNumber('19491231', '002'), idNumber('20000229', '999')],
  },
  required: false,
  nullable: false,
};
const applicantFields: FieldSpec[] = [
  oneOf('kind', Object.values(ApplicantKind)),
  text('name', 100),
  idNumberField,
  {
    name: 'creditCode',
    kind: {
      t: 'pattern',
      bad: ['91350100M000100Y4', '91350100M000100Y44', 'IOZSV0000000000000'],
      good: ['91350100M000100Y43'],
    },
    required: false,
    nullable: false,
  },
  {
    name: 'phone',
    kind: {
      t: 'pattern',
      bad: ['123', '1380013800', '138001380000', '+8613800138000', '0571-888', ''],
      good: ['13800138000', '010-12345678-801'],
    },
    required: false,
    nullable: true,
  },
  freeText('address', 200),
];
const actFields: FieldSpec[] = [
  oneOf('type', Object.values(ActType)),
  freeText('documentNumber', 100),
  date('actOn', false),
  date('knownOn', false),
  {
    name: 'amountYuan',
    kind: { t: 'number', min: 0, max: 999_999_999_999 },
    required: false,
    nullable: true,
  },
  freeText('summary', 2000),
];

const routes: WriteRoute<CaseRef>[] = [
  {
    method: 'POST',
    route: '/cases',
    token: officer,
    target: new Target(() => Promise.resolve({ id: '' })),
    url: () => `${API}/cases`,
    valid: application,
    keepsTarget: true,
    fields: [
      oneOf('channel', Object.values(Channel)),
      // Required for AGENT_POINT only.
      conditional(uuid('officeId')),
      date('receivedOn'),
      {
        name: 'applicants',
        kind: { t: 'objects', fields: applicantFields, maxItems: 50 },
        required: true,
      },
      uuid('respondentId'),
      { name: 'act', kind: { t: 'object', fields: actFields }, required: true },
      text('requests', 5000),
      freeText('factsAndReasons', 20000),
      {
        name: 'enterpriseRelated',
        kind: { t: 'bool' },
        required: false,
        nullable: true,
      },
    ],
  },
  {
    method: 'POST',
    route: '/cases/:id/supplement-requests',
    token: officer,
    target: new Target(received),
    url: (x) => `${API}/cases/${x.id}/supplement-requests`,
    valid: () => ({ items: ['身份证复印件', '行政处罚决定书'], noticeServedOn: '2026-04-11' }),
    fields: [
      { name: 'items', kind: { t: 'strings', maxItems: 50, maxLength: 500 }, required: true },
      date('noticeServedOn'),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/supplement-requests/:rid/fulfil',
    token: officer,
    target: new Target(awaitingSupplement),
    url: (x) => `${API}/cases/${x.id}/supplement-requests/${x.rid}/fulfil`,
    valid: () => ({ receivedOn: '2026-04-12' }),
    fields: [date('receivedOn')],
    params: ['id', 'rid'],
  },
  {
    method: 'POST',
    route: '/cases/:id/acceptance',
    token: reviewer,
    target: new Target(received),
    url: (x) => `${API}/cases/${x.id}/acceptance`,
    valid: () => ({ accepted: true, procedure: 'ORDINARY', acceptedOn: '2026-04-12' }),
    fields: [
      { name: 'accepted', kind: { t: 'bool' }, required: true },
      oneOf('procedure', Object.values(Procedure)),
      date('acceptedOn'),
      conditional(text('reason', 5000)),
      conditional(date('decidedOn')),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/pre-mediation',
    token: officer,
    target: new Target(received),
    url: (x) => `${API}/cases/${x.id}/pre-mediation`,
    valid: () => ({ mediatorName: '李调解员', startedOn: '2026-04-11' }),
    fields: [text('mediatorName', 50), date('startedOn', false)],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/pre-mediation/sessions',
    token: officer,
    target: new Target(inMediation),
    url: (x) => `${API}/cases/${x.id}/pre-mediation/sessions`,
    valid: () => ({ heldOn: '2026-04-14', summary: '双方陈述意见' }),
    fields: [date('heldOn'), text('summary', 10000)],
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'POST',
    route: '/cases/:id/pre-mediation/outcome',
    token: officer,
    target: new Target(inMediation),
    url: (x) => `${API}/cases/${x.id}/pre-mediation/outcome`,
    valid: () => ({ outcome: 'SUCCEEDED', concludedOn: '2026-04-14', agreement: '达成和解' }),
    fields: [
      oneOf('outcome', ['SUCCEEDED', 'FAILED']),
      date('concludedOn'),
      conditional(text('agreement', 10000)),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/assignment',
    token: reviewer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/assignment`,
    valid: () => ({ officerId: w.users.OFFICER.id }),
    fields: [uuid('officerId')],
    params: ['id'],
    keepsTarget: true,
  },
  {
    method: 'POST',
    route: '/cases/:id/suspension',
    token: officer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/suspension`,
    valid: () => ({
      ground: 'MEDIATION_OR_SETTLEMENT',
      reason: '双方同意调解',
      suspendedOn: '2026-04-13',
      noticeServedOn: '2026-04-14',
      bothPartiesAgree: true,
    }),
    fields: [
      oneOf('ground', Object.values(SuspensionGround)),
      text('reason', 2000),
      date('suspendedOn'),
      conditional(date('noticeServedOn')),
      conditional({ name: 'bothPartiesAgree', kind: { t: 'bool' }, required: false }),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/resumption',
    token: officer,
    target: new Target(suspended),
    url: (x) => `${API}/cases/${x.id}/resumption`,
    valid: () => ({ resumedOn: '2026-04-14', noticeServedOn: '2026-04-15' }),
    fields: [date('resumedOn'), conditional(date('noticeServedOn'))],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/extension',
    token: reviewer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/extension`,
    valid: () => ({ reason: '案情复杂', days: 10, noticeServedOn: '2026-04-14' }),
    fields: [
      text('reason', 2000),
      { name: 'days', kind: { t: 'int', min: 1, max: 30 }, required: true },
      conditional(date('noticeServedOn')),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/termination',
    token: officer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/termination`,
    valid: () => ({ reason: 'APPLICANT_DIED', concludedOn: '2026-04-14' }),
    fields: [oneOf('reason', Object.values(TerminationReason)), date('concludedOn')],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/decision',
    token: officer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/decision`,
    valid: () => ({
      type: 'REVOKE',
      reasoning: '被申请人认定事实不清',
      legalBasis: ['《中华人民共和国行政复议法》第六十四条'],
      remakeWithinDays: 30,
      agreementRuling: 'REMEDY',
      compensationRuling: 'AWARDED',
      compensationAmountYuan: 2000,
    }),
    fields: [
      oneOf('type', MERITS_OUTCOMES),
      text('reasoning', 50000),
      { name: 'legalBasis', kind: { t: 'strings', maxItems: 50, maxLength: 500 }, required: true },
      conditional({
        name: 'remakeWithinDays',
        kind: { t: 'int', min: 1, max: 365 },
        required: false,
      }),
      conditional({ name: 'notLessFavourable', kind: { t: 'bool' }, required: false }),
      conditional({ name: 'thirdPartyContraryRequest', kind: { t: 'bool' }, required: false }),
      conditional(oneOf('agreementRuling', Object.values(AgreementRuling))),
      conditional(oneOf('compensationRuling', Object.values(CompensationRuling))),
      conditional({
        name: 'compensationAmountYuan',
        kind: { t: 'number', min: 0.01, max: 999_999_999_999.99 },
        required: false,
      }),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/decision/approval',
    token: reviewer,
    target: new Target(withDraft),
    url: (x) => `${API}/cases/${x.id}/decision/approval`,
    valid: () => ({ approved: true, decidedOn: '2026-04-14' }),
    fields: [
      { name: 'approved', kind: { t: 'bool' }, required: true },
      date('decidedOn'),
      conditional(text('comment', 5000)),
      conditional(uuid('collectiveDiscussionId')),
    ],
    params: ['id'],
  },
  {
    method: 'POST',
    route: '/cases/:id/recommendation-letters',
    token: officer,
    target: new Target(underReview),
    url: (x) => `${API}/cases/${x.id}/recommendation-letters`,
    valid: () => ({
      kind: 'RECOMMENDATION',
      agencyId: w.agency.id,
      issuedOn: '2026-04-14',
      content: '建议规范执法程序',
    }),
    fields: [
      oneOf('kind', Object.values(LetterKind)),
      uuid('agencyId'),
      date('issuedOn'),
      text('content', 50000),
    ],
    params: ['id'],
    keepsTarget: true,
  },
];

describe('bad input, fuzzed: reconsideration cases', () => {
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
