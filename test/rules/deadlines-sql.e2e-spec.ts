/**
 * The deadline rule lives twice: in TypeScript (cases/rules/deadlines.rules.ts) for one case, and
 * as SQL (cases/rules/deadlines.sql.ts, and the statistics queries built from it) for many. This
 * suite feeds the same cases to both and requires the same answers: the running deadline and its
 * kind, overdue today (listing, alerts), the deadline and overdue at the end of a past day, and
 * on time (statistics). The cases sit in session-local temp tables named `cases` and
 * `case_suspensions`, which shadow the real ones (pg_temp comes first in the search path), so the
 * fragments and the statistics queries run unchanged.
 *
 * Due dates come from the intake and review rules over the real State Council calendar, around
 * National Day 2024 and 2025 and the Spring Festivals 2025 and 2026 (make-up working days included).
 */
import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { cnCalendar as cn } from '../../src/calendar/calendar-fixture';
import { CaseEntity } from '../../src/cases/case.entity';
import { CaseStatus, Outcome, Procedure } from '../../src/cases/case.enums';
import {
  acceptanceDueOn,
  CaseDeadlineDates,
  deadlineAt,
  decisionDueOn,
  isConcludedOnTime,
  isOpenAt,
  isOverdue,
  isOverdueAt,
  isSuspendedAt,
  OFFICE_DEADLINES,
  runningDeadline,
  runningDeadlineKind,
  supplementDueOn,
  SuspensionSpan,
} from '../../src/cases/rules/deadlines.rules';
import {
  deadlineAtSql,
  deadlineRunsWhere,
  mayHaveBeenOverdueBySql,
  notOverdueWhere,
  onTimeSql,
  openAtSql,
  overdueAtSql,
  overdueWhere,
  runningDeadlineKindSql,
  runningDeadlineSql,
  suspendedAtSql,
} from '../../src/cases/rules/deadlines.sql';
import { addDays, LocalDate } from '../../src/common/local-date';
import { validateEnv } from '../../src/config/env';
import { dataSourceOptions } from '../../src/database/data-source';
import { CASE_COUNTS, OVERDUE_BY_MONTH, SUSPENSIONS } from '../../src/statistics/rules/figures.sql';

interface Fixture {
  id: string;
  name: string;
  status: CaseStatus;
  c: CaseDeadlineDates;
  suspensions: SuspensionSpan[];
}

type Dates = Partial<Omit<CaseDeadlineDates, 'currentDueOn'>> & { receivedOn: LocalDate };

/** A case as the workflow leaves it: `currentDueOn` is runningDeadline() of its status. */
function fixture(
  name: string,
  status: CaseStatus,
  dates: Dates,
  suspensions: SuspensionSpan[] = [],
): Fixture {
  const c = {
    acceptedOn: null,
    concludedOn: null,
    outcome: null,
    supplementDueOn: null,
    decisionDueOn: null,
    acceptanceDueOn: acceptanceDueOn(cn, dates.receivedOn),
    ...dates,
  };
  return {
    id: randomUUID(),
    name,
    status,
    c: { ...c, currentDueOn: runningDeadline({ status, ...c }) },
    suspensions,
  };
}

const ord = (acceptedOn: LocalDate, added = 0): Dates => ({
  receivedOn: addDays(acceptedOn, -7),
  acceptedOn,
  decisionDueOn: decisionDueOn(cn, acceptedOn, Procedure.ORDINARY, added),
});
const simple = (acceptedOn: LocalDate, added = 0): Dates => ({
  receivedOn: addDays(acceptedOn, -7),
  acceptedOn,
  decisionDueOn: decisionDueOn(cn, acceptedOn, Procedure.SIMPLIFIED, added),
});
const span = (suspendedOn: LocalDate, resumedOn: LocalDate | null): SuspensionSpan => ({
  suspendedOn,
  resumedOn,
});
const closed = (outcome: Outcome, concludedOn: LocalDate) => ({ outcome, concludedOn });

const FIXTURES: Fixture[] = [
  // Waiting for acceptance (Art. 30, five working days).
  fixture('received Friday before National Day 2024 (due 10-10)', CaseStatus.RECEIVED, {
    receivedOn: '2024-09-27',
  }),
  fixture('received on holiday 2024-10-07 (due make-up Saturday 10-12)', CaseStatus.RECEIVED, {
    receivedOn: '2024-10-07',
  }),
  fixture('pre-case mediation before Spring Festival 2025', CaseStatus.PRE_MEDIATION, {
    receivedOn: '2025-01-24',
  }),
  // The supplement reply (Art. 31, ten working days).
  fixture('awaiting supplement across National Day 2024', CaseStatus.AWAITING_SUPPLEMENT, {
    receivedOn: '2024-09-25',
    supplementDueOn: supplementDueOn(cn, '2024-09-25'),
  }),
  fixture('awaiting supplement across Spring Festival 2025', CaseStatus.AWAITING_SUPPLEMENT, {
    receivedOn: '2025-01-22',
    supplementDueOn: supplementDueOn(cn, '2025-01-24'),
  }),
  fixture('awaiting supplement without a due date', CaseStatus.AWAITING_SUPPLEMENT, {
    receivedOn: '2025-01-22',
  }),
  // Under review (Art. 62: 60 / 30 calendar days, rolled to a working day).
  fixture('ordinary, +60 on National Day 2024', CaseStatus.UNDER_REVIEW, ord('2024-08-02')),
  fixture('ordinary, +60 on make-up Saturday 2024-10-12', CaseStatus.UNDER_REVIEW, {
    ...ord('2024-08-13'),
  }),
  fixture('simplified, +30 on National Day 2025', CaseStatus.UNDER_REVIEW, simple('2025-09-01')),
  fixture('simplified, +30 in Spring Festival 2026', CaseStatus.UNDER_REVIEW, simple('2026-01-20')),
  fixture(
    'ordinary, resumed after 12 days, extended 30',
    CaseStatus.UNDER_REVIEW,
    ord('2024-08-02', 42),
    [span('2024-08-20', '2024-09-01')],
  ),
  fixture('accepted after its acceptance deadline', CaseStatus.UNDER_REVIEW, {
    receivedOn: '2024-09-27',
    acceptedOn: '2024-10-14',
    decisionDueOn: decisionDueOn(cn, '2024-10-14', Procedure.ORDINARY),
  }),
  fixture('suspended before its decision deadline', CaseStatus.SUSPENDED, ord('2024-08-02'), [
    span('2024-09-20', null),
  ]),
  fixture(
    'suspended after its deadline passed, resumed 10 days later',
    CaseStatus.UNDER_REVIEW,
    ord('2024-08-02', 10),
    [span('2024-10-15', '2024-10-25')],
  ),
  fixture(
    'suspended over Spring Festival 2025, resumed',
    CaseStatus.UNDER_REVIEW,
    simple('2025-01-10', 21),
    [span('2025-01-20', '2025-02-10')],
  ),
  // Closed before acceptance.
  fixture('abandoned after the supplement lapsed', CaseStatus.ABANDONED, {
    receivedOn: '2025-01-22',
    supplementDueOn: supplementDueOn(cn, '2025-01-24'),
    ...closed(Outcome.ABANDONED, '2025-02-14'),
  }),
  fixture('mediated before acceptance, on the due day', CaseStatus.MEDIATED, {
    receivedOn: '2024-09-27',
    ...closed(Outcome.MEDIATED, '2024-10-10'),
  }),
  fixture('mediated before acceptance, a day late', CaseStatus.MEDIATED, {
    receivedOn: '2024-09-27',
    ...closed(Outcome.MEDIATED, '2024-10-11'),
  }),
  fixture('not accepted on the due day (Spring Festival 2025)', CaseStatus.NOT_ACCEPTED, {
    receivedOn: '2025-01-24',
    ...closed(Outcome.NOT_ACCEPTED, '2025-02-07'),
  }),
  fixture('not accepted on the make-up Saturday after', CaseStatus.NOT_ACCEPTED, {
    receivedOn: '2025-01-24',
    ...closed(Outcome.NOT_ACCEPTED, '2025-02-08'),
  }),
  fixture('withdrawn before acceptance, on the due day', CaseStatus.WITHDRAWN, {
    receivedOn: '2024-09-27',
    ...closed(Outcome.WITHDRAWN, '2024-10-10'),
  }),
  fixture('withdrawn while awaiting a supplement', CaseStatus.WITHDRAWN, {
    receivedOn: '2025-01-22',
    supplementDueOn: supplementDueOn(cn, '2025-01-24'),
    ...closed(Outcome.WITHDRAWN, '2025-02-05'),
  }),
  // 驳回申请 after acceptance (Art. 33): on time within the decision deadline, late after it.
  fixture('application dismissed within the decision deadline', CaseStatus.APPLICATION_DISMISSED, {
    ...ord('2024-08-02'),
    ...closed(Outcome.APPLICATION_DISMISSED, '2024-09-30'),
  }),
  fixture('application dismissed after the decision deadline', CaseStatus.APPLICATION_DISMISSED, {
    ...ord('2024-08-02'),
    ...closed(Outcome.APPLICATION_DISMISSED, '2024-10-09'),
  }),
  // 调解结案 (Art. 73): measured against the decision deadline as a decision is.
  fixture('mediated in review within the decision deadline', CaseStatus.REVIEW_MEDIATED, {
    ...simple('2025-01-10'),
    ...closed(Outcome.REVIEW_MEDIATED, '2025-02-05'),
  }),
  fixture('mediated in review after the decision deadline', CaseStatus.REVIEW_MEDIATED, {
    ...simple('2025-01-10'),
    ...closed(Outcome.REVIEW_MEDIATED, '2025-03-03'),
  }),
  // Terminated (Art. 41), while suspended (Art. 39) or not.
  fixture(
    'terminated while suspended since before the deadline',
    CaseStatus.TERMINATED,
    { ...ord('2024-08-02'), ...closed(Outcome.TERMINATED, '2024-12-02') },
    [span('2024-09-30', '2024-12-02')],
  ),
  fixture(
    'terminated while suspended since the due day, suspension left open',
    CaseStatus.TERMINATED,
    { ...ord('2024-08-02'), ...closed(Outcome.TERMINATED, '2024-12-02') },
    [span('2024-10-08', null)],
  ),
  fixture(
    'terminated while suspended since after the deadline',
    CaseStatus.TERMINATED,
    { ...ord('2024-08-02'), ...closed(Outcome.TERMINATED, '2024-12-02') },
    [span('2024-10-09', '2024-12-02')],
  ),
  fixture(
    'terminated while suspended a second time, suspension left open',
    CaseStatus.TERMINATED,
    { ...ord('2024-08-02', 12), ...closed(Outcome.TERMINATED, '2024-12-02') },
    [span('2024-08-20', '2024-09-01'), span('2024-10-05', null)],
  ),
  fixture(
    'terminated late, after a resumption',
    CaseStatus.TERMINATED,
    { ...ord('2024-08-02', 14), ...closed(Outcome.TERMINATED, '2024-10-20') },
    [span('2024-09-01', '2024-09-15')],
  ),
  fixture('terminated on withdrawal, in time', CaseStatus.TERMINATED, {
    ...ord('2024-08-02'),
    ...closed(Outcome.TERMINATED, '2024-09-10'),
  }),
  // Decided.
  fixture('decided on the rolled due day 2024-10-08', CaseStatus.DECIDED, {
    ...ord('2024-08-02'),
    ...closed(Outcome.REVOKE, '2024-10-08'),
  }),
  fixture('decided a day late', CaseStatus.DECIDED, {
    ...ord('2024-08-02'),
    ...closed(Outcome.UPHOLD, '2024-10-09'),
  }),
  fixture('decided on the extended due day', CaseStatus.DECIDED, {
    ...ord('2024-08-02', 30),
    ...closed(Outcome.DISMISS, '2024-10-31'),
  }),
  fixture('simplified, decided on the Monday after Spring Festival 2025', CaseStatus.DECIDED, {
    ...simple('2025-01-10'),
    ...closed(Outcome.ALTER, '2025-02-10'),
  }),
  fixture(
    'simplified, suspended over Spring Festival 2025, decided late',
    CaseStatus.DECIDED,
    { ...simple('2025-01-10', 21), ...closed(Outcome.UPHOLD, '2025-03-04') },
    [span('2025-01-20', '2025-02-10')],
  ),
];

/** Each fixture's own dates and the days either side, and a few holidays and make-up days. */
const DAYS: LocalDate[] = [
  ...new Set([
    ...FIXTURES.flatMap((f) => {
      const own = [
        f.c.receivedOn,
        f.c.acceptedOn,
        f.c.concludedOn,
        f.c.acceptanceDueOn,
        f.c.supplementDueOn,
        f.c.decisionDueOn,
        ...f.suspensions.flatMap((s) => [s.suspendedOn, s.resumedOn]),
      ].filter((d): d is LocalDate => d !== null);
      return own.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]);
    }),
    '2024-10-01',
    '2024-10-07',
    '2024-12-31',
    '2025-01-28',
    '2025-02-04',
    '2025-02-08',
    '2026-02-20',
    '2026-03-02',
  ]),
].sort();

const spansBy = (f: Fixture, end: LocalDate): SuspensionSpan[] =>
  f.suspensions.filter((s) => s.suspendedOn <= end);

describe('deadline rules: SQL and TypeScript agree', () => {
  let ds: DataSource;
  let qr: QueryRunner;
  const byId = new Map(FIXTURES.map((f) => [f.id, f]));

  beforeAll(async () => {
    ds = new DataSource({ ...dataSourceOptions(validateEnv(process.env)), logging: ['error'] });
    await ds.initialize();
    qr = ds.createQueryRunner();
    await qr.connect();
    await qr.manager.query(`CREATE TEMP TABLE cases AS
      SELECT id, status, respondent_id, office_id, received_on, accepted_on, concluded_on, outcome,
             acceptance_due_on, supplement_due_on, decision_due_on, current_due_on
        FROM public.cases WITH NO DATA`);
    await qr.manager.query(`CREATE TEMP TABLE case_suspensions AS
      SELECT case_id, suspended_on, resumed_on FROM public.case_suspensions WITH NO DATA`);
    await qr.manager.query(
      `INSERT INTO cases SELECT * FROM jsonb_populate_recordset(NULL::cases, $1::jsonb)`,
      [
        JSON.stringify(
          FIXTURES.map((f) => ({
            id: f.id,
            status: f.status,
            received_on: f.c.receivedOn,
            accepted_on: f.c.acceptedOn,
            concluded_on: f.c.concludedOn,
            outcome: f.c.outcome,
            acceptance_due_on: f.c.acceptanceDueOn,
            supplement_due_on: f.c.supplementDueOn,
            decision_due_on: f.c.decisionDueOn,
            current_due_on: f.c.currentDueOn,
          })),
        ),
      ],
    );
    await qr.manager.query(
      `INSERT INTO case_suspensions
       SELECT * FROM jsonb_populate_recordset(NULL::case_suspensions, $1::jsonb)`,
      [
        JSON.stringify(
          FIXTURES.flatMap((f) =>
            f.suspensions.map((s) => ({
              case_id: f.id,
              suspended_on: s.suspendedOn,
              resumed_on: s.resumedOn,
            })),
          ),
        ),
      ],
    );
  });

  afterAll(async () => {
    await qr?.release();
    await ds?.destroy();
  });

  it('the fixtures reach the temp tables, and cover every status', async () => {
    const [{ n }] = await qr.manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cases`);
    expect(n).toBe(FIXTURES.length);
    expect(new Set(FIXTURES.map((f) => f.status))).toEqual(new Set(Object.values(CaseStatus)));
    expect(DAYS.length).toBeGreaterThan(100);
  });

  it('the running deadline and its kind, and the office deadlines alerted', async () => {
    const rows = await qr.manager.query<
      {
        id: string;
        running: string | null;
        kind: string | null;
        alerted: string | null;
        office: boolean;
      }[]
    >(
      `SELECT c.id, ${runningDeadlineSql('c')}::text AS running,
              ${runningDeadlineKindSql('c')} AS kind,
              ${runningDeadlineKindSql('c', OFFICE_DEADLINES)} AS alerted,
              ${deadlineRunsWhere('c', OFFICE_DEADLINES)} AS office
         -- Only the columns runningDeadline() reads: not current_due_on, which it defines.
         FROM (SELECT id, status, acceptance_due_on, supplement_due_on, decision_due_on
                 FROM cases) c`,
    );
    const sql = rows.map(({ id, ...r }) => ({ name: byId.get(id)!.name, ...r }));
    const ts = rows.map((r) => {
      const f = byId.get(r.id)!;
      const kind = runningDeadlineKind(f.status);
      const office = kind !== null && OFFICE_DEADLINES.includes(kind);
      return {
        name: f.name,
        running: runningDeadline({ status: f.status, ...f.c }),
        kind,
        alerted: office ? kind : null,
        office,
      };
    });
    expect(sql).toEqual(ts);
  });

  /** Every fixture on every day: the SQL's answers and the TypeScript's, side by side. */
  it('overdue now, open, suspended, the deadline and overdue at the end of a day', async () => {
    const rows = await qr.manager.query<
      {
        id: string;
        day: string;
        overdue: boolean;
        not_overdue: boolean;
        open: boolean;
        suspended: boolean;
        deadline: string | null;
        overdue_at: boolean | null;
      }[]
    >(
      `SELECT c.id, d.day::text AS day,
              ${overdueWhere('c', 'd.day')} AS overdue,
              ${notOverdueWhere('c', 'd.day')} AS not_overdue,
              ${openAtSql('c', 'd.day')} AS open,
              ${suspendedAtSql('c', 'd.day')} AS suspended,
              ${deadlineAtSql('c', 'd.day')}::text AS deadline,
              ${overdueAtSql('c', 'd.day', suspendedAtSql('c', 'd.day'))} AS overdue_at
         FROM cases c CROSS JOIN unnest($1::date[]) AS d(day)
        ORDER BY c.id, d.day`,
      [DAYS],
    );
    expect(rows).toHaveLength(FIXTURES.length * DAYS.length);
    const key = (r: { id: string; day: string }) => `${byId.get(r.id)!.name} @ ${r.day}`;
    const sql = rows.map((r) => ({
      key: key(r),
      // The listing's filters: null where a row is neither is a bug too (it would be in neither).
      overdue: r.overdue === true,
      notOverdue: r.not_overdue,
      open: r.open,
      suspended: r.suspended,
      deadline: r.deadline,
      // Null (no deadline then) counts as not overdue, in FILTER and in a join's ON alike.
      overdueAt: r.overdue_at === true,
    }));
    const ts = rows.map((r) => {
      const f = byId.get(r.id)!;
      const overdue = isOverdue(runningDeadline({ status: f.status, ...f.c }), r.day);
      const suspended = isSuspendedAt(f.suspensions, r.day);
      return {
        key: key(r),
        overdue,
        notOverdue: !overdue,
        open: isOpenAt(f.c, r.day),
        suspended,
        deadline: deadlineAt(f.c, r.day),
        overdueAt: isOverdueAt(f.c, r.day, suspended),
      };
    });
    expect(sql).toEqual(ts);
    // Not vacuous: the days include overdue and timely ones, now and in the past.
    expect(ts.filter((t) => t.overdue).length).toBeGreaterThan(10);
    expect(ts.filter((t) => t.overdueAt).length).toBeGreaterThan(10);
    expect(ts.filter((t) => !t.overdueAt && t.open && !t.suspended).length).toBeGreaterThan(10);
  });

  it('the statistics’ cheap pre-filter keeps every case overdue on some day up to the end', async () => {
    const rows = await qr.manager.query<{ id: string; day: string; may: boolean | null }[]>(
      `SELECT c.id, d.day::text AS day, ${mayHaveBeenOverdueBySql('c', 'd.day')} AS may
         FROM cases c CROSS JOIN unnest($1::date[]) AS d(day)`,
      [DAYS],
    );
    const missed = rows
      .filter((r) => r.may !== true)
      .map((r) => ({ f: byId.get(r.id)!, end: r.day }))
      .filter(({ f, end }) =>
        DAYS.some((d) => d <= end && isOverdueAt(f.c, d, isSuspendedAt(f.suspensions, d))),
      )
      .map(({ f, end }) => `${f.name} by ${end}`);
    expect(missed).toEqual([]);
  });

  it('on time and overdue at the end, with the statistics’ summary of suspensions begun by the period’s end', async () => {
    const concluded = FIXTURES.filter((f) => f.c.concludedOn !== null);
    for (const end of DAYS) {
      const rows = await qr.manager.query<
        { id: string; on_time: boolean | null; overdue: boolean }[]
      >(
        `SELECT c.id,
                ${onTimeSql('c', { suspendedOn: 'sp.last_suspended_on', resumedOn: 'sp.last_resumed_on' })}
                  AS on_time,
                ${overdueAtSql('c', '$2', '(sp.suspended_at_end IS TRUE)')} IS TRUE AS overdue
           FROM cases c ${SUSPENSIONS}
          WHERE $1::date IS NOT NULL`,
        ['2024-01-01', end],
      );
      const sql = rows
        .map((r) => ({ f: byId.get(r.id)!, onTime: r.on_time, overdue: r.overdue }))
        .map(({ f, onTime, overdue }) => ({
          name: f.name,
          // ON_TIME is read for cases concluded by the period's end only.
          onTime: f.c.concludedOn !== null && f.c.concludedOn <= end ? onTime : null,
          overdue,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const ts = FIXTURES.map((f) => ({
        name: f.name,
        onTime:
          f.c.concludedOn !== null && f.c.concludedOn <= end
            ? isConcludedOnTime(f.c, spansBy(f, end))
            : null,
        overdue: isOverdueAt(f.c, end, isSuspendedAt(spansBy(f, end), end)),
      })).sort((a, b) => a.name.localeCompare(b.name));
      expect({ end, rows: sql }).toEqual({ end, rows: ts });
    }
    // Both answers occur.
    const all = concluded.map((f) => isConcludedOnTime(f.c, f.suspensions));
    expect(all.filter(Boolean).length).toBeGreaterThan(4);
    expect(all.filter((x) => !x).length).toBeGreaterThan(4);
  });

  describe.each([
    ['2024-01-01', '2024-12-31'],
    ['2024-10-01', '2024-10-31'],
    ['2024-10-09', '2024-10-12'],
    ['2025-01-01', '2025-03-31'],
    ['2024-07-01', '2026-06-30'],
  ])('the statistics of %s … %s count what the TypeScript rule counts', (from, to) => {
    const touched = FIXTURES.filter(
      (f) => f.c.receivedOn <= to && (f.c.concludedOn === null || f.c.concludedOn >= from),
    );

    it('on time, pending and overdue at the end (CASE_COUNTS)', async () => {
      const rows = await qr.manager.query<{ on_time: string; pending: string; overdue: string }[]>(
        CASE_COUNTS,
        [from, to, null],
      );
      const sum = (k: 'on_time' | 'pending' | 'overdue') =>
        rows.reduce((n, r) => n + Number(r[k]), 0);
      expect({ onTime: sum('on_time'), pending: sum('pending'), overdue: sum('overdue') }).toEqual({
        onTime: touched.filter(
          (f) =>
            f.c.concludedOn !== null &&
            f.c.concludedOn >= from &&
            f.c.concludedOn <= to &&
            f.c.outcome !== Outcome.MEDIATED &&
            isConcludedOnTime(f.c, spansBy(f, to)),
        ).length,
        pending: touched.filter((f) => isOpenAt(f.c, to)).length,
        overdue: touched.filter((f) => isOverdueAt(f.c, to, isSuspendedAt(spansBy(f, to), to)))
          .length,
      });
    });

    it('overdue at each month’s end (OVERDUE_BY_MONTH)', async () => {
      const rows = await qr.manager.query<{ key: string; overdue: number }[]>(OVERDUE_BY_MONTH, [
        from,
        to,
        null,
      ]);
      const expected: Record<string, number> = {};
      for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonth(m)) {
        const end = [addDays(addMonth(m), -1), to].sort()[0];
        const n = touched.filter((f) =>
          isOverdueAt(f.c, end, isSuspendedAt(f.suspensions, end)),
        ).length;
        if (n > 0) expected[m.slice(0, 7)] = n;
      }
      expect(Object.fromEntries(rows.map((r) => [r.key, r.overdue]))).toEqual(expected);
    });
  });

  it('the listing’s filters work as TypeORM where-clauses with a named parameter', async () => {
    const today = '2024-10-11';
    const ids = async (where: string) =>
      (
        await qr.manager
          .createQueryBuilder(CaseEntity, 'c')
          .select('c.id', 'id')
          .where(where, { today })
          .getRawMany<{ id: string }>()
      )
        .map((r) => byId.get(r.id)!.name)
        .sort();
    const overdue = FIXTURES.filter((f) => isOverdue(f.c.currentDueOn, today));
    expect(overdue.length).toBeGreaterThan(0);
    expect(await ids(overdueWhere('c', ':today'))).toEqual(overdue.map((f) => f.name).sort());
    expect(await ids(notOverdueWhere('c', ':today'))).toEqual(
      FIXTURES.filter((f) => !overdue.includes(f))
        .map((f) => f.name)
        .sort(),
    );
  });
});

/** The first day of the next month. */
function addMonth(firstOfMonth: LocalDate): LocalDate {
  return `${addDays(firstOfMonth, 32).slice(0, 8)}01`;
}
