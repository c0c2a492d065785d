/**
 * Who may call what: one declared policy per route of auth, users, organizations, calendar,
 * meta, health and metrics, and a test of every route × every role (and an agent of another office, and
 * nobody signed in). Allowed callers get the route's answer; other signed-in users 403; nobody
 * signed in 401. The table is checked against the routes the controllers really declare.
 */
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AuthController } from '../src/auth/auth.controller';
import { CalendarController } from '../src/calendar/calendar.controller';
import { HealthController } from '../src/health/health.controller';
import { MetaController } from '../src/meta/meta.controller';
import { MetricsController } from '../src/metrics/metrics.controller';
import {
  AgenciesController,
  JudicialOfficesController,
} from '../src/organizations/organizations.controller';
import { UsersController } from '../src/users/users.controller';
import { Role } from '../src/users/role';
import {
  bearer,
  expectError,
  expectStatus,
  Fixtures,
  JudicialOfficeView,
  PageBody,
  ROLES,
  World,
  WorldRole,
} from './support/fixtures';
import type { Test } from 'supertest';
import { startApp, TestApp, unique } from './support/test-app';

type Caller = WorldRole | 'ANONYMOUS';
const CALLERS: Caller[] = [...ROLES, 'OTHER_AGENT', 'ANONYMOUS'];
const EVERY_ROLE: Role[] = ROLES;
const PUBLIC = 'public' as const;

interface Ctx {
  t: TestApp;
  w: World;
  fx: Fixtures;
}

/** A far-future day the table may edit without moving any deadline another suite computes. */
const PUT_DAY = '2098-06-01';
const DELETE_DAY = '2098-06-02';

interface RoutePolicy {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the controller declares it (with the global prefix), e.g. /api/v1/agencies/:id. */
  route: string;
  allowed: Role[] | typeof PUBLIC;
  /** The concrete URL to call. */
  url: (c: Ctx) => string;
  body?: (c: Ctx) => object | Promise<object>;
  /** Run before every call, allowed or not (e.g. make the day to delete exist). */
  prepare?: (c: Ctx) => Promise<void>;
  /** Status for allowed callers. */
  ok: number;
  /** Callers with another outcome than the rule (an agent of another office: 404). */
  exceptions?: Partial<Record<Caller, number>>;
}

const setDay = async ({ t, fx }: Ctx, date: string): Promise<void> => {
  const res = await t
    .http()
    .put(`/api/v1/calendar/days/${date}`)
    .set('authorization', bearer(fx.adminToken))
    .send({ kind: 'HOLIDAY', name: '测试' });
  expectStatus(res, 200);
};

const POLICY: RoutePolicy[] = [
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
    allowed: [Role.ADMIN],
    url: () => '/api/v1/users?limit=5',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/users/:id',
    allowed: [Role.ADMIN],
    url: ({ w }) => `/api/v1/users/${w.users.VIEWER.id}`,
    ok: 200,
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    allowed: [Role.ADMIN],
    url: () => '/api/v1/users',
    body: () => ({
      username: unique('matrix-user'),
      displayName: '矩阵',
      password: 'matrix-password',
      role: 'VIEWER',
    }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    allowed: [Role.ADMIN],
    url: ({ w }) => `/api/v1/users/${w.users.VIEWER.id}`,
    body: () => ({ displayName: unique('查阅人') }),
    ok: 200,
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
    allowed: [Role.ADMIN],
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
    allowed: [Role.ADMIN],
    url: ({ w }) => `/api/v1/agencies/${w.agency.id}`,
    body: () => ({ headName: unique('新局长').slice(0, 50) }),
    ok: 200,
  },
  // judicial offices
  {
    method: 'GET',
    route: '/api/v1/judicial-offices',
    allowed: EVERY_ROLE,
    url: () => '/api/v1/judicial-offices?limit=5',
    ok: 200,
  },
  {
    method: 'GET',
    route: '/api/v1/judicial-offices/:id',
    allowed: EVERY_ROLE,
    url: ({ w }) => `/api/v1/judicial-offices/${w.office.id}`,
    ok: 200,
    exceptions: { OTHER_AGENT: 404 },
  },
  {
    method: 'POST',
    route: '/api/v1/judicial-offices',
    allowed: [Role.ADMIN],
    url: () => '/api/v1/judicial-offices',
    body: () => ({ name: unique('矩阵司法所'), township: '矩阵镇' }),
    ok: 201,
  },
  {
    method: 'PATCH',
    route: '/api/v1/judicial-offices/:id',
    allowed: [Role.ADMIN],
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
    allowed: [Role.ADMIN],
    url: () => `/api/v1/calendar/days/${PUT_DAY}`,
    body: () => ({ kind: 'HOLIDAY', name: '矩阵假日' }),
    ok: 200,
  },
  {
    method: 'DELETE',
    route: '/api/v1/calendar/days/:date',
    allowed: [Role.ADMIN],
    url: () => `/api/v1/calendar/days/${DELETE_DAY}`,
    prepare: (c) => setDay(c, DELETE_DAY),
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

const CONTROLLERS = [
  AuthController,
  UsersController,
  AgenciesController,
  JudicialOfficesController,
  CalendarController,
  HealthController,
  MetricsController,
  MetaController,
];
const UNPREFIXED = ['/health/live', '/health/ready', '/metrics'];

/** Every route the controllers of this issue declare, as `METHOD /path`. */
function declaredRoutes(): string[] {
  const join = (...parts: string[]) =>
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/');
  return CONTROLLERS.flatMap((controller) => {
    const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
    const proto = controller.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && typeof proto[name] === 'function')
      .filter((name) => Reflect.hasMetadata(METHOD_METADATA, proto[name] as object))
      .map((name) => {
        const handler = proto[name] as object;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = join(base, Reflect.getMetadata(PATH_METADATA, handler) as string);
        return `${method} ${UNPREFIXED.includes(path) ? path : join('api/v1', path)}`;
      });
  });
}

function send(t: TestApp, method: RoutePolicy['method'], url: string): Test {
  const agent = t.http();
  switch (method) {
    case 'GET':
      return agent.get(url);
    case 'POST':
      return agent.post(url);
    case 'PUT':
      return agent.put(url);
    case 'PATCH':
      return agent.patch(url);
    case 'DELETE':
      return agent.delete(url);
  }
}

function expectedStatus(policy: RoutePolicy, caller: Caller): number {
  const exception = policy.exceptions?.[caller];
  if (exception !== undefined) return exception;
  if (policy.allowed === PUBLIC) return policy.ok;
  if (caller === 'ANONYMOUS') return 401;
  const role: Role = caller === 'OTHER_AGENT' ? Role.AGENT : caller;
  return policy.allowed.includes(role) ? policy.ok : 403;
}

const CASES = POLICY.flatMap((policy) =>
  CALLERS.map((caller) => ({
    policy,
    caller,
    expected: expectedStatus(policy, caller),
    name: `${policy.method} ${policy.route} as ${caller} → ${expectedStatus(policy, caller)}`,
  })),
);

describe('access matrix', () => {
  let c: Ctx;

  beforeAll(async () => {
    const t = await startApp();
    const fx = await Fixtures.asAdmin(t);
    c = { t, fx, w: await fx.world() };
  });
  afterAll(async () => {
    for (const day of [PUT_DAY, DELETE_DAY]) {
      await c.t
        .http()
        .delete(`/api/v1/calendar/days/${day}`)
        .set('authorization', bearer(c.fx.adminToken));
    }
    await c.t.close();
  });

  it('declares a policy for every route of these controllers, and only for those', () => {
    const declared = declaredRoutes().sort();
    const table = POLICY.map((p) => `${p.method} ${p.route}`).sort();
    expect(table).toEqual(declared);
  });

  it.each(CASES)('$name', async ({ policy, caller, expected }) => {
    await policy.prepare?.(c);
    const body = policy.body ? await policy.body(c) : undefined;
    const url = policy.url(c);
    let req = send(c.t, policy.method, url);
    if (caller !== 'ANONYMOUS') req = req.set('authorization', bearer(c.w.tokens[caller]));
    const res = body === undefined ? await req : await req.send(body);

    if (expected === 401) expectError(res, 401, 'UNAUTHENTICATED');
    else if (expected === 403) expectError(res, 403, 'FORBIDDEN');
    else if (expected >= 400) expectError(res, expected);
    else expectStatus(res, expected);
  });

  describe('an agent sees only the office they file for', () => {
    const asAgent = (who: 'AGENT' | 'OTHER_AGENT', url: string) =>
      c.t.http().get(url).set('authorization', bearer(c.w.tokens[who]));

    it('another office answers 404, exactly as an office that does not exist', async () => {
      const other = expectError(
        await asAgent('AGENT', `/api/v1/judicial-offices/${c.w.otherOffice.id}`),
        404,
        'JUDICIAL_OFFICE_NOT_FOUND',
      );
      const missing = expectError(
        await asAgent('AGENT', '/api/v1/judicial-offices/00000000-0000-4000-8000-000000000000'),
        404,
        'JUDICIAL_OFFICE_NOT_FOUND',
      );
      expect(other.message).toBe(missing.message);
      // And the other office's agent sees theirs, not this one.
      expectStatus(
        await asAgent('OTHER_AGENT', `/api/v1/judicial-offices/${c.w.otherOffice.id}`),
        200,
      );
    });

    it('the list holds their own office only', async () => {
      const res = await asAgent('AGENT', '/api/v1/judicial-offices?limit=100');
      expectStatus(res, 200);
      const page = res.body as PageBody<JudicialOfficeView>;
      expect(page.items.map((o) => o.id)).toEqual([c.w.office.id]);
      expect(page.nextCursor).toBeNull();
      const other = await asAgent('OTHER_AGENT', '/api/v1/judicial-offices');
      expectStatus(other, 200);
      const otherPage = other.body as PageBody<JudicialOfficeView>;
      expect(otherPage.items.map((o) => o.id)).toEqual([c.w.otherOffice.id]);
    });

    it('other roles see every office', async () => {
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const res = await c.t
          .http()
          .get(`/api/v1/judicial-offices?limit=100${query}`)
          .set('authorization', bearer(c.w.tokens.AGENCY_LIAISON));
        expectStatus(res, 200);
        const page = res.body as PageBody<JudicialOfficeView>;
        page.items.forEach((o) => ids.add(o.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids).toContain(c.w.office.id);
      expect(ids).toContain(c.w.otherOffice.id);
    });
  });
});
