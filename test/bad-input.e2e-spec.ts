/**
 * Malformed input at every write route and every route that takes a path or query parameter of
 * auth, users, organizations and calendar: the answer is 400 (413, 415) in the error shape with a
 * stable code naming the bad field, never a 5xx, and nothing is written. Then fast-check throws
 * arbitrary JSON at every write route with the same promise (never a 5xx; a 4xx writes nothing).
 */
import fc from 'fast-check';
import type { Test } from 'supertest';
import { Role } from '../src/access/role';
import {
  AgencyView,
  bearer,
  expectError,
  Fixtures,
  JudicialOfficeView,
  TestUser,
} from './support/fixtures';
import { startApp, TestApp, unique } from './support/test-app';

interface Ctx {
  t: TestApp;
  token: string;
  agency: AgencyView;
  office: JudicialOfficeView;
  user: TestUser;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function send(c: Ctx, method: Method, url: string): Test {
  const agent = c.t.http();
  let req: Test;
  switch (method) {
    case 'GET':
      req = agent.get(url);
      break;
    case 'POST':
      req = agent.post(url);
      break;
    case 'PUT':
      req = agent.put(url);
      break;
    case 'PATCH':
      req = agent.patch(url);
      break;
    case 'DELETE':
      req = agent.delete(url);
      break;
  }
  return req.set('authorization', bearer(c.token));
}

/**
 * The actions of the audit rows a request wrote. Every write is one transaction with its audit row,
 * so none means the request wrote nothing. Counting whole tables instead would race the other e2e
 * files, which write to the same database at the same time.
 */
async function auditActionsOf(t: TestApp, requestId: string | undefined): Promise<string[]> {
  // No request id: the router refused the URL itself (broken percent-encoding) before any hook or
  // handler of the app ran, so nothing could write.
  if (requestId === undefined) return [];
  const rows = await t.db.query<{ action: string }[]>(
    `SELECT action FROM audit_log WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
  return rows.map((r) => r.action);
}

/**
 * What a refused request may write: a failed login is itself recorded (the failure, and the lock
 * at the limit: src/auth/auth.service.ts), whatever the name and password were.
 */
const WRITTEN_ON_REFUSAL: Record<string, string[]> = {
  '/auth/login': ['auth.login_failed', 'auth.account_locked'],
};

interface BadCase {
  title: string;
  request: (c: Ctx) => Test;
  status: number;
  /** The stable code; left out where the router, not the app, answers (a broken URL). */
  code?: string;
  /** VALIDATION_FAILED: the field `details` must name, and the code it must carry there. */
  field?: string;
  detail?: string;
}

/** One field of a request body and the code each kind of bad value must get. */
interface Field {
  name: string;
  required: boolean;
  /** null is a legal value (clears the field). */
  nullable?: boolean;
  /** A value of the wrong JSON type, and the code it gets. */
  wrong: [unknown, string];
  /** A string one character too long (or otherwise out of shape), and its code. */
  tooLong?: [string, string];
  /** The empty string, when it is not allowed, and its code. */
  empty?: string;
}

interface BodyRoute {
  method: Method;
  route: string;
  url: (c: Ctx) => string;
  /** A valid body, fresh for every call (unique names). */
  valid: (c: Ctx) => Record<string, unknown>;
  fields: Field[];
}

const text = (name: string, max: number, required: boolean): Field => ({
  name,
  required,
  wrong: [42, 'IS_STRING'],
  tooLong: ['字'.repeat(max + 1), 'MAX_LENGTH'],
  empty: 'MIN_LENGTH',
});
const optional = (f: Field): Field => ({ ...f, required: false });

const agencyFields: Field[] = [
  text('name', 100, true),
  { name: 'kind', required: true, wrong: [42, 'IS_ENUM'], empty: 'IS_ENUM' },
  text('headName', 50, true),
  text('headTitle', 50, true),
  {
    name: 'contactPhone',
    required: false,
    nullable: true,
    wrong: [88888888, 'MATCHES'],
    tooLong: ['1'.repeat(21), 'MATCHES'],
    empty: 'MATCHES',
  },
];
const officeFields: Field[] = [text('name', 100, true), text('township', 100, true)];
const userFields: Field[] = [
  {
    name: 'username',
    required: true,
    wrong: [42, 'MATCHES'],
    tooLong: ['a'.repeat(65), 'MATCHES'],
    empty: 'MATCHES',
  },
  text('displayName', 100, true),
  { ...text('password', 200, true), empty: 'MIN_LENGTH' },
  { name: 'role', required: true, wrong: [42, 'IS_ENUM'], empty: 'IS_ENUM' },
  { name: 'officeId', required: false, wrong: [42, 'IS_UUID'], empty: 'IS_UUID' },
  { name: 'agencyId', required: false, wrong: [42, 'IS_UUID'], empty: 'IS_UUID' },
  // Heads of the office and of the organ (ARL Arts. 55, 61, 62): booleans, REVIEWER only.
  { name: 'headsOffice', required: false, wrong: ['yes', 'IS_BOOLEAN'], empty: 'IS_BOOLEAN' },
  { name: 'headsOrgan', required: false, wrong: [1, 'IS_BOOLEAN'], empty: 'IS_BOOLEAN' },
];

const BODY_ROUTES: BodyRoute[] = [
  {
    method: 'POST',
    route: '/auth/login',
    url: () => '/api/v1/auth/login',
    valid: () => ({ username: 'someone', password: 'something' }),
    fields: [text('username', 64, true), text('password', 200, true)],
  },
  {
    method: 'POST',
    route: '/auth/refresh',
    url: () => '/api/v1/auth/refresh',
    valid: () => ({ refreshToken: 'a-token' }),
    fields: [text('refreshToken', 200, true)],
  },
  {
    method: 'POST',
    route: '/auth/logout',
    url: () => '/api/v1/auth/logout',
    valid: () => ({ refreshToken: 'a-token' }),
    // null counts as absent: every session of the caller ends, as with no body at all.
    fields: [{ ...text('refreshToken', 200, false), nullable: true }],
  },
  {
    method: 'POST',
    route: '/users',
    url: () => '/api/v1/users',
    valid: () => ({
      username: unique('bad-input'),
      displayName: '坏输入',
      password: 'A-good-password-1',
      role: 'VIEWER',
    }),
    fields: userFields,
  },
  {
    method: 'PATCH',
    route: '/users/:id',
    url: (c) => `/api/v1/users/${c.user.id}`,
    valid: () => ({ displayName: '改名' }),
    fields: [
      ...userFields.filter((f) => f.name !== 'username').map(optional),
      { name: 'active', required: false, wrong: ['yes', 'IS_BOOLEAN'], empty: 'IS_BOOLEAN' },
    ],
  },
  {
    method: 'POST',
    route: '/agencies',
    url: () => '/api/v1/agencies',
    valid: () => ({
      name: unique('坏输入局'),
      kind: 'DEPARTMENT',
      headName: '甲',
      headTitle: '局长',
    }),
    fields: agencyFields,
  },
  {
    method: 'PATCH',
    route: '/agencies/:id',
    url: (c) => `/api/v1/agencies/${c.agency.id}`,
    valid: () => ({ headName: '乙' }),
    fields: agencyFields.map(optional),
  },
  {
    method: 'POST',
    route: '/judicial-offices',
    url: () => '/api/v1/judicial-offices',
    valid: () => ({ name: unique('坏输入司法所'), township: '镇' }),
    fields: officeFields,
  },
  {
    method: 'PATCH',
    route: '/judicial-offices/:id',
    url: (c) => `/api/v1/judicial-offices/${c.office.id}`,
    valid: () => ({ township: '新镇' }),
    fields: officeFields.map(optional),
  },
  {
    method: 'PUT',
    route: '/calendar/days/:date',
    url: () => '/api/v1/calendar/days/2097-03-03',
    valid: () => ({ kind: 'HOLIDAY', name: '坏输入' }),
    fields: [
      { name: 'kind', required: true, wrong: [42, 'IS_IN'], empty: 'IS_IN' },
      text('name', 50, true),
    ],
  },
];

function bodyCases(r: BodyRoute): BadCase[] {
  const at = `${r.method} ${r.route}`;
  const raw =
    (body: string, type = 'application/json') =>
    (c: Ctx) =>
      send(c, r.method, r.url(c)).set('content-type', type).send(body);
  const json = (patch: (b: Record<string, unknown>) => Record<string, unknown>) => (c: Ctx) =>
    send(c, r.method, r.url(c)).send(patch(r.valid(c)));
  const cases: BadCase[] = [
    {
      title: `${at}: malformed JSON`,
      request: raw('{"name": '),
      status: 400,
      code: 'MALFORMED_JSON',
    },
    { title: `${at}: empty JSON body`, request: raw(''), status: 400, code: 'MALFORMED_JSON' },
    {
      title: `${at}: a __proto__ key`,
      request: raw('{"__proto__": {"admin": true}}'),
      status: 400,
      code: 'MALFORMED_JSON',
    },
    ...['[]', '[{}]', '"text"', '42', 'true', 'null'].map((body) => ({
      title: `${at}: the body ${body}`,
      request: raw(body),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'body',
      detail: 'OBJECT_EXPECTED',
    })),
    {
      title: `${at}: text/plain`,
      request: raw('name=x', 'text/plain'),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'body',
      detail: 'OBJECT_EXPECTED',
    },
    {
      title: `${at}: an unsupported media type`,
      request: raw('<name/>', 'application/xml'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      title: `${at}: a body over 1 MB`,
      request: json((b) => ({ ...b, padding: 'x'.repeat(1_100_000) })),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      title: `${at}: an unknown field`,
      request: json((b) => ({ ...b, isAdmin: true })),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'isAdmin',
      detail: 'UNKNOWN_FIELD',
    },
  ];
  for (const f of r.fields) {
    const set = (value: unknown) => json((b) => ({ ...b, [f.name]: value }));
    const bad = (what: string, request: BadCase['request'], detail: string): BadCase => ({
      title: `${at}: ${f.name} ${what} → ${detail}`,
      request,
      status: 400,
      code: 'VALIDATION_FAILED',
      field: f.name,
      detail,
    });
    if (f.required) {
      cases.push(
        bad(
          'missing',
          json(({ [f.name]: _, ...rest }) => rest),
          'REQUIRED',
        ),
      );
    }
    if (!f.nullable) cases.push(bad('null', set(null), 'REQUIRED'));
    cases.push(
      bad(`of the wrong type (${JSON.stringify(f.wrong[0])})`, set(f.wrong[0]), f.wrong[1]),
    );
    cases.push(bad('as an object', set({ $ne: '' }), f.wrong[1]));
    if (f.tooLong) cases.push(bad('too long', set(f.tooLong[0]), f.tooLong[1]));
    if (f.empty) cases.push(bad('empty', set(''), f.empty));
    if (f.wrong[1] === 'IS_STRING') {
      cases.push(bad('with a NUL character', set('a\u0000b'), 'INVALID_CHARACTERS'));
      cases.push(bad('with an unpaired surrogate', set('a\ud800b'), 'INVALID_CHARACTERS'));
    }
  }
  return cases;
}

const BAD_UUIDS = [
  'not-a-uuid',
  '12345',
  '00000000-0000-0000-0000-00000000000g',
  '0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d0',
  '{0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d}',
  "1' OR '1'='1",
];
const BAD_DATES = [
  '2024-02-30',
  '2024-13-01',
  '2024/01/01',
  '2023-02-29',
  '2024-1-1',
  '20240101',
  '24-01-01',
  '2024-01-01T00:00:00Z',
  '1899-12-31',
  '3000-01-01',
  'today',
];
const BAD_YEARS = ['abc', '2024.5', '2024abc', '-1', '1899', '3000', '99999999999999999999'];
const BAD_LIMITS: [string, string][] = [
  ['abc', 'IS_INT'],
  ['', 'IS_INT'],
  ['1.5', 'IS_INT'],
  ['0x5', 'IS_INT'],
  ['1e1', 'IS_INT'],
  ['0', 'MIN'],
  ['-5', 'MIN'],
  ['101', 'MAX'],
];
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function paramCases(): BadCase[] {
  const cases: BadCase[] = [];
  const idRoutes: [Method, string, (c: Ctx) => Record<string, unknown> | undefined][] = [
    ['GET', '/api/v1/users/:id', () => undefined],
    ['PATCH', '/api/v1/users/:id', () => ({ displayName: 'x' })],
    ['GET', '/api/v1/agencies/:id', () => undefined],
    ['PATCH', '/api/v1/agencies/:id', () => ({ headName: 'x' })],
    ['GET', '/api/v1/judicial-offices/:id', () => undefined],
    ['PATCH', '/api/v1/judicial-offices/:id', () => ({ township: 'x' })],
  ];
  for (const [method, route, body] of idRoutes) {
    for (const id of BAD_UUIDS) {
      cases.push({
        title: `${method} ${route}: id ${JSON.stringify(id)}`,
        request: (c) => {
          const req = send(c, method, route.replace(':id', encodeURIComponent(id)));
          const b = body(c);
          return b ? req.send(b) : req;
        },
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'id',
        detail: 'INVALID_UUID',
      });
    }
    cases.push({
      title: `${method} ${route}: id with a NUL character`,
      request: (c) => {
        const req = send(c, method, route.replace(':id', '%00'));
        const b = body(c);
        return b ? req.send(b) : req;
      },
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'id',
    });
  }
  for (const url of ['/api/v1/agencies/%E0%A4%A', '/api/v1/calendar/days/%ZZ']) {
    cases.push({
      title: `GET ${url}: broken percent-encoding`,
      request: (c) => send(c, 'GET', url),
      status: 400,
    });
  }
  for (const date of BAD_DATES) {
    for (const method of ['PUT', 'DELETE'] as const) {
      cases.push({
        title: `${method} /calendar/days/:date: ${date}`,
        request: (c) => {
          const req = send(c, method, `/api/v1/calendar/days/${encodeURIComponent(date)}`);
          return method === 'PUT' ? req.send({ kind: 'HOLIDAY', name: '坏日期' }) : req;
        },
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'date',
        detail: 'INVALID_DATE',
      });
    }
  }
  for (const year of BAD_YEARS) {
    cases.push({
      title: `GET /calendar/:year: ${year}`,
      request: (c) => send(c, 'GET', `/api/v1/calendar/${encodeURIComponent(year)}`),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'year',
      detail: 'INVALID_YEAR',
    });
  }
  return cases;
}

function queryCases(): BadCase[] {
  const cases: BadCase[] = [];
  const awd = (query: string, field: string, detail: string): BadCase => ({
    title: `GET /calendar/add-working-days?${query} → ${field} ${detail}`,
    request: (c) => send(c, 'GET', `/api/v1/calendar/add-working-days?${query}`),
    status: 400,
    code: 'VALIDATION_FAILED',
    field,
    detail,
  });
  for (const date of BAD_DATES) {
    cases.push(awd(`from=${encodeURIComponent(date)}&days=5`, 'from', 'INVALID_DATE'));
  }
  cases.push(
    awd('from=&days=5', 'from', 'INVALID_DATE'),
    awd('days=5', 'from', 'REQUIRED'),
    awd('from=2024-09-27', 'days', 'REQUIRED'),
    awd('from=2024-09-27&from=2024-09-28&days=5', 'from', 'INVALID_DATE'),
    awd('from=2024-09-27&days=5&days=6', 'days', 'IS_INT'),
    awd('from=2024-09-27&days=99999999999', 'days', 'IS_INT'),
    awd('from=2024-09-27&days=367', 'days', 'MAX'),
    awd('from=2024-09-27&days=5&extra=1', 'extra', 'UNKNOWN_FIELD'),
    awd('from=2999-12-30&days=5', 'days', 'DATE_OUT_OF_RANGE'),
  );
  for (const [days, detail] of BAD_LIMITS.filter(([v]) => !['0', '101'].includes(v))) {
    cases.push(awd(`from=2024-09-27&days=${encodeURIComponent(days)}`, 'days', detail));
  }
  const lists: [string, string][] = [
    ['/api/v1/users', '["not-a-uuid"]'],
    ['/api/v1/agencies', '["a", "not-a-uuid"]'],
    ['/api/v1/judicial-offices', '[1, 2]'],
  ];
  for (const [path, forged] of lists) {
    const list = (query: string, field: string, detail: string): BadCase => ({
      title: `GET ${path}?${query} → ${field} ${detail}`,
      request: (c) => send(c, 'GET', `${path}?${query}`),
      status: 400,
      code: 'VALIDATION_FAILED',
      field,
      detail,
    });
    for (const [limit, detail] of BAD_LIMITS) {
      cases.push(list(`limit=${encodeURIComponent(limit)}`, 'limit', detail));
    }
    cases.push(list('limit=5&limit=6', 'limit', 'IS_INT'));
    for (const cursor of [
      '!!!',
      'a'.repeat(600),
      b64(forged),
      b64('{"a": 1}'),
      b64('null'),
      b64('[]'),
      b64('["a\\u0000", "0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('[{}, "0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
    ]) {
      cases.push(list(`cursor=${cursor}`, 'cursor', 'INVALID_CURSOR'));
    }
    cases.push(list('limit=5&sort=name', 'sort', 'UNKNOWN_FIELD'));
  }
  return cases;
}

const CASES: BadCase[] = [...BODY_ROUTES.flatMap(bodyCases), ...paramCases(), ...queryCases()];

describe('bad input', () => {
  let c: Ctx;

  beforeAll(async () => {
    const t = await startApp();
    const fx = await Fixtures.asAdmin(t);
    const [agency, office, user] = await Promise.all([
      fx.createAgency(),
      fx.createOffice(),
      fx.createUser(Role.VIEWER),
    ]);
    c = { t, token: fx.adminToken, agency, office, user };
  });
  afterAll(async () => {
    await c.t
      .http()
      .delete('/api/v1/calendar/days/2097-03-03')
      .set('authorization', bearer(c.token));
    await c.t.close();
  });

  it.each(CASES)('$title', async ({ request, status, code, field, detail }) => {
    const res = await request(c);
    expect(res.status).toBeLessThan(500);
    const body = expectError(res, status, code);
    if (field !== undefined) {
      expect(body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field,
            code: detail ?? expect.any(String),
            message: expect.any(String),
          }),
        ]),
      );
    }
    expect(await auditActionsOf(c.t, res.headers['x-request-id'])).toEqual([]);
  });

  describe('arbitrary JSON (fast-check)', () => {
    /** Any UTF-16 code unit, NUL and unpaired surrogates included. */
    const anyChar = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    const anyString = fc.oneof(fc.string(), fc.string({ unit: anyChar, maxLength: 300 }));
    const anyValue = fc.oneof(
      anyString,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue({ maxDepth: 2 }),
    );

    it.each(BODY_ROUTES)('$method $route: never a 5xx; a 4xx writes nothing', async (r) => {
      const keys = [...r.fields.map((f) => f.name), 'extra', '__proto__x'];
      const bodies = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom(...keys), anyValue),
        fc.record(Object.fromEntries(r.fields.map((f) => [f.name, anyValue])), {
          requiredKeys: [],
        }),
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const res = await send(c, r.method, r.url(c))
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          if (res.status >= 500) {
            throw new Error(
              `${res.status} for ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`,
            );
          }
          if (res.status >= 400) {
            expectError(res, res.status);
            const allowed = res.status === 401 ? (WRITTEN_ON_REFUSAL[r.route] ?? []) : [];
            const written = await auditActionsOf(c.t, res.headers['x-request-id']);
            expect(written.filter((a) => !allowed.includes(a))).toEqual([]);
          }
        }),
        { numRuns: 40 },
      );
    });
  });
});
