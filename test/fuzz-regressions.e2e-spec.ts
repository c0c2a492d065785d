/**
 * What the bad-input fuzzers (test/fuzz-*.e2e-spec.ts) found, kept as plain examples: each was a
 * 5xx or a body accepted that should have been refused. Every one answers 400 naming the field,
 * and writes nothing.
 */
import type { Test } from 'supertest';
import { CaseWorld } from './support/case-world';
import { expectFieldError } from './support/fixtures';
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
});
