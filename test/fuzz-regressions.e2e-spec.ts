/**
 * What the bad-input fuzzers (test/fuzz-*.e2e-spec.ts) found, kept as plain examples: each was a
 * 5xx or a body accepted that should have been refused. Every one answers 400 naming the field,
 * and writes nothing.
 */
import fc from 'fast-check';
import type { Response, Test } from 'supertest';
import { isInstant } from '../src/common/instant';
import { charCount } from '../src/common/validators/text';
import { CaseWorld } from './support/case-world';
import { expectError, expectFieldError, lawsuitBody } from './support/fixtures';
import {
  atLimit,
  changes,
  forgedInstant,
  ODD_CODE_POINTS,
  runs,
  seedOf,
  snapshotDb,
  textOfCodePoints,
} from './support/fuzz';
import { startApp, TestApp, unique } from './support/test-app';

const API = '/api/v1';

describe('bad input found by fuzzing', () => {
  let t: TestApp;
  let world: CaseWorld;
  let reviewer: string;
  let caseId: string;

  beforeAll(async () => {
    t = await startApp();
    world = await CaseWorld.create(t);
    reviewer = (await world.user('REVIEWER')).token;
    caseId = (await world.register(reviewer)).id;
    await world.accept(reviewer, caseId, '2026-02-27');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** `req` is refused with 400 naming `field` with `code`, and nothing is written. */
  async function refused(req: () => Test, field: string, code: string): Promise<void> {
    const before = await snapshotDb(t);
    expectFieldError(await req(), field, code);
    expect(changes(before, await snapshotDb(t))).toEqual({});
  }

  const raw = (path: string, json: string) => () =>
    t
      .http()
      .post(`${API}${path}`)
      .set('authorization', `Bearer ${reviewer}`)
      .set('content-type', 'application/json')
      .send(json);

  describe('extension days are a JSON integer, not something that converts to one', () => {
    it.each([['"5"'], ['true'], ['[5]'], ['"1e1"'], ['" 7 "'], ['{}']])('days: %s', (days) =>
      refused(
        raw(`/cases/${caseId}/extension`, `{"reason":"案情复杂","days":${days}}`),
        'days',
        'IS_INT',
      ),
    );
  });

  describe('values nested too deep for the framework to walk (was a 500: stack overflow)', () => {
    const deepArray = (n: number): string => '['.repeat(n) + ']'.repeat(n);
    const deepObject = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
    it('a field 20 000 arrays deep', () =>
      refused(
        raw(
          `/cases/${caseId}/suspension`,
          `{"reason":${deepArray(20_000)},"suspendedOn":"2026-03-02"}`,
        ),
        `reason${'[0]'.repeat(31)}`,
        'NESTED_TOO_DEEP',
      ));
    it('a body 100 000 objects deep', () =>
      refused(
        raw(`/cases/${caseId}/suspension`, deepObject(100_000)),
        `a${'.a'.repeat(31)}`,
        'NESTED_TOO_DEEP',
      ));
    it('an unknown field 33 levels deep', () =>
      refused(
        raw(`/cases/${caseId}/suspension`, `{"x":${deepArray(33)}}`),
        `x${'[0]'.repeat(31)}`,
        'NESTED_TOO_DEEP',
      ));
  });

  describe('keys of Object.prototype are unknown fields (were dropped or taken as declared)', () => {
    it.each([
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      '__defineGetter__',
    ])('%s', (key) =>
      refused(
        raw(
          `/cases/${caseId}/suspension`,
          `{"ground":"OTHER","reason":"等待鉴定","suspendedOn":"2026-03-02",${JSON.stringify(key)}:"x"}`,
        ),
        key,
        'UNKNOWN_FIELD',
      ),
    );
    it('nested, in an applicant', () =>
      refused(
        () =>
          world.post(
            reviewer,
            '/cases',
            world.application({
              applicants: JSON.parse(
                '[{"kind":"PERSON","name":"孙九","idNumber":"11010519491231002X","toString":"x"}]',
              ) as unknown[],
            }),
          ),
        'applicants[0].toString',
        'UNKNOWN_FIELD',
      ));
    it('in a query string', () =>
      refused(
        () => t.http().get(`${API}/cases?constructor=x`).set('authorization', `Bearer ${reviewer}`),
        'constructor',
        'UNKNOWN_FIELD',
      ));
  });

  it("a URL over the 16 KB header limit answers 431 in the error shape (was Fastify's own)", async () => {
    const res = await t
      .http()
      .get(`${API}/cases?q=${'x'.repeat(20_000)}`)
      .set('authorization', `Bearer ${reviewer}`);
    expectError(res, 431, 'HEADERS_TOO_LARGE');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('text Postgres counts longer than the validator did (was a 500: varchar overflow)', () => {
    /** 100 code points that validator.js's isLength counted as 50. */
    const tooLong = 'a\uFE0F'.repeat(100);
    const atMost = (n: number): string => 'a\uFE0F'.repeat(n / 2);
    const post = (path: string, body: object) => () => world.post(world.admin, path, body);

    it.each([
      [
        '/agencies',
        'name',
        () => ({ name: tooLong, kind: 'DEPARTMENT', headName: '甲', headTitle: '局长' }),
      ],
      [
        '/agencies',
        'headName',
        () => ({
          name: unique('局'),
          kind: 'DEPARTMENT',
          headName: atMost(50) + 'x',
          headTitle: '局长',
        }),
      ],
      ['/judicial-offices', 'name', () => ({ name: tooLong, township: '镇' })],
      ['/judicial-offices', 'township', () => ({ name: unique('所'), township: tooLong })],
      [
        '/users',
        'displayName',
        () => ({
          username: unique('u'),
          displayName: tooLong,
          password: 'Password-for-tests-1',
          role: 'VIEWER',
        }),
      ],
    ])('POST %s with %s = 100 × "a\\uFE0F" (200 code points)', (path, field, body) =>
      refused(post(path, body()), field, 'MAX_LENGTH'),
    );

    it.each([
      [
        'applicants[0].name',
        { applicants: [{ kind: 'PERSON', name: tooLong, idNumber: '11010519491231002X' }] },
      ],
      [
        'applicants[0].address',
        {
          applicants: [
            {
              kind: 'PERSON',
              name: '孙九',
              idNumber: '11010519491231002X',
              address: tooLong + tooLong,
            },
          ],
        },
      ],
      ['act.documentNumber', { act: { type: 'OTHER', documentNumber: tooLong } }],
    ])('POST /cases with %s too long in code points', (field, overrides) =>
      refused(
        () => world.post(reviewer, '/cases', world.application(overrides)),
        field,
        'MAX_LENGTH',
      ),
    );

    it.each(['court', 'courtCaseNumber'])('POST /litigation-cases with %s too long', (field) =>
      refused(
        () =>
          world.post(
            reviewer,
            '/litigation-cases',
            lawsuitBody(world.agencyId, { [field]: tooLong }),
          ),
        field,
        'MAX_LENGTH',
      ),
    );

    it('exactly at the limit in code points is accepted and stored whole', async () => {
      const name = atMost(100);
      const res = await world.post(world.admin, '/agencies', {
        name,
        kind: 'DEPARTMENT',
        headName: '\u{1F600}'.repeat(50),
        headTitle: 'e\u0301'.repeat(25),
      });
      expect(res.status).toBe(201);
      expect((res.body as { name: string }).name).toBe(name);
    });

    it('charCount is char_length, for any text (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 30 }),
            fc.integer({ min: 0, max: 40 }).chain(textOfCodePoints),
            fc.integer({ min: 1, max: 60 }).chain((n) => atLimit(n, n % 2 === 0)),
            fc.string({ unit: fc.constantFrom(...ODD_CODE_POINTS), maxLength: 20 }),
          ),
          async (s) => {
            const [{ n }] = await t.db.query<{ n: number }[]>('SELECT char_length($1)::int AS n', [
              s,
            ]);
            expect([s, charCount(s)]).toEqual([s, n]);
          },
        ),
        { numRuns: runs(200), seed: seedOf('charCount = char_length') },
      );
    });
  });

  describe('numbers written with an exponent (was a 500: the decimal-places check threw)', () => {
    it.each([['1e-7'], ['5e-324'], ['4.9E-324'], ['1.0000001']])('amountYuan: %s', (amount) =>
      refused(
        raw(
          '/cases',
          JSON.stringify(world.application({ act: { type: 'OTHER', amountYuan: 0 } })).replace(
            '"amountYuan":0',
            `"amountYuan":${amount}`,
          ),
        ),
        'act.amountYuan',
        'IS_NUMBER',
      ),
    );
  });

  describe('forged cursors with impossible timestamps (was a 500: Postgres refused them)', () => {
    const cursor = (key: unknown[]): string =>
      Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
    const id = '0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d';
    it.each([
      ['/alerts', '2026-02-30T00:00:00.000000Z'],
      ['/alerts', '0000-01-01T00:00:00.000000Z'],
      ['/alerts', '2026-01-01T00:00:00+23:59'],
      ['/reminder-letters', '2026-02-30T00:00:00.000Z'],
      ['/reminder-letters', '0000-01-01T00:00:00.000Z'],
      ['/reminder-letters', '2026-01-01T00:00:00+23:59'],
    ])('GET %s with the instant %s', (route, at) =>
      refused(
        () => world.get(reviewer, `${route}?cursor=${cursor([at, id])}`),
        'cursor',
        'INVALID_CURSOR',
      ),
    );

    it('every instant the cursor check passes, Postgres reads (property)', async () => {
      await fc.assert(
        fc.asyncProperty(forgedInstant, async (at) => {
          fc.pre(isInstant(at));
          const [{ ok }] = await t.db.query<{ ok: boolean }[]>(
            'SELECT $1::timestamptz IS NOT NULL AS ok',
            [at],
          );
          expect([at, ok]).toEqual([at, true]);
        }),
        { numRuns: runs(300), seed: seedOf('isInstant ⊆ timestamptz') },
      );
    });
  });

  describe('the same name created at once (was a 500: the unique violation)', () => {
    /** `n` requests at once: one is created, every other answers 409 `code`, none a 5xx. */
    async function race(n: number, send: () => Test, code: string): Promise<void> {
      const answers: Response[] = await Promise.all(Array.from({ length: n }, () => send()));
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      for (const r of answers.filter((a) => a.status !== 201)) expectError(r, 409, code);
    }

    it('agencies', async () => {
      const body = {
        name: unique('同名局'),
        kind: 'DEPARTMENT',
        headName: '甲',
        headTitle: '局长',
      };
      await race(8, () => world.post(world.admin, '/agencies', body), 'AGENCY_NAME_TAKEN');
    });
    it('judicial offices', async () => {
      const body = { name: unique('同名所'), township: '镇' };
      await race(
        8,
        () => world.post(world.admin, '/judicial-offices', body),
        'JUDICIAL_OFFICE_NAME_TAKEN',
      );
    });
    it('users', async () => {
      const body = {
        username: unique('same'),
        displayName: '同名',
        password: 'Password-for-tests-1',
        role: 'VIEWER',
      };
      await race(6, () => world.post(world.admin, '/users', body), 'USERNAME_TAKEN');
    });
    it('renaming two agencies to one new name at once', async () => {
      const make = async (): Promise<string> =>
        (
          (
            await world.post(world.admin, '/agencies', {
              name: unique('改名局'),
              kind: 'DEPARTMENT',
              headName: '甲',
              headTitle: '局长',
            })
          ).body as { id: string }
        ).id;
      const ids = await Promise.all([make(), make(), make(), make()]);
      const name = unique('新名局');
      const answers = await Promise.all(
        ids.map((id) =>
          t
            .http()
            .patch(`${API}/agencies/${id}`)
            .set('authorization', `Bearer ${world.admin}`)
            .send({ name }),
        ),
      );
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of answers.filter((a) => a.status !== 200))
        expectError(r, 409, 'AGENCY_NAME_TAKEN');
    });
  });
});
