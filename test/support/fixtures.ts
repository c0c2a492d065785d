/**
 * Test data made through the API as an administrator, as a user would: agencies, judicial offices
 * and one signed-in user of every role. Names are unique, so suites sharing the run's database
 * never collide.
 */
import type { Response } from 'supertest';
import type { AgencyView } from '../../src/organizations/dto/agency.dto';
import type { JudicialOfficeView } from '../../src/organizations/dto/judicial-office.dto';
import type { UserView } from '../../src/users/dto/user.view';
import { Role } from '../../src/access/role';
import { ADMIN, TestApp, unique } from './test-app';

export type { AgencyView, JudicialOfficeView, UserView };

/** POST /auth/login and /auth/refresh. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserView;
}

/** The error shape of docs/architecture.md. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; code?: string; message?: string; [k: string]: unknown }[];
  requestId?: string;
}

export interface PageBody<T> {
  items: T[];
  nextCursor: string | null;
}

/** The roles of a world, and a second AGENT bound to the other office. */
export type WorldRole = Role | 'OTHER_AGENT';
export const ROLES: Role[] = Object.values(Role);
export const WORLD_ROLES: WorldRole[] = [...ROLES, 'OTHER_AGENT'];

export interface TestUser extends UserView {
  password: string;
}

export interface World {
  agency: AgencyView;
  office: JudicialOfficeView;
  /** An office none of the world's users belongs to but OTHER_AGENT. */
  otherOffice: JudicialOfficeView;
  users: Record<WorldRole, TestUser>;
  /** Access tokens. ADMIN is a fresh administrator, not the one from the environment. */
  tokens: Record<WorldRole, string>;
}

export const bearer = (token: string): string => `Bearer ${token}`;

/** A REVIEWER who heads the office and the organ: approves everything (the fixtures' default). */
export const HEADS = { headsOffice: true, headsOrgan: true } as const;
/** A REVIEWER with no designation: approves nothing that needs a head. */
export const NOT_A_HEAD = { headsOffice: false, headsOrgan: false } as const;

/** Fails with the response body in the message, which a bare `.expect(201)` does not show. */
export function expectStatus(res: Response, status: number): void {
  if (res.status !== status) {
    throw new Error(`answered ${res.status}, expected ${status}: ${JSON.stringify(res.body)}`);
  }
}

/** Asserts the error shape of docs/architecture.md and returns the body. */
export function expectError(res: Response, status: number, code?: string): ErrorBody {
  expectStatus(res, status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.body as ErrorBody;
  expect(body).toMatchObject({
    statusCode: status,
    code: expect.stringMatching(/^[A-Z][A-Z0-9_]*$/),
    message: expect.any(String),
  });
  if (code !== undefined) expect(body.code).toBe(code);
  return body;
}

/** A validation error (400 VALIDATION_FAILED) naming `field`, optionally with its code. */
export function expectFieldError(res: Response, field: string, code?: string): ErrorBody {
  const body = expectError(res, 400, 'VALIDATION_FAILED');
  expect(body.details).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        field,
        code: code ?? expect.stringMatching(/^[A-Z][A-Z0-9_]*$/),
        message: expect.any(String),
      }),
    ]),
  );
  return body;
}

export class Fixtures {
  constructor(
    readonly t: TestApp,
    /** An administrator's access token. */
    readonly adminToken: string,
  ) {}

  /** Fixtures acting as the administrator from the environment. */
  static async asAdmin(t: TestApp): Promise<Fixtures> {
    const pair = await Fixtures.login(t, ADMIN.username, ADMIN.password);
    return new Fixtures(t, pair.accessToken);
  }

  static async login(t: TestApp, username: string, password: string): Promise<TokenPair> {
    const res = await t.http().post('/api/v1/auth/login').send({ username, password });
    expectStatus(res, 200);
    return res.body as TokenPair;
  }

  login(username: string, password: string): Promise<TokenPair> {
    return Fixtures.login(this.t, username, password);
  }

  async createAgency(overrides: Record<string, unknown> = {}): Promise<AgencyView> {
    const res = await this.t
      .http()
      .post('/api/v1/agencies')
      .set('authorization', bearer(this.adminToken))
      .send({
        name: unique('区市场监督管理局'),
        kind: 'DEPARTMENT',
        headName: '王五',
        headTitle: '局长',
        contactPhone: '0571-88888888',
        ...overrides,
      });
    expectStatus(res, 201);
    return res.body as AgencyView;
  }

  async createOffice(overrides: Record<string, unknown> = {}): Promise<JudicialOfficeView> {
    const res = await this.t
      .http()
      .post('/api/v1/judicial-offices')
      .set('authorization', bearer(this.adminToken))
      .send({ name: unique('城关司法所'), township: '城关镇', ...overrides });
    expectStatus(res, 201);
    return res.body as JudicialOfficeView;
  }

  /**
   * A user of `role`; AGENT needs `officeId`, AGENCY_LIAISON `agencyId`. A REVIEWER is created
   * head of the office and of the organ (HEADS), so that it approves extensions, switches of
   * procedure and decisions (ARL Arts. 55, 61, 62) as reviewers did before the designations;
   * `overrides` (e.g. NOT_A_HEAD) says otherwise.
   */
  async createUser(
    role: Role,
    binding: { officeId?: string; agencyId?: string } = {},
    overrides: Record<string, unknown> = {},
  ): Promise<TestUser> {
    const password = `pw-${unique('secret')}`;
    const res = await this.t
      .http()
      .post('/api/v1/users')
      .set('authorization', bearer(this.adminToken))
      .send({
        username: unique(role.toLowerCase()).slice(0, 64),
        displayName: `测试${role}`,
        password,
        role,
        ...(role === Role.REVIEWER ? HEADS : {}),
        ...binding,
        ...overrides,
      });
    expectStatus(res, 201);
    return { ...(res.body as UserView), password };
  }

  /** A user of `role` and its token pair (`overrides` as for createUser). */
  async signedIn(
    role: Role,
    binding: { officeId?: string; agencyId?: string } = {},
    overrides: Record<string, unknown> = {},
  ): Promise<{ user: TestUser; pair: TokenPair }> {
    const user = await this.createUser(role, binding, overrides);
    return { user, pair: await this.login(user.username, user.password) };
  }

  /**
   * The agency of kind RECONSIDERATION_ORGAN (the district government as the reconsideration
   * organ, a co-defendant after an upholding decision, ALL Art. 26 ¶2): created through the API,
   * or, as there is one at most (409 ORGAN_EXISTS) and suites share the run's database, the one
   * another suite created.
   */
  async reconsiderationOrgan(): Promise<AgencyView> {
    const res = await this.t
      .http()
      .post('/api/v1/agencies')
      .set('authorization', bearer(this.adminToken))
      .send({
        name: unique('区人民政府'),
        kind: 'RECONSIDERATION_ORGAN',
        headName: '周区长',
        headTitle: '区长',
        contactPhone: '0571-87000000',
      });
    if (res.status === 201) return res.body as AgencyView;
    expectError(res, 409, 'ORGAN_EXISTS');
    const [{ id }] = await this.t.db.query<{ id: string }[]>(
      `SELECT id FROM agencies WHERE kind = 'RECONSIDERATION_ORGAN'`,
    );
    const existing = await this.t
      .http()
      .get(`/api/v1/agencies/${id}`)
      .set('authorization', bearer(this.adminToken));
    expectStatus(existing, 200);
    return existing.body as AgencyView;
  }

  /** Sets a REVIEWER's designations as head of the office or of the organ (PATCH /users/:id). */
  async designate(
    userId: string,
    designations: { headsOffice?: boolean; headsOrgan?: boolean },
  ): Promise<UserView> {
    const res = await this.t
      .http()
      .patch(`/api/v1/users/${userId}`)
      .set('authorization', bearer(this.adminToken))
      .send(designations);
    expectStatus(res, 200);
    return res.body as UserView;
  }

  /** An agency, two offices, and a signed-in user of every role (OTHER_AGENT: the other office). */
  async world(): Promise<World> {
    const [agency, office, otherOffice] = await Promise.all([
      this.createAgency(),
      this.createOffice(),
      this.createOffice(),
    ]);
    const bindingOf = (role: WorldRole): { officeId?: string; agencyId?: string } => {
      switch (role) {
        case Role.AGENT:
          return { officeId: office.id };
        case 'OTHER_AGENT':
          return { officeId: otherOffice.id };
        case Role.AGENCY_LIAISON:
          return { agencyId: agency.id };
        case Role.ADMIN:
        case Role.REVIEWER:
        case Role.OFFICER:
        case Role.VIEWER:
          return {};
      }
    };
    const signed = await Promise.all(
      WORLD_ROLES.map(async (role) => {
        const { user, pair } = await this.signedIn(
          role === 'OTHER_AGENT' ? Role.AGENT : role,
          bindingOf(role),
        );
        return [role, user, pair.accessToken] as const;
      }),
    );
    const users = Object.fromEntries(signed.map(([role, user]) => [role, user])) as Record<
      WorldRole,
      TestUser
    >;
    const tokens = Object.fromEntries(signed.map(([role, , token]) => [role, token])) as Record<
      WorldRole,
      string
    >;
    return { agency, office, otherOffice, users, tokens };
  }
}

/** A world on `t`, made by the administrator from the environment. */
export async function buildWorld(t: TestApp): Promise<World> {
  return (await Fixtures.asAdmin(t)).world();
}

/** Row counts of the tables a request of this issue may write; compare before and after. */
export async function countRows(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'users',
    'agencies',
    'judicial_offices',
    'calendar_days',
    'audit_log',
    'refresh_tokens',
  ];
  const rows = await t.db.query<{ tbl: string; n: number }[]>(
    tables
      .map((name) => `SELECT '${name}' AS tbl, count(*)::int AS n FROM ${name}`)
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.tbl, r.n]));
}

/**
 * Row counts of every table of the schema but the migrations' own; compare before and after a
 * request to show it wrote nothing (every write adds its audit_log row).
 */
export async function countAllRows(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.db.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name <> 'migrations' ORDER BY table_name`,
  );
  const rows = await t.db.query<{ tbl: string; n: number }[]>(
    tables
      .map(({ name }) => `SELECT '${name}' AS tbl, count(*)::int AS n FROM "${name}"`)
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.tbl, r.n]));
}

/**
 * A valid POST /litigation-cases body against `defendants` (one agency id, or several: co-defendants),
 * its court case number unique.
 */
export function lawsuitBody(
  defendants: string | string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    court: '某区人民法院',
    courtCaseNumber: unique('(2026)浙0105行初'),
    plaintiff: '张三',
    defendantAgencyIds: typeof defendants === 'string' ? [defendants] : defendants,
    cause: '行政处罚',
    filedOn: '2026-02-20',
    ...overrides,
  };
}
