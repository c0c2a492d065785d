/**
 * The transition table against docs/domain.md ("Case lifecycle" and "Decisions and what counts as
 * correction"). The expected table below is written out by hand from the lifecycle diagram and
 * the agreed semantics of the events the diagram does not draw; it is deliberately not derived
 * from TRANSITIONS, so a wrong edit to the table fails here.
 */
import {
  canApply,
  CaseEvent,
  IllegalTransitionError,
  nextStatus,
  TRANSITIONS,
} from './transitions.rules';
import * as caseStatusModule from '../case.enums';
import {
  ACT_TYPE_LABELS,
  ActType,
  APPLICANT_KIND_LABELS,
  ApplicantKind,
  CASE_STATUS_LABELS,
  CaseStatus,
  Channel,
  CHANNEL_LABELS,
  CLOSED_STATUSES,
  CORRECTING_OUTCOMES,
  MERITS_OUTCOMES,
  OPEN_STATUSES,
  Outcome,
  OUTCOME_LABELS,
  Procedure,
  PROCEDURE_LABELS,
} from '../case.enums';

const S = CaseStatus;
const E = CaseEvent;

const ALL_STATUSES = Object.values(CaseStatus);
const ALL_EVENTS = Object.values(CaseEvent);

/**
 * For each status, the events allowed in it and the status each leads to (the same status for an
 * event that changes nothing but the record). Any (status, event) pair not listed is refused.
 */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseEvent, CaseStatus>>> = {
  [S.RECEIVED]: {
    [E.REQUEST_SUPPLEMENT]: S.AWAITING_SUPPLEMENT, // supplement request
    [E.START_PRE_MEDIATION]: S.PRE_MEDIATION, // start pre-case mediation
    [E.NOT_ACCEPT]: S.NOT_ACCEPTED, // not accepted (reasons)
    [E.ACCEPT]: S.UNDER_REVIEW, // accept (procedure)
    [E.DEEM_ACCEPTED]: S.UNDER_REVIEW, // the review period ran out (Art. 30 ¶3)
    [E.WITHDRAW_APPLICATION]: S.WITHDRAWN, // withdrawn before acceptance
    [E.ADD_PARTY]: S.RECEIVED, // a third party or agent joins (Arts. 15–17)
    [E.ASSIGN]: S.RECEIVED, // any open state
    [E.ATTACH_MATERIAL]: S.RECEIVED,
    [E.DRAFT_DOCUMENT]: S.RECEIVED,
    [E.ISSUE_DOCUMENT]: S.RECEIVED,
    [E.SERVE_DOCUMENT]: S.RECEIVED, // any state: a closed case still receives its documents
  },
  [S.AWAITING_SUPPLEMENT]: {
    [E.FULFIL_SUPPLEMENT]: S.RECEIVED, // supplement fulfilled
    [E.ABANDON]: S.ABANDONED, // 10 working days, nothing (视为放弃)
    [E.EXTEND_SUPPLEMENT]: S.AWAITING_SUPPLEMENT, // a good reason (Art. 31 ¶2)
    [E.WITHDRAW_APPLICATION]: S.WITHDRAWN,
    [E.ADD_PARTY]: S.AWAITING_SUPPLEMENT,
    [E.ASSIGN]: S.AWAITING_SUPPLEMENT,
    [E.ATTACH_MATERIAL]: S.AWAITING_SUPPLEMENT,
    [E.DRAFT_DOCUMENT]: S.AWAITING_SUPPLEMENT,
    [E.ISSUE_DOCUMENT]: S.AWAITING_SUPPLEMENT,
    [E.SERVE_DOCUMENT]: S.AWAITING_SUPPLEMENT,
  },
  [S.PRE_MEDIATION]: {
    [E.RECORD_MEDIATION_SESSION]: S.PRE_MEDIATION,
    [E.PRE_MEDIATION_SUCCEEDED]: S.MEDIATED, // succeeded
    [E.PRE_MEDIATION_FAILED]: S.RECEIVED, // mediation failed
    [E.WITHDRAW_APPLICATION]: S.WITHDRAWN,
    [E.ADD_PARTY]: S.PRE_MEDIATION,
    [E.ASSIGN]: S.PRE_MEDIATION,
    [E.ATTACH_MATERIAL]: S.PRE_MEDIATION,
    [E.DRAFT_DOCUMENT]: S.PRE_MEDIATION,
    [E.ISSUE_DOCUMENT]: S.PRE_MEDIATION,
    [E.SERVE_DOCUMENT]: S.PRE_MEDIATION,
  },
  [S.UNDER_REVIEW]: {
    [E.SUSPEND]: S.SUSPENDED, // suspend
    [E.TERMINATE]: S.TERMINATED, // withdrawn / settled / mediated
    [E.APPROVE_DECISION]: S.DECIDED, // decision approved
    [E.DRAFT_DECISION]: S.UNDER_REVIEW, // drafted by an officer, takes effect only on approval
    [E.REJECT_DECISION]: S.UNDER_REVIEW, // sent back with a comment
    [E.EXTEND]: S.UNDER_REVIEW,
    [E.DISMISS_APPLICATION]: S.APPLICATION_DISMISSED, // 驳回申请 (Art. 33)
    [E.SEND_ANSWER_COPY]: S.UNDER_REVIEW, // Arts. 48, 54
    [E.RECORD_ANSWER]: S.UNDER_REVIEW,
    [E.ADD_PARTY]: S.UNDER_REVIEW,
    [E.REQUEST_STAY]: S.UNDER_REVIEW, // Art. 42
    [E.RECORD_VIEWS]: S.UNDER_REVIEW, // Art. 49
    [E.SCHEDULE_FORMAL_HEARING]: S.UNDER_REVIEW, // Arts. 50–51
    [E.RECORD_FORMAL_HEARING]: S.UNDER_REVIEW,
    [E.REFER_TO_COMMITTEE]: S.UNDER_REVIEW, // Art. 52
    [E.RECORD_COMMITTEE_OPINION]: S.UNDER_REVIEW,
    [E.RECORD_COLLECTIVE_DISCUSSION]: S.UNDER_REVIEW, // Art. 61
    [E.CONVERT_TO_ORDINARY]: S.UNDER_REVIEW, // Art. 55
    [E.START_REVIEW_MEDIATION]: S.UNDER_REVIEW, // Arts. 5, 73
    [E.END_REVIEW_MEDIATION]: S.UNDER_REVIEW,
    [E.REVIEW_MEDIATION_IN_EFFECT]: S.REVIEW_MEDIATED, // 调解结案
    [E.DECIDE_STAY]: S.UNDER_REVIEW,
    [E.ASSIGN]: S.UNDER_REVIEW,
    [E.ATTACH_MATERIAL]: S.UNDER_REVIEW,
    [E.DRAFT_DOCUMENT]: S.UNDER_REVIEW,
    [E.ISSUE_DOCUMENT]: S.UNDER_REVIEW,
    [E.SERVE_DOCUMENT]: S.UNDER_REVIEW,
    [E.ISSUE_RECOMMENDATION]: S.UNDER_REVIEW,
  },
  [S.SUSPENDED]: {
    [E.RESUME]: S.UNDER_REVIEW, // resume
    // Not drawn from SUSPENDED in the diagram, but the law terminates a case from suspension
    // (行政复议法 2023 art. 41: withdrawal, or the suspension's cause still there after 60 days).
    [E.TERMINATE]: S.TERMINATED,
    [E.EXTEND]: S.SUSPENDED,
    [E.SEND_ANSWER_COPY]: S.SUSPENDED,
    [E.RECORD_ANSWER]: S.SUSPENDED,
    [E.ADD_PARTY]: S.SUSPENDED,
    [E.REQUEST_STAY]: S.SUSPENDED,
    [E.RECORD_VIEWS]: S.SUSPENDED, // Art. 49
    [E.SCHEDULE_FORMAL_HEARING]: S.SUSPENDED, // Arts. 50–51
    [E.RECORD_FORMAL_HEARING]: S.SUSPENDED,
    [E.REFER_TO_COMMITTEE]: S.SUSPENDED, // Art. 52
    [E.RECORD_COMMITTEE_OPINION]: S.SUSPENDED,
    [E.RECORD_COLLECTIVE_DISCUSSION]: S.SUSPENDED, // Art. 61
    [E.CONVERT_TO_ORDINARY]: S.SUSPENDED, // Art. 55
    [E.START_REVIEW_MEDIATION]: S.SUSPENDED, // Arts. 5, 73
    [E.END_REVIEW_MEDIATION]: S.SUSPENDED,
    [E.REVIEW_MEDIATION_IN_EFFECT]: S.REVIEW_MEDIATED, // 调解结案
    [E.DECIDE_STAY]: S.SUSPENDED,
    [E.ASSIGN]: S.SUSPENDED,
    [E.ATTACH_MATERIAL]: S.SUSPENDED,
    [E.DRAFT_DOCUMENT]: S.SUSPENDED,
    [E.ISSUE_DOCUMENT]: S.SUSPENDED,
    [E.SERVE_DOCUMENT]: S.SUSPENDED,
    [E.ISSUE_RECOMMENDATION]: S.SUSPENDED,
  },
  [S.ABANDONED]: {
    [E.ATTACH_MATERIAL]: S.ABANDONED,
    [E.DRAFT_DOCUMENT]: S.ABANDONED,
    [E.ISSUE_DOCUMENT]: S.ABANDONED,
    [E.SERVE_DOCUMENT]: S.ABANDONED,
  },
  [S.MEDIATED]: {
    [E.ATTACH_MATERIAL]: S.MEDIATED,
    [E.DRAFT_DOCUMENT]: S.MEDIATED,
    [E.ISSUE_DOCUMENT]: S.MEDIATED,
    [E.SERVE_DOCUMENT]: S.MEDIATED,
  },
  [S.NOT_ACCEPTED]: {
    [E.ATTACH_MATERIAL]: S.NOT_ACCEPTED,
    [E.DRAFT_DOCUMENT]: S.NOT_ACCEPTED,
    [E.ISSUE_DOCUMENT]: S.NOT_ACCEPTED,
    [E.SERVE_DOCUMENT]: S.NOT_ACCEPTED,
  },
  [S.WITHDRAWN]: {
    [E.ATTACH_MATERIAL]: S.WITHDRAWN,
    [E.DRAFT_DOCUMENT]: S.WITHDRAWN,
    [E.ISSUE_DOCUMENT]: S.WITHDRAWN,
    [E.SERVE_DOCUMENT]: S.WITHDRAWN,
  },
  [S.APPLICATION_DISMISSED]: {
    [E.ATTACH_MATERIAL]: S.APPLICATION_DISMISSED,
    [E.DRAFT_DOCUMENT]: S.APPLICATION_DISMISSED,
    [E.ISSUE_DOCUMENT]: S.APPLICATION_DISMISSED,
    [E.SERVE_DOCUMENT]: S.APPLICATION_DISMISSED,
  },
  // A recommendation letter may follow the end of a case; it does not reopen it.
  [S.TERMINATED]: {
    [E.ISSUE_RECOMMENDATION]: S.TERMINATED,
    [E.ATTACH_MATERIAL]: S.TERMINATED,
    [E.DRAFT_DOCUMENT]: S.TERMINATED,
    [E.ISSUE_DOCUMENT]: S.TERMINATED,
    [E.SERVE_DOCUMENT]: S.TERMINATED,
  },
  [S.DECIDED]: {
    [E.ISSUE_RECOMMENDATION]: S.DECIDED,
    [E.ATTACH_MATERIAL]: S.DECIDED,
    [E.DRAFT_DOCUMENT]: S.DECIDED,
    [E.ISSUE_DOCUMENT]: S.DECIDED,
    [E.SERVE_DOCUMENT]: S.DECIDED,
    [E.SERVE_DECISION]: S.DECIDED, // in effect on service (Art. 75)
    [E.RECORD_PERFORMANCE]: S.DECIDED, // Arts. 77–78
  },
  [S.REVIEW_MEDIATED]: {
    [E.ATTACH_MATERIAL]: S.REVIEW_MEDIATED,
    [E.DRAFT_DOCUMENT]: S.REVIEW_MEDIATED,
    [E.ISSUE_DOCUMENT]: S.REVIEW_MEDIATED,
    [E.SERVE_DOCUMENT]: S.REVIEW_MEDIATED,
  },
};

/** Every (status × event) pair with the expected next status, or null when it is refused. */
const PAIRS: [CaseStatus, CaseEvent, CaseStatus | null][] = ALL_STATUSES.flatMap((status) =>
  ALL_EVENTS.map((event): [CaseStatus, CaseEvent, CaseStatus | null] => [
    status,
    event,
    EXPECTED[status][event] ?? null,
  ]),
);

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** The statuses reachable from `start` by any sequence of allowed events (breadth-first). */
function reachableFrom(start: CaseStatus): Set<CaseStatus> {
  const seen = new Set<CaseStatus>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const status = queue.shift() as CaseStatus;
    for (const event of ALL_EVENTS) {
      if (!canApply(status, event)) continue;
      const next = nextStatus(status, event);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the transition table, every (status × event) pair', () => {
  it('covers 13 statuses × 41 events', () => {
    expect(ALL_STATUSES).toHaveLength(13);
    expect(ALL_EVENTS).toHaveLength(44);
    expect(PAIRS).toHaveLength(572);
  });

  describe.each(PAIRS.filter(([, , next]) => next !== null))(
    'allowed: %s × %s → %s',
    (status, event, next) => {
      it('canApply is true', () => {
        expect(canApply(status, event)).toBe(true);
      });

      it('nextStatus is the expected status', () => {
        expect(nextStatus(status, event)).toBe(next);
      });
    },
  );

  describe.each(PAIRS.filter(([, , next]) => next === null))(
    'refused: %s × %s',
    (status, event) => {
      it('canApply is false', () => {
        expect(canApply(status, event)).toBe(false);
      });

      it('nextStatus throws IllegalTransitionError carrying the event and the current status', () => {
        const error = thrownBy(() => nextStatus(status, event));
        expect(error).toBeInstanceOf(IllegalTransitionError);
        expect(error).toBeInstanceOf(Error);
        expect(error).toMatchObject({ event, status });
        expect((error as IllegalTransitionError).message).toContain(event);
        expect((error as IllegalTransitionError).message).toContain(status);
      });
    },
  );

  it('allows 81 pairs and refuses the other 452', () => {
    expect(PAIRS.filter(([, , next]) => next !== null)).toHaveLength(120);
    expect(PAIRS.filter(([s, e]) => canApply(s, e))).toHaveLength(120);
  });
});

describe('closed states are final', () => {
  it.each(CLOSED_STATUSES)('%s accepts no event that changes the status', (status) => {
    for (const event of ALL_EVENTS) {
      if (canApply(status, event)) expect(nextStatus(status, event)).toBe(status);
    }
  });

  it.each(CLOSED_STATUSES)('nothing but itself is reachable from %s', (status) => {
    expect([...reachableFrom(status)]).toEqual([status]);
  });

  it.each(CLOSED_STATUSES)('%s takes no assignment, but still takes documents', (status) => {
    expect(canApply(status, E.ASSIGN)).toBe(false);
    expect(nextStatus(status, E.ATTACH_MATERIAL)).toBe(status);
  });
});

describe('REGISTER', () => {
  it.each(ALL_STATUSES)(
    'is not allowed from %s: it creates a case, it never moves one',
    (status) => {
      expect(canApply(status, E.REGISTER)).toBe(false);
      expect(() => nextStatus(status, E.REGISTER)).toThrow(IllegalTransitionError);
    },
  );

  it('creates the case as RECEIVED', () => {
    expect(TRANSITIONS[E.REGISTER]).toEqual({ from: [], to: S.RECEIVED });
  });
});

describe('reachability (graph search over the real table)', () => {
  const fromReceived = reachableFrom(S.RECEIVED);

  it.each(ALL_STATUSES)('%s is reachable from RECEIVED', (status) => {
    expect(fromReceived.has(status)).toBe(true);
  });

  it.each(CLOSED_STATUSES)('closed state %s is reachable from RECEIVED', (status) => {
    expect(fromReceived.has(status)).toBe(true);
  });

  it.each(OPEN_STATUSES)('from open state %s some closed state is reachable (no dead end)', (s) => {
    const reachable = reachableFrom(s);
    expect(CLOSED_STATUSES.some((closed) => reachable.has(closed))).toBe(true);
  });
});

describe('open and closed statuses', () => {
  it('CLOSED_STATUSES are the five final states of the diagram, and the two of the 2023 law', () => {
    expect([...CLOSED_STATUSES].sort()).toEqual(
      [
        S.ABANDONED,
        S.MEDIATED,
        S.NOT_ACCEPTED,
        S.TERMINATED,
        S.DECIDED,
        // Withdrawn before acceptance; 驳回申请 after it (ARL 2023 Art. 33); 调解结案 (Art. 73).
        S.WITHDRAWN,
        S.APPLICATION_DISMISSED,
        S.REVIEW_MEDIATED,
      ].sort(),
    );
  });

  it('OPEN_STATUSES are the other five', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(
      [S.RECEIVED, S.AWAITING_SUPPLEMENT, S.PRE_MEDIATION, S.UNDER_REVIEW, S.SUSPENDED].sort(),
    );
  });

  it('OPEN_STATUSES ∪ CLOSED_STATUSES is every status, and they do not overlap', () => {
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...ALL_STATUSES].sort());
    expect(OPEN_STATUSES.filter((s) => CLOSED_STATUSES.includes(s))).toEqual([]);
  });
});

describe('outcomes (docs/domain.md, "Decisions and what counts as correction")', () => {
  it('MERITS_OUTCOMES are exactly the eight merits decisions', () => {
    expect(MERITS_OUTCOMES).toHaveLength(8);
    expect([...MERITS_OUTCOMES].sort()).toEqual(
      [
        Outcome.REVOKE,
        Outcome.PARTIAL_REVOKE,
        Outcome.ALTER,
        Outcome.CONFIRM_ILLEGAL,
        Outcome.CONFIRM_INVALID,
        Outcome.ORDER_PERFORMANCE,
        Outcome.UPHOLD,
        Outcome.DISMISS,
      ].sort(),
    );
  });

  it('CORRECTING_OUTCOMES are exactly the six "yes" codes', () => {
    expect(CORRECTING_OUTCOMES).toHaveLength(6);
    expect([...CORRECTING_OUTCOMES].sort()).toEqual(
      [
        Outcome.REVOKE,
        Outcome.PARTIAL_REVOKE,
        Outcome.ALTER,
        Outcome.CONFIRM_ILLEGAL,
        Outcome.CONFIRM_INVALID,
        Outcome.ORDER_PERFORMANCE,
      ].sort(),
    );
  });

  it('UPHOLD and DISMISS are merits decisions that do not correct the agency', () => {
    for (const o of [Outcome.UPHOLD, Outcome.DISMISS]) {
      expect(MERITS_OUTCOMES).toContain(o);
      expect(CORRECTING_OUTCOMES).not.toContain(o);
    }
  });

  it.each([
    Outcome.NOT_ACCEPTED,
    Outcome.TERMINATED,
    Outcome.MEDIATED,
    Outcome.ABANDONED,
    Outcome.WITHDRAWN,
    Outcome.APPLICATION_DISMISSED,
    Outcome.REVIEW_MEDIATED,
  ])('%s is not a merits decision', (o) => {
    expect(MERITS_OUTCOMES).not.toContain(o);
    expect(CORRECTING_OUTCOMES).not.toContain(o);
  });

  it.each([
    [Outcome.REVOKE, '撤销'],
    [Outcome.PARTIAL_REVOKE, '部分撤销'],
    [Outcome.ALTER, '变更'],
    [Outcome.CONFIRM_ILLEGAL, '确认违法'],
    [Outcome.CONFIRM_INVALID, '确认无效'],
    [Outcome.ORDER_PERFORMANCE, '责令履行'],
    [Outcome.UPHOLD, '维持'],
    // 驳回行政复议请求 (Art. 69), told apart from 驳回申请 (Art. 33).
    [Outcome.DISMISS, '驳回复议请求'],
    [Outcome.NOT_ACCEPTED, '不予受理'],
    [Outcome.TERMINATED, '终止'],
    [Outcome.MEDIATED, '案前调解成功'],
    [Outcome.ABANDONED, '视为放弃'],
    [Outcome.WITHDRAWN, '受理前撤回'],
    [Outcome.APPLICATION_DISMISSED, '驳回申请'],
    [Outcome.REVIEW_MEDIATED, '调解结案'],
  ])('%s is labelled %s as in docs/domain.md', (o, label) => {
    expect(OUTCOME_LABELS[o]).toBe(label);
  });
});

describe('every enum value has a Chinese label', () => {
  const HAN = /\p{Script=Han}/u;
  const enums: [string, Record<string, string>, Record<string, string>][] = [
    ['CaseStatus', CaseStatus, CASE_STATUS_LABELS],
    ['Channel', Channel, CHANNEL_LABELS],
    ['Procedure', Procedure, PROCEDURE_LABELS],
    ['ActType', ActType, ACT_TYPE_LABELS],
    ['ApplicantKind', ApplicantKind, APPLICANT_KIND_LABELS],
    ['Outcome', Outcome, OUTCOME_LABELS],
  ];

  it.each(enums)('%s: one label per value, each in Chinese, no extras', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual(Object.values(values).sort());
    for (const value of Object.values(values)) expect(labels[value]).toMatch(HAN);
  });

  it('every enum exported by case.enums.ts has a matching *_LABELS map in Chinese', () => {
    const exported = Object.entries(caseStatusModule as Record<string, unknown>);
    const isStringEnum = (v: unknown): v is Record<string, string> =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      Object.keys(v).length > 0 &&
      Object.entries(v).every(([key, value]) => key === value);
    const found: [string, Record<string, string>][] = [];
    for (const [name, value] of exported) if (isStringEnum(value)) found.push([name, value]);
    expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(enums.map(([n]) => n)));
    for (const [name, values] of found) {
      const labelsName = `${name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()}_LABELS`;
      const labels = (caseStatusModule as Record<string, unknown>)[labelsName];
      expect({ name, labelsName, hasLabels: typeof labels === 'object' }).toEqual({
        name,
        labelsName,
        hasLabels: true,
      });
      const map = labels as Record<string, string>;
      expect(Object.keys(map).sort()).toEqual(Object.values(values).sort());
      for (const value of Object.values(values)) expect(map[value]).toMatch(HAN);
    }
  });

  it.each(enums)('%s: no two values share a label', (_name, _values, labels) => {
    const all = Object.values(labels);
    expect(new Set(all).size).toBe(all.length);
  });
});
