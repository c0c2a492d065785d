/**
 * What the bad-input fuzzers (test/fuzz-*.e2e-spec.ts) found, kept as plain examples: each was a
 * 5xx or a body accepted that should have been refused. Every one answers 400 naming the field,
 * and writes nothing.
 */
import type { Test } from 'supertest';
import { CaseWorld } from './support/case-world';
import { expectError, expectFieldError } from './support/fixtures';
import { changes, snapshotDb } from './support/fuzz';
import { startApp, TestApp } from './support/test-app';

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
          `{"reason":"等待鉴定","suspendedOn":"2026-03-02",${JSON.stringify(key)}:"x"}`,
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
});
