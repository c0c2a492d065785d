/**
 * The SQL of the statistics: aggregates with FILTER over one scan of the rows a period touches,
 * never rows loaded into Node. $1 = from, $2 = to (local dates, inclusive); $3 = office scope
 * (an agent's own office) or null.
 */
import { Outcome } from '../../cases/case.enums';
import { FormalHearingStatus } from '../../review/proceedings.enums';
import {
  mayHaveBeenOverdueBySql,
  onTimeSql,
  openAtSql,
  overdueAtSql,
  suspendedAtSql,
} from '../../cases/rules/deadlines.sql';
import { CONCLUDING_OUTCOMES } from './figures.rules';

export type Grouping = 'respondent' | 'office' | 'month';

/** Cases the period touches: received by its end, and not closed before its start. */
const TOUCHED = `c.received_on <= $2 AND (c.concluded_on IS NULL OR c.concluded_on >= $1)
  AND ($3::uuid IS NULL OR c.office_id = $3)`;

const CONCLUDED_IN = `c.concluded_on BETWEEN $1 AND $2`;

/**
 * Each case's suspensions that began by the period's end, summed up (they never overlap): whether
 * one runs at the end of $2, and the last one's start and end (null while it runs). A hash join
 * rather than a subquery per case, which would keep the scan of the cases out of parallel
 * workers (docs/benchmarks.md, statistics).
 */
export const SUSPENSIONS = `LEFT JOIN (SELECT s.case_id,
    bool_or(s.resumed_on IS NULL OR s.resumed_on > $2) AS suspended_at_end,
    max(s.suspended_on) AS last_suspended_on,
    CASE WHEN bool_or(s.resumed_on IS NULL) THEN NULL ELSE max(s.resumed_on) END AS last_resumed_on
  FROM case_suspensions s WHERE s.suspended_on <= $2 GROUP BY s.case_id) sp ON sp.case_id = c.id`;

/**
 * Concluded within the deadline that ended it (isConcludedOnTime in cases/rules/deadlines.rules.ts
 * and deadlines.sql.ts). An abandoned case lapsed on the applicant's side; a case terminated
 * while suspended stopped its clock on `suspendedOn` (docs/domain.md, "Deadlines"), so it is on time
 * when that suspension (which the termination ends, or left open in older records) began within
 * the deadline. Needs SUSPENSIONS.
 */
const ON_TIME = onTimeSql('c', {
  suspendedOn: 'sp.last_suspended_on',
  resumedOn: 'sp.last_resumed_on',
});

/** Open at the end of day `d`. */
const openAt = (d: string): string => openAtSql('c', d);

/** Suspended at the end of day `d`: no deadline runs then. */
const suspendedAt = (d: string): string => suspendedAtSql('c', d);

/**
 * Overdue at the end of day `d` (isOverdueAt and deadlineAt in cases/rules/deadlines.rules.ts, as
 * SQL in deadlines.sql.ts): open, past the deadline running then, not `suspended` then. The
 * suspension comes last, so a lookup runs only for the few cases past a deadline.
 */
const overdueAt = (d: string, suspended: string): string => overdueAtSql('c', d, suspended);

/** The first day of the month of `date` (a date): cheaper per row than to_char. */
const monthOf = (date: string): string => `date_trunc('month', ${date}::timestamp)::date`;

const outcomeColumns = CONCLUDING_OUTCOMES.map(
  (o) => `count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome = '${o}') AS "${o}"`,
).join(',\n  ');

/**
 * Every reconsideration count of the period, one row per respondent and office (the office of a
 * case filed directly: `none`): the total, by respondent and by office are their sums (each case
 * is in one row), so one parallel scan answers them all.
 */
export const CASE_COUNTS = `SELECT c.respondent_id::text AS respondent,
  COALESCE(c.office_id::text, 'none') AS office,
  count(*) FILTER (WHERE c.received_on >= $1) AS received,
  count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome = '${Outcome.MEDIATED}')
    AS pre_case_mediated,
  count(*) FILTER (WHERE ${CONCLUDED_IN} AND c.outcome <> '${Outcome.MEDIATED}' AND ${ON_TIME})
    AS on_time,
  ${outcomeColumns},
  count(*) FILTER (WHERE ${openAt('$2')}) AS pending,
  count(*) FILTER (WHERE ${overdueAt('$2', '(sp.suspended_at_end IS TRUE)')}) AS overdue
FROM cases c ${SUSPENSIONS}
WHERE ${TOUCHED}
GROUP BY c.respondent_id, c.office_id`;

/**
 * By month, each figure is counted in the month of its own date. One row per (month received,
 * month concluded, outcome, on time), months as their first day: the months before the period or
 * after it are null, and open-at-month-end follows from the pair (statistics.service.ts sums them).
 */
export const CASE_MONTH_PAIRS = `SELECT
  CASE WHEN c.received_on >= $1 THEN ${monthOf('c.received_on')} END AS received_month,
  CASE WHEN c.concluded_on <= $2 THEN ${monthOf('c.concluded_on')} END AS concluded_month,
  CASE WHEN c.concluded_on <= $2 THEN c.outcome::text END AS outcome,
  CASE WHEN c.concluded_on <= $2 THEN ${ON_TIME} END AS on_time,
  count(*)::int AS n
FROM cases c ${SUSPENSIONS}
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
     AND ${mayHaveBeenOverdueBySql('c', '$2::date')}
), ends AS MATERIALIZED (
  SELECT to_char(m, 'YYYY-MM') AS key,
         LEAST((m + interval '1 month' - interval '1 day')::date, $2::date) AS d
    FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS m
)
SELECT e.key, count(*)::int AS overdue
  FROM ends e JOIN late c ON ${overdueAt('e.d', suspendedAt('e.d'))}
 GROUP BY 1`;

/**
 * Recommendation and opinion letters issued in the period, one row per agency they went to, office
 * of the case and month (its first day): every grouping is a sum of these rows.
 */
export const LETTERS = `SELECT r.agency_id::text AS respondent,
  COALESCE(c.office_id::text, 'none') AS office, ${monthOf('r.issued_on')} AS month,
  count(*)::int AS n
  FROM recommendation_letters r JOIN cases c ON c.id = r.case_id
 WHERE r.issued_on BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR c.office_id = $3)
 GROUP BY 1, 2, 3`;

/**
 * Applications accepted by law in the period (视为受理, ARL 2023 Art. 30 ¶3), dated by their legal
 * day of acceptance, one row per respondent, office and month like LETTERS. Read through the
 * partial index cases_deemed_accepted_idx: the statistics' scan of every case is not widened.
 */
export const DEEMED_ACCEPTANCES = `SELECT c.respondent_id::text AS respondent,
  COALESCE(c.office_id::text, 'none') AS office, ${monthOf('c.accepted_on')} AS month,
  count(*)::int AS n
  FROM cases c
 WHERE c.deemed_accepted AND c.accepted_on BETWEEN $1 AND $2
   AND ($3::uuid IS NULL OR c.office_id = $3)
 GROUP BY 1, 2, 3`;

/**
 * Formal hearings (听证, ARL 2023 Arts. 50–51) held in the period, dated by the day they were held,
 * and those the respondent's head attended (Art. 51 ¶3), one row per respondent, office and month
 * of the case like LETTERS. A hearing noticed but not yet recorded, or recorded as not held, is
 * not counted.
 */
export const FORMAL_HEARINGS = `SELECT c.respondent_id::text AS respondent,
  COALESCE(c.office_id::text, 'none') AS office, ${monthOf('h.held_on')} AS month,
  count(*)::int AS held,
  (count(*) FILTER (WHERE h.respondent_head_attended))::int AS head_attended
  FROM case_formal_hearings h JOIN cases c ON c.id = h.case_id
 WHERE h.status = '${FormalHearingStatus.HELD}' AND h.held_on BETWEEN $1 AND $2
   AND ($3::uuid IS NULL OR c.office_id = $3)
 GROUP BY 1, 2, 3`;

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
