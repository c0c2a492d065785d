/**
 * Statistics (docs/domain.md, "Statistics: definitions"), over cases and lawsuits
 * driven through the API into every closing state.
 *
 * On a database of its own (every figure counts every case); every date lies in 2019 and 2020, and
 * every figure is read for this suite's own respondent agencies (groupBy=respondent), its own
 * offices (groupBy=office, an agent's scope) or, for the yearly report and the months, for the
 * years only this suite writes.
 *
 * The data of 2020, respondent A unless noted; office O1 = the agent's, O2, or none (the window):
 *
 *   C1   O1   received 2019-12-02, accepted 2019-12-03, UPHOLD 2020-01-20 (carried over)
 *   R1   O1   01-06, accepted 01-07, REVOKE 02-17; recommendation letter 02-20
 *   R2   O2   03-02, accepted 03-09, REVOKE 05-06 (received in March, concluded in May)
 *   R3   none 04-01, accepted 04-02, REVOKE 04-30
 *   CIL  O1   06-01, accepted 06-02, CONFIRM_ILLEGAL 07-15
 *   U2   O1   02-28, accepted 03-02 (due 05-01), suspended 03-10 → 04-09, extended 30 days
 *             (due 06-30), UPHOLD 06-15: on time
 *   U3   none 03-27, accepted 03-30 simplified (due 04-29), UPHOLD 05-20: late
 *   U4   O2   08-03, accepted 08-04, UPHOLD 09-14
 *   D1   none 09-01, accepted 09-02, DISMISS 10-12
 *   D2   O1   10-05, accepted 10-06, DISMISS 11-16
 *   N1–5 O1, none, none, O2, none: 01-13, 02-03, 06-01, 07-01, 11-02, NOT_ACCEPTED two days
 *             later, but N3 on 06-08, the last day of its review period (a refusal after it is
 *             refused: ARL 2023 Art. 30 ¶2)
 *   M1   O1   03-09, pre-case mediation 03-10, MEDIATED 03-12
 *   M2   none 12-01, pre-case mediation 12-02, MEDIATED 12-04
 *   T1   O2   07-01, accepted simplified (due 07-31), suspended 07-10, TERMINATED 09-01 (on
 *             time: the clock stopped on 07-10); opinion letter 09-07
 *   AB1  O1   08-03, supplement served 08-04 (due 08-18), ABANDONED 08-19
 *   OP1  O1   11-02, accepted 11-03 (due 2021-01-04): open
 *   OP2  O2   12-01, acceptance due 12-08, never decided on: open, overdue
 *   OP3  none 09-01, accepted 09-02 simplified, suspended 09-21: open
 *   OP4  O1   08-03, accepted 08-04 simplified (due 09-03): open, overdue
 *   OP5  O2   10-22, acceptance due 10-29, recorded as accepted 11-03: accepted by law on
 *             10-29 (Art. 30 ¶3), so not overdue at the end of October; decision due 12-28
 *
 * Formal hearings (听证, Arts. 50–51), counted held by the day they were held: OP5 noticed 11-16,
 * held 11-25, its head absent (a staff member sent, the reason given: Art. 51 ¶3); OP1 noticed
 * 11-20, held 12-01, the head attending, and noticed 12-14 for 12-28 (after today: not counted);
 * OP4 noticed 09-01 for 09-10 and not held (not counted).
 *
 * 2019, respondent B, no office: PARTIAL_REVOKE, ALTER, CONFIRM_INVALID, ORDER_PERFORMANCE (so the
 * two years together hold all eight merits decisions), an opinion letter 2019-08-20 and a
 * recommendation letter 2020-01-10 to B.
 *
 * Lawsuits (docs/domain.md, "Litigation"; SPC 2020 on heads of agencies in court), 2020 unless
 * noted, one instance each unless noted; "head" = a head of Art. 2 with the identity proof (Art. 6),
 * "staff" = a staff member, "excused" = a reason of Art. 8 with its proof (Art. 9):
 *
 *   LA4  A    filed 2019-03-04, WITHDRAWN 2019-09-02
 *   LA1  A    filed 2019-11-04: H8 (01-01 00:30 local, staff), H4 (01-13, head); REVOKED 03-16.
 *             Appeal (二审) filed 04-13: H12 (06-22, head), H13 (07-27, the court's notice to A's
 *             head served 07-20, staff: Art. 7 exception, the appeal's duty missed); REMANDED
 *             08-31. First instance again filed 09-14, no hearing. Judicial recommendation JR1 to
 *             A received 04-20, due 06-20, never answered (overdue)
 *   LA2  A    filed 02-03: H1 (04-20, head), H2 (05-25, staff); CLAIMS_REJECTED 06-15
 *   LA3  A    filed 05-11: H3 (07-06, letter, cancelled), H7 (09-07, nothing recorded), H5 (12-28)
 *   LA5  A    filed 06-08: H9 (06-29, head), H10 (07-20, staff), H11 (08-24, staff): attended once
 *             in three hearings. JR3 to A received 12-01, due 2021-01-31
 *   LB1  B    filed 04-06: H6 (08-10, head); MEDIATED 10-12
 *   LB2  B    filed 03-02: HB1 (03-30, excused), HB2 (04-27, excused); SUIT_DISMISSED 05-18
 *   LC   A+B  co-defendants, filed 06-01: HC1 (07-13, letters to both; A's head, B's staff), HC2
 *             (08-17, A's staff, B's head); CONFIRMED_UNLAWFUL 09-21. JR2 to B received 09-01,
 *             due 10-31, answered 10-20
 *
 * Today is 2020-12-15 (the TestClock), except while the lawsuits' hearings are driven.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { Workbook } from 'exceljs';
import type { IncomingMessage } from 'node:http';
import type { Test } from 'supertest';
import { IntakeService } from '../src/cases/intake.service';
import { QueueName } from '../src/jobs/queues';
import { RemindersService } from '../src/reminders/reminders.service';
import type {
  LitigationFigures,
  Ratio,
  ReconsiderationFigures,
} from '../src/statistics/rules/figures.rules';
import type { Report } from '../src/statistics/statistics.service';
import { Role } from '../src/access/role';
import { API, CaseBody, CaseWorld, WorldUser } from './support/case-world';
import { expectError, expectFieldError, expectStatus, Fixtures } from './support/fixtures';
import { privateDatabase, startApp, TestApp, unique } from './support/test-app';

// The hooks drive some fifty cases and lawsuits; the e2e testTimeout does not reach hooks.
jest.setTimeout(180_000);

const TODAY = '2020-12-15T10:00:00+08:00';

type Outcome =
  | 'REVOKE'
  | 'PARTIAL_REVOKE'
  | 'ALTER'
  | 'CONFIRM_ILLEGAL'
  | 'CONFIRM_INVALID'
  | 'ORDER_PERFORMANCE'
  | 'UPHOLD'
  | 'DISMISS'
  | 'NOT_ACCEPTED'
  | 'TERMINATED'
  | 'ABANDONED'
  | 'WITHDRAWN'
  | 'APPLICATION_DISMISSED'
  | 'REVIEW_MEDIATED';

const NO_DECISIONS: Record<Outcome, number> = {
  REVOKE: 0,
  PARTIAL_REVOKE: 0,
  ALTER: 0,
  CONFIRM_ILLEGAL: 0,
  CONFIRM_INVALID: 0,
  ORDER_PERFORMANCE: 0,
  UPHOLD: 0,
  DISMISS: 0,
  NOT_ACCEPTED: 0,
  TERMINATED: 0,
  ABANDONED: 0,
  WITHDRAWN: 0,
  APPLICATION_DISMISSED: 0,
  REVIEW_MEDIATED: 0,
};

const CORRECTING: Outcome[] = [
  'REVOKE',
  'PARTIAL_REVOKE',
  'ALTER',
  'CONFIRM_ILLEGAL',
  'CONFIRM_INVALID',
  'ORDER_PERFORMANCE',
];
const MERITS: Outcome[] = [...CORRECTING, 'UPHOLD', 'DISMISS'];

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** A group's figures from its raw counts (for the many small groups; the main ones are literal). */
function figures(c: {
  received?: number;
  preCaseMediated?: number;
  decisions?: Partial<Record<Outcome, number>>;
  pending?: number;
  overdue?: number;
  onTime?: number;
  letters?: number;
  deemed?: number;
  /** Formal hearings held, and among them the respondent's head attended. */
  hearings?: number;
  headAttended?: number;
}): ReconsiderationFigures {
  const byDecision = { ...NO_DECISIONS, ...c.decisions };
  const count = (os: Outcome[]): number => os.reduce((n, o) => n + byDecision[o], 0);
  const concluded = count(Object.keys(NO_DECISIONS) as Outcome[]);
  const merits = count(MERITS);
  const corrected = count(CORRECTING);
  return {
    received: c.received ?? 0,
    preCaseMediated: c.preCaseMediated ?? 0,
    concluded,
    handled: (c.preCaseMediated ?? 0) + concluded,
    byDecision,
    merits,
    corrected,
    correctionRate: ratio(corrected, merits),
    pending: c.pending ?? 0,
    overdue: c.overdue ?? 0,
    onTimeRate: ratio(c.onTime ?? 0, concluded),
    recommendationLetters: c.letters ?? 0,
    deemedAccepted: c.deemed ?? 0,
    formalHearingsHeld: c.hearings ?? 0,
    formalHearingHeadAttended: c.headAttended ?? 0,
    formalHearingHeadAttendanceRate: ratio(c.headAttended ?? 0, c.hearings ?? 0),
  };
}

type JudgmentKind =
  | 'CLAIMS_REJECTED'
  | 'SUIT_DISMISSED'
  | 'WITHDRAWN'
  | 'MEDIATED'
  | 'REVOKED'
  | 'PERFORMANCE_ORDERED'
  | 'CONFIRMED_UNLAWFUL'
  | 'CONFIRMED_VOID'
  | 'VARIED'
  | 'COMPENSATION'
  | 'REMANDED';

const NO_JUDGMENTS: Record<JudgmentKind, number> = {
  CLAIMS_REJECTED: 0,
  SUIT_DISMISSED: 0,
  WITHDRAWN: 0,
  MEDIATED: 0,
  REVOKED: 0,
  PERFORMANCE_ORDERED: 0,
  CONFIRMED_UNLAWFUL: 0,
  CONFIRMED_VOID: 0,
  VARIED: 0,
  COMPENSATION: 0,
  REMANDED: 0,
};

const LOSING: JudgmentKind[] = [
  'REVOKED',
  'PERFORMANCE_ORDERED',
  'CONFIRMED_UNLAWFUL',
  'CONFIRMED_VOID',
  'VARIED',
  'COMPENSATION',
];

/** A group's litigation figures from its raw counts. */
function litigation(c: {
  lawsuits?: number;
  reminderLetters?: number;
  /** Per hearing × defendant: held, the head attended, excused. */
  hearings?: [held: number, attended: number, excused?: number];
  /** Per instance × defendant (SPC 2020 Art. 7): heard, the duty fulfilled, excused. */
  instances?: [heard: number, attended: number, excused?: number];
  judgments?: Partial<Record<JudgmentKind, number>>;
  /** Judicial recommendations received, answered, overdue. */
  recommendations?: [received: number, answered: number, overdue: number];
}): LitigationFigures {
  const [held, hearingsAttended, hearingsExcused = 0] = c.hearings ?? [0, 0];
  const [heard, instancesAttended, instancesExcused = 0] = c.instances ?? [0, 0];
  const byJudgment = { ...NO_JUDGMENTS, ...c.judgments };
  const judgments = (Object.keys(byJudgment) as JudgmentKind[])
    .filter((k) => k !== 'REMANDED')
    .reduce((n, k) => n + byJudgment[k], 0);
  const lost = LOSING.reduce((n, k) => n + byJudgment[k], 0);
  const [received, answered, overdue] = c.recommendations ?? [0, 0, 0];
  return {
    lawsuits: c.lawsuits ?? 0,
    reminderLetters: c.reminderLetters ?? 0,
    hearingsHeld: held,
    hearingsHeadAttended: hearingsAttended,
    hearingsHeadExcused: hearingsExcused,
    headAttendanceRateByHearing: ratio(hearingsAttended, held),
    instancesHeard: heard,
    instancesHeadAttended: instancesAttended,
    instancesHeadExcused: instancesExcused,
    headAttendanceRate: ratio(instancesAttended, heard),
    judgments,
    byJudgment,
    lost,
    lossRate: ratio(lost, judgments),
    judicialRecommendations: received,
    judicialRecommendationsAnswered: answered,
    judicialRecommendationsOverdue: overdue,
  };
}

/** Collects a binary body (supertest parses only text and JSON by itself). */
function binary(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** What exceljs reads (its typings predate the generic Buffer of @types/node). */
type XlsxData = Parameters<Workbook['xlsx']['load']>[0];

/** Everything the suites below share: the agencies, offices and the hearing ids. */
const world = {
  agencyA: '',
  agencyB: '',
  office1: '',
  office2: '',
  /** OP19, a case of B, for letters to B. */
  caseOfB: '',
};

// Every figure counts every case: this file runs on a database of its own, so what other suites
// and their fuzzers register (any date, any office) never enters them. The snapshots below read
// the cases the first block builds.
let privateDb: { url: string; drop: () => Promise<void> } | undefined;
const db = (): { url: string } => privateDb as { url: string };
beforeAll(async () => {
  privateDb = await privateDatabase('statistics');
});
afterAll(() => privateDb?.drop());

describe('statistics over cases and lawsuits in every closing state', () => {
  let t: TestApp;
  let w: CaseWorld;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let agent: WorldUser;
  let agent2: string;
  let viewer: WorldUser;
  let liaison: WorldUser;
  const ids: Record<string, string> = {};
  const hearings: Record<string, { lawsuit: string; id: string }> = {};
  const lawsuitIds: Record<string, string> = {};

  async function call<T>(req: Test, status: number): Promise<T> {
    const res = await req;
    expectStatus(res, status);
    return res.body as T;
  }

  const patch = (token: string, path: string, body: object): Test =>
    t.http().patch(`${API}${path}`).set('authorization', `Bearer ${token}`).send(body);

  // ---- reconsideration ------------------------------------------------------------------------

  async function register(
    name: string,
    receivedOn: string,
    office: 'O1' | 'O2' | 'none',
    respondentId = world.agencyA,
    act: { type: string } = { type: 'OTHER' },
  ): Promise<string> {
    // The agent files for its own office (forced to AGENT_POINT); O2's cases come by officer.
    const token = office === 'O1' ? agent.token : officer.token;
    const where = office === 'O2' ? { channel: 'AGENT_POINT', officeId: world.office2 } : {};
    const c = await w.register(token, { receivedOn, respondentId, act, ...where });
    expect(c.officeId).toBe(
      office === 'O1' ? world.office1 : office === 'O2' ? world.office2 : null,
    );
    ids[name] = c.id;
    return c.id;
  }

  const caseAct = (who: WorldUser, id: string, path: string, body: object, status = 200) =>
    call<CaseBody>(w.post(who.token, `/cases/${id}${path}`, body), status);

  const accept = (id: string, acceptedOn: string, procedure: 'ORDINARY' | 'SIMPLIFIED') =>
    w.accept(officer.token, id, acceptedOn, procedure);

  async function decide(id: string, type: Outcome, decidedOn: string): Promise<CaseBody> {
    await caseAct(
      officer,
      id,
      '/decision',
      {
        type,
        reasoning: '经审理查明',
        legalBasis: ['《中华人民共和国行政复议法》第六十三条'],
        // Art. 63 para 2: an alteration is not less favourable to the applicant.
        ...(type === 'ALTER' ? { notLessFavourable: true } : {}),
      },
      201,
    );
    const done = await caseAct(reviewer, id, '/decision/approval', { approved: true, decidedOn });
    expect(done).toMatchObject({ status: 'DECIDED', outcome: type, concludedOn: decidedOn });
    return done;
  }

  /** Received, accepted (ordinary unless said) and decided. */
  async function decided(
    name: string,
    office: 'O1' | 'O2' | 'none',
    receivedOn: string,
    acceptedOn: string,
    type: Outcome,
    decidedOn: string,
    options: { respondentId?: string; procedure?: 'ORDINARY' | 'SIMPLIFIED' } = {},
  ): Promise<string> {
    // Art. 69: 驳回复议请求 answers an application against a failure to act.
    const act = { type: type === 'DISMISS' ? 'INACTION' : 'OTHER' };
    const id = await register(name, receivedOn, office, options.respondentId, act);
    await accept(id, acceptedOn, options.procedure ?? 'ORDINARY');
    await decide(id, type, decidedOn);
    return id;
  }

  async function notAccepted(
    name: string,
    office: 'O1' | 'O2' | 'none',
    receivedOn: string,
    decidedOn: string,
  ): Promise<CaseBody> {
    const id = await register(name, receivedOn, office);
    const done = await caseAct(reviewer, id, '/acceptance', {
      accepted: false,
      reason: '不属于行政复议受理范围',
      decidedOn,
    });
    expect(done).toMatchObject({ status: 'NOT_ACCEPTED', concludedOn: decidedOn });
    return done;
  }

  async function mediated(
    name: string,
    office: 'O1' | 'O2' | 'none',
    receivedOn: string,
    startedOn: string,
    concludedOn: string,
  ): Promise<void> {
    const id = await register(name, receivedOn, office);
    await caseAct(officer, id, '/pre-mediation', { mediatorName: '李调解员', startedOn }, 201);
    const done = await caseAct(officer, id, '/pre-mediation/outcome', {
      outcome: 'SUCCEEDED',
      concludedOn,
      agreement: '被申请人撤回原行政行为',
    });
    expect(done).toMatchObject({ status: 'MEDIATED', outcome: 'MEDIATED', concludedOn });
  }

  const letter = (
    caseId: string,
    kind: 'RECOMMENDATION' | 'OPINION',
    agencyId: string,
    issuedOn: string,
  ) =>
    call(
      w.post(officer.token, `/cases/${caseId}/recommendation-letters`, {
        kind,
        agencyId,
        issuedOn,
        content: '建议规范执法程序',
      }),
      201,
    );

  async function buildCases(): Promise<void> {
    // 2019: the four merits decisions 2020 does not have, against B.
    const b = { respondentId: world.agencyB };
    await decided('P19', 'none', '2019-03-04', '2019-03-05', 'PARTIAL_REVOKE', '2019-04-15', b);
    await decided('A19', 'none', '2019-05-06', '2019-05-07', 'ALTER', '2019-06-10', b);
    const ci19 = await decided(
      'CI19',
      'none',
      '2019-07-01',
      '2019-07-02',
      'CONFIRM_INVALID',
      '2019-08-12',
      b,
    );
    world.caseOfB = await decided(
      'OP19',
      'none',
      '2019-09-02',
      '2019-09-03',
      'ORDER_PERFORMANCE',
      '2019-10-14',
      b,
    );
    await letter(ci19, 'OPINION', world.agencyB, '2019-08-20');
    await letter(world.caseOfB, 'RECOMMENDATION', world.agencyB, '2020-01-10');

    // Carried over: received in 2019, decided in 2020.
    await decided('C1', 'O1', '2019-12-02', '2019-12-03', 'UPHOLD', '2020-01-20');

    // The worked example of docs/domain.md: 3 revoked, 1 confirmed illegal, 4 upheld (with C1),
    // 2 dismissed, 5 not accepted.
    const r1 = await decided('R1', 'O1', '2020-01-06', '2020-01-07', 'REVOKE', '2020-02-17');
    await letter(r1, 'RECOMMENDATION', world.agencyA, '2020-02-20');
    await decided('R2', 'O2', '2020-03-02', '2020-03-09', 'REVOKE', '2020-05-06');
    await decided('R3', 'none', '2020-04-01', '2020-04-02', 'REVOKE', '2020-04-30');
    await decided('CIL', 'O1', '2020-06-01', '2020-06-02', 'CONFIRM_ILLEGAL', '2020-07-15');

    // Suspended and extended: the deadline moves from 05-01 to 06-30, so 06-15 is on time.
    const u2 = await register('U2', '2020-02-28', 'O1');
    expect((await accept(u2, '2020-03-02', 'ORDINARY')).decisionDueOn).toBe('2020-05-01');
    await caseAct(officer, u2, '/suspension', {
      ground: 'AWAITING_OTHER_CASE',
      reason: '等待另案结果',
      suspendedOn: '2020-03-10',
    });
    // + 30 days: Sunday 05-31 → Monday 06-01.
    expect(
      (await caseAct(officer, u2, '/resumption', { resumedOn: '2020-04-09' })).decisionDueOn,
    ).toBe('2020-06-01');
    expect(
      (await caseAct(reviewer, u2, '/extension', { reason: '案情复杂', days: 30 })).decisionDueOn,
    ).toBe('2020-06-30');
    await decide(u2, 'UPHOLD', '2020-06-15');

    // Decided late: simplified, due 04-29, decided 05-20 (overdue at the end of April).
    const u3 = await register('U3', '2020-03-27', 'none');
    expect((await accept(u3, '2020-03-30', 'SIMPLIFIED')).decisionDueOn).toBe('2020-04-29');
    await decide(u3, 'UPHOLD', '2020-05-20');

    await decided('U4', 'O2', '2020-08-03', '2020-08-04', 'UPHOLD', '2020-09-14');
    await decided('D1', 'none', '2020-09-01', '2020-09-02', 'DISMISS', '2020-10-12');
    await decided('D2', 'O1', '2020-10-05', '2020-10-06', 'DISMISS', '2020-11-16');

    await notAccepted('N1', 'O1', '2020-01-13', '2020-01-15');
    await notAccepted('N2', 'none', '2020-02-03', '2020-02-05');
    // On the last day: acceptance due 06-08, refused 06-08.
    expect((await notAccepted('N3', 'none', '2020-06-01', '2020-06-08')).acceptanceDueOn).toBe(
      '2020-06-08',
    );
    await notAccepted('N4', 'O2', '2020-07-01', '2020-07-03');
    await notAccepted('N5', 'none', '2020-11-02', '2020-11-04');

    await mediated('M1', 'O1', '2020-03-09', '2020-03-10', '2020-03-12');
    await mediated('M2', 'none', '2020-12-01', '2020-12-02', '2020-12-04');

    // Terminated while suspended: the clock stopped on 07-10, before its deadline 07-31, so the
    // withdrawal on 09-01 is within the deadline.
    const t1 = await register('T1', '2020-07-01', 'O2');
    expect((await accept(t1, '2020-07-01', 'SIMPLIFIED')).decisionDueOn).toBe('2020-07-31');
    await caseAct(officer, t1, '/suspension', {
      ground: 'FORCE_MAJEURE',
      reason: '申请人住院',
      suspendedOn: '2020-07-10',
    });
    // The office allows the withdrawal (准予撤回, Art. 41 item 1): a REVIEWER records it.
    expect(
      await caseAct(reviewer, t1, '/termination', {
        reason: 'WITHDRAWN',
        concludedOn: '2020-09-01',
      }),
    ).toMatchObject({ status: 'TERMINATED', outcome: 'TERMINATED', concludedOn: '2020-09-01' });
    await letter(t1, 'OPINION', world.agencyA, '2020-09-07');

    // Abandoned: the supplement reply was due 08-18; deemed abandoned the day after.
    const ab1 = await register('AB1', '2020-08-03', 'O1');
    await caseAct(
      officer,
      ab1,
      '/supplement-requests',
      { items: ['身份证明'], noticeServedOn: '2020-08-04' },
      201,
    );
    expect((await w.read(ab1)).supplementDueOn).toBe('2020-08-18');
    await t.app.get(IntakeService).abandonExpired('2020-08-19');
    expect(await w.read(ab1)).toMatchObject({
      status: 'ABANDONED',
      outcome: 'ABANDONED',
      concludedOn: '2020-08-19',
    });

    // Open at the end of 2020.
    const op1 = await register('OP1', '2020-11-02', 'O1');
    expect((await accept(op1, '2020-11-03', 'ORDINARY')).decisionDueOn).toBe('2021-01-04');
    expect((await w.read(await register('OP2', '2020-12-01', 'O2'))).acceptanceDueOn).toBe(
      '2020-12-08',
    );
    const op3 = await register('OP3', '2020-09-01', 'none');
    await accept(op3, '2020-09-02', 'SIMPLIFIED');
    await caseAct(officer, op3, '/suspension', {
      ground: 'OTHER',
      reason: '等待鉴定',
      suspendedOn: '2020-09-21',
    });
    const op4 = await register('OP4', '2020-08-03', 'O1');
    expect((await accept(op4, '2020-08-04', 'SIMPLIFIED')).decisionDueOn).toBe('2020-09-03');
    // Accepted late: overdue at the end of October (acceptance), not at the end of November.
    const op5 = await register('OP5', '2020-10-22', 'O2');
    expect((await w.read(op5)).acceptanceDueOn).toBe('2020-10-29');
    // Recorded 11-03, after the review period: accepted by law on 10-29 (Art. 30 ¶3); 10-29 + 60
    // days = Monday 12-28.
    expect(await accept(op5, '2020-11-03', 'ORDINARY')).toMatchObject({
      acceptedOn: '2020-10-29',
      decisionDueOn: '2020-12-28',
    });

    // Formal hearings (Arts. 50–51): the notice 5 working days ahead; only those held count.
    const formalHearing = async (
      id: string,
      noticeServedOn: string,
      heldOn: string,
      record: object | null,
    ): Promise<void> => {
      const h = await call<{ id: string }>(
        w.post(officer.token, `/cases/${id}/formal-hearings`, {
          reason: 'APPLICANT_REQUEST',
          noticeServedOn,
          heldOn,
          place: '区司法局听证室',
          matters: '原行政行为认定的事实',
        }),
        201,
      );
      if (record) {
        await call(
          w.post(officer.token, `/cases/${id}/formal-hearings/${h.id}/record`, record),
          200,
        );
      }
    };
    const held = { held: true, record: '听证笔录', respondentAttendeeTitle: '局长' };
    await formalHearing(op5, '2020-11-16', '2020-11-25', {
      ...held,
      respondentHeadAttended: false,
      respondentAttendeeName: '赵六',
      respondentAttendeeTitle: '法制科科长',
      headAbsenceReason: '局长出差',
    });
    await formalHearing(op1, '2020-11-20', '2020-12-01', {
      ...held,
      respondentHeadAttended: true,
      respondentAttendeeName: '王五',
    });
    await formalHearing(op1, '2020-12-14', '2020-12-28', null);
    await formalHearing(op4, '2020-09-01', '2020-09-10', {
      held: false,
      reason: '申请人撤回听证请求',
    });
  }

  // ---- litigation -------------------------------------------------------------------------------

  async function lawsuit(defendantAgencyIds: string[], filedOn: string): Promise<string> {
    const body = await call<{ id: string }>(
      w.post(officer.token, '/litigation-cases', {
        court: '某区人民法院',
        courtCaseNumber: unique('(2020)行初'),
        plaintiff: '周八',
        defendantAgencyIds,
        cause: '行政处罚',
        filedOn,
      }),
      201,
    );
    return body.id;
  }

  /** The next instance: an appeal, or a first instance again after a remand. */
  const instance = (
    lawsuitId: string,
    stage: 'FIRST_INSTANCE' | 'SECOND_INSTANCE' | 'RETRIAL',
    filedOn: string,
  ) =>
    call(
      w.post(officer.token, `/litigation-cases/${lawsuitId}/instances`, {
        stage,
        court: stage === 'SECOND_INSTANCE' ? '某市中级人民法院' : '某区人民法院',
        courtCaseNumber: unique(stage === 'SECOND_INSTANCE' ? '(2020)行终' : '(2020)行初'),
        filedOn,
      }),
      201,
    );

  async function hearing(name: string, lawsuitId: string, scheduledAt: string): Promise<void> {
    const body = await call<{ id: string }>(
      w.post(officer.token, `/litigation-cases/${lawsuitId}/hearings`, {
        scheduledAt,
        court: '某区人民法院',
        courtroom: '第一法庭',
      }),
      201,
    );
    hearings[name] = { lawsuit: lawsuitId, id: body.id };
  }

  /** Who appeared for a defendant, as the office records it (SPC 2020 Arts. 2, 6, 8–9). */
  const APPEARANCES = {
    head: {
      attendeeRole: 'PRINCIPAL',
      attendeeName: '王五',
      attendeeTitle: '局长',
      identityProofSubmitted: true,
    },
    deputy: {
      attendeeRole: 'DEPUTY',
      attendeeName: '钱七',
      attendeeTitle: '副局长',
      identityProofSubmitted: true,
    },
    staff: { attendeeRole: 'STAFF', attendeeName: '赵六', attendeeTitle: '法制科科长' },
    excused: {
      attendeeRole: 'STAFF',
      attendeeName: '赵六',
      attendeeTitle: '法制科科长',
      absenceReason: 'IRREPLACEABLE_DUTY',
      absenceProof: '区政府常务会议通知（加盖公章）',
    },
  } as const;

  const attended = (name: string, who: keyof typeof APPEARANCES, agencyId?: string) =>
    call(
      w.post(
        officer.token,
        `/litigation-cases/${hearings[name].lawsuit}/hearings/${hearings[name].id}/attendance`,
        { ...APPEARANCES[who], ...(agencyId ? { agencyId } : {}) },
      ),
      200,
    );

  /** The court's 出庭通知书 to a defendant's head (SPC 2020 Art. 5 ¶2). */
  const courtNotice = (name: string, agencyId: string, servedOn: string) =>
    call(
      w.post(
        officer.token,
        `/litigation-cases/${hearings[name].lawsuit}/hearings/${hearings[name].id}/court-notices`,
        { agencyId, servedOn },
      ),
      200,
    );

  const judgment = (lawsuitId: string, kind: JudgmentKind, judgedOn: string) =>
    call(w.post(officer.token, `/litigation-cases/${lawsuitId}/judgment`, { kind, judgedOn }), 200);

  async function recommendation(
    lawsuitId: string,
    agencyId: string,
    receivedOn: string,
    dueOn: string,
  ): Promise<string> {
    const body = await call<{ id: string }>(
      w.post(officer.token, `/litigation-cases/${lawsuitId}/judicial-recommendations`, {
        agencyId,
        court: '某区人民法院',
        documentNumber: unique('(2020)司建'),
        summary: '建议规范行政处罚告知程序',
        receivedOn,
        dueOn,
      }),
      201,
    );
    return body.id;
  }

  const issueAt = async (instant: string): Promise<void> => {
    t.clock.set(instant);
    await t.app.get(RemindersService).issueDue();
  };

  async function issuedKinds(name: string): Promise<string[]> {
    const page = await call<{ items: { kind: string }[] }>(
      w.get(officer.token, `/reminder-letters?hearingId=${hearings[name].id}`),
      200,
    );
    return page.items.map((l) => l.kind).sort();
  }

  /** The lawsuits of the header, in the order of the days they happen on. */
  async function buildLawsuits(): Promise<void> {
    const A = world.agencyA;
    const B = world.agencyB;
    t.clock.set('2020-01-20T10:00:00+08:00');
    const la4 = await lawsuit([A], '2019-03-04');
    await judgment(la4, 'WITHDRAWN', '2019-09-02');
    const la1 = await lawsuit([A], '2019-11-04');
    lawsuitIds.LA1 = la1;
    // Entered after they were held: no letters. 00:30 on 1 January is 2019-12-31 in UTC.
    await hearing('H8', la1, '2020-01-01T00:30:00+08:00');
    await hearing('H4', la1, '2020-01-13T09:00:00+08:00');
    await attended('H8', 'staff');
    await attended('H4', 'head');

    t.clock.set('2020-02-03T10:00:00+08:00');
    const la2 = await lawsuit([A], '2020-02-03');
    t.clock.set('2020-03-02T10:00:00+08:00');
    const lb2 = await lawsuit([B], '2020-03-02');
    t.clock.set('2020-03-16T10:00:00+08:00');
    await judgment(la1, 'REVOKED', '2020-03-16');
    // B's head excused (Arts. 8–9), entered the day after.
    t.clock.set('2020-03-31T10:00:00+08:00');
    await hearing('HB1', lb2, '2020-03-30T09:00:00+08:00');
    await attended('HB1', 'excused');

    t.clock.set('2020-04-01T10:00:00+08:00');
    await hearing('H1', la2, '2020-04-20T09:30:00+08:00');
    t.clock.set('2020-04-06T10:00:00+08:00');
    const lb1 = await lawsuit([B], '2020-04-06');
    // LA1 appealed (二审): a duty of its own (Art. 7 ¶2).
    t.clock.set('2020-04-13T10:00:00+08:00');
    await instance(la1, 'SECOND_INSTANCE', '2020-04-13');
    await issueAt('2020-04-14T10:00:00+08:00'); // H1's letter
    await issueAt('2020-04-19T10:00:00+08:00'); // H1's eve notice
    t.clock.set('2020-04-21T10:00:00+08:00');
    await attended('H1', 'head');
    await recommendation(la1, A, '2020-04-20', '2020-06-20'); // JR1, never answered
    t.clock.set('2020-04-28T10:00:00+08:00');
    await hearing('HB2', lb2, '2020-04-27T09:00:00+08:00');
    await attended('HB2', 'excused');

    t.clock.set('2020-05-01T10:00:00+08:00');
    await hearing('H2', la2, '2020-05-25T14:00:00+08:00');
    t.clock.set('2020-05-11T10:00:00+08:00');
    const la3 = await lawsuit([A], '2020-05-11');
    await issueAt('2020-05-19T10:00:00+08:00'); // H2's letter; its eve notice never goes out
    await judgment(lb2, 'SUIT_DISMISSED', '2020-05-18');
    t.clock.set('2020-05-26T10:00:00+08:00');
    await attended('H2', 'staff');

    // Co-defendants (ALL Art. 26 ¶2): each hearing's letter goes to both heads.
    t.clock.set('2020-06-01T10:00:00+08:00');
    const lc = await lawsuit([A, B], '2020-06-01');
    await hearing('HC1', lc, '2020-07-13T09:00:00+08:00');
    t.clock.set('2020-06-08T10:00:00+08:00');
    const la5 = await lawsuit([A], '2020-06-08');
    t.clock.set('2020-06-15T10:00:00+08:00');
    await judgment(la2, 'CLAIMS_REJECTED', '2020-06-15');
    t.clock.set('2020-06-20T10:00:00+08:00');
    await hearing('H3', la3, '2020-07-06T09:00:00+08:00');
    await issueAt('2020-06-30T10:00:00+08:00'); // H3's letter
    t.clock.set('2020-07-01T10:00:00+08:00');
    await call(
      patch(officer.token, `/litigation-cases/${la3}/hearings/${hearings.H3.id}`, {
        status: 'CANCELLED',
      }),
      200,
    );
    await issueAt('2020-07-07T10:00:00+08:00'); // HC1's letters, one to each defendant
    t.clock.set('2020-07-14T10:00:00+08:00');
    await attended('HC1', 'head', A);
    await attended('HC1', 'staff', B);

    t.clock.set('2020-08-01T10:00:00+08:00');
    await hearing('H6', lb1, '2020-08-10T09:00:00+08:00');
    await issueAt('2020-08-04T10:00:00+08:00'); // H6's letter
    t.clock.set('2020-08-11T10:00:00+08:00');
    await attended('H6', 'head');
    t.clock.set('2020-08-18T10:00:00+08:00');
    await hearing('HC2', lc, '2020-08-17T09:00:00+08:00');
    await attended('HC2', 'staff', A);
    await attended('HC2', 'deputy', B);

    // Entered after they were held: LA5's three hearings, the appeal's two.
    t.clock.set('2020-08-25T10:00:00+08:00');
    await hearing('H9', la5, '2020-06-29T09:00:00+08:00');
    await hearing('H10', la5, '2020-07-20T09:00:00+08:00');
    await hearing('H11', la5, '2020-08-24T09:00:00+08:00');
    await attended('H9', 'head');
    await attended('H10', 'staff');
    await attended('H11', 'staff');
    await hearing('H12', la1, '2020-06-22T09:00:00+08:00');
    await hearing('H13', la1, '2020-07-27T09:00:00+08:00');
    await attended('H12', 'deputy');
    await courtNotice('H13', A, '2020-07-20');
    await attended('H13', 'staff');
    t.clock.set('2020-08-31T10:00:00+08:00');
    await judgment(la1, 'REMANDED', '2020-08-31');

    t.clock.set('2020-09-10T10:00:00+08:00');
    await hearing('H7', la3, '2020-09-07T09:00:00+08:00');
    const jr2 = await recommendation(lc, B, '2020-09-01', '2020-10-31');
    t.clock.set('2020-09-14T10:00:00+08:00');
    await instance(la1, 'FIRST_INSTANCE', '2020-09-14');
    t.clock.set('2020-09-21T10:00:00+08:00');
    await judgment(lc, 'CONFIRMED_UNLAWFUL', '2020-09-21');
    t.clock.set('2020-10-12T10:00:00+08:00');
    await judgment(lb1, 'MEDIATED', '2020-10-12');
    t.clock.set('2020-10-20T10:00:00+08:00');
    await call(
      w.post(officer.token, `/litigation-cases/${lc}/judicial-recommendations/${jr2}/answer`, {
        answeredOn: '2020-10-20',
        answer: '已修订行政处罚告知书格式并组织培训',
      }),
      200,
    );

    t.clock.set(TODAY);
    await recommendation(la5, A, '2020-12-01', '2021-01-31'); // JR3
    await hearing('H5', la3, '2020-12-28T09:00:00+08:00');
    await t.app.get(RemindersService).issueDue();
  }

  beforeAll(async () => {
    t = await startApp({ env: { DATABASE_URL: db().url } });
    w = await CaseWorld.create(t);
    const [agencyB, office2] = await Promise.all([
      w.fixtures.createAgency({ name: unique('区交通运输局') }),
      w.fixtures.createOffice({ name: unique('丁镇司法所'), township: '丁镇' }),
    ]);
    world.agencyA = w.agencyId;
    world.agencyB = agencyB.id;
    world.office1 = w.officeId;
    world.office2 = office2.id;
    [officer, reviewer, agent, viewer, liaison] = await Promise.all([
      w.user('OFFICER'),
      w.user('REVIEWER'),
      w.user('AGENT'),
      w.user('VIEWER'),
      w.user('AGENCY_LIAISON'),
    ]);
    agent2 = (await w.fixtures.signedIn(Role.AGENT, { officeId: office2.id })).pair.accessToken;

    await buildLawsuits();
    t.clock.set(TODAY);
    await buildCases();
  });

  afterAll(() => t?.close());

  const reconsideration = (token: string, query: string) =>
    call<Report<ReconsiderationFigures>>(w.get(token, `/statistics/reconsideration?${query}`), 200);
  const lawsuits = (token: string, query: string) =>
    call<Report<LitigationFigures>>(w.get(token, `/statistics/litigation?${query}`), 200);
  const groupOf = <F>(report: Report<F>, key: string): F | undefined =>
    report.groups.find((g) => g.key === key)?.figures;

  const YEAR_2020 = 'from=2020-01-01&to=2020-12-31';

  /** Respondent A in 2020: the worked example, with everything else around it. */
  const A_2020: ReconsiderationFigures = {
    received: 23,
    preCaseMediated: 2,
    concluded: 17,
    handled: 19,
    byDecision: {
      REVOKE: 3,
      PARTIAL_REVOKE: 0,
      ALTER: 0,
      CONFIRM_ILLEGAL: 1,
      CONFIRM_INVALID: 0,
      ORDER_PERFORMANCE: 0,
      UPHOLD: 4,
      DISMISS: 2,
      NOT_ACCEPTED: 5,
      TERMINATED: 1,
      ABANDONED: 1,
      WITHDRAWN: 0,
      APPLICATION_DISMISSED: 0,
      REVIEW_MEDIATED: 0,
    },
    merits: 10,
    corrected: 4,
    correctionRate: { numerator: 4, denominator: 10, rate: 0.4 },
    pending: 5,
    // At 12-31: OP2 (acceptance due 12-08, the nightly job not run), OP4 (since 09-03) and OP5
    // (accepted by law on 10-29, decision due 12-28).
    overdue: 3,
    // U3 (decided late) is the one not on time.
    onTimeRate: { numerator: 16, denominator: 17, rate: 16 / 17 },
    recommendationLetters: 2,
    // OP5.
    deemedAccepted: 1,
    // OP5 (the head absent) and OP1 (the head attending); not OP1's second, not OP4's.
    formalHearingsHeld: 2,
    formalHearingHeadAttended: 1,
    formalHearingHeadAttendanceRate: { numerator: 1, denominator: 2, rate: 0.5 },
  };

  describe('reconsideration', () => {
    it('2020 by respondent: every figure of docs/domain.md, the worked example 40%', async () => {
      const report = await reconsideration(w.admin, `${YEAR_2020}&groupBy=respondent`);
      expect(report).toMatchObject({ from: '2020-01-01', to: '2020-12-31', groupBy: 'respondent' });
      expect(groupOf(report, world.agencyA)).toEqual(A_2020);
      // B had no case open in 2020, only the recommendation letter it received.
      expect(groupOf(report, world.agencyB)).toEqual(figures({ letters: 1 }));
      const a = report.groups.find((g) => g.key === world.agencyA)!;
      expect(a.label).toMatch(/^区自然资源局-/);
    });

    it('2020 in total (only this suite writes 2020) equals A plus B', async () => {
      const report = await reconsideration(w.admin, YEAR_2020);
      expect(report.groupBy).toBeNull();
      expect(report.groups).toEqual([]);
      expect(report.total).toEqual({ ...A_2020, recommendationLetters: 3 });
    });

    it('2019: the four other merits decisions; the carried-over case pending', async () => {
      const report = await reconsideration(
        w.admin,
        'from=2019-01-01&to=2019-12-31&groupBy=respondent',
      );
      expect(groupOf(report, world.agencyB)).toEqual(
        figures({
          received: 4,
          decisions: { PARTIAL_REVOKE: 1, ALTER: 1, CONFIRM_INVALID: 1, ORDER_PERFORMANCE: 1 },
          onTime: 4,
          letters: 1,
        }),
      );
      // C1: received in 2019 (counted there), open at 2019-12-31, concluded in 2020 (counted in
      // 2020's concluded but not in 2020's received).
      expect(groupOf(report, world.agencyA)).toEqual(figures({ received: 1, pending: 1 }));
    });

    it('both years together: all eight merits decisions', async () => {
      const report = await reconsideration(
        w.admin,
        'from=2019-01-01&to=2020-12-31&groupBy=respondent',
      );
      const total = figures({
        received: 28,
        preCaseMediated: 2,
        decisions: {
          REVOKE: 3,
          PARTIAL_REVOKE: 1,
          ALTER: 1,
          CONFIRM_ILLEGAL: 1,
          CONFIRM_INVALID: 1,
          ORDER_PERFORMANCE: 1,
          UPHOLD: 4,
          DISMISS: 2,
          NOT_ACCEPTED: 5,
          TERMINATED: 1,
          ABANDONED: 1,
        },
        pending: 5,
        overdue: 3,
        onTime: 20,
        letters: 4,
        deemed: 1,
        hearings: 2,
        headAttended: 1,
      });
      expect(total).toMatchObject({ merits: 14, corrected: 8, concluded: 21, handled: 23 });
      const a = groupOf(report, world.agencyA)!;
      const b = groupOf(report, world.agencyB)!;
      expect(a.received + b.received).toBe(total.received);
      // C1 counted once in received (2019's), once in concluded (2020's).
      expect(a).toEqual({ ...A_2020, received: 24 });
      expect(b).toEqual(
        figures({
          received: 4,
          decisions: { PARTIAL_REVOKE: 1, ALTER: 1, CONFIRM_INVALID: 1, ORDER_PERFORMANCE: 1 },
          onTime: 4,
          letters: 2,
        }),
      );
      expect(report.total).toEqual(total);
    });

    it('pending and overdue at a period end inside the year', async () => {
      // At 2020-10-31: OP3 (suspended), OP4 (overdue since 09-03), D2, and OP5, accepted by law
      // on 10-29 (its acceptance came only on 11-03), so not overdue.
      const report = await reconsideration(
        w.admin,
        'from=2020-10-01&to=2020-10-31&groupBy=respondent',
      );
      expect(groupOf(report, world.agencyA)).toEqual(
        figures({
          received: 2,
          decisions: { DISMISS: 1 },
          onTime: 1,
          pending: 4,
          overdue: 1,
          deemed: 1,
        }),
      );
      // At 2020-08-31 T1 is suspended (its clock stopped before 07-31): not overdue.
      const august = await reconsideration(
        w.admin,
        'from=2020-08-01&to=2020-08-31&groupBy=respondent',
      );
      expect(groupOf(august, world.agencyA)).toEqual(
        figures({ received: 3, decisions: { ABANDONED: 1 }, onTime: 1, pending: 3, overdue: 0 }),
      );
    });

    it('by office: each filing office, and the window', async () => {
      const report = await reconsideration(w.admin, `${YEAR_2020}&groupBy=office`);
      const o1 = figures({
        received: 9,
        preCaseMediated: 1,
        decisions: {
          REVOKE: 1,
          CONFIRM_ILLEGAL: 1,
          UPHOLD: 2,
          DISMISS: 1,
          NOT_ACCEPTED: 1,
          ABANDONED: 1,
        },
        pending: 2,
        overdue: 1,
        onTime: 7,
        letters: 1,
        // OP1's, the head attending.
        hearings: 1,
        headAttended: 1,
      });
      expect(o1).toMatchObject({ merits: 5, corrected: 2, correctionRate: { rate: 0.4 } });
      expect(groupOf(report, world.office1)).toEqual(o1);
      expect(groupOf(report, world.office2)).toEqual(
        figures({
          received: 6,
          decisions: { REVOKE: 1, UPHOLD: 1, NOT_ACCEPTED: 1, TERMINATED: 1 },
          pending: 2,
          // OP4 and OP5 (decision due 12-28).
          overdue: 2,
          onTime: 4,
          letters: 1,
          deemed: 1,
          // OP5's, the head absent.
          hearings: 1,
        }),
      );
      const none = report.groups.find((g) => g.key === 'none')!;
      expect(none.label).toBe('未经代办点');
      expect(none.figures).toEqual(
        figures({
          received: 8,
          preCaseMediated: 1,
          decisions: { REVOKE: 1, UPHOLD: 1, DISMISS: 1, NOT_ACCEPTED: 3 },
          pending: 1,
          onTime: 5,
          letters: 1,
        }),
      );
    });

    it('by month: each figure in the month of its own date', async () => {
      const report = await reconsideration(w.admin, `${YEAR_2020}&groupBy=month`);
      // [month, received, mediated, decisions, pending, overdue, on time, letters, deemed]
      const months: [
        string,
        number,
        number,
        Partial<Record<Outcome, number>>,
        number,
        number,
        number,
        number,
        number?,
      ][] = [
        ['2020-01', 2, 0, { UPHOLD: 1, NOT_ACCEPTED: 1 }, 1, 0, 2, 1],
        ['2020-02', 2, 0, { REVOKE: 1, NOT_ACCEPTED: 1 }, 1, 0, 2, 1],
        // R2 is received in March and decided in May: pending at the end of March and April.
        ['2020-03', 3, 1, {}, 3, 0, 0, 0],
        // U3 was due 04-29: overdue at the end of April.
        ['2020-04', 1, 0, { REVOKE: 1 }, 3, 1, 1, 0],
        ['2020-05', 0, 0, { REVOKE: 1, UPHOLD: 1 }, 1, 0, 1, 0],
        ['2020-06', 2, 0, { UPHOLD: 1, NOT_ACCEPTED: 1 }, 1, 0, 2, 0],
        ['2020-07', 2, 0, { CONFIRM_ILLEGAL: 1, NOT_ACCEPTED: 1 }, 1, 0, 2, 0],
        // T1 is suspended at the end of August: no clock runs, nothing overdue.
        ['2020-08', 3, 0, { ABANDONED: 1 }, 3, 0, 1, 0],
        ['2020-09', 2, 0, { UPHOLD: 1, TERMINATED: 1 }, 3, 1, 2, 1],
        // OP5's review period ended 10-29: accepted by law that day (recorded on 11-03).
        ['2020-10', 2, 0, { DISMISS: 1 }, 4, 1, 1, 0, 1],
        ['2020-11', 2, 0, { DISMISS: 1, NOT_ACCEPTED: 1 }, 4, 1, 2, 0],
        // OP5's decision was due 12-28.
        ['2020-12', 2, 1, {}, 5, 3, 0, 0],
      ];
      expect(report.groups.map((g) => [g.key, g.label])).toEqual(months.map(([m]) => [m, m]));
      // Formal hearings held, and the head attending, by the day held: OP5's, OP1's.
      const hearingsIn: Record<string, { hearings: number; headAttended: number }> = {
        '2020-11': { hearings: 1, headAttended: 0 },
        '2020-12': { hearings: 1, headAttended: 1 },
      };
      for (const [
        m,
        received,
        preCaseMediated,
        decisions,
        pending,
        overdue,
        onTime,
        letters,
        deemed,
      ] of months) {
        expect({ month: m, figures: groupOf(report, m) }).toEqual({
          month: m,
          figures: figures({
            received,
            preCaseMediated,
            decisions,
            pending,
            overdue,
            onTime,
            letters,
            deemed,
            ...hearingsIn[m],
          }),
        });
      }
      // The total: sums of the months, pending and overdue as at the period's end.
      expect(report.total).toEqual({ ...A_2020, recommendationLetters: 3 });
    });

    it('by month from the middle of a month: only what falls in the period', async () => {
      const report = await reconsideration(w.admin, 'from=2020-03-15&to=2020-05-10&groupBy=month');
      expect(report.groups.map((g) => g.key)).toEqual(['2020-03', '2020-04', '2020-05']);
      // March: only U3 (03-27) is received in the period; M1 (mediated 03-12) is before it.
      expect(groupOf(report, '2020-03')).toEqual(figures({ received: 1, pending: 3 }));
      expect(groupOf(report, '2020-04')).toEqual(
        figures({ received: 1, decisions: { REVOKE: 1 }, onTime: 1, pending: 3, overdue: 1 }),
      );
      // May, up to 05-10: R2 decided 05-06; U2 and U3 still open, U3 overdue.
      expect(groupOf(report, '2020-05')).toEqual(
        figures({ decisions: { REVOKE: 1 }, onTime: 1, pending: 2, overdue: 1 }),
      );
      expect(report.total).toEqual(
        figures({
          received: 2,
          decisions: { REVOKE: 2 },
          onTime: 2,
          pending: 2,
          overdue: 1,
        }),
      );
    });

    it('an agent sees its own office only, whatever the grouping', async () => {
      const own = await reconsideration(agent.token, YEAR_2020);
      const o1 = figures({
        received: 9,
        preCaseMediated: 1,
        decisions: {
          REVOKE: 1,
          CONFIRM_ILLEGAL: 1,
          UPHOLD: 2,
          DISMISS: 1,
          NOT_ACCEPTED: 1,
          ABANDONED: 1,
        },
        pending: 2,
        overdue: 1,
        onTime: 7,
        letters: 1,
        // OP1's, the head attending.
        hearings: 1,
        headAttended: 1,
      });
      expect(own.total).toEqual(o1);
      const byOffice = await reconsideration(agent.token, `${YEAR_2020}&groupBy=office`);
      expect(byOffice.groups.map((g) => g.key)).toEqual([world.office1]);
      const byRespondent = await reconsideration(agent.token, `${YEAR_2020}&groupBy=respondent`);
      expect(byRespondent.groups).toEqual([
        expect.objectContaining({ key: world.agencyA, figures: o1 }),
      ]);
      const byMonth = await reconsideration(agent.token, `${YEAR_2020}&groupBy=month`);
      expect(byMonth.total).toEqual(o1);
      expect(groupOf(byMonth, '2020-09')).toEqual(figures({ pending: 1, overdue: 1 }));

      const other = await reconsideration(agent2, `${YEAR_2020}&groupBy=office`);
      expect(other.groups.map((g) => g.key)).toEqual([world.office2]);
      expect(other.total.received).toBe(6);
    });

    it('who may read', async () => {
      for (const token of [viewer.token, officer.token, reviewer.token]) {
        await reconsideration(token, YEAR_2020);
      }
      expectError(await w.get(liaison.token, `/statistics/reconsideration?${YEAR_2020}`), 403);
      expectError(await t.http().get(`${API}/statistics/reconsideration?${YEAR_2020}`), 401);
    });
  });

  describe('litigation', () => {
    // A: LA1, LA2, LA3, LA5, LC (LA4 ended in 2019). Letters: H1, H2, H3 (cancelled after its
    // letter), HC1's to A; not H1's eve notice, not H5's pending letter. Held (each × A): H8, H4,
    // H1, H2, H7, HC1, HC2, H9, H10, H11, H12, H13 (not H3, cancelled; not H5, after today); the
    // head at H4, H1, HC1, H9, H12. Instances heard: LA1's first (attended at H4), LA1's appeal
    // (attended at H12, but the court noticed the head for H13, missed: Art. 7 exception), LA2's
    // (H1), LA3's (H7, nothing recorded: absent), LA5's (H9 of three), LC's (HC1). Judgments:
    // LA1 REVOKED, LA1's appeal REMANDED (concludes nothing), LA2 CLAIMS_REJECTED, LC
    // CONFIRMED_UNLAWFUL. JR1 (overdue since 06-21) and JR3 (due 2021).
    const A_LITIGATION = litigation({
      lawsuits: 5,
      reminderLetters: 4,
      hearings: [12, 5],
      instances: [6, 4],
      judgments: { REVOKED: 1, REMANDED: 1, CLAIMS_REJECTED: 1, CONFIRMED_UNLAWFUL: 1 },
      recommendations: [2, 0, 1],
    });
    // B: LB1, LB2, LC. Letters: H6, HC1's to B. Held (each × B): HB1, HB2 (both excused), H6,
    // HC1, HC2; the head at H6 and HC2. Instances: LB1's (H6), LB2's (excused at both: excused),
    // LC's (HC2). Judgments: LB2 SUIT_DISMISSED, LB1 MEDIATED, LC CONFIRMED_UNLAWFUL. JR2,
    // answered in time.
    const B_LITIGATION = litigation({
      lawsuits: 3,
      reminderLetters: 2,
      hearings: [5, 2, 2],
      instances: [3, 2, 1],
      judgments: { SUIT_DISMISSED: 1, MEDIATED: 1, CONFIRMED_UNLAWFUL: 1 },
      recommendations: [1, 1, 0],
    });
    // In total LC counts once as a lawsuit and as a judgment; its hearings and instance once for
    // each defendant (each head's duty).
    const TOTAL_2020 = litigation({
      lawsuits: 7,
      reminderLetters: 6,
      hearings: [17, 7, 2],
      instances: [9, 6, 1],
      judgments: {
        REVOKED: 1,
        REMANDED: 1,
        CLAIMS_REJECTED: 1,
        CONFIRMED_UNLAWFUL: 1,
        SUIT_DISMISSED: 1,
        MEDIATED: 1,
      },
      recommendations: [3, 1, 1],
    });

    it('issued the letters the hearings imply, one per defendant', async () => {
      expect(await issuedKinds('H1')).toEqual(['EVE_NOTICE', 'LETTER']);
      expect(await issuedKinds('H2')).toEqual(['LETTER']);
      expect(await issuedKinds('H3')).toEqual(['LETTER']);
      expect(await issuedKinds('H6')).toEqual(['LETTER']);
      expect(await issuedKinds('HC1')).toEqual(['LETTER', 'LETTER']);
      const past = ['H4', 'H5', 'H7', 'H8', 'H9', 'H10', 'H11', 'H12', 'H13', 'HB1', 'HB2', 'HC2'];
      for (const h of past) expect(await issuedKinds(h)).toEqual([]);
    });

    it("the lawsuit's own view agrees: LA1's duty per instance", async () => {
      const la1 = await call<{
        instances: { stage: string; headDuties: { duty: string | null }[] }[];
      }>(w.get(officer.token, `/litigation-cases/${lawsuitIds.LA1}`), 200);
      expect(la1.instances.map((i) => [i.stage, i.headDuties[0].duty])).toEqual([
        ['FIRST_INSTANCE', 'ATTENDED'],
        ['SECOND_INSTANCE', 'ABSENT'],
        ['FIRST_INSTANCE', null],
      ]);
    });

    it('2020 by defendant: each per hearing and per case and instance', async () => {
      const report = await lawsuits(w.admin, `${YEAR_2020}&groupBy=respondent`);
      expect(groupOf(report, world.agencyA)).toEqual(A_LITIGATION);
      expect(A_LITIGATION.headAttendanceRate).toEqual({
        numerator: 4,
        denominator: 6,
        rate: 4 / 6,
      });
      expect(A_LITIGATION.headAttendanceRateByHearing).toEqual({
        numerator: 5,
        denominator: 12,
        rate: 5 / 12,
      });
      expect(A_LITIGATION.lossRate).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
      expect(groupOf(report, world.agencyB)).toEqual(B_LITIGATION);
      expect(B_LITIGATION.lossRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
      // The co-defendant lawsuit in both groups, once in the total.
      expect(report.total).toEqual(TOTAL_2020);
      expect(report.total.lawsuits).toBeLessThan(A_LITIGATION.lawsuits + B_LITIGATION.lawsuits);
    });

    it('2020 in total and by month', async () => {
      expect((await lawsuits(w.admin, YEAR_2020)).total).toEqual(TOTAL_2020);
      expect(TOTAL_2020.headAttendanceRate).toEqual({ numerator: 6, denominator: 9, rate: 6 / 9 });
      expect(TOTAL_2020.headAttendanceRateByHearing).toEqual({
        numerator: 7,
        denominator: 17,
        rate: 7 / 17,
      });
      expect(TOTAL_2020.lossRate).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
      const byMonth = await lawsuits(w.admin, `${YEAR_2020}&groupBy=month`);
      expect(byMonth.total).toEqual(TOTAL_2020);
      expect(byMonth.groups).toHaveLength(12);
      const months: Record<string, LitigationFigures> = {
        // LA1 (filed 2019) counts in the period's first month; H8 at 00:30 local is January's,
        // and so is LA1's first instance, heard first at H8.
        '2020-01': litigation({ lawsuits: 1, hearings: [2, 1], instances: [1, 1] }),
        '2020-02': litigation({ lawsuits: 1 }),
        // LB2 heard first at HB1, excused.
        '2020-03': litigation({
          lawsuits: 1,
          hearings: [1, 0, 1],
          instances: [1, 0, 1],
          judgments: { REVOKED: 1 },
        }),
        '2020-04': litigation({
          lawsuits: 1,
          reminderLetters: 1,
          hearings: [2, 1, 1],
          instances: [1, 1],
          recommendations: [1, 0, 0],
        }),
        '2020-05': litigation({
          lawsuits: 1,
          reminderLetters: 1,
          hearings: [1, 0],
          judgments: { SUIT_DISMISSED: 1 },
        }),
        // LC and LA5; H12 opens the appeal's duty, H9 LA5's. JR1 fell overdue on 06-21.
        '2020-06': litigation({
          lawsuits: 2,
          reminderLetters: 1,
          hearings: [2, 2],
          instances: [2, 1],
          judgments: { CLAIMS_REJECTED: 1 },
          recommendations: [0, 0, 1],
        }),
        // HC1 × A and B, H10, H13; LC's instance for each defendant.
        '2020-07': litigation({ reminderLetters: 2, hearings: [4, 1], instances: [2, 2] }),
        '2020-08': litigation({
          reminderLetters: 1,
          hearings: [4, 2],
          instances: [1, 1],
          judgments: { REMANDED: 1 },
        }),
        '2020-09': litigation({
          hearings: [1, 0],
          instances: [1, 0],
          judgments: { CONFIRMED_UNLAWFUL: 1 },
          recommendations: [1, 0, 0],
        }),
        '2020-10': litigation({ judgments: { MEDIATED: 1 }, recommendations: [0, 1, 0] }),
        '2020-12': litigation({ recommendations: [1, 0, 0] }),
      };
      for (const g of byMonth.groups) {
        expect({ month: g.key, figures: g.figures }).toEqual({
          month: g.key,
          figures: months[g.key] ?? litigation({}),
        });
      }
    });

    it('a period ending before a recommendation was due: not overdue', async () => {
      // JR1 due 06-20: not overdue on 06-20 itself, overdue on 06-21.
      const june20 = await lawsuits(w.admin, 'from=2020-06-01&to=2020-06-20');
      expect(june20.total.judicialRecommendationsOverdue).toBe(0);
      const june21 = await lawsuits(w.admin, 'from=2020-06-01&to=2020-06-21');
      expect(june21.total.judicialRecommendationsOverdue).toBe(1);
      // The lawsuits pending in those days: LA1 (its appeal), LA2, LA3, LB1, LC, LA5.
      expect(june21.total.lawsuits).toBe(6);
    });

    it('2019: LA4 and LA1 handled, LA4 withdrawn', async () => {
      const report = await lawsuits(w.admin, 'from=2019-01-01&to=2019-12-31&groupBy=respondent');
      expect(groupOf(report, world.agencyA)).toEqual(
        litigation({ lawsuits: 2, judgments: { WITHDRAWN: 1 } }),
      );
      // 2019-12-31 in local time: H8 (00:30 on 1 January local) is not 2019's.
      const last = await lawsuits(w.admin, 'from=2019-12-31&to=2019-12-31');
      expect(last.total.hearingsHeld).toBe(0);
      expect(last.total.instancesHeard).toBe(0);
    });

    it('agents and liaisons may not read litigation figures', async () => {
      expectError(await w.get(agent.token, `/statistics/litigation?${YEAR_2020}`), 403);
      expectError(await w.get(liaison.token, `/statistics/litigation?${YEAR_2020}`), 403);
      await lawsuits(viewer.token, YEAR_2020);
    });
  });

  describe('the yearly report', () => {
    it('renders the figures of 2020 exactly', async () => {
      const res = await w.get(viewer.token, '/statistics/report?year=2020');
      expectStatus(res, 200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.text).toBe(
        '2020年，办理行政复议案件19件（案前调解2件，新收及旧存结案17件，' +
          '其中撤销3件，维持4件，驳回复议请求2件，责令履行0件，不予受理5件，确认违法1件，终止1件，视为放弃1件），' +
          '纠错率达40%，发放行政复议建议书3份。' +
          '承办行政应诉案件7件，发出出庭提示函6份，' +
          // 6 of 9 instances (66.7%), 7 of 17 hearings (41.2%); 2 of 5 lost.
          '行政机关负责人出庭率达67%（按案件审级计；按庭次计41%），' +
          '审结5件，其中败诉2件，败诉率40%，收到司法建议3份。\n',
      );
      // And it agrees with the figures the API serves.
      const r = (await reconsideration(viewer.token, YEAR_2020)).total;
      const l = (await lawsuits(viewer.token, YEAR_2020)).total;
      expect(res.text).toContain(`办理行政复议案件${r.handled}件（案前调解${r.preCaseMediated}件`);
      expect(res.text).toContain(`新收及旧存结案${r.concluded}件`);
      expect(res.text).toContain(`发放行政复议建议书${r.recommendationLetters}份`);
      expect(res.text).toContain(
        `承办行政应诉案件${l.lawsuits}件，发出出庭提示函${l.reminderLetters}份`,
      );
    });

    it("an agent's report: its own office, without the district's lawsuits", async () => {
      const res = await w.get(agent.token, '/statistics/report?year=2020');
      expectStatus(res, 200);
      expect(res.text).toBe(
        '2020年，办理行政复议案件8件（案前调解1件，新收及旧存结案7件，' +
          '其中撤销1件，维持2件，驳回复议请求1件，责令履行0件，不予受理1件，确认违法1件，视为放弃1件），' +
          '纠错率达40%，发放行政复议建议书1份。\n',
      );
    });

    it('2019: every merits decision named, no hearing', async () => {
      const res = await w.get(w.admin, '/statistics/report?year=2019');
      expectStatus(res, 200);
      expect(res.text).toBe(
        '2019年，办理行政复议案件4件（案前调解0件，新收及旧存结案4件，' +
          '其中撤销0件，维持0件，驳回复议请求0件，责令履行1件，不予受理0件，部分撤销1件，变更1件，确认无效1件），' +
          '纠错率达100%，发放行政复议建议书1份。' +
          '承办行政应诉案件2件，发出出庭提示函0份，无开庭，' +
          '审结1件，其中败诉0件，败诉率0%，收到司法建议0份。\n',
      );
    });
  });

  describe('export', () => {
    it('xlsx: a sheet per grouping, Chinese headers, the figures', async () => {
      const res = await w
        .get(w.admin, `/statistics/export?${YEAR_2020}&format=xlsx`)
        .buffer(true)
        .parse(binary);
      expectStatus(res, 200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="fuyi-statistics-2020-01-01-2020-12-31.xlsx"',
      );
      const book = new Workbook();
      await book.xlsx.load(res.body as XlsxData);
      expect(book.worksheets.map((s) => s.name)).toEqual([
        '行政复议-总计',
        '行政复议-按被申请人',
        '行政复议-按代办点',
        '行政复议-按月份',
        '行政应诉-按被告',
        '行政应诉-按月份',
      ]);
      const values = (sheet: string, row: number): unknown[] =>
        (book.getWorksheet(sheet)!.getRow(row).values as unknown[]).slice(1);
      const header = values('行政复议-按被申请人', 1);
      expect(header.slice(0, 5)).toEqual([
        '被申请人',
        '办理案件',
        '案前调解',
        '新收案件',
        '新收及旧存结案',
      ]);
      expect(header).toEqual(expect.arrayContaining(['撤销', '不予受理', '纠错率', '期末未结']));
      const sheet = book.getWorksheet('行政复议-按被申请人')!;
      const rows: unknown[][] = [];
      sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      const name = (await reconsideration(w.admin, `${YEAR_2020}&groupBy=respondent`)).groups.find(
        (g) => g.key === world.agencyA,
      )!.label;
      const a = rows.find((r) => r[0] === name)!;
      const column = (h: string): unknown => a[header.indexOf(h)];
      expect(column('办理案件')).toBe(19);
      expect(column('撤销')).toBe(3);
      expect(column('纠错')).toBe(4);
      // Rates are numeric cells formatted 0.0% (Excel and WPS compute with them).
      expect(column('纠错率')).toBe(0.4);
      expect(column('按期结案率')).toBe(0.941);
      expect(column('视为受理')).toBe(1);
      expect(column('举行听证')).toBe(2);
      expect(column('听证负责人参加')).toBe(1);
      expect(column('听证负责人参加率')).toBe(0.5);
      expect(rows[rows.length - 1][0]).toBe('合计');
      const lawsuitsHeader = values('行政应诉-按被告', 1);
      expect(lawsuitsHeader).toEqual([
        '被告机关',
        '应诉案件',
        '出庭提示函',
        '已开庭审级',
        '负责人出庭审级',
        '正当理由未出庭审级',
        '负责人出庭率（按案件审级）',
        '开庭庭次',
        '负责人出庭庭次',
        '正当理由未出庭庭次',
        '负责人出庭率（按庭次）',
        '审结',
        '判决驳回诉讼请求',
        '裁定驳回起诉',
        '撤诉',
        '调解结案',
        '判决撤销',
        '判决履行',
        '判决确认违法',
        '判决确认无效',
        '判决变更',
        '判决赔偿或补偿',
        '发回重审',
        '败诉',
        '败诉率',
        '收到司法建议',
        '回复司法建议',
        '司法建议逾期未复',
      ]);
      // A's row: both rates, numeric cells (4 of 6 instances, 5 of 12 hearings).
      const lawsuitRows: unknown[][] = [];
      book
        .getWorksheet('行政应诉-按被告')!
        .eachRow((r) => lawsuitRows.push((r.values as unknown[]).slice(1)));
      const aRow = lawsuitRows.find((r) => r[0] === name)!;
      const lawsuitColumn = (h: string): unknown => aRow[lawsuitsHeader.indexOf(h)];
      expect(lawsuitColumn('应诉案件')).toBe(5);
      expect(lawsuitColumn('负责人出庭率（按案件审级）')).toBe(0.667);
      expect(lawsuitColumn('负责人出庭率（按庭次）')).toBe(0.417);
      expect(lawsuitColumn('发回重审')).toBe(1);
      expect(lawsuitColumn('司法建议逾期未复')).toBe(1);
      // The total row counts the co-defendants' lawsuit once.
      expect(lawsuitRows[lawsuitRows.length - 1].slice(0, 2)).toEqual(['合计', 7]);
    });

    it('csv: UTF-8 with BOM, the header row, and no litigation for an agent', async () => {
      const res = await w.get(w.admin, `/statistics/export?${YEAR_2020}&format=csv`);
      expectStatus(res, 200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const raw = res.text;
      expect(raw.charCodeAt(0)).toBe(0xfeff);
      const lines = raw.slice(1).split('\r\n');
      expect(lines[0]).toBe('行政复议-总计');
      expect(lines[1].split(',').slice(0, 5)).toEqual([
        '范围',
        '办理案件',
        '案前调解',
        '新收案件',
        '新收及旧存结案',
      ]);
      expect(lines[2].split(',').slice(0, 5)).toEqual(['合计', '19', '2', '23', '17']);
      expect(lines).toContain('行政应诉-按被告');

      const own = await w.get(agent.token, `/statistics/export?${YEAR_2020}&format=csv`);
      expectStatus(own, 200);
      expect(own.text).not.toContain('行政应诉');
      expect(own.text.slice(1).split('\r\n')[2].split(',').slice(0, 5)).toEqual([
        '合计',
        '8',
        '1',
        '9',
        '7',
      ]);
    });
  });

  describe('bad input answers 400', () => {
    const cases: [string, string, string, string | null][] = [
      [
        'from after to',
        '/statistics/reconsideration?from=2020-02-01&to=2020-01-31',
        'to',
        'PERIOD_REVERSED',
      ],
      [
        'an impossible date',
        '/statistics/reconsideration?from=2020-02-30&to=2020-12-31',
        'from',
        'INVALID_DATE',
      ],
      [
        'a date in another format',
        '/statistics/reconsideration?from=2020/01/01&to=2020-12-31',
        'from',
        'INVALID_DATE',
      ],
      ['a missing date', '/statistics/reconsideration?from=2020-01-01', 'to', 'REQUIRED'],
      [
        'an unknown grouping',
        `/statistics/reconsideration?${YEAR_2020}&groupBy=week`,
        'groupBy',
        'IS_IN',
      ],
      [
        'litigation by office',
        `/statistics/litigation?${YEAR_2020}&groupBy=office`,
        'groupBy',
        'IS_IN',
      ],
      [
        'litigation reversed',
        '/statistics/litigation?from=2020-02-01&to=2020-01-31',
        'to',
        'PERIOD_REVERSED',
      ],
      [
        'an unknown parameter',
        `/statistics/reconsideration?${YEAR_2020}&agency=x`,
        'agency',
        'UNKNOWN_FIELD',
      ],
      // Not a number: every check of the field fails, whichever is reported.
      ['year=abc', '/statistics/report?year=abc', 'year', null],
      ['year out of range', '/statistics/report?year=1999', 'year', 'MIN'],
      ['year not in plain digits', '/statistics/report?year=2020.0', 'year', null],
      ['no year', '/statistics/report', 'year', 'REQUIRED'],
      ['an unknown format', `/statistics/export?${YEAR_2020}&format=pdf`, 'format', 'IS_IN'],
      [
        'export reversed',
        '/statistics/export?from=2020-02-01&to=2020-01-31',
        'to',
        'PERIOD_REVERSED',
      ],
      ['a bad snapshot period', '/statistics/snapshots?period=2020-13', 'period', 'INVALID_PERIOD'],
    ];

    it.each(cases)('%s', async (_name, path, field, code) => {
      expectFieldError(await w.get(w.admin, path), field, code ?? undefined);
    });
  });
});

describe('snapshots, computed by the worker through its queue', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await startApp({ role: 'all', env: { DATABASE_URL: db().url } });
    t.clock.set(TODAY);
    const fixtures = await Fixtures.asAdmin(t);
    admin = fixtures.adminToken;
    officer = (await fixtures.signedIn(Role.OFFICER)).pair.accessToken;
    const queue = t.app.get<Queue>(getQueueToken(QueueName.STATISTICS));
    events = new QueueEvents(QueueName.STATISTICS, {
      connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      prefix: queue.opts.prefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  const post = (token: string, body: object) =>
    t.http().post(`${API}/statistics/snapshots`).set('authorization', `Bearer ${token}`).send(body);
  const list = (token: string, query = '') =>
    t.http().get(`${API}/statistics/snapshots${query}`).set('authorization', `Bearer ${token}`);

  interface SnapshotBody {
    period: string;
    fromDate: string;
    toDate: string;
    computedAt: string;
    figures: {
      reconsideration: {
        total: ReconsiderationFigures;
        respondent: { key: string; figures: ReconsiderationFigures }[];
        office: { key: string; figures: ReconsiderationFigures }[];
        month: { key: string; figures: ReconsiderationFigures }[];
      };
      litigation: {
        total: LitigationFigures;
        respondent: { key: string; figures: LitigationFigures }[];
        month: { key: string; figures: LitigationFigures }[];
      };
    };
  }

  /** POST as ADMIN → 202 with the job, then wait for the worker to finish it. */
  async function run(period: string): Promise<void> {
    const res = await post(admin, { period });
    expectStatus(res, 202);
    const { jobId } = res.body as { jobId: string };
    expect(jobId).toEqual(expect.any(String));
    const queue = t.app.get<Queue>(getQueueToken(QueueName.STATISTICS));
    const job = await queue.getJob(jobId);
    expect(job).toBeDefined();
    expect(await job!.waitUntilFinished(events, 30_000)).toBe(period);
  }

  async function stored(period: string): Promise<SnapshotBody> {
    const res = await list(officer, `?period=${period}`);
    expectStatus(res, 200);
    const rows = res.body as SnapshotBody[];
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  it('stores the period, replaces it on a re-run, one row per period', async () => {
    await run('2020');
    const first = await stored('2020');
    // The year to date: today is 2020-12-15.
    expect(first).toMatchObject({ period: '2020', fromDate: '2020-01-01', toDate: '2020-12-15' });
    expect(new Date(first.computedAt).toISOString()).toBe(new Date(TODAY).toISOString());
    const a = first.figures.reconsideration.respondent.find((g) => g.key === world.agencyA)!;
    expect(a.figures).toMatchObject({
      received: 23,
      handled: 19,
      merits: 10,
      corrected: 4,
      correctionRate: { numerator: 4, denominator: 10, rate: 0.4 },
      pending: 5,
      overdue: 2,
      recommendationLetters: 2,
    });
    const b = () =>
      first.figures.reconsideration.respondent.find((g) => g.key === world.agencyB)!.figures;
    expect(b().recommendationLetters).toBe(1);
    expect(first.figures.reconsideration.month.map((g) => g.key)).toHaveLength(12);
    expect(
      first.figures.litigation.respondent.find((g) => g.key === world.agencyA)!.figures,
    ).toMatchObject({
      lawsuits: 5,
      reminderLetters: 4,
      hearingsHeld: 12,
      hearingsHeadAttended: 5,
      instancesHeard: 6,
      instancesHeadAttended: 4,
      judicialRecommendationsOverdue: 1,
    });
    // The total counts the co-defendants' lawsuit once.
    expect(first.figures.litigation.total.lawsuits).toBe(7);

    // Something changes, and the job runs again: the period's row is replaced.
    const letter = await t
      .http()
      .post(`${API}/cases/${world.caseOfB}/recommendation-letters`)
      .set('authorization', `Bearer ${officer}`)
      .send({
        kind: 'OPINION',
        agencyId: world.agencyB,
        issuedOn: '2020-12-14',
        content: '建议完善信息公开工作',
      });
    expectStatus(letter, 201);
    t.clock.set('2020-12-15T11:00:00+08:00');
    await run('2020');
    const second = await stored('2020');
    expect(new Date(second.computedAt).toISOString()).toBe(
      new Date('2020-12-15T11:00:00+08:00').toISOString(),
    );
    expect(
      second.figures.reconsideration.respondent.find((g) => g.key === world.agencyB)!.figures
        .recommendationLetters,
    ).toBe(2);
    const rows = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statistics_snapshots WHERE period = '2020'`,
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('a month period: the month to date', async () => {
    await run('2020-09');
    const september = await stored('2020-09');
    expect(september).toMatchObject({ fromDate: '2020-09-01', toDate: '2020-09-30' });
    const a = september.figures.reconsideration.respondent.find((g) => g.key === world.agencyA)!;
    expect(a.figures).toMatchObject({ received: 2, concluded: 2, pending: 3, overdue: 1 });
  });

  it('only an administrator may run it; bad periods are refused', async () => {
    expectError(await post(officer, { period: '2020' }), 403);
    expectFieldError(await post(admin, { period: '20-01' }), 'period', 'INVALID_PERIOD');
    expectFieldError(await post(admin, { period: '0000' }), 'period', 'INVALID_PERIOD');
    expectFieldError(await post(admin, {}), 'period', 'REQUIRED');
    // Today is 2020-12-15.
    expectFieldError(await post(admin, { period: '2021' }), 'period', 'PERIOD_IN_FUTURE');
    expectFieldError(await post(admin, { period: '2021-01' }), 'period', 'PERIOD_IN_FUTURE');
    expectFieldError(await post(admin, { period: '2020', extra: 1 }), 'extra', 'UNKNOWN_FIELD');
  });

  it('reading snapshots: all periods, newest first', async () => {
    const res = await list(admin);
    expectStatus(res, 200);
    const periods = (res.body as SnapshotBody[]).map((s) => s.period);
    expect(periods).toEqual(expect.arrayContaining(['2020', '2020-09']));
    expect(periods).toEqual([...periods].sort().reverse());
  });

  it('logs the request in the audit trail', async () => {
    const rows = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'statistics.snapshot_requested' AND entity_id = '2020'`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
  });
});
