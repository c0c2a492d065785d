/**
 * The review rules, each with the article it follows, against the real State Council calendar
 * 2023–2026 (the seed data). The error codes and messages are those the API answers with
 * (test/mediation-review.e2e-spec.ts asserts them end to end).
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { Procedure } from '../../cases/case.enums';
import { decisionDueOn } from '../../cases/rules/deadlines.rules';
import { thrown } from '../../../test/support/thrown';
import {
  assertNoPendingDraft,
  assertReviewable,
  decisionDueWith,
  extension,
  MAX_EXTENSION_DAYS,
  resumption,
  ReviewClock,
  suspensionEarliest,
  terminationEarliest,
} from './review.rules';

const error = (status: number, code: string, message: string): unknown => ({
  status,
  body: { statusCode: status, code, message },
});

const fieldError = (field: string, code: string, message: string): unknown => ({
  status: 400,
  body: {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Request validation failed',
    details: [{ field, code, message }],
  },
});

/** Ordinary, accepted Friday 2024-03-01: 60 days → Tuesday 2024-04-30. */
const ordinary: ReviewClock = {
  acceptedOn: '2024-03-01',
  procedure: Procedure.ORDINARY,
  suspendedDays: 0,
  extensionDays: 0,
};

describe('decisionDueWith: the decision deadline with the days added so far', () => {
  it('adds the stored suspended and extension days', () => {
    const c = { ...ordinary, suspendedDays: 5, extensionDays: 10 };
    expect(decisionDueWith(cn, c, {})).toBe(
      decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 15),
    );
  });

  it('takes new suspended or extension days in place of the stored ones', () => {
    const c = { ...ordinary, suspendedDays: 5, extensionDays: 10 };
    expect(decisionDueWith(cn, c, { suspendedDays: 7 })).toBe(
      decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 17),
    );
    expect(decisionDueWith(cn, c, { extensionDays: 30 })).toBe(
      decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 35),
    );
  });
});

// ARL 2023 Art. 62 para 1: 适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出
// 行政复议决定……情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以适当延长，
// 并书面告知当事人；但是延长期限最多不得超过三十日。
// Para 2: 适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定。
describe('extension (延期): ordinary procedure only, once, at most 30 days', () => {
  it('allows at most 30 days', () => {
    expect(MAX_EXTENSION_DAYS).toBe(30);
  });

  it('extends an ordinary case by 30 days: 04-30 + 30 = Thursday 2024-05-30', () => {
    expect(extension(cn, ordinary, 30)).toEqual({
      extensionDays: 30,
      decisionDueOn: '2024-05-30',
    });
  });

  it('keeps the suspended days already added', () => {
    const c = { ...ordinary, suspendedDays: 12 };
    expect(extension(cn, c, 1).decisionDueOn).toBe(
      decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 13),
    );
  });

  it('refuses the simplified procedure (409 EXTENSION_NOT_ALLOWED): para 2 has no extension', () => {
    const c = { ...ordinary, procedure: Procedure.SIMPLIFIED };
    expect(thrown(() => extension(cn, c, 10))).toEqual(
      error(
        409,
        'EXTENSION_NOT_ALLOWED',
        'Cases under the simplified procedure cannot be extended',
      ),
    );
  });

  it('refuses a second extension (409 ALREADY_EXTENDED), however short the first', () => {
    const c = { ...ordinary, extensionDays: 1 };
    expect(thrown(() => extension(cn, c, 1))).toEqual(
      error(409, 'ALREADY_EXTENDED', 'This case has been extended once already'),
    );
  });

  it('checks the procedure before the earlier extension', () => {
    const c = { ...ordinary, procedure: Procedure.SIMPLIFIED, extensionDays: 5 };
    expect(thrown(() => extension(cn, c, 5))).toMatchObject({ status: 409 });
    expect((thrown(() => extension(cn, c, 5)).body as { code: string }).code).toBe(
      'EXTENSION_NOT_ALLOWED',
    );
  });

  it.each([
    [31, 'MAX', 'days must not be greater than 30'],
    [0, 'MIN', 'days must not be less than 1'],
    [1.5, 'IS_INT', 'days must be an integer number'],
  ])('refuses %p days (400, as ExtensionDto does)', (days, code, message) => {
    expect(thrown(() => extension(cn, ordinary, days))).toEqual(fieldError('days', code, message));
  });
});

// ARL 2023 Art. 39 para 2: 行政复议中止的原因消除后，应当及时恢复行政复议案件的审理。
// The decision clock stops while suspended (docs/domain.md): the days from suspension to resumption
// are added to the decision period.
describe('resumption (恢复): adds the suspended calendar days to the deadline', () => {
  it('suspended 2024-03-20 to 2024-04-01: 12 days, 04-30 + 12 = Sunday 05-12 → Monday 2024-05-13', () => {
    expect(resumption(cn, ordinary, '2024-03-20', '2024-04-01')).toEqual({
      days: 12,
      suspendedDays: 12,
      decisionDueOn: '2024-05-13',
    });
  });

  it('adds to the days of earlier suspensions, and keeps the extension', () => {
    const c = { ...ordinary, suspendedDays: 3, extensionDays: 30 };
    expect(resumption(cn, c, '2024-04-10', '2024-04-12')).toEqual({
      days: 2,
      suspendedDays: 5,
      decisionDueOn: decisionDueOn(cn, '2024-03-01', Procedure.ORDINARY, 35),
    });
  });

  it('resumed the day it was suspended: no days added', () => {
    expect(resumption(cn, ordinary, '2024-03-20', '2024-03-20')).toMatchObject({
      days: 0,
      suspendedDays: 0,
      decisionDueOn: '2024-04-30',
    });
  });
});

// ARL 2023 Art. 39 para 1: 行政复议期间有下列情形之一的，行政复议中止 — during review: not before
// acceptance, and not before the last suspension ended.
describe('suspensionEarliest', () => {
  it('is acceptance for a case never suspended', () => {
    expect(suspensionEarliest('2024-03-01', null)).toEqual({
      earliest: '2024-03-01',
      name: 'acceptedOn',
    });
  });

  it('is the last resumption otherwise', () => {
    expect(suspensionEarliest('2024-03-01', { resumedOn: '2024-04-01' })).toEqual({
      earliest: '2024-04-01',
      name: 'the last resumption',
    });
  });
});

// ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议.
describe('terminationEarliest', () => {
  it('is the suspension in force, else acceptance', () => {
    expect(terminationEarliest({ suspendedOn: '2024-03-20', acceptedOn: '2024-03-01' })).toEqual({
      earliest: '2024-03-20',
      name: 'the last event',
    });
    expect(terminationEarliest({ suspendedOn: null, acceptedOn: '2024-03-01' })).toEqual({
      earliest: '2024-03-01',
      name: 'the last event',
    });
  });
});

// ARL 2023 Art. 61 para 1: 行政复议机关依照本法审理行政复议案件，由行政复议机构对行政行为进行审查，提出
// 意见，经行政复议机关的负责人同意或者集体讨论通过后，以行政复议机关的名义作出行政复议决定。
describe('the decision: proposed by one, approved by another', () => {
  it('one draft at a time (409 DRAFT_PENDING)', () => {
    expect(() => assertNoPendingDraft(false)).not.toThrow();
    expect(thrown(() => assertNoPendingDraft(true))).toEqual(
      error(409, 'DRAFT_PENDING', 'A draft decision is already awaiting approval'),
    );
  });

  it('approves a draft by someone else', () => {
    expect(() => assertReviewable({ draftedBy: 'u1' }, 'u2')).not.toThrow();
  });

  it('answers no draft with 409 NO_DRAFT', () => {
    expect(thrown(() => assertReviewable(null, 'u2'))).toEqual(
      error(409, 'NO_DRAFT', 'There is no draft decision to review'),
    );
  });

  it('refuses the drafter as approver (403 APPROVER_IS_DRAFTER)', () => {
    expect(thrown(() => assertReviewable({ draftedBy: 'u1' }, 'u1'))).toEqual(
      error(403, 'APPROVER_IS_DRAFTER', 'A decision is approved by someone other than its drafter'),
    );
  });
});
