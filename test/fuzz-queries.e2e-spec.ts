/**
 * Property-based hostile query strings at every list and read route that takes filters (cases,
 * lawsuits, letters, alerts, materials, statistics, users, organizations, calendar), and hostile
 * headers (Idempotency-Key, Content-Type, Authorization, X-Forwarded-For, X-Request-Id) at write
 * routes: never a 5xx, the error shape of docs/architecture.md, a refusal writes nothing, and the request id
 * echoed is always a sane one.
 */
import fc from 'fast-check';
import { CaseWorld } from './support/case-world';
import {
  BAD_DATES,
  BAD_INSTANTS,
  forgedInstant,
  BAD_UUIDS,
  checkAnswer,
  EDGE_DATES,
  hostileKey,
  hostileString,
  NUMBERISH,
  probe,
  runs,
  seedOf,
  show,
  UNKNOWN_UUIDS,
} from './support/fuzz';
import { startApp, TestApp } from './support/test-app';

const API = '/api/v1';

/** Each filtered route and the names of its parameters. */
const QUERY_ROUTES: [string, string[]][] = [
  [
    '/cases',
    [
      'status',
      'respondentId',
      'officeId',
      'channel',
      'receivedFrom',
      'receivedTo',
      'overdue',
      'q',
      'limit',
      'cursor',
    ],
  ],
  ['/litigation-cases', ['agencyId', 'limit', 'cursor']],
  ['/reminder-letters', ['hearingId', 'agencyId', 'limit', 'cursor']],
  ['/alerts', ['open', 'limit', 'cursor']],
  ['/cases/{case}/materials', ['limit', 'cursor']],
  ['/statistics/reconsideration', ['from', 'to', 'groupBy']],
  ['/statistics/litigation', ['from', 'to', 'groupBy']],
  ['/statistics/report', ['year']],
  ['/statistics/export', ['from', 'to', 'format']],
  ['/statistics/snapshots', ['period']],
  ['/users', ['limit', 'cursor']],
  ['/agencies', ['limit', 'cursor']],
  ['/judicial-offices', ['limit', 'cursor']],
  ['/calendar/add-working-days', ['from', 'days']],
];

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

/**
 * Forged keyset cursors of the routes that page by an instant (alerts, letters) or a date: the
 * instant or date impossible or odd (30 February, year 0, +23:59, hour 24), the id any.
 */
const forgedCursor: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(forgedInstant, fc.constantFrom(...BAD_INSTANTS, ...BAD_DATES)),
    fc.oneof(fc.uuid(), fc.constantFrom(...BAD_UUIDS)),
  )
  .map((key) => b64(JSON.stringify(key)));

/** Values for any parameter: the plausible and the hostile. */
const queryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map((s) => s.slice(0, 2000)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...BAD_DATES, ...EDGE_DATES, '2026-01-01', '2026-12-31'),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_UUIDS, ...UNKNOWN_UUIDS) },
  { weight: 1, arbitrary: forgedCursor },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...NUMBERISH.filter((v): v is string | number => typeof v !== 'object').map(String),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'respondent',
      'office',
      'month',
      'xlsx',
      'csv',
      'true',
      'false',
      'RECEIVED',
      'WINDOW',
      '2026',
      '2026-03',
      '1900',
      '2999',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      b64('["2026-01-01","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('["9999-99-99","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('[1e309, "x"]'),
      b64('["2026-01-01T00:00:00Z","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('["2026-02-30T00:00:00.000Z","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('["0000-01-01T00:00:00.000Z","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('["2026-01-01T00:00:00+23:59","0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d"]'),
      b64('{"__proto__":{}}'),
      b64('['.repeat(5000)),
      'A'.repeat(512),
    ),
  },
);

/** One `key=value`, encoded, or raw with the characters that break query parsers. */
const pair = (keys: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...keys) },
        {
          weight: 1,
          arbitrary: fc.oneof(
            hostileKey,
            fc.constantFrom(...keys.map((k) => `${k}[]`), ...keys.map((k) => `${k}[a]`)),
          ),
        },
      ),
      queryValue,
      fc.constantFrom('encoded', 'encoded', 'encoded', 'raw'),
    )
    .map(([k, v, how]) => {
      if (how === 'raw')
        return `${k.replace(/[#\s]/g, '')}=${v.replace(/[#\s]/g, '').slice(0, 200)}`;
      try {
        return `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
      } catch {
        return `${encodeURIComponent(k.replace(/[\ud800-\udfff]/g, ''))}=%ED%A0%80`;
      }
    })
    .map((s) =>
      s
        .replace(/[\ud800-\udfff]/g, '%ED%A0%80')
        .replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)),
    );

/** Header values as Node sends them: tab, printable ASCII and Latin-1. */
const headerText = fc
  .oneof(
    fc.string({
      unit: fc
        .oneof(
          fc.integer({ min: 0x20, max: 0x7e }),
          fc.integer({ min: 0xa0, max: 0xff }),
          fc.constant(0x09),
        )
        .map((n) => String.fromCharCode(n)),
      maxLength: 300,
    }),
    fc.constantFrom(
      '',
      ' ',
      'x'.repeat(201),
      'x'.repeat(4000),
      "'; DROP TABLE idempotency_keys; --",
      '../../etc/passwd',
      '\u00ff\u00fe',
    ),
  )
  .map((s) => s.replace(/^[\t ]+|[\t ]+$/g, '') || 'x');

describe('bad input, fuzzed: query strings and headers', () => {
  let t: TestApp;
  let world: CaseWorld;
  let officer: string;
  let caseId: string;

  beforeAll(async () => {
    t = await startApp();
    world = await CaseWorld.create(t);
    officer = (await world.user('OFFICER')).token;
    caseId = (await world.register(officer)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(QUERY_ROUTES)('GET %s: hostile query strings never get a 5xx', async (route, keys) => {
    await fc.assert(
      fc.asyncProperty(fc.array(pair(keys), { minLength: 1, maxLength: 5 }), async (pairs) => {
        const url = `${API}${route.replace('{case}', caseId)}?${pairs.join('&')}`;
        const res = await t.http().get(url).set('authorization', `Bearer ${world.admin}`);
        checkAnswer(res, `GET ${show(url)}`);
      }),
      { numRuns: runs(30), seed: seedOf(`query ${route}`) },
    );
  });

  it.each(['/alerts', '/reminder-letters', '/litigation-cases', '/cases'])(
    'GET %s: forged cursors with impossible instants and dates never get a 5xx',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(forgedCursor, async (cursor) => {
          const url = `${API}${route}?cursor=${cursor}`;
          const res = await t.http().get(url).set('authorization', `Bearer ${world.admin}`);
          checkAnswer(
            res,
            `GET ${route} with the cursor ${show(Buffer.from(cursor, 'base64url').toString())}`,
          );
        }),
        { numRuns: runs(40), seed: seedOf(`forged cursor ${route}`) },
      );
    },
  );

  it('hostile headers at POST /cases never get a 5xx; a refusal writes nothing', async () => {
    const header = fc.oneof(
      fc.tuple(fc.constant('idempotency-key'), headerText),
      fc.tuple(fc.constant('content-type'), headerText),
      fc.tuple(
        fc.constant('content-type'),
        fc.constantFrom(
          'application/json; charset=utf-16',
          'application/json; charset=',
          'application/json;;;',
          'application/json, text/plain',
          'APPLICATION/JSON',
          'application/*',
          '*/*',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
        ),
      ),
      fc.tuple(fc.constant('authorization'), headerText),
      fc.tuple(
        fc.constant('authorization'),
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'bearer x',
          'Basic YWRtaW46YWRtaW4=',
          'Bearer a.b.c',
          'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IkFETUlOIn0.',
          `Bearer ${'a'.repeat(8000)}`,
        ),
      ),
      fc.tuple(fc.constant('x-forwarded-for'), headerText),
      fc.tuple(fc.constant('x-request-id'), headerText),
      fc.tuple(fc.constant('accept'), headerText),
      fc.tuple(fc.constant('content-encoding'), fc.constantFrom('gzip', 'br', 'deflate', 'x')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(header, { minLength: 1, maxLength: 3 }), async (headers) => {
        const what = `POST /cases with ${show(headers)}`;
        const breaksAuth = headers.some(([h]) => h === 'authorization');
        const res = await probe(
          { t },
          what,
          () => {
            let req = t
              .http()
              .post(`${API}/cases`)
              .set('authorization', `Bearer ${officer}`)
              .set('content-type', 'application/json');
            for (const [h, v] of headers) req = req.set(h, v);
            return req.send(JSON.stringify(world.application()));
          },
          breaksAuth,
        );
        // Whatever came in, the id echoed is one the service made or a sane one.
        expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
      }),
      { numRuns: runs(50), seed: seedOf('headers POST /cases') },
    );
  });

  it('an Idempotency-Key reused with another body is refused, nothing written', async () => {
    const key = `fuzz-${Date.now()}`;
    const first = await world
      .post(officer, '/cases', world.application())
      .set('idempotency-key', key);
    expect(first.status).toBe(201);
    await fc.assert(
      fc.asyncProperty(
        hostileString.map((s) => s.slice(0, 100)),
        async (requests) => {
          await probe(
            { t },
            `the key again with requests ${show(requests)}`,
            () =>
              world
                .post(officer, '/cases', world.application({ requests }))
                .set('idempotency-key', key),
            true,
          );
        },
      ),
      { numRuns: runs(15), seed: seedOf('idempotency key reuse') },
    );
  });
});
