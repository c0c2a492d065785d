/**
 * Who may call what: one declared policy per route of every controller (access-matrix/policy.ts),
 * checked against the routes the application really serves, and a test of every route × every
 * caller: each role, an agent of another office, a liaison of another agency, an expired token, a
 * token with an altered signature, and nobody signed in.
 *
 * - Allowed callers get the route's answer; writes succeed (on a fresh case or lawsuit where the
 *   transition happens once).
 * - Other signed-in roles get 403; an allowed role outside the resource's office (cases) or agency
 *   (lawsuits, reminder letters) gets 404, as for an id that does not exist, and lists leave the
 *   resource out; bad or missing tokens get 401.
 * - A refused call writes nothing: every table keeps its row count (audit_log included).
 *
 * Decided by the code alone: the alerts (OFFICER, REVIEWER), who reads lawsuits (ADMIN, OFFICER,
 * REVIEWER, VIEWER, own agency's liaison), who reads materials (the case's readers), and agents
 * refused GET /statistics/litigation and GET /statistics/snapshots (403: a lawsuit has no filing
 * office, a snapshot is district-wide).
 */
import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { Test } from 'supertest';
import { Role } from '../src/access/role';
import {
  DELETE_DAY,
  expectedStatus,
  isOutsider,
  POLICY,
  PUT_DAY,
  RoutePolicy,
} from './access-matrix/policy';
import {
  buildMatrixWorld,
  Caller,
  CALLERS,
  fresh,
  MatrixWorld,
  State,
  tamper,
} from './access-matrix/world';
import {
  bearer,
  countAllRows,
  expectError,
  expectStatus,
  JudicialOfficeView,
  PageBody,
} from './support/fixtures';
import { TestApp } from './support/test-app';

// The world is built in a hook: logins hash passwords, and the testTimeout does not reach hooks.
jest.setTimeout(120_000);

/** Served outside the global prefix (app.factory.ts). */
const UNPREFIXED = ['/health/live', '/health/ready', '/metrics'];

/** Every route the application's controllers declare, as `METHOD /path`. */
function declaredRoutes(t: TestApp): string[] {
  const join = (...parts: string[]) =>
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/');
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type),
  );
  expect(controllers.length).toBeGreaterThan(10);
  return controllers.flatMap((controller) => {
    const bases = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat();
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && typeof proto[name] === 'function')
      .filter((name) => Reflect.hasMetadata(METHOD_METADATA, proto[name] as object))
      .flatMap((name) => {
        const handler = proto[name] as object;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const paths = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat();
        return bases.flatMap((base) =>
          paths.map((p) => {
            const path = join(base, p);
            return `${method} ${UNPREFIXED.includes(path) ? path : join('api/v1', path)}`;
          }),
        );
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

/** The caller's bearer token; bad tokens are those of a role the route allows (else ADMIN's). */
function tokenOf(m: MatrixWorld, policy: RoutePolicy, caller: Caller): string | null {
  if (caller === 'ANONYMOUS') return null;
  if (caller === 'EXPIRED' || caller === 'TAMPERED') {
    const role = policy.allowed === 'public' ? Role.ADMIN : policy.allowed[0];
    return caller === 'EXPIRED' ? m.expired[role] : m.tampered[role];
  }
  return m.tokens[caller];
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
  let m: MatrixWorld;
  /** Per route: a fresh resource a refused call left unused, for the next caller. */
  const unused = new Map<RoutePolicy, State>();

  beforeAll(async () => {
    m = await buildMatrixWorld();
  });
  afterAll(async () => {
    if (!m) return;
    for (const day of [PUT_DAY, DELETE_DAY]) {
      await m.t
        .http()
        .delete(`/api/v1/calendar/days/${day}`)
        .set('authorization', bearer(m.fx.adminToken));
    }
    await m.t.close();
  });

  it('declares a policy for every route the application serves, and only for those', () => {
    const declared = declaredRoutes(m.t).sort();
    const table = POLICY.map((p) => `${p.method} ${p.route}`).sort();
    expect(table).toEqual(declared);
  });

  it.each(CASES)('$name', async ({ policy, caller, expected }) => {
    const s = unused.get(policy) ?? (policy.fresh ? await policy.fresh(m) : {});
    unused.delete(policy);
    await policy.prepare?.(m);
    const body = policy.body ? await policy.body(m, s) : undefined;
    const write = policy.method !== 'GET';
    const before = write && expected >= 400 ? await countAllRows(m.t) : null;

    let req = send(m.t, policy.method, policy.url(m, s));
    const token = tokenOf(m, policy, caller);
    if (token !== null) req = req.set('authorization', bearer(token));
    if (policy.form) {
      req = req.field('kind', policy.form.kind).attach('file', Buffer.from(policy.form.content), {
        filename: policy.form.fileName,
        contentType: 'text/plain',
      });
    }
    const res = body === undefined ? await req : await req.send(body);

    if (expected === 401) {
      expectError(res, 401, caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'INVALID_TOKEN');
    } else if (expected === 403) expectError(res, 403, 'FORBIDDEN');
    else if (expected >= 400) expectError(res, expected);
    else expectStatus(res, expected);

    if (expected === policy.ok) {
      if (policy.sees) expect(policy.sees(res.body, m)).toBe(!isOutsider(policy, caller));
      policy.check?.(res.body, m, caller);
    } else if (policy.fresh) {
      unused.set(policy, s);
    }
    if (before) expect(await countAllRows(m.t)).toEqual(before);
  });

  describe('an agent sees only the office they file for', () => {
    const asAgent = (who: 'AGENT' | 'OTHER_AGENT', url: string) =>
      m.t.http().get(url).set('authorization', bearer(m.tokens[who]));

    it('another office answers 404, exactly as an office that does not exist', async () => {
      const other = expectError(
        await asAgent('AGENT', `/api/v1/judicial-offices/${m.w.otherOffice.id}`),
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
        await asAgent('OTHER_AGENT', `/api/v1/judicial-offices/${m.w.otherOffice.id}`),
        200,
      );
    });

    it('the list holds their own office only', async () => {
      const res = await asAgent('AGENT', '/api/v1/judicial-offices?limit=100');
      expectStatus(res, 200);
      const page = res.body as PageBody<JudicialOfficeView>;
      expect(page.items.map((o) => o.id)).toEqual([m.w.office.id]);
      expect(page.nextCursor).toBeNull();
      const other = await asAgent('OTHER_AGENT', '/api/v1/judicial-offices');
      expectStatus(other, 200);
      const otherPage = other.body as PageBody<JudicialOfficeView>;
      expect(otherPage.items.map((o) => o.id)).toEqual([m.w.otherOffice.id]);
    });

    it('other roles see every office', async () => {
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const res = await m.t
          .http()
          .get(`/api/v1/judicial-offices?limit=100${query}`)
          .set('authorization', bearer(m.tokens.AGENCY_LIAISON));
        expectStatus(res, 200);
        const page = res.body as PageBody<JudicialOfficeView>;
        page.items.forEach((o) => ids.add(o.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids).toContain(m.w.office.id);
      expect(ids).toContain(m.w.otherOffice.id);
    });

    it("another office's case answers 404, exactly as a case that does not exist", async () => {
      const other = expectError(
        await asAgent('OTHER_AGENT', `/api/v1/cases/${m.shared.caseId}`),
        404,
        'CASE_NOT_FOUND',
      );
      const missing = expectError(
        await asAgent('OTHER_AGENT', '/api/v1/cases/00000000-0000-4000-8000-000000000000'),
        404,
        'CASE_NOT_FOUND',
      );
      expect(other.message).toBe(missing.message);
    });
  });

  it("another agency's lawsuit answers 404, exactly as one that does not exist", async () => {
    const asLiaison = (url: string) =>
      m.t.http().get(url).set('authorization', bearer(m.tokens.OTHER_LIAISON));
    const other = expectError(
      await asLiaison(`/api/v1/litigation-cases/${m.shared.lawsuitId}`),
      404,
      'LITIGATION_CASE_NOT_FOUND',
    );
    const missing = expectError(
      await asLiaison('/api/v1/litigation-cases/00000000-0000-4000-8000-000000000000'),
      404,
      'LITIGATION_CASE_NOT_FOUND',
    );
    expect(other.message).toBe(missing.message);
  });

  it("an officer neither sees nor acknowledges another officer's alert", async () => {
    const other = (await m.fx.signedIn(Role.OFFICER)).pair.accessToken;
    const list = await m.t
      .http()
      .get('/api/v1/alerts?limit=100')
      .set('authorization', bearer(other));
    expectStatus(list, 200);
    expect((list.body as PageBody<{ id: string }>).items.map((a) => a.id)).not.toContain(
      m.shared.alertId,
    );
    const before = await countAllRows(m.t);
    expectError(
      await m.t
        .http()
        .post(`/api/v1/alerts/${m.shared.alertId}/acknowledgement`)
        .set('authorization', bearer(other)),
      404,
      'ALERT_NOT_FOUND',
    );
    expect(await countAllRows(m.t)).toEqual(before);
  });

  it("an agent's statistics count their own office's cases only", async () => {
    const received = async (caller: 'AGENT' | 'OTHER_AGENT' | 'ADMIN'): Promise<number> => {
      const res = await m.t
        .http()
        .get('/api/v1/statistics/reconsideration?from=2026-01-01&to=2026-12-31')
        .set('authorization', bearer(m.tokens[caller]));
      expectStatus(res, 200);
      return (res.body as { total: { received: number } }).total.received;
    };
    const inDb = async (officeId: string | null): Promise<number> => {
      const [{ n }] = await m.t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM cases
          WHERE received_on BETWEEN '2026-01-01' AND '2026-12-31'
            AND ($1::uuid IS NULL OR office_id = $1::uuid)`,
        [officeId],
      );
      return n;
    };
    // One filed at the window, outside any office: counted for the district, for no agent.
    await m.cases.register(m.tokens.OFFICER);
    const [own, other, all] = [
      await received('AGENT'),
      await received('OTHER_AGENT'),
      await received('ADMIN'),
    ];
    expect(own).toBeGreaterThan(0);
    expect(own).toBe(await inDb(m.w.office.id));
    expect(other).toBe(await inDb(m.w.otherOffice.id));
    expect(all).toBe(await inDb(null));
    expect(all).toBeGreaterThan(own);
  });

  it('not accepting an application is for a REVIEWER alone, and a refusal writes nothing', async () => {
    const { caseId } = await fresh.received(m);
    const before = await countAllRows(m.t);
    const res = await m.cases.post(m.tokens.OFFICER, `/cases/${caseId}/acceptance`, {
      accepted: false,
      reason: '不属于行政复议范围',
      decidedOn: '2026-03-02',
    });
    expectError(res, 403, 'FORBIDDEN');
    expect(await countAllRows(m.t)).toEqual(before);
    const ok = await m.cases.post(m.tokens.REVIEWER, `/cases/${caseId}/acceptance`, {
      accepted: false,
      reason: '不属于行政复议范围',
      decidedOn: '2026-03-02',
    });
    expectStatus(ok, 200);
    expect((ok.body as { status: string }).status).toBe('NOT_ACCEPTED');
  });

  it('a token whose claims were changed (a VIEWER calling itself ADMIN) answers 401', async () => {
    const [header, payload, signature] = m.tokens.VIEWER.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { role: string };
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const res = await m.t
      .http()
      .get('/api/v1/users')
      .set('authorization', bearer(`${header}.${forged}.${signature}`));
    expectError(res, 401, 'INVALID_TOKEN');
    // The same token with its signature altered, and the original, for contrast.
    expectError(
      await m.t
        .http()
        .get('/api/v1/auth/me')
        .set('authorization', bearer(tamper(m.tokens.VIEWER))),
      401,
      'INVALID_TOKEN',
    );
    expectStatus(
      await m.t.http().get('/api/v1/auth/me').set('authorization', bearer(m.tokens.VIEWER)),
      200,
    );
  });
});
