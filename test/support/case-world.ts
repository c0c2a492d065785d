/**
 * Cases on top of the shared fixtures (fixtures.ts: agencies, offices, users): a respondent
 * agency, a judicial office, users of any role, and typed helpers to register cases and move
 * them through the API. Everything is created with unique names, so suites may share the run's
 * database.
 */
import type { Test } from 'supertest';
import { residentIdCheckCharacter } from '../../src/common/validators/id-number';
import { Role as RoleEnum } from '../../src/access/role';
import { expectStatus, Fixtures } from './fixtures';
import { TestApp, unique } from './test-app';

export type { ErrorBody, PageBody } from './fixtures';
export { HEADS, NOT_A_HEAD } from './fixtures';

export const API = '/api/v1';

/** A role as the API spells it (the enum's values, so string literals type-check). */
export type Role = `${RoleEnum}`;
export const ROLES: readonly Role[] = Object.values(RoleEnum);

export interface DecisionBody {
  id: string;
  type: string;
  reasoning: string;
  legalBasis: string[];
  status: 'DRAFT' | 'APPROVED' | 'RETURNED';
  draftedBy: string;
  reviewedBy: string | null;
  reviewComment: string | null;
  decidedOn: string | null;
  remakeWithinDays: number | null;
  agreementRuling: string | null;
  compensationRuling: string | null;
  compensationAmountYuan: number | null;
  approvalBasis: 'ORGAN_HEAD' | 'COLLECTIVE_DISCUSSION' | null;
  collectiveDiscussionId: string | null;
}

export interface CaseBody {
  id: string;
  number: string;
  status: string;
  officeId: string | null;
  respondentId: string;
  receivedOn: string;
  applicantNames: string;
  procedure: string | null;
  acceptanceDueOn: string;
  supplementDueOn: string | null;
  acceptedOn: string | null;
  decisionDueOn: string | null;
  concludedOn: string | null;
  outcome: string | null;
  overdue: boolean;
  assignedOfficerId: string | null;
  version: number;
  terminationReason: string | null;
  suspendedOn: string | null;
  suspendedDays: number;
  extensionDays: number;
  supplementRequests: { id: string; dueOn: string; status: string }[];
  decision: DecisionBody | null;
}

/** A list item of `GET /cases`. */
export type CaseSummaryBody = Omit<
  CaseBody,
  | 'terminationReason'
  | 'suspendedOn'
  | 'suspendedDays'
  | 'extensionDays'
  | 'supplementRequests'
  | 'decision'
>;

export interface TimelineEntry {
  at: string;
  actor: string;
  event: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown> | null;
}

export interface WorldUser {
  id: string;
  username: string;
  role: Role;
  token: string;
}

/** A valid resident ID number with the given birth date and sequence. */
export function idNumber(birth = '19800101', seq = '123'): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** CaseWorld.cast(): who a suite's routes are tried with. */
export interface Cast {
  officer: WorldUser;
  reviewer: WorldUser;
  agent: WorldUser;
  viewer: WorldUser;
  liaison: WorldUser;
  /** An agent of another office: an outsider to the world's cases. */
  otherAgent: WorldUser;
}

export class CaseWorld {
  private constructor(
    readonly fixtures: Fixtures,
    readonly agencyId: string,
    readonly officeId: string,
  ) {}

  static async create(t: TestApp): Promise<CaseWorld> {
    const fixtures = await Fixtures.asAdmin(t);
    const [agency, office] = await Promise.all([
      fixtures.createAgency({ name: unique('区自然资源局') }),
      fixtures.createOffice({ name: unique('丙镇司法所'), township: '丙镇' }),
    ]);
    return new CaseWorld(fixtures, agency.id, office.id);
  }

  /** Cases against `agencyId`, agents of `officeId` and liaisons of `agencyId`, on existing fixtures. */
  static on(fixtures: Fixtures, agencyId: string, officeId: string): CaseWorld {
    return new CaseWorld(fixtures, agencyId, officeId);
  }

  get t(): TestApp {
    return this.fixtures.t;
  }

  /** The administrator's access token. */
  get admin(): string {
    return this.fixtures.adminToken;
  }

  post(token: string, path: string, body: object = {}): Test {
    return this.t.http().post(`${API}${path}`).set('authorization', `Bearer ${token}`).send(body);
  }

  get(token: string, path: string): Test {
    return this.t.http().get(`${API}${path}`).set('authorization', `Bearer ${token}`);
  }

  /**
   * A new user of `role` (agents are bound to the world's office, liaisons to its agency). A
   * REVIEWER heads the office and the organ unless `designations` say otherwise (NOT_A_HEAD: a
   * reviewer who approves nothing that needs a head, ARL Arts. 55, 61, 62).
   */
  async user(
    role: Role,
    designations: { headsOffice?: boolean; headsOrgan?: boolean } = {},
  ): Promise<WorldUser> {
    const binding =
      role === 'AGENT'
        ? { officeId: this.officeId }
        : role === 'AGENCY_LIAISON'
          ? { agencyId: this.agencyId }
          : {};
    const { user, pair } = await this.fixtures.signedIn(role as RoleEnum, binding, designations);
    return { id: user.id, username: user.username, role, token: pair.accessToken };
  }

  /**
   * One user of each role that works on or reads a case (the REVIEWER heads office and organ, as
   * fixtures' reviewers do), and an agent of another office: the cast of a suite's access checks.
   */
  async cast(): Promise<Cast> {
    const elsewhere = await this.fixtures.createOffice({
      name: unique('丁镇司法所'),
      township: '丁镇',
    });
    const [officer, reviewer, agent, viewer, liaison, other] = await Promise.all([
      this.user('OFFICER'),
      this.user('REVIEWER'),
      this.user('AGENT'),
      this.user('VIEWER'),
      this.user('AGENCY_LIAISON'),
      this.fixtures.signedIn(RoleEnum.AGENT, { officeId: elsewhere.id }),
    ]);
    const otherAgent: WorldUser = {
      id: other.user.id,
      username: other.user.username,
      role: 'AGENT',
      token: other.pair.accessToken,
    };
    return { officer, reviewer, agent, viewer, liaison, otherAgent };
  }

  /** A registration body; `overrides` replace top-level fields. */
  application(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      channel: 'WINDOW',
      receivedOn: '2026-02-26',
      applicants: [{ kind: 'PERSON', name: '孙九', idNumber: idNumber() }],
      respondentId: this.agencyId,
      act: { type: 'OTHER' },
      requests: '撤销行政行为',
      ...overrides,
    };
  }

  async register(token: string, overrides: Record<string, unknown> = {}): Promise<CaseBody> {
    const res = await this.post(token, '/cases', this.application(overrides));
    expectStatus(res, 201);
    return res.body as CaseBody;
  }

  async accept(
    token: string,
    id: string,
    acceptedOn: string,
    procedure: 'ORDINARY' | 'SIMPLIFIED' = 'ORDINARY',
  ): Promise<CaseBody> {
    const res = await this.post(token, `/cases/${id}/acceptance`, {
      accepted: true,
      procedure,
      acceptedOn,
      // The simplified procedure rests on a ground of ARL Art. 53: here the parties' agreement.
      ...(procedure === 'SIMPLIFIED' ? { simplifiedGround: 'PARTIES_AGREE' } : {}),
    });
    expectStatus(res, 200);
    return res.body as CaseBody;
  }

  /** The case as the administrator sees it. */
  async read(id: string): Promise<CaseBody> {
    return (await this.get(this.admin, `/cases/${id}`).expect(200)).body as CaseBody;
  }

  async timeline(id: string): Promise<TimelineEntry[]> {
    return (await this.get(this.admin, `/cases/${id}/timeline`).expect(200))
      .body as TimelineEntry[];
  }

  async events(id: string): Promise<string[]> {
    return (await this.timeline(id)).map((e) => e.event);
  }
}
