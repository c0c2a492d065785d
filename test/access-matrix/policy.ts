/**
 * Who may call what, route by route (docs/architecture.md, "API conventions"; the spec's header
 * lists the places decided by the code alone). One entry per route the controllers declare; the spec checks
 * the table against them, so a new route without an entry fails.
 */
import { Role } from '../../src/access/role';
import { idNumber } from '../support/case-world';
import { bearer, expectStatus, PageBody } from '../support/fixtures';
import { unique } from '../support/test-app';
import {
  application,
  Caller,
  fresh,
  lawsuitBody,
  MatrixWorld,
  recommendationBody,
  State,
  TODAY,
  UNAUTHENTICATED,
} from './world';

export const PUBLIC = 'public' as const;
const EVERY_ROLE: Role[] = Object.values(Role);
const { ADMIN, REVIEWER, OFFICER, AGENT, AGENCY_LIAISON, VIEWER } = Role;
/** GET /cases and what hangs under a case: everyone but the agencies' liaisons. */
const CASE_READERS = [ADMIN, REVIEWER, OFFICER, AGENT, VIEWER];
const CASE_WORKERS = [OFFICER, REVIEWER];
const LITIGATION_READERS = [ADMIN, OFFICER, REVIEWER, VIEWER, AGENCY_LIAISON];
const STATISTICS_READERS = [ADMIN, REVIEWER, OFFICER, VIEWER, AGENT];

/** A far-future day the table may edit without moving any deadline another suite computes. */
export const PUT_DAY = '2098-06-01';
export const DELETE_DAY = '2098-06-02';

export interface RoutePolicy {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the controller declares it (with the global prefix), e.g. /api/v1/agencies/:id. */
  route: string;
  allowed: Role[] | typeof PUBLIC;
  /**
   * What the resource belongs to: a case to the office it was filed at (the other office's agent
   * is an outsider), a lawsuit or letter to its agency (the other agency's liaison is).
   */
  scope?: 'office' | 'agency';
  /** What an outsider whose role is allowed gets: 404 (the default), or 200 for a list. */
  outsider?: number;
  /** For lists: whether the answer shows the world's resource (insiders yes, outsiders no). */
  sees?: (body: unknown, m: MatrixWorld) => boolean;
  /** A resource one call uses up; a refused call leaves it to the next caller. */
  fresh?: (m: MatrixWorld) => Promise<State>;
  /** Run before every call, allowed or not (e.g. make the day to delete exist). */
  prepare?: (m: MatrixWorld) => Promise<void>;
  url: (m: MatrixWorld, s: State) => string;
  body?: (m: MatrixWorld, s: State) => object | Promise<object>;
  /** A multipart upload instead of a JSON body. */
  form?: { kind: string; fileName: string; content: string };
  /** Status for allowed callers. */
  ok: number;
  /** More to check of an allowed caller's answer. */
  check?: (body: unknown, m: MatrixWorld, caller: Caller) => void;
  /** Callers with another outcome than the rule. */
  exceptions?: Partial<Record<Caller, number>>;
}

/** The role a caller signs in with. */
export function roleOf(caller: Caller): Role | null {
  if (caller === 'OTHER_AGENT') return AGENT;
  if (caller === 'OTHER_LIAISON') return AGENCY_LIAISON;
  if (UNAUTHENTICATED.includes(caller)) return null;
  return caller as Role;
}

export function isOutsider(policy: RoutePolicy, caller: Caller): boolean {
  return (
    (policy.scope === 'office' && caller === 'OTHER_AGENT') ||
    (policy.scope === 'agency' && caller === 'OTHER_LIAISON')
  );
}

export function expectedStatus(policy: RoutePolicy, caller: Caller): number {
  const exception = policy.exceptions?.[caller];
  if (exception !== undefined) return exception;
  if (policy.allowed === PUBLIC) return policy.ok;
  const role = roleOf(caller);
  if (role === null) return 401;
  if (!policy.allowed.includes(role)) return 403;
  if (isOutsider(policy, caller)) return policy.outsider ?? 404;
  return policy.ok;
}

/** A new third party for POST /cases/:id/parties: another ID number each time (else PARTY_EXISTS). */
let thirdParties = 0;
const aThirdParty = (): object => {
  thirdParties += 1;
  return {
    role: 'THIRD_PARTY',
    kind: 'PERSON',
    name: '矩阵第三人',
    idNumber: idNumber('19900101', String(thirdParties).padStart(3, '0')),
    joinedOn: TODAY,
  };
};

const ids = (body: unknown): string[] => (body as PageBody<{ id: string }>).items.map((i) => i.id);

const setDay = async ({ t, fx }: MatrixWorld, date: string): Promise<void> => {
  const res = await t
    .http()
    .put(`/api/v1/calendar/days/${date}`)
    .set('authorization', bearer(fx.adminToken))
    .send({ kind: 'HOLIDAY', name: '测试' });
  expectStatus(res, 200);
};

const FOUNDATION: RoutePolicy[] = [
  // auth
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    allowed: PUBLIC,
    url: () => '/api/v1/auth/login',
    body: ({ w }) => ({ username: w.users.VIEWER.username, password: w.users.VIEWER.password }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/auth/refresh',
    allowed: PUBLIC,
    url: () => '/api/v1/auth/refresh',
    body: async ({ fx, w }) => ({
      refreshToken: (await fx.login(w.users.OFFICER.username, w.users.OFFICER.password))
        .refreshToken,
    }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/auth/logout',
    // A refresh token of no session of the caller's: logging out without one would end the
    // caller's sessions, and with them the world's access token (test/sessions.e2e-spec.ts).
    body: () => ({ refreshToken: 'no-session-of-the-callers' }),
    ok: 204,
  },
  {
    method: 'GET',
    route: '/api/v1/auth/me',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/auth/me',
    ok: 200,
  },
  // users
  {
    method: 'GET',
    route: '/api/v1/users',
    allowed: [ADMIN],
    url: () => '/api/v1/users?limit=5',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    allowed: [ADMIN],
    url: ({ w }) => `/api/v1/users/${w.users.VIEWER.id}`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    allowed: [ADMIN],
    url: () => '/api/v1/users',
    body: () => ({
      username: unique('matrix-user'),
      displayName: '矩阵',
      password: 'Matrix-password-1',
      role: 'VIEWER',
    }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    allowed: [ADMIN],
    url: ({ w }) => `/api/v1/users/${w.users.VIEWER.id}`,
    body: () => ({ displayName: unique('查阅人') }),
    ok: 200,
  },
  // audit
  {
    method: 'GET',
    route: '/api/v1/audit',
    allowed: [ADMIN],
    url: ({ w }) =>
      `/api/v1/audit?action=user.created&entityType=user&entityId=${w.users.VIEWER.id}&limit=5`,
    ok: 200,
    check: (body, { w }) => {
      const { items } = body as PageBody<{ entityId: string; action: string }>;
      expect(items.map((e) => [e.action, e.entityId])).toEqual([
        ['user.created', w.users.VIEWER.id],
      ]);
    },
  },
  // agencies
  {
    method: 'GET',
    route: '/api/v1/agencies',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/agencies?limit=5',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/agencies/:id',
    allowed: EVERY_ROLE,
    url: ({ w }) => `/api/v1/agencies/${w.agency.id}`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/agencies',
    allowed: [ADMIN],
    url: () => '/api/v1/agencies',
    body: () => ({
      name: unique('矩阵局'),
      kind: 'TOWNSHIP_GOVERNMENT',
      headName: '李四',
      headTitle: '镇长',
    }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/agencies/:id',
    allowed: [ADMIN],
    url: ({ w }) => `/api/v1/agencies/${w.agency.id}`,
    body: () => ({ headName: unique('新局长').slice(0, 50) }),
    ok: 200,
  },
  // judicial offices: an agent sees their own only
  {
    method: 'GET',
    route: '/api/v1/judicial-offices',
    allowed: EVERY_ROLE,
    scope: 'office',
    outsider: 200,
    sees: (body, { w }) => ids(body).includes(w.office.id),
    url: () => '/api/v1/judicial-offices?limit=100',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/judicial-offices/:id',
    allowed: EVERY_ROLE,
    scope: 'office',
    url: ({ w }) => `/api/v1/judicial-offices/${w.office.id}`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/judicial-offices',
    allowed: [ADMIN],
    url: () => '/api/v1/judicial-offices',
    body: () => ({ name: unique('矩阵司法所'), township: '矩阵镇' }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/judicial-offices/:id',
    allowed: [ADMIN],
    url: ({ w }) => `/api/v1/judicial-offices/${w.office.id}`,
    body: () => ({ township: unique('新镇') }),
    ok: 200,
  },
  // calendar
  {
    method: 'GET',
    route: '/api/v1/calendar/add-working-days',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/calendar/add-working-days?from=2024-09-27&days=5',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/:year',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/calendar/2024',
    ok: 200,
  },
  {
    method: 'PUT',
    route: '/api/v1/calendar/days/:date',
    allowed: [ADMIN],
    url: () => `/api/v1/calendar/days/${PUT_DAY}`,
    body: () => ({ kind: 'HOLIDAY', name: '矩阵假日' }),
    ok: 200,
  },
  {
    method: 'DELETE',
    route: '/api/v1/calendar/days/:date',
    allowed: [ADMIN],
    url: () => `/api/v1/calendar/days/${DELETE_DAY}`,
    prepare: (m) => setDay(m, DELETE_DAY),
    ok: 204,
  },
  // operations
  {
    method: 'GET',
    route: '/health/live',
    allowed: PUBLIC,
    url: () => '/health/live',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/health/ready',
    allowed: PUBLIC,
    url: () => '/health/ready',
    ok: 200,
  },
  { method: 'GET', route: '/metrics', allowed: PUBLIC, url: () => '/metrics', ok: 200 },
  // meta
  {
    method: 'GET',
    route: '/api/v1/meta/enums',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/meta/enums',
    ok: 200,
  },
];

/** Reconsideration cases and what hangs under them: a case belongs to its filing office. */
const CASES: RoutePolicy[] = [
  {
    method: 'POST',
    route: '/api/v1/cases',
    allowed: [AGENT, OFFICER, REVIEWER],
    url: () => '/api/v1/cases',
    body: (m) => application(m),
    ok: 201,
    // Any agent may file, but only at their own office, whatever the body names.
    check: (body, { w }, caller) => {
      const { officeId } = body as { officeId: string };
      if (caller === 'OTHER_AGENT') expect(officeId).toBe(w.otherOffice.id);
      else expect(officeId).toBe(w.office.id);
    },
  },
  {
    method: 'GET',
    route: '/api/v1/cases',
    allowed: CASE_READERS,
    scope: 'office',
    outsider: 200,
    sees: (body, m) => ids(body).includes(m.shared.caseId),
    url: (m) => `/api/v1/cases?limit=100&q=${encodeURIComponent(m.shared.caseNumber)}`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/timeline',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/timeline`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/supplement-requests',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.received,
    url: (_, s) => `/api/v1/cases/${s.caseId}/supplement-requests`,
    body: () => ({ items: ['申请人身份证明'], noticeServedOn: '2026-02-27' }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/supplement-requests/:rid/fulfil',
    allowed: [AGENT, OFFICER, REVIEWER],
    scope: 'office',
    fresh: fresh.awaitingSupplement,
    url: (_, s) => `/api/v1/cases/${s.caseId}/supplement-requests/${s.rid}/fulfil`,
    body: () => ({ receivedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/acceptance',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.received,
    url: (_, s) => `/api/v1/cases/${s.caseId}/acceptance`,
    body: () => ({ accepted: true, procedure: 'ORDINARY', acceptedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/supplement-requests/:rid/extension',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.awaitingSupplement,
    url: (_, s) => `/api/v1/cases/${s.caseId}/supplement-requests/${s.rid}/extension`,
    body: () => ({ dueOn: '2026-03-20', reason: '申请人住院治疗', extendedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/withdrawal',
    allowed: [AGENT, OFFICER, REVIEWER],
    scope: 'office',
    fresh: fresh.received,
    url: (_, s) => `/api/v1/cases/${s.caseId}/withdrawal`,
    body: () => ({ withdrawnOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/application-dismissal',
    // The organ's decision, as a refusal is (ARL 2023 Art. 33): the OFFICER is refused by the rule.
    allowed: [REVIEWER],
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/application-dismissal`,
    body: () => ({ reason: '不属于行政复议范围', decidedOn: TODAY }),
    ok: 200,
  },
  // materials
  {
    method: 'POST',
    route: '/api/v1/cases/:id/materials',
    allowed: [AGENT, OFFICER, REVIEWER],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/materials`,
    form: { kind: 'EVIDENCE', fileName: 'evidence.txt', content: '证据材料\n' },
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/materials',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/materials`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/materials/:mid',
    // Raw files (ID cards …) cannot be masked: a VIEWER lists materials but downloads none.
    allowed: [ADMIN, REVIEWER, OFFICER, AGENT],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/materials/${m.shared.materialId}`,
    ok: 200,
  },
  // documents (文书): who sees a case sees its documents; files as for materials
  {
    method: 'GET',
    route: '/api/v1/cases/:id/documents',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/documents`,
    ok: 200,
    check: (body, m) =>
      expect((body as { id: string }[]).map((d) => d.id)).toContain(m.shared.documentId),
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/documents',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/documents`,
    body: () => ({ kind: 'ANSWER_NOTICE' }),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/documents/:did/file',
    // A .docx names the parties in full: a VIEWER lists documents but downloads none.
    allowed: [ADMIN, REVIEWER, OFFICER, AGENT],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/documents/${m.shared.documentId}/file`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/documents/:did/issue',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.documentDrafted,
    url: (_, s) => `/api/v1/cases/${s.caseId}/documents/${s.did}/issue`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/documents/:did/services',
    // A filing point's agent may serve a villager.
    allowed: [OFFICER, REVIEWER, AGENT],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/documents/${m.shared.documentId}/services`,
    body: () => ({ method: 'DIRECT', recipient: '孙九', deliveredOn: TODAY }),
    ok: 201,
  },
  // pre-case mediation
  {
    method: 'POST',
    route: '/api/v1/cases/:id/pre-mediation',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.received,
    url: (_, s) => `/api/v1/cases/${s.caseId}/pre-mediation`,
    body: () => ({ mediatorName: '调解员乙' }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/pre-mediation/sessions',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.mediatingCaseId}/pre-mediation/sessions`,
    body: () => ({ heldOn: TODAY, summary: '双方陈述意见' }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/pre-mediation/outcome',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.mediating,
    url: (_, s) => `/api/v1/cases/${s.caseId}/pre-mediation/outcome`,
    body: () => ({ outcome: 'FAILED', concludedOn: TODAY }),
    ok: 200,
  },
  // review and decision
  {
    method: 'POST',
    route: '/api/v1/cases/:id/assignment',
    allowed: [REVIEWER],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/assignment`,
    body: ({ w }) => ({ officerId: w.users.OFFICER.id }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/suspension',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/suspension`,
    body: () => ({ ground: 'AWAITING_OTHER_CASE', reason: '等待鉴定结论', suspendedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/resumption',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.suspended,
    url: (_, s) => `/api/v1/cases/${s.caseId}/resumption`,
    body: () => ({ resumedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/extension',
    allowed: [REVIEWER],
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/extension`,
    body: () => ({ reason: '案情复杂', days: 30 }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/procedure-conversion',
    // The head of the office (the world's REVIEWER heads both, as the fixtures make them).
    allowed: [REVIEWER],
    scope: 'office',
    fresh: fresh.simplified,
    url: (_, s) => `/api/v1/cases/${s.caseId}/procedure-conversion`,
    body: () => ({ convertedOn: TODAY, reason: '案情复杂，不宜适用简易程序' }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/termination',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/termination`,
    // Art. 41 item 2: a reason an OFFICER records (a withdrawal needs a REVIEWER's approval).
    body: () => ({ reason: 'APPLICANT_DIED', concludedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/decision`,
    body: () => ({
      type: 'REVOKE',
      reasoning: '认定事实不清',
      legalBasis: ['《行政复议法》第六十四条'],
    }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision/approval',
    allowed: [REVIEWER],
    scope: 'office',
    fresh: fresh.drafted,
    url: (_, s) => `/api/v1/cases/${s.caseId}/decision/approval`,
    body: () => ({ approved: true, decidedOn: TODAY }),
    ok: 200,
  },
  // collective discussions (Art. 61 ¶1)
  {
    method: 'POST',
    route: '/api/v1/cases/:id/collective-discussions',
    allowed: [REVIEWER],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/collective-discussions`,
    body: () => ({ heldOn: TODAY, participants: '主任、副主任', conclusion: '同意承办人意见' }),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/collective-discussions',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/collective-discussions`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/recommendation-letters',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/recommendation-letters`,
    body: ({ w }) => ({
      kind: 'RECOMMENDATION',
      agencyId: w.agency.id,
      issuedOn: TODAY,
      content: '建议规范执法程序',
    }),
    ok: 201,
  },
  // the respondent's answer (Art. 48; simplified Art. 54)
  {
    method: 'POST',
    route: '/api/v1/cases/:id/answer-copy',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/answer-copy`,
    body: () => ({ sentOn: TODAY, receivedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/answer',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.answerCopyReceived,
    url: (_, s) => `/api/v1/cases/${s.caseId}/answer`,
    body: () => ({
      answeredOn: TODAY,
      summary: '被诉行为认定事实清楚，适用依据正确',
      evidence: [{ title: '现场检查笔录' }],
      basis: [{ title: '《中华人民共和国行政处罚法》第五十一条', materialId: null }],
    }),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/answer',
    allowed: CASE_READERS,
    scope: 'office',
    fresh: fresh.answered,
    url: (_, s) => `/api/v1/cases/${s.caseId}/answer`,
    ok: 200,
  },
  // parties (Arts. 15–17): township agents add parties to their own office's cases
  {
    method: 'POST',
    route: '/api/v1/cases/:id/parties',
    allowed: [AGENT, OFFICER, REVIEWER],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/parties`,
    body: () => aThirdParty(),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/parties',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.caseId}/parties`,
    ok: 200,
  },
  // stays of enforcement (Art. 42): the organ (a REVIEWER) decides a party's request
  {
    method: 'POST',
    route: '/api/v1/cases/:id/stays',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/stays`,
    body: () => ({ ground: 'LAW_REQUIRES', requestedOn: TODAY, reason: '法规规定停止执行' }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/stays/:sid/decision',
    allowed: [REVIEWER],
    scope: 'office',
    fresh: fresh.stayRequested,
    url: (_, s) => `/api/v1/cases/${s.caseId}/stays/${s.sid}/decision`,
    body: () => ({ decision: 'STAYED', decidedOn: TODAY, reason: '申请人要求合理' }),
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/stays',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/stays`,
    ok: 200,
  },
  // the review's proceedings (Arts. 49–52): views, formal hearings (听证), the committee
  {
    method: 'POST',
    route: '/api/v1/cases/:id/views',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/views`,
    body: () => ({
      heardOn: TODAY,
      method: 'PHONE',
      heard: '申请人孙九',
      summary: '申请人坚持撤销原行政行为',
    }),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/views',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/views`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/formal-hearings',
    allowed: CASE_WORKERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/formal-hearings`,
    // Served Monday 03-02: the 5th working day after it is Monday 03-09 (Art. 51 para 1).
    body: () => ({
      reason: 'APPLICANT_REQUEST',
      noticeServedOn: TODAY,
      heldOn: '2026-03-10',
      place: '区司法局第一会议室',
      matters: '原行政行为认定的事实',
    }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/formal-hearings/:hid/record',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.formalHearingNoticed,
    url: (_, s) => `/api/v1/cases/${s.caseId}/formal-hearings/${s.hid}/record`,
    body: () => ({ held: false, reason: '申请人撤回听证请求' }),
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/formal-hearings',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/formal-hearings`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/committee-referrals',
    // The office refers (a REVIEWER decides it); anyone working the case records the opinion.
    allowed: [REVIEWER],
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/committee-referrals`,
    body: () => ({ ground: 'TECHNICAL', referredOn: TODAY }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/committee-referrals/:rid/opinion',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.committeeReferred,
    url: (_, s) => `/api/v1/cases/${s.caseId}/committee-referrals/${s.rid}/opinion`,
    body: () => ({ opinion: '建议维持原行政行为', opinionOn: TODAY }),
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/committee-referrals',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/committee-referrals`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/review-warnings',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/review-warnings`,
    ok: 200,
  },
  // mediation during review (Arts. 5, 73)
  {
    method: 'POST',
    route: '/api/v1/cases/:id/review-mediation',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.underReview,
    url: (_, s) => `/api/v1/cases/${s.caseId}/review-mediation`,
    body: () => ({ startedOn: TODAY }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/review-mediation/outcome',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.reviewMediating,
    url: (_, s) => `/api/v1/cases/${s.caseId}/review-mediation/outcome`,
    body: () => ({ outcome: 'FAILED', endedOn: TODAY, reason: '双方未达成一致' }),
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/cases/:id/review-mediation',
    allowed: CASE_READERS,
    scope: 'office',
    url: (m) => `/api/v1/cases/${m.shared.reviewCaseId}/review-mediation`,
    ok: 200,
  },
  // after the decision (Arts. 75, 77)
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision/service',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.decided,
    url: (_, s) => `/api/v1/cases/${s.caseId}/decision/service`,
    body: () => ({ servedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/cases/:id/decision/performance',
    allowed: CASE_WORKERS,
    scope: 'office',
    fresh: fresh.served,
    url: (_, s) => `/api/v1/cases/${s.caseId}/decision/performance`,
    body: () => ({ reportedOn: TODAY, summary: '已重新作出行政行为' }),
    ok: 200,
  },
];

/** Deadline alerts: officers see their own, reviewers all (the conventions are silent; as the code). */
const ALERTS: RoutePolicy[] = [
  {
    method: 'GET',
    route: '/api/v1/alerts',
    allowed: CASE_WORKERS,
    url: () => '/api/v1/alerts?limit=100',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/alerts/:id/acknowledgement',
    allowed: CASE_WORKERS,
    url: (m) => `/api/v1/alerts/${m.shared.alertId}/acknowledgement`,
    ok: 200,
  },
];

/** Lawsuits and reminder letters: a lawsuit belongs to the defendant agency. */
const LITIGATION: RoutePolicy[] = [
  {
    method: 'POST',
    route: '/api/v1/litigation-cases',
    allowed: CASE_WORKERS,
    url: () => '/api/v1/litigation-cases',
    body: (m) => lawsuitBody(m),
    ok: 201,
  },
  {
    method: 'GET',
    route: '/api/v1/litigation-cases',
    allowed: LITIGATION_READERS,
    scope: 'agency',
    outsider: 200,
    sees: (body, m) => ids(body).includes(m.shared.lawsuitId),
    url: ({ w }) => `/api/v1/litigation-cases?limit=100&agencyId=${w.agency.id}`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/litigation-cases/:id',
    allowed: LITIGATION_READERS,
    scope: 'agency',
    url: (m) => `/api/v1/litigation-cases/${m.shared.lawsuitId}`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/hearings',
    allowed: CASE_WORKERS,
    scope: 'agency',
    url: (m) => `/api/v1/litigation-cases/${m.shared.lawsuitId}/hearings`,
    body: () => ({
      scheduledAt: '2026-04-15T09:30:00+08:00',
      court: '某区人民法院',
      courtroom: '第二法庭',
    }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/litigation-cases/:id/hearings/:hid',
    allowed: CASE_WORKERS,
    scope: 'agency',
    url: (m) =>
      `/api/v1/litigation-cases/${m.shared.lawsuitId}/hearings/${m.shared.futureHearingId}`,
    body: () => ({ scheduledAt: '2026-03-20T14:30:00+08:00' }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/hearings/:hid/court-notices',
    allowed: CASE_WORKERS,
    scope: 'agency',
    url: (m) =>
      `/api/v1/litigation-cases/${m.shared.lawsuitId}/hearings/${m.shared.pastHearingId}/court-notices`,
    body: ({ w }) => ({ agencyId: w.agency.id, servedOn: '2026-02-20' }),
    ok: 200,
  },
  // The office's record, the office's alone: a liaison's report is the letter's acknowledgement.
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/hearings/:hid/attendance',
    allowed: CASE_WORKERS,
    scope: 'agency',
    url: (m) =>
      `/api/v1/litigation-cases/${m.shared.lawsuitId}/hearings/${m.shared.pastHearingId}/attendance`,
    body: () => ({
      attendeeRole: 'PRINCIPAL',
      attendeeName: '王五',
      attendeeTitle: '局长',
      identityProofSubmitted: true,
    }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/judgment',
    allowed: CASE_WORKERS,
    scope: 'agency',
    fresh: fresh.lawsuit,
    url: (_, s) => `/api/v1/litigation-cases/${s.lawsuitId}/judgment`,
    body: () => ({ kind: 'CLAIMS_REJECTED', judgedOn: TODAY }),
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/instances',
    allowed: CASE_WORKERS,
    scope: 'agency',
    fresh: fresh.judgedLawsuit,
    url: (_, s) => `/api/v1/litigation-cases/${s.lawsuitId}/instances`,
    body: () => ({
      stage: 'SECOND_INSTANCE',
      court: '某市中级人民法院',
      courtCaseNumber: unique('(2026)浙01行终'),
      filedOn: TODAY,
    }),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/judicial-recommendations',
    allowed: CASE_WORKERS,
    scope: 'agency',
    url: (m) => `/api/v1/litigation-cases/${m.shared.lawsuitId}/judicial-recommendations`,
    body: (m) => recommendationBody(m),
    ok: 201,
  },
  {
    method: 'POST',
    route: '/api/v1/litigation-cases/:id/judicial-recommendations/:rid/answer',
    allowed: CASE_WORKERS,
    scope: 'agency',
    fresh: fresh.recommendation,
    url: (_, s) =>
      `/api/v1/litigation-cases/${s.lawsuitId}/judicial-recommendations/${s.rid}/answer`,
    body: () => ({ answeredOn: TODAY, answer: '已修订行政处罚告知书格式并组织培训' }),
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/reminder-letters',
    allowed: [OFFICER, REVIEWER, AGENCY_LIAISON],
    scope: 'agency',
    outsider: 200,
    sees: (body, m) => ids(body).includes(m.shared.letterId),
    url: (m) => `/api/v1/reminder-letters?limit=100&hearingId=${m.shared.letterHearingId}`,
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/reminder-letters/:id/file',
    allowed: [OFFICER, REVIEWER, AGENCY_LIAISON],
    scope: 'agency',
    url: (m) => `/api/v1/reminder-letters/${m.shared.letterId}/file`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/reminder-letters/:id/acknowledgement',
    allowed: [AGENCY_LIAISON, OFFICER],
    scope: 'agency',
    url: (m) => `/api/v1/reminder-letters/${m.shared.letterId}/acknowledgement`,
    body: () => ({ attendeeName: '王五', attendeeTitle: '局长' }),
    ok: 200,
  },
];

/**
 * Statistics. Agents read the reconsideration figures of their own office; litigation figures and
 * snapshots are refused to them (lawsuits have no filing office, a snapshot is district-wide;
 * docs/domain.md, "Roles and scopes").
 */
const STATISTICS: RoutePolicy[] = [
  {
    method: 'GET',
    route: '/api/v1/statistics/reconsideration',
    allowed: STATISTICS_READERS,
    url: () => '/api/v1/statistics/reconsideration?from=2026-01-01&to=2026-12-31',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/statistics/litigation',
    allowed: [ADMIN, REVIEWER, OFFICER, VIEWER],
    url: () => '/api/v1/statistics/litigation?from=2026-01-01&to=2026-12-31',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/statistics/report',
    allowed: STATISTICS_READERS,
    url: () => '/api/v1/statistics/report?year=2026',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/statistics/export',
    allowed: STATISTICS_READERS,
    url: () => '/api/v1/statistics/export?from=2026-01-01&to=2026-12-31&format=csv',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/statistics/snapshots',
    allowed: [ADMIN, REVIEWER, OFFICER, VIEWER],
    url: () => '/api/v1/statistics/snapshots?period=2026',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/statistics/snapshots',
    allowed: [ADMIN],
    url: () => '/api/v1/statistics/snapshots',
    body: () => ({ period: '2026' }),
    ok: 202,
  },
];

export const POLICY: RoutePolicy[] = [
  ...FOUNDATION,
  ...CASES,
  ...ALERTS,
  ...LITIGATION,
  ...STATISTICS,
];
