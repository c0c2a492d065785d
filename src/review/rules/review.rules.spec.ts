/**
 * The review rules, each with the article it follows, against the real State Council calendar
 * 2023–2026 (the seed data). The error codes and messages are those the API answers with
 * (test/mediation-review.e2e-spec.ts asserts them end to end).
 */
import { Role } from '../../access/role';
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import {
  ActType,
  MERITS_OUTCOMES,
  Outcome,
  Procedure,
  TerminationReason,
} from '../../cases/case.enums';
import { answerCopyDueOn, answerDueOn, decisionDueOn } from '../../cases/rules/deadlines.rules';
import { thrown } from '../../../test/support/thrown';
import {
  AgreementRuling,
  ApprovalBasis,
  CompensationRuling,
  SuspensionGround,
} from '../proceedings.enums';
import {
  approvalBasis,
  Approver,
  assertMayConvert,
  assertMayExtend,
  assertNoPendingDraft,
  assertReviewable,
  AWARD_OUTCOMES,
  checkDecisionForm,
  checkSuspensionGround,
  checkTermination,
  ConvertibleCase,
  conversionToOrdinary,
  decisionDueWith,
  extension,
  LAPSING_GROUNDS,
  MAX_EXTENSION_DAYS,
  REMAKE_OUTCOMES,
  resumption,
  ReviewClock,
  SUSPENSION_LAPSE_DAYS,
  suspensionEarliest,
  suspensionLapsesOn,
  terminationEarliest,
} from './review.rules';

const error = (status: number, code: string, message: string): object => ({
  status,
  body: { statusCode: status, code, message },
});

const fieldError = (field: string, code: string, message: string): object => ({
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

// ---------------------------------------------------------------------------------------------
// Who approves.

const reviewer = (d: Partial<Approver> = {}): Approver => ({
  role: Role.REVIEWER,
  headsOffice: false,
  headsOrgan: false,
  ...d,
});

const code = (f: () => unknown): unknown => {
  const t = thrown(f) as { status: number; body: { code: string } };
  return [t.status, t.body.code];
};

// ARL 2023 Art. 62 para 1: 情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，可以
// 适当延长，并书面告知当事人.
describe('assertMayExtend: the head of the office approves an extension (Art. 62 para 1)', () => {
  it('lets a REVIEWER designated headsOffice extend', () => {
    expect(() => assertMayExtend(reviewer({ headsOffice: true }))).not.toThrow();
  });

  it('refuses any other REVIEWER, the organ head too (403 NOT_OFFICE_HEAD)', () => {
    for (const a of [reviewer(), reviewer({ headsOrgan: true })]) {
      expect(thrown(() => assertMayExtend(a))).toEqual(
        error(
          403,
          'NOT_OFFICE_HEAD',
          'An extension is approved by the head of the reconsideration office (Art. 62 para 1): a REVIEWER designated headsOffice',
        ),
      );
    }
  });

  it('refuses a designation left on an account that is no REVIEWER, and an unknown approver', () => {
    expect(
      code(() => assertMayExtend({ ...reviewer({ headsOffice: true }), role: Role.OFFICER })),
    ).toEqual([403, 'NOT_OFFICE_HEAD']);
    expect(code(() => assertMayExtend(null))).toEqual([403, 'NOT_OFFICE_HEAD']);
  });
});

// ARL 2023 Art. 55: 适用简易程序审理的行政复议案件，行政复议机构认为不宜适用简易程序的，经行政复议机构的
// 负责人批准，可以转为普通程序审理。
describe('assertMayConvert: the head of the office approves the switch (Art. 55)', () => {
  it('lets a REVIEWER designated headsOffice switch', () => {
    expect(() => assertMayConvert(reviewer({ headsOffice: true }))).not.toThrow();
  });

  it('refuses anyone else (403 NOT_OFFICE_HEAD, naming Art. 55)', () => {
    expect(thrown(() => assertMayConvert(reviewer({ headsOrgan: true })))).toEqual(
      error(
        403,
        'NOT_OFFICE_HEAD',
        'The switch to the ordinary procedure is approved by the head of the reconsideration office (Art. 55): a REVIEWER designated headsOffice',
      ),
    );
  });
});

// ARL 2023 Art. 55 (above); Art. 62 para 1: 适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日
// 起六十日内作出行政复议决定. Arts. 48, 54: the copy within 7 (simplified 3) working days of
// acceptance, the answer within 10 (simplified 5) working days of its receipt.
describe('conversionToOrdinary: simplified → ordinary (Art. 55), the clocks under the ordinary procedure', () => {
  /** Simplified, accepted Friday 2024-03-01: 30 days → 2024-03-31 (Sunday) → Monday 04-01. */
  const simplified: ConvertibleCase = {
    acceptedOn: '2024-03-01',
    procedure: Procedure.SIMPLIFIED,
    suspendedDays: 0,
    extensionDays: 0,
    answerCopySentOn: null,
    answerCopyReceivedOn: null,
    answeredOn: null,
  };

  it('the decision: 60 days from the original acceptance (自受理申请之日起), 04-30', () => {
    expect(decisionDueOn(cn, '2024-03-01', Procedure.SIMPLIFIED)).toBe('2024-04-01');
    expect(conversionToOrdinary(cn, simplified)).toMatchObject({
      procedure: Procedure.ORDINARY,
      decisionDueOn: '2024-04-30',
    });
  });

  it('keeps the days of completed suspensions: 12 → 2024-05-12 (Sunday) → 05-13', () => {
    expect(conversionToOrdinary(cn, { ...simplified, suspendedDays: 12 }).decisionDueOn).toBe(
      '2024-05-13',
    );
  });

  it('leaves an extension possible: the converted case extends as any ordinary one', () => {
    const c = { ...simplified, ...conversionToOrdinary(cn, simplified) };
    expect(extension(cn, c, 30).decisionDueOn).toBe('2024-05-30');
  });

  it('the copy not sent: due 7 working days from acceptance (Tuesday 2024-03-12), not 3', () => {
    expect(answerCopyDueOn(cn, '2024-03-01', Procedure.SIMPLIFIED)).toBe('2024-03-06');
    expect(conversionToOrdinary(cn, simplified).answerCopyDueOn).toBe('2024-03-12');
  });

  it('the copy received 2024-03-05, no answer yet: due 10 working days later (03-19), not 5', () => {
    const c = { ...simplified, answerCopySentOn: '2024-03-04', answerCopyReceivedOn: '2024-03-05' };
    const conversion = conversionToOrdinary(cn, c);
    expect(conversion.answerCopyDueOn).toBeUndefined();
    expect(conversion.answerDueOn).toBe('2024-03-19');
    expect(conversion.answerDueOn).toBe(answerDueOn(cn, '2024-03-05', Procedure.ORDINARY));
  });

  it('a clock that has run its course stays as it was', () => {
    const answered = {
      ...simplified,
      answerCopySentOn: '2024-03-04',
      answerCopyReceivedOn: '2024-03-05',
      answeredOn: '2024-03-08',
    };
    expect(conversionToOrdinary(cn, answered)).toEqual({
      procedure: Procedure.ORDINARY,
      decisionDueOn: '2024-04-30',
    });
    // Sent but not yet received: the answer period has not begun.
    const sent = { ...simplified, answerCopySentOn: '2024-03-04' };
    expect(conversionToOrdinary(cn, sent)).toEqual({
      procedure: Procedure.ORDINARY,
      decisionDueOn: '2024-04-30',
    });
  });

  it('refuses a case under the ordinary procedure (409 NOT_SIMPLIFIED)', () => {
    expect(
      thrown(() => conversionToOrdinary(cn, { ...simplified, procedure: Procedure.ORDINARY })),
    ).toEqual(
      error(
        409,
        'NOT_SIMPLIFIED',
        'Only a case under the simplified procedure is switched to the ordinary one (Art. 55)',
      ),
    );
  });
});

// ARL 2023 Art. 61 para 1: 由行政复议机构对行政行为进行审查，提出意见，经行政复议机关的负责人同意或者集体
// 讨论通过后，以行政复议机关的名义作出行政复议决定。
describe('approvalBasis: the organ head agrees, or a collective discussion passes (Art. 61 para 1)', () => {
  const draft = { createdAt: new Date('2026-03-02T09:00:00+08:00') };
  const discussion = {
    id: 'd1',
    heldOn: '2026-03-02',
    recordedAt: new Date('2026-03-02T10:00:00+08:00'),
  };

  it('ORGAN_HEAD: a REVIEWER designated headsOrgan agrees', () => {
    expect(approvalBasis(reviewer({ headsOrgan: true }), null, draft)).toEqual({
      approvalBasis: ApprovalBasis.ORGAN_HEAD,
      collectiveDiscussionId: null,
    });
  });

  it('refuses any other REVIEWER without a discussion, the office head too (403 NOT_ORGAN_HEAD)', () => {
    for (const a of [reviewer(), reviewer({ headsOffice: true })]) {
      expect(thrown(() => approvalBasis(a, null, draft))).toEqual(
        error(
          403,
          'NOT_ORGAN_HEAD',
          'A decision is approved with the consent of the head of the reconsideration organ or by a collective discussion (Art. 61 para 1): approve as a REVIEWER designated headsOrgan, or name the collective discussion',
        ),
      );
    }
    expect(
      code(() =>
        approvalBasis({ ...reviewer({ headsOrgan: true }), role: Role.OFFICER }, null, draft),
      ),
    ).toEqual([403, 'NOT_ORGAN_HEAD']);
  });

  it('COLLECTIVE_DISCUSSION: any REVIEWER records what the discussion passed', () => {
    for (const a of [reviewer(), reviewer({ headsOrgan: true })]) {
      expect(approvalBasis(a, discussion, draft)).toEqual({
        approvalBasis: ApprovalBasis.COLLECTIVE_DISCUSSION,
        collectiveDiscussionId: 'd1',
      });
    }
  });

  it('refuses a discussion recorded before the draft (409 DISCUSSION_BEFORE_DRAFT)', () => {
    const earlier = { ...discussion, recordedAt: new Date('2026-03-02T08:59:59+08:00') };
    expect(code(() => approvalBasis(reviewer({ headsOrgan: true }), earlier, draft))).toEqual([
      409,
      'DISCUSSION_BEFORE_DRAFT',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Suspension (Art. 39) and termination (Art. 41).

// ARL 2023 Art. 39 para 1 (6): 依照本法规定进行调解、和解，申请人和被申请人同意中止.
describe('checkSuspensionGround: mediation or settlement needs both sides (Art. 39 para 1 item 6)', () => {
  const G = SuspensionGround;

  it('takes MEDIATION_OR_SETTLEMENT with bothPartiesAgree true', () => {
    expect(() =>
      checkSuspensionGround({ ground: G.MEDIATION_OR_SETTLEMENT, bothPartiesAgree: true }),
    ).not.toThrow();
  });

  it.each([undefined, false])(
    'refuses it with bothPartiesAgree %p (400 AGREEMENT_REQUIRED)',
    (v) => {
      expect(
        thrown(() =>
          checkSuspensionGround({ ground: G.MEDIATION_OR_SETTLEMENT, bothPartiesAgree: v }),
        ),
      ).toEqual(
        fieldError(
          'bothPartiesAgree',
          'AGREEMENT_REQUIRED',
          'A suspension for mediation or settlement needs the agreement of the applicant and the respondent (Art. 39 para 1 item 6): confirm it with bothPartiesAgree true',
        ),
      );
    },
  );

  it.each(Object.values(G).filter((g) => g !== G.MEDIATION_OR_SETTLEMENT))(
    '%s needs no agreement and takes none (400 NOT_ALLOWED)',
    (ground) => {
      expect(() => checkSuspensionGround({ ground })).not.toThrow();
      expect(thrown(() => checkSuspensionGround({ ground, bothPartiesAgree: true }))).toEqual(
        fieldError(
          'bothPartiesAgree',
          'NOT_ALLOWED',
          'bothPartiesAgree is given only with the ground MEDIATION_OR_SETTLEMENT (Art. 39 para 1 item 6)',
        ),
      );
    },
  );
});

// ARL 2023 Art. 41: 行政复议期间有下列情形之一的，行政复议机关决定终止行政复议：（一）申请人撤回行政复议申请，
// 行政复议机构准予撤回；……（五）依照本法第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日，
// 行政复议中止的原因仍未消除。 Art. 74 para 2: 当事人达成和解后，由申请人向行政复议机构撤回行政复议申请。
// Art. 73: a 调解书 in effect closes the case (调解结案), no longer a termination.
describe('checkTermination: the reasons of Art. 41', () => {
  const R = TerminationReason;
  const on = (reason: TerminationReason, concludedOn = '2024-05-01') => ({ reason, concludedOn });
  const died = { ground: SuspensionGround.APPLICANT_DIED, suspendedOn: '2024-03-01' };

  it('lapses after 60 calendar days, the first day not counted and no roll: 03-01 → 04-30', () => {
    expect(SUSPENSION_LAPSE_DAYS).toBe(60);
    expect(suspensionLapsesOn('2024-03-01')).toBe('2024-04-30');
    // 2024-08-02 + 60 is National Day 2024-10-01: the lapse is not moved to 10-08.
    expect(suspensionLapsesOn('2024-08-02')).toBe('2024-10-01');
  });

  it('items 1, 2 and 4 of Art. 39 para 1 lapse; no other ground', () => {
    expect([...LAPSING_GROUNDS].sort()).toEqual(
      [
        SuspensionGround.APPLICANT_DIED,
        SuspensionGround.APPLICANT_INCAPACITATED,
        SuspensionGround.APPLICANT_DISSOLVED,
      ].sort(),
    );
  });

  it('refuses MEDIATED (400 MEDIATED_NOT_A_TERMINATION): 调解结案 is its own closing (Art. 73)', () => {
    for (const role of [Role.OFFICER, Role.REVIEWER]) {
      expect(thrown(() => checkTermination(on(R.MEDIATED), role, null))).toEqual(
        fieldError(
          'reason',
          'MEDIATED_NOT_A_TERMINATION',
          'MEDIATED is no longer a reason of termination: a mediation agreement in effect closes the case as REVIEW_MEDIATED (Art. 73)',
        ),
      );
    }
  });

  it.each([R.WITHDRAWN, R.SETTLED])(
    '%s: the office allows the withdrawal, a REVIEWER records it (403 WITHDRAWAL_NEEDS_APPROVAL)',
    (reason) => {
      expect(() => checkTermination(on(reason), Role.REVIEWER, null)).not.toThrow();
      expect(thrown(() => checkTermination(on(reason), Role.OFFICER, null))).toEqual(
        error(
          403,
          'WITHDRAWAL_NEEDS_APPROVAL',
          'A withdrawal ends the review once the office allows it (Art. 41 item 1; Art. 74 para 2): a REVIEWER records it',
        ),
      );
    },
  );

  it.each([R.APPLICANT_DIED, R.APPLICANT_DISSOLVED, R.CRIMINAL_MEASURES])(
    '%s (items 2–4): an OFFICER records it, suspended or not',
    (reason) => {
      expect(() => checkTermination(on(reason), Role.OFFICER, null)).not.toThrow();
      expect(() => checkTermination(on(reason), Role.OFFICER, died)).not.toThrow();
    },
  );

  it.each(LAPSING_GROUNDS)(
    'SUSPENSION_LAPSED on %s: refused at 59 days, allowed at 60',
    (ground) => {
      const s = { ground, suspendedOn: '2024-03-01' };
      expect(
        thrown(() => checkTermination(on(R.SUSPENSION_LAPSED, '2024-04-29'), Role.OFFICER, s)),
      ).toMatchObject(
        error(
          409,
          'SUSPENSION_NOT_LAPSED',
          'The suspension of 2024-03-01 has lasted 59 days on 2024-04-29; it lasts 60 days on 2024-04-30 (Art. 41 item 5)',
        ),
      );
      expect(
        (
          thrown(() =>
            checkTermination(on(R.SUSPENSION_LAPSED, '2024-04-29'), Role.OFFICER, s),
          ) as {
            body: { details: unknown };
          }
        ).body.details,
      ).toEqual([
        {
          field: 'concludedOn',
          code: 'SUSPENSION_NOT_LAPSED',
          message: 'concludedOn must be on or after 2024-04-30',
          i18n: { params: { limit: '2024-04-30' } },
        },
      ]);
      expect(() =>
        checkTermination(on(R.SUSPENSION_LAPSED, '2024-04-30'), Role.OFFICER, s),
      ).not.toThrow();
      expect(() =>
        checkTermination(on(R.SUSPENSION_LAPSED, '2024-06-30'), Role.OFFICER, s),
      ).not.toThrow();
    },
  );

  type Suspension = { ground: SuspensionGround | null; suspendedOn: string } | null;
  it.each<[string, Suspension]>([
    ['not suspended', null],
    ['suspended before grounds were coded', { ground: null, suspendedOn: '2024-01-01' }],
    ...Object.values(SuspensionGround)
      .filter((g) => !LAPSING_GROUNDS.includes(g))
      .map((g): [string, Suspension] => [
        `suspended on ${g}`,
        { ground: g, suspendedOn: '2024-01-01' },
      ]),
  ])('SUSPENSION_LAPSED %s: 409 SUSPENSION_GROUND_NOT_LAPSING, however long', (_, s) => {
    expect(thrown(() => checkTermination(on(R.SUSPENSION_LAPSED), Role.REVIEWER, s))).toEqual(
      error(
        409,
        'SUSPENSION_GROUND_NOT_LAPSING',
        'SUSPENSION_LAPSED ends only a case suspended on Art. 39 para 1 item 1, 2 or 4 (APPLICANT_DIED, APPLICANT_INCAPACITATED, APPLICANT_DISSOLVED) (Art. 41 item 5)',
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The forms of a decision.

describe('checkDecisionForm: what a draft decision carries (Arts. 63, 64, 69, 71, 72)', () => {
  const O = Outcome;
  const act = { actType: ActType.PENALTY, hasThirdParty: false };
  const ok = (f: Parameters<typeof checkDecisionForm>[0], c = act) =>
    expect(() => checkDecisionForm(f, c)).not.toThrow();

  // Art. 64 para 1: 决定撤销或者部分撤销该行政行为，并可以责令被申请人在一定期限内重新作出行政行为.
  describe('remakeWithinDays (Art. 64 para 1: 责令重新作出)', () => {
    it.each(REMAKE_OUTCOMES)('goes with %s', (type) => ok({ type, remakeWithinDays: 30 }));

    it.each(MERITS_OUTCOMES.filter((o) => !REMAKE_OUTCOMES.includes(o)))(
      'not with %s (400 REMAKE_NOT_ALLOWED)',
      (type) => {
        const f = { type, remakeWithinDays: 30, notLessFavourable: type === O.ALTER || undefined };
        expect(thrown(() => checkDecisionForm(f, { ...act, actType: ActType.INACTION }))).toEqual(
          fieldError(
            'remakeWithinDays',
            'REMAKE_NOT_ALLOWED',
            'The respondent is ordered to act anew within a period only with a revocation, REVOKE or PARTIAL_REVOKE (Art. 64 para 1)',
          ),
        );
      },
    );
  });

  // Art. 63 para 2: 行政复议机关不得作出对申请人更为不利的变更决定，但是第三人提出相反请求的除外。
  describe('ALTER: not less favourable to the applicant (Art. 63 para 2)', () => {
    it('with the drafter’s confirmation', () => ok({ type: O.ALTER, notLessFavourable: true }));

    it('or a third party’s contrary request, on a case with a third party', () => {
      ok({ type: O.ALTER, thirdPartyContraryRequest: true }, { ...act, hasThirdParty: true });
      ok(
        { type: O.ALTER, notLessFavourable: false, thirdPartyContraryRequest: true },
        { ...act, hasThirdParty: true },
      );
    });

    it.each([{}, { notLessFavourable: false }, { thirdPartyContraryRequest: false }])(
      'refuses %j (400 ALTERATION_LESS_FAVOURABLE)',
      (flags) => {
        expect(thrown(() => checkDecisionForm({ type: O.ALTER, ...flags }, act))).toEqual(
          fieldError(
            'notLessFavourable',
            'ALTERATION_LESS_FAVOURABLE',
            'An alteration may not be less favourable to the applicant unless a third party asked for the contrary (Art. 63 para 2): confirm notLessFavourable, or thirdPartyContraryRequest',
          ),
        );
      },
    );

    it('a contrary request on a case without a third party: 409 NO_THIRD_PARTY', () => {
      expect(
        thrown(() => checkDecisionForm({ type: O.ALTER, thirdPartyContraryRequest: true }, act)),
      ).toEqual(
        error(
          409,
          'NO_THIRD_PARTY',
          'The case has no third party to have asked for the contrary (Art. 63 para 2)',
        ),
      );
    });

    it.each(['notLessFavourable', 'thirdPartyContraryRequest'] as const)(
      '%s goes with ALTER only (400 NOT_ALLOWED)',
      (field) => {
        expect(thrown(() => checkDecisionForm({ type: O.UPHOLD, [field]: true }, act))).toEqual(
          fieldError(field, 'NOT_ALLOWED', `${field} is given only with ALTER (Art. 63 para 2)`),
        );
      },
    );
  });

  // Art. 69: 行政复议机关受理申请人认为被申请人不履行法定职责的行政复议申请后，发现被申请人没有相应法定职责或者
  // 在受理前已经履行法定职责的，决定驳回申请人的行政复议请求。
  describe('DISMISS (驳回复议请求) answers a failure to act (Art. 69)', () => {
    it('on an INACTION case', () => ok({ type: O.DISMISS }, { ...act, actType: ActType.INACTION }));

    it.each(Object.values(ActType).filter((a) => a !== ActType.INACTION))(
      'not on a %s case (409 DISMISS_NOT_INACTION)',
      (actType) => {
        expect(thrown(() => checkDecisionForm({ type: O.DISMISS }, { ...act, actType }))).toEqual(
          error(
            409,
            'DISMISS_NOT_INACTION',
            'DISMISS (驳回复议请求) answers an application against a failure to act (act type INACTION) (Art. 69)',
          ),
        );
      },
    );
  });

  // Art. 71: 被申请人不依法订立、不依法履行……行政协议的，行政复议机关决定被申请人承担依法订立、继续履行、采取
  // 补救措施或者赔偿损失等责任。 The act types have no administrative agreement: not checked.
  it.each(Object.values(AgreementRuling))(
    'agreementRuling %s goes with any type (Art. 71)',
    (r) => {
      ok({ type: O.ORDER_PERFORMANCE, agreementRuling: r });
      ok({ type: O.UPHOLD, agreementRuling: r });
    },
  );

  // Art. 72 para 1: ……应当不予赔偿的，在作出行政复议决定时，应当同时决定驳回行政赔偿请求；……应当给予赔偿的，
  // 在决定撤销或者部分撤销、变更行政行为或者确认行政行为违法、无效时，应当同时决定被申请人依法给予赔偿.
  describe('compensationRuling (Art. 72 para 1)', () => {
    const alter = (type: Outcome) => (type === O.ALTER ? { notLessFavourable: true } : {});

    it.each(AWARD_OUTCOMES)('AWARDED with %s, with its amount', (type) =>
      ok({
        type,
        ...alter(type),
        compensationRuling: CompensationRuling.AWARDED,
        compensationAmountYuan: 1200.5,
      }),
    );

    it.each(MERITS_OUTCOMES.filter((o) => !AWARD_OUTCOMES.includes(o)))(
      'not AWARDED with %s (400 AWARD_NOT_ALLOWED)',
      (type) => {
        const f = {
          type,
          compensationRuling: CompensationRuling.AWARDED,
          compensationAmountYuan: 100,
        };
        expect(thrown(() => checkDecisionForm(f, { ...act, actType: ActType.INACTION }))).toEqual(
          fieldError(
            'compensationRuling',
            'AWARD_NOT_ALLOWED',
            'Compensation is awarded with REVOKE, PARTIAL_REVOKE, ALTER, CONFIRM_ILLEGAL or CONFIRM_INVALID (Art. 72 para 1)',
          ),
        );
      },
    );

    it('AWARDED needs the amount (400 REQUIRED)', () => {
      expect(
        thrown(() =>
          checkDecisionForm(
            { type: O.REVOKE, compensationRuling: CompensationRuling.AWARDED },
            act,
          ),
        ),
      ).toEqual(
        fieldError(
          'compensationAmountYuan',
          'REQUIRED',
          'compensationAmountYuan is required when compensation is AWARDED (Art. 72 para 1)',
        ),
      );
    });

    it.each(MERITS_OUTCOMES)('DISMISSED with %s, without an amount', (type) => {
      const c = { ...act, actType: ActType.INACTION };
      ok({ type, ...alter(type), compensationRuling: CompensationRuling.DISMISSED }, c);
      expect(
        thrown(() =>
          checkDecisionForm(
            {
              type,
              ...alter(type),
              compensationRuling: CompensationRuling.DISMISSED,
              compensationAmountYuan: 5,
            },
            c,
          ),
        ),
      ).toEqual(
        fieldError(
          'compensationAmountYuan',
          'NOT_ALLOWED',
          'compensationAmountYuan is given only when compensation is AWARDED',
        ),
      );
    });

    it('an amount without a ruling: 400 NOT_ALLOWED', () => {
      expect(
        code(() => checkDecisionForm({ type: O.REVOKE, compensationAmountYuan: 5 }, act)),
      ).toEqual([400, 'VALIDATION_FAILED']);
    });
  });

  it('a plain decision of every type but DISMISS and ALTER needs nothing more', () => {
    for (const type of MERITS_OUTCOMES.filter((o) => o !== O.DISMISS && o !== O.ALTER))
      ok({ type });
  });
});
