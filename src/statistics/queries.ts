/**
 * The SQL of the statistics: aggregates with FILTER over one scan of the rows a period touches,
 * never rows loaded into Node. $1 = from, $2 = to (local dates, inclusive); $3 = office scope
 * (an agent's own office) or null.
 */
import { Outcome } from '../cases/case-status';
import { CONCLUDING_OUTCOMES } from './figures';

export type Grouping = 'respondent' | 'office' | 'month';

/** Cases the period touches: received by its end, and not closed before its start. */
const TOUCHED = `c.received_on <= $2 AND (c.concluded_on IS NULL OR c.concluded_on >= $1)
  AND ($3::uuid IS NULL OR c.office_id = $3)`;

const CONCLUDED_IN = `c.concluded_on BETWEEN $1 AND $2`;

/**
 * Concluded within the deadline that ended it. An abandoned case lapsed on the applicant's side;
 * a case terminated while suspended stopped its clock on `suspendedOn` (domain.md, "Deadlines"),
 * so it is on time when that suspension (which the termination ends, or left open in older
 * records) began within the deadline.
 */
const ON_TIME = `(c.outcome = '${Outcome.ABANDONED}' OR c.concluded_on <=
  CASE WHEN c.accepted_on IS NULL THEN c.acceptance_due_on ELSE c.decision_due_on END
  OR (c.outcome = '${Outcome.TERMINATED}' AND EXISTS (SELECT 1 FROM case_suspensions s
    WHERE s.case_id = c.id AND (s.resumed_on IS NULL OR s.resumed_on = c.concluded_on)
      AND s.suspended_on <= c.decision_due_on)))`;

/** Open at the end of day `d`. */
const openAt = (d: string): string =>
  `(c.received_on <= ${d} AND (c.concluded_on IS NULL OR c.concluded_on > ${d}))`;

/** Suspended at the end of day `d`: no deadline runs then. */
const suspendedAt = (d: string): string => `EXISTS (SELECT 1 FROM case_suspensions s
  WHERE s.case_id = c.id AND s.suspended_on <= ${d} AND (s.resumed_on IS NULL OR s.resumed_on > ${d}))`;

/**
 * The deadline running at the end of day `d` for a case open and not suspended then (an ended
 * suspension has already moved `decision_due_on`): the decision's once accepted; before
 * acceptance the one running now for a case still open (acceptance, or the supplement reply),
 * the supplement reply for an abandoned case, and acceptance otherwise.
 */
const deadlineAt = (d: string): string => `(CASE
  WHEN c.accepted_on <= ${d} THEN c.decision_due_on
  WHEN c.accepted_on IS NULL AND c.concluded_on IS NULL THEN c.current_due_on
  WHEN c.outcome = '${Outcome.ABANDONED}' THEN c.supplement_due_on
  ELSE c.acceptance_due_on END)`;

/**
 * Overdue at the end of day `d`: open, past the deadline running then, not suspended. The
 * suspension lookup comes last, so it runs only for the few cases past a deadline, not for every
 * open one (docs/benchmarks.md, statistics).
 */
const overdueAt = (d: string): string =>
  `(${openAt(d)} AND ${deadlineAt(d)} < ${d} AND NOT ${suspendedAt(d)})`;

/** What a grouping groups by, and the key it reports (the office of a case filed directly: `none`). */
interface GroupColumn {
  column: string;
  key: string;
}

/**
 * `GROUP BY GROUPING SETS` over `groupings` (the total is the empty set): one scan answers them
 * all. Every row says which grouping it belongs to (`grouping`) and its key (`'total'` for the total).
 */
function groupingSets<G extends string>(
  columns: Record<G, GroupColumn>,
  groupings: ('total' | G)[],
): { grouping: string; key: string; groupBy: string } {
  const keyed = groupings.filter((g): g is G => g !== 'total');
  const when = (value: (g: G) => string): string =>
    keyed.length === 0
      ? `'total'`
      : `CASE ${keyed.map((g) => `WHEN GROUPING(${columns[g].column}) = 0 THEN ${value(g)}`).join(' ')} ELSE 'total' END`;
  return {
    grouping: when((g) => `'${g}'`),
    key: when((g) => columns[g].key),
    groupBy: `GROUPING SETS (${groupings.map((g) => (g === 'total' ? '()' : `(${columns[g].column})`)).join(', ')})`,
  };
}

export type CaseGrouping = 'total' | 'respondent' | 'office';

const CASE_COLUMNS: Record<Exclude<CaseGrouping, 'total'>, GroupColumn> = {
  respondent: { column: 'c.respondent_id', key: 'c.respondent_id::text' },
  office: { column: 'c.office_id', key: `COALESCE(c.office_id::text, 'none')` },
};

const outcomeColumns = CONCLUDING_OUTCOMES.map(
  (o) => `count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome = '${o}') AS "${o}"`,
).join(',\n  ');

/**
 * One row per grouping and key: every reconsideration count of the period, for all `groupings`
 * in one scan (an index-only scan of cases_received_idx).
 */
export const caseCountsBy = (groupings: CaseGrouping[]): string => {
  const sets = groupingSets(CASE_COLUMNS, groupings);
  return `SELECT ${sets.grouping} AS grouping, ${sets.key} AS key,
  count(*) FILTER (WHERE c.received_on >= $1) AS received,
  count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome = '${Outcome.MEDIATED}')
    AS pre_case_mediated,
  count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome <> '${Outcome.MEDIATED}' AND ${ON_TIME})
    AS on_time,
  ${outcomeColumns},
  count(*) FILTER (WHERE ${openAt('$2')}) AS pending,
  count(*) FILTER (WHERE ${overdueAt('$2')}) AS overdue
FROM cases c
WHERE ${TOUCHED}
GROUP BY ${sets.groupBy}`;
};

/**
 * By month, each figure is counted in the month of its own date. One row per (month received,
 * month concluded, outcome, on time): the months before the period or after it are null, and
 * open-at-month-end follows from the pair (statistics.service.ts sums them).
 */
export const CASE_MONTH_PAIRS = `SELECT
  CASE WHEN c.received_on >= $1 THEN to_char(c.received_on, 'YYYY-MM') END AS received_month,
  CASE WHEN c.concluded_on <= $2 THEN to_char(c.concluded_on, 'YYYY-MM') END AS concluded_month,
  CASE WHEN c.concluded_on <= $2 THEN c.outcome::text END AS outcome,
  CASE WHEN c.concluded_on <= $2 THEN ${ON_TIME} END AS on_time,
  count(*)::int AS n
FROM cases c
WHERE ${TOUCHED}
GROUP BY 1, 2, 3, 4`;

/**
 * Cases overdue at each month's end (the period's end for its last month). Only cases that may
 * have been overdue by the period's end (a deadline passed while the case was open under it:
 * LEAST skips nulls) are joined to the months, so the join stays small. Both CTEs MATERIALIZED,
 * with only the columns the join reads: inlined, Postgres walked the cases once per month
 * (2.5 s at 1M cases, against 0.4 s; docs/benchmarks.md, statistics).
 */
export const OVERDUE_BY_MONTH = `WITH late AS MATERIALIZED (
  SELECT c.id, c.received_on, c.accepted_on, c.concluded_on, c.outcome, c.acceptance_due_on,
         c.supplement_due_on, c.decision_due_on, c.current_due_on
    FROM cases c
   WHERE ${TOUCHED}
     AND (c.acceptance_due_on < LEAST(c.accepted_on, c.concluded_on, $2::date)
       OR c.decision_due_on < LEAST(c.concluded_on, $2::date)
       OR c.supplement_due_on < LEAST(c.concluded_on, $2::date))
), ends AS MATERIALIZED (
  SELECT to_char(m, 'YYYY-MM') AS key,
         LEAST((m + interval '1 month' - interval '1 day')::date, $2::date) AS d
    FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS m
)
SELECT e.key, count(*)::int AS overdue
  FROM ends e JOIN late c ON ${overdueAt('e.d')}
 GROUP BY 1`;

const LETTER_COLUMNS: Record<Grouping, GroupColumn> = {
  respondent: { column: 'r.agency_id', key: 'r.agency_id::text' },
  office: { column: 'c.office_id', key: `COALESCE(c.office_id::text, 'none')` },
  month: {
    column: `to_char(r.issued_on, 'YYYY-MM')`,
    key: `to_char(r.issued_on, 'YYYY-MM')`,
  },
};

/** Recommendation and opinion letters issued in the period, by grouping and key (as above). */
export const lettersBy = (groupings: ('total' | Grouping)[]): string => {
  const sets = groupingSets(LETTER_COLUMNS, groupings);
  return `SELECT ${sets.grouping} AS grouping, ${sets.key} AS key, count(*)::int AS n
  FROM recommendation_letters r JOIN cases c ON c.id = r.case_id
 WHERE r.issued_on BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR c.office_id = $3)
 GROUP BY ${sets.groupBy}`;
};

/**
 * Litigation, by defendant agency or month ($1, $2 as above; instants compared in Asia/Shanghai):
 * lawsuits open at any time in the period (by month: in the first month of the period they are
 * open in), LETTER reminders issued, hearings held (not cancelled, already past at $3), those the
 * head attended, judgments and losses. Each fact is dated by its own date.
 */
export const litigationCountsBy = (grouping: 'total' | 'respondent' | 'month'): string => {
  const local = (col: string): string => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;
  const key = (agency: string, date: string): string =>
    ({
      total: `'total'`,
      respondent: `${agency}::text`,
      month: `to_char(${date}, 'YYYY-MM')`,
    })[grouping];
  return `SELECT key, sum(lawsuits)::int AS lawsuits, sum(letters)::int AS reminder_letters,
       sum(held)::int AS hearings_held, sum(head)::int AS head_attended,
       sum(judgments)::int AS judgments, sum(lost)::int AS lost
  FROM (
    SELECT ${key('l.defendant_agency_id', 'GREATEST(l.filed_on, $1::date)')} AS key,
           1 AS lawsuits, 0 AS letters, 0 AS held, 0 AS head, 0 AS judgments, 0 AS lost
      FROM litigation_cases l
     WHERE l.filed_on <= $2 AND (l.judged_on IS NULL OR l.judged_on >= $1)
    UNION ALL
    SELECT ${key('l.defendant_agency_id', 'l.judged_on')}, 0, 0, 0, 0, 1,
           CASE WHEN l.judgment = 'AGENCY_LOST' THEN 1 ELSE 0 END
      FROM litigation_cases l
     WHERE l.judged_on BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('r.agency_id', local('r.issued_at'))}, 0, 1, 0, 0, 0, 0
      FROM reminder_letters r
     WHERE r.kind = 'LETTER' AND r.status = 'ISSUED' AND ${local('r.issued_at')} BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('l.defendant_agency_id', local('h.scheduled_at'))}, 0, 0, 1,
           CASE WHEN h.head_attended THEN 1 ELSE 0 END, 0, 0
      FROM hearings h JOIN litigation_cases l ON l.id = h.litigation_case_id
     WHERE h.status = 'SCHEDULED' AND h.scheduled_at <= $3
       AND ${local('h.scheduled_at')} BETWEEN $1 AND $2
  ) facts
 GROUP BY key`;
};
