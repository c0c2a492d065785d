/**
 * The world the access matrix calls into: the fixtures' world (an agency, an office, a user of
 * every role, an agent of another office), an agency B with its liaison, expired and tampered
 * tokens of every role, the shared resources the read routes and repeatable writes act on, and
 * makers of fresh resources for the writes that use one up (a transition happens once).
 *
 * The clock stays at the TestClock's start (2026-03-02, a Monday); every date below is on or
 * before it.
 */
import { JwtService } from '@nestjs/jwt';
import { AlertsService } from '../../src/alerts/alerts.service';
import { RemindersService } from '../../src/reminders/reminders.service';
import { Role } from '../../src/access/role';
import { CaseWorld } from '../support/case-world';
import {
  AgencyView,
  bearer,
  expectStatus,
  Fixtures,
  lawsuitBody as aLawsuit,
  ROLES,
  World,
  WorldRole,
} from '../support/fixtures';
import { startApp, TestApp, unique } from '../support/test-app';

/** Who calls: every role, outsiders of another office and agency, bad tokens, nobody. */
export type Caller = WorldRole | 'OTHER_LIAISON' | 'EXPIRED' | 'TAMPERED' | 'ANONYMOUS';
export const CALLERS: Caller[] = [
  ...ROLES,
  'OTHER_AGENT',
  'OTHER_LIAISON',
  'EXPIRED',
  'TAMPERED',
  'ANONYMOUS',
];
/** Callers without a valid token: 401 on every route that is not public. */
export const UNAUTHENTICATED: Caller[] = ['EXPIRED', 'TAMPERED', 'ANONYMOUS'];

/** Ids a write acts on, made fresh for it (see RoutePolicy.fresh). */
export type State = Record<string, string>;

export const TODAY = '2026-03-02';
/** The lawsuits' court; every hearing is held there. */
const COURT = '某区人民法院';

export interface Shared {
  /** A RECEIVED case registered at the world's office, with one material. */
  caseId: string;
  caseNumber: string;
  materialId: string;
  /** A case in pre-case mediation (sessions may be recorded again and again). */
  mediatingCaseId: string;
  /** A case under review, assigned to the world's OFFICER, with an open deadline alert. */
  reviewCaseId: string;
  /** An issued 受理通知书 of the review case (documents may be served again and again). */
  documentId: string;
  alertId: string;
  /** A lawsuit against the world's agency, with hearings ahead and past. */
  lawsuitId: string;
  futureHearingId: string;
  pastHearingId: string;
  /** A hearing whose reminder letter has been issued to the world's agency. */
  letterHearingId: string;
  letterId: string;
}

export interface MatrixWorld {
  t: TestApp;
  fx: Fixtures;
  w: World;
  cases: CaseWorld;
  otherAgency: AgencyView;
  /** Valid access tokens of every signed-in caller. */
  tokens: Record<WorldRole | 'OTHER_LIAISON', string>;
  /** Per role: a token of the world's user of that role that expired a minute ago. */
  expired: Record<Role, string>;
  /** Per role: the world's user's token with its signature altered. */
  tampered: Record<Role, string>;
  shared: Shared;
}

/** The signature's first character changed: the first bytes of the signature differ. */
export function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const first = signature[0] === 'A' ? 'B' : 'A';
  return `${header}.${payload}.${first}${signature.slice(1)}`;
}

/** A registration at the world's office (agents are filed at their own whatever the body says). */
export function application(m: MatrixWorld): Record<string, unknown> {
  return m.cases.application({ channel: 'AGENT_POINT', officeId: m.w.office.id });
}

export function lawsuitBody(m: MatrixWorld): Record<string, unknown> {
  return aLawsuit(m.w.agency.id);
}

/** A judicial recommendation (司法建议) to the world's agency, received today. */
export function recommendationBody(m: MatrixWorld): Record<string, unknown> {
  return {
    agencyId: m.w.agency.id,
    court: COURT,
    documentNumber: unique('(2026)浙0105司建'),
    summary: '建议规范行政处罚告知程序',
    receivedOn: TODAY,
    dueOn: '2026-05-01',
  };
}

async function post(m: MatrixWorld, path: string, body: object, status: number): Promise<State> {
  const res = await m.t
    .http()
    .post(`/api/v1${path}`)
    .set('authorization', bearer(m.tokens.OFFICER))
    .send(body);
  expectStatus(res, status);
  return res.body as State;
}

/** Makers of fresh resources, each through the API as the world's OFFICER. */
export const fresh = {
  async received(m: MatrixWorld): Promise<State> {
    const c = await post(m, '/cases', application(m), 201);
    return { caseId: c.id };
  },
  async awaitingSupplement(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.received(m);
    const c = (await post(
      m,
      `/cases/${caseId}/supplement-requests`,
      { items: ['申请人身份证明'], noticeServedOn: '2026-02-27' },
      201,
    )) as unknown as { supplementRequests: { id: string }[] };
    return { caseId, rid: c.supplementRequests[0].id };
  },
  async mediating(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.received(m);
    await post(m, `/cases/${caseId}/pre-mediation`, { mediatorName: '调解员甲' }, 201);
    return { caseId };
  },
  async underReview(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.received(m);
    await m.cases.accept(m.tokens.OFFICER, caseId, TODAY);
    return { caseId };
  },
  async suspended(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    await post(
      m,
      `/cases/${caseId}/suspension`,
      { ground: 'AWAITING_OTHER_CASE', reason: '等待鉴定', suspendedOn: TODAY },
      200,
    );
    return { caseId };
  },
  /** Under review under the simplified procedure, for the head of the office to switch (Art. 55). */
  async simplified(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.received(m);
    await m.cases.accept(m.tokens.OFFICER, caseId, TODAY, 'SIMPLIFIED');
    return { caseId };
  },
  /** Under review with a draft by the OFFICER, for a REVIEWER to approve. */
  async drafted(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    await post(
      m,
      `/cases/${caseId}/decision`,
      { type: 'UPHOLD', reasoning: '事实清楚', legalBasis: ['《行政复议法》第六十八条'] },
      201,
    );
    return { caseId };
  },
  /** Under review with a draft 受理通知书 by the OFFICER, for issuing. */
  async documentDrafted(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    const d = await post(m, `/cases/${caseId}/documents`, { kind: 'ACCEPTANCE_NOTICE' }, 201);
    return { caseId, did: d.id };
  },
  async lawsuit(m: MatrixWorld): Promise<State> {
    const l = await post(m, '/litigation-cases', lawsuitBody(m), 201);
    return { lawsuitId: l.id };
  },
  /** A lawsuit whose first instance is judged, for an appeal to open. */
  async judgedLawsuit(m: MatrixWorld): Promise<State> {
    const { lawsuitId } = await fresh.lawsuit(m);
    await post(
      m,
      `/litigation-cases/${lawsuitId}/judgment`,
      { kind: 'CLAIMS_REJECTED', judgedOn: TODAY },
      200,
    );
    return { lawsuitId };
  },
  /** A judicial recommendation received on a new lawsuit, not answered yet. */
  async recommendation(m: MatrixWorld): Promise<State> {
    const { lawsuitId } = await fresh.lawsuit(m);
    const r = await post(
      m,
      `/litigation-cases/${lawsuitId}/judicial-recommendations`,
      recommendationBody(m),
      201,
    );
    return { lawsuitId, rid: r.id };
  },
  /** Under review, the copy of the application sent to the respondent and received (Art. 48). */
  async answerCopyReceived(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    await post(m, `/cases/${caseId}/answer-copy`, { sentOn: TODAY, receivedOn: TODAY }, 200);
    return { caseId };
  },
  /** The same, with the respondent's written answer recorded. */
  async answered(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.answerCopyReceived(m);
    const answer = { answeredOn: TODAY, summary: '被申请人书面答复', evidence: [], basis: [] };
    await post(m, `/cases/${caseId}/answer`, answer, 201);
    return { caseId };
  },
  /** Under review with an applicant's request to stay enforcement, for a REVIEWER to decide. */
  async stayRequested(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    const [applicant] = application(m).applicants as { name: string }[];
    const stay = await post(
      m,
      `/cases/${caseId}/stays`,
      {
        ground: 'PARTY_REQUEST',
        requestedBy: applicant.name,
        requestedOn: TODAY,
        reason: '执行将造成难以弥补的损失',
      },
      201,
    );
    return { caseId, sid: stay.id };
  },
  /** A formal hearing noticed on the shared review case, to be recorded (Arts. 50–51). */
  async formalHearingNoticed(m: MatrixWorld): Promise<State> {
    const caseId = m.shared.reviewCaseId;
    const h = await post(
      m,
      `/cases/${caseId}/formal-hearings`,
      {
        reason: 'OFFICE_DEEMS_NECESSARY',
        noticeServedOn: TODAY,
        heldOn: '2026-03-09',
        place: '区司法局第二会议室',
        matters: '原行政行为适用的依据',
      },
      201,
    );
    return { caseId, hid: h.id };
  },
  /** The shared review case referred to the committee by the REVIEWER (Art. 52), no opinion yet. */
  async committeeReferred(m: MatrixWorld): Promise<State> {
    const caseId = m.shared.reviewCaseId;
    const res = await m.t
      .http()
      .post(`/api/v1/cases/${caseId}/committee-referrals`)
      .set('authorization', bearer(m.tokens.REVIEWER))
      .send({ ground: 'MAJOR_OR_COMPLEX', referredOn: TODAY });
    expectStatus(res, 201);
    return { caseId, rid: (res.body as { id: string }).id };
  },
  /** Under review with a mediation open (Arts. 5, 73). */
  async reviewMediating(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.underReview(m);
    await post(m, `/cases/${caseId}/review-mediation`, { startedOn: TODAY }, 201);
    return { caseId };
  },
  /** DECIDED: the OFFICER's draft approved by the REVIEWER, who heads the organ (Art. 61). */
  async decided(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.drafted(m);
    const res = await m.t
      .http()
      .post(`/api/v1/cases/${caseId}/decision/approval`)
      .set('authorization', bearer(m.tokens.REVIEWER))
      .send({ approved: true, decidedOn: TODAY });
    expectStatus(res, 200);
    return { caseId };
  },
  /** DECIDED and its decision served (Art. 75). */
  async served(m: MatrixWorld): Promise<State> {
    const { caseId } = await fresh.decided(m);
    await post(m, `/cases/${caseId}/decision/service`, { servedOn: TODAY }, 200);
    return { caseId };
  },
};

async function hearing(m: MatrixWorld, lawsuitId: string, scheduledAt: string): Promise<string> {
  const h = await post(
    m,
    `/litigation-cases/${lawsuitId}/hearings`,
    { scheduledAt, court: COURT, courtroom: '第一法庭' },
    201,
  );
  return h.id;
}

async function sharedResources(m: MatrixWorld): Promise<Shared> {
  const { t } = m;
  const registered = await m.cases.register(m.tokens.OFFICER, {
    channel: 'AGENT_POINT',
    officeId: m.w.office.id,
  });
  const material = await t
    .http()
    .post(`/api/v1/cases/${registered.id}/materials`)
    .set('authorization', bearer(m.tokens.OFFICER))
    .field('kind', 'APPLICATION')
    .attach('file', Buffer.from('复议申请书\n'), {
      filename: 'application.txt',
      contentType: 'text/plain',
    });
  expectStatus(material, 201);

  const { caseId: mediatingCaseId } = await fresh.mediating(m);
  const { caseId: reviewCaseId } = await fresh.underReview(m);
  await m.cases
    .post(m.tokens.REVIEWER, `/cases/${reviewCaseId}/assignment`, {
      officerId: m.w.users.OFFICER.id,
    })
    .expect(200);

  const document = await post(
    m,
    `/cases/${reviewCaseId}/documents`,
    { kind: 'ACCEPTANCE_NOTICE' },
    201,
  );
  await post(m, `/cases/${reviewCaseId}/documents/${document.id}/issue`, {}, 200);

  const { lawsuitId } = await fresh.lawsuit(m);
  const futureHearingId = await hearing(m, lawsuitId, '2026-03-20T09:00:00+08:00');
  const pastHearingId = await hearing(m, lawsuitId, '2026-02-27T09:00:00+08:00');
  const letterHearingId = await hearing(m, lawsuitId, '2026-03-10T09:00:00+08:00');
  // The sweep as the worker would run it the evening before that hearing; the clock stays put.
  await t.app.get(RemindersService).issueDue(new Date('2026-03-09T18:00:00+08:00'));
  const [letter] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM reminder_letters
      WHERE hearing_id = $1 AND status = 'ISSUED' AND kind = 'LETTER' LIMIT 1`,
    [letterHearingId],
  );

  // The review case's decision deadline, seen from the summer: an OVERDUE alert for the OFFICER.
  await t.app.get(AlertsService).raise(new Date('2026-07-01T09:00:00+08:00'));
  const [alert] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM alerts WHERE case_id = $1 AND officer_id = $2`,
    [reviewCaseId, m.w.users.OFFICER.id],
  );

  return {
    caseId: registered.id,
    caseNumber: registered.number,
    materialId: (material.body as { id: string }).id,
    mediatingCaseId,
    reviewCaseId,
    documentId: document.id,
    alertId: alert.id,
    lawsuitId,
    futureHearingId,
    pastHearingId,
    letterHearingId,
    letterId: letter.id,
  };
}

export async function buildMatrixWorld(): Promise<MatrixWorld> {
  const t = await startApp();
  const fx = await Fixtures.asAdmin(t);
  const w = await fx.world();
  const otherAgency = await fx.createAgency({ headName: '赵六', headTitle: '主任' });
  const otherLiaison = await fx.signedIn(Role.AGENCY_LIAISON, { agencyId: otherAgency.id });

  const jwt = t.app.get(JwtService);
  const past = Math.floor(Date.now() / 1000) - 60;
  const expired = {} as Record<Role, string>;
  const tampered = {} as Record<Role, string>;
  for (const role of ROLES) {
    const u = w.users[role];
    expired[role] = await jwt.signAsync({
      sub: u.id,
      username: u.username,
      role: u.role,
      officeId: u.officeId,
      agencyId: u.agencyId,
      iat: past - 900,
      exp: past,
    });
    tampered[role] = tamper(w.tokens[role]);
  }

  const m: MatrixWorld = {
    t,
    fx,
    w,
    cases: CaseWorld.on(fx, w.agency.id, w.office.id),
    otherAgency,
    tokens: { ...w.tokens, OTHER_LIAISON: otherLiaison.pair.accessToken },
    expired,
    tampered,
    shared: undefined as unknown as Shared,
  };
  m.shared = await sharedResources(m);
  return m;
}
