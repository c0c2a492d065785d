/**
 * The SQL of the statistics: aggregates with FILTER over one scan of the rows a period touches,
 * never rows loaded into Node. $1 = from, $2 = to (local dates, inclusive); $3 = office scope
 * (an agent's own office) or null, but in litigationCountsBy the instant now.
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
import { JudgmentKind } from '../../litigation/litigation-case.enums';
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

/** Every judgment kind, each counted in a column of its own name. */
const judgmentColumns = Object.values(JudgmentKind)
  .map((k) => `count(*) FILTER (WHERE fact = 'judgment' AND detail = '${k}')::int AS "${k}"`)
  .join(',\n       ');

/**
 * Litigation, in total, by defendant agency or by month. $1, $2 the period (local dates); $3 now
 * (an instant): a hearing is held once its time has passed and it was not cancelled. Instants are
 * read as local dates in Asia/Shanghai. One row per fact, keyed by the grouping and the fact's own
 * date, then counted per key:
 *
 * - `lawsuit`: a lawsuit with an instance pending in the period (filed by $2, not judged before
 *   $1), dated by the first day of the period it is pending on;
 * - `letter`: an issued 出庭提示函 (LETTER), one per defendant, by the day it was issued;
 * - `hearing` (detail: the head's appearance, null until recorded): each defendant at each held
 *   hearing, by the hearing's day;
 * - `instance` (detail: the duty, instanceDuty in litigation/rules/attendance.rules.ts): each
 *   defendant in each instance with a hearing held, by the day of its first held hearing, the duty
 *   read over every hearing of the instance held by $3. SPC 2020 Art. 7: the head who attended one
 *   hearing fulfilled the duty, unless a later hearing the court noticed the head to (出庭通知书)
 *   was neither attended nor excused; a head who attended none was excused only if excused at
 *   every hearing held;
 * - `judgment` (detail: its kind): an instance judged in the period, by the day judged;
 * - `recommendation`, `recommendation_answered`: a judicial recommendation (司法建议) received,
 *   answered in the period, by that day; `recommendation_overdue`: one past its due day on $2 and
 *   not answered by $2, by the day it fell overdue (the period's first day if before).
 *
 * By respondent a lawsuit's and an instance's facts count for each of its defendants (ALL Art. 26
 * ¶2), so that grouping adds up to more than the total, which counts them once; hearings, letters
 * and recommendations belong to one agency each and add up alike.
 */
export const litigationCountsBy = (grouping: 'total' | 'respondent' | 'month'): string => {
  const local = (col: string): string => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;
  const key = (agency: string, date: string): string =>
    ({
      total: `'total'`,
      respondent: `${agency}::text`,
      month: `to_char(${date}, 'YYYY-MM')`,
    })[grouping];
  /** A lawsuit's or an instance's rows: once, or once per defendant by respondent. */
  const perDefendant = (lawsuit: string): string =>
    grouping === 'respondent'
      ? `JOIN litigation_defendants d ON d.litigation_case_id = ${lawsuit}`
      : '';
  return `WITH held AS (
  SELECT h.instance_id, a.agency_id, h.scheduled_at, a.appearance,
         a.court_notice_served_on IS NOT NULL AS noticed,
         min(h.scheduled_at) FILTER (WHERE a.appearance = 'ATTENDED') OVER pair AS attended_at
    FROM hearing_appearances a JOIN hearings h ON h.id = a.hearing_id
   WHERE h.status = 'SCHEDULED' AND h.scheduled_at <= $3
  WINDOW pair AS (PARTITION BY h.instance_id, a.agency_id)
)
SELECT key,
       count(*) FILTER (WHERE fact = 'lawsuit')::int AS lawsuits,
       count(*) FILTER (WHERE fact = 'letter')::int AS reminder_letters,
       count(*) FILTER (WHERE fact = 'hearing')::int AS hearings_held,
       count(*) FILTER (WHERE fact = 'hearing' AND detail = 'ATTENDED')::int
         AS hearings_head_attended,
       count(*) FILTER (WHERE fact = 'hearing' AND detail = 'EXCUSED')::int
         AS hearings_head_excused,
       count(*) FILTER (WHERE fact = 'instance')::int AS instances_heard,
       count(*) FILTER (WHERE fact = 'instance' AND detail = 'ATTENDED')::int
         AS instances_head_attended,
       count(*) FILTER (WHERE fact = 'instance' AND detail = 'EXCUSED')::int
         AS instances_head_excused,
       ${judgmentColumns},
       count(*) FILTER (WHERE fact = 'recommendation')::int AS judicial_recommendations,
       count(*) FILTER (WHERE fact = 'recommendation_answered')::int
         AS judicial_recommendations_answered,
       count(*) FILTER (WHERE fact = 'recommendation_overdue')::int
         AS judicial_recommendations_overdue
  FROM (
    SELECT ${key('d.agency_id', 'p.first_on')} AS key, 'lawsuit' AS fact, NULL::text AS detail
      FROM (SELECT i.litigation_case_id, min(GREATEST(i.filed_on, $1::date)) AS first_on
              FROM litigation_instances i
             WHERE i.filed_on <= $2 AND (i.judged_on IS NULL OR i.judged_on >= $1)
             GROUP BY i.litigation_case_id) p
      ${perDefendant('p.litigation_case_id')}
    UNION ALL
    SELECT ${key('d.agency_id', 'i.judged_on')}, 'judgment', i.judgment::text
      FROM litigation_instances i ${perDefendant('i.litigation_case_id')}
     WHERE i.judged_on BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('r.agency_id', local('r.issued_at'))}, 'letter', NULL
      FROM reminder_letters r
     WHERE r.kind = 'LETTER' AND r.status = 'ISSUED' AND ${local('r.issued_at')} BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('agency_id', local('scheduled_at'))}, 'hearing', appearance::text
      FROM held
     WHERE ${local('scheduled_at')} BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('agency_id', local('min(scheduled_at)'))}, 'instance',
           CASE WHEN max(attended_at) IS NULL
                THEN CASE WHEN bool_and(appearance IS NOT DISTINCT FROM 'EXCUSED')
                          THEN 'EXCUSED' ELSE 'ABSENT' END
                WHEN bool_or(scheduled_at > attended_at AND noticed
                             AND appearance IS DISTINCT FROM 'ATTENDED'
                             AND appearance IS DISTINCT FROM 'EXCUSED')
                THEN 'ABSENT' ELSE 'ATTENDED' END
      FROM held
     GROUP BY instance_id, agency_id
    HAVING ${local('min(scheduled_at)')} BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('j.agency_id', 'j.received_on')}, 'recommendation', NULL
      FROM judicial_recommendations j WHERE j.received_on BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('j.agency_id', 'j.answered_on')}, 'recommendation_answered', NULL
      FROM judicial_recommendations j WHERE j.answered_on BETWEEN $1 AND $2
    UNION ALL
    SELECT ${key('j.agency_id', 'GREATEST(j.due_on + 1, $1::date)')}, 'recommendation_overdue', NULL
      FROM judicial_recommendations j
     WHERE j.due_on < $2 AND (j.answered_on IS NULL OR j.answered_on > $2)
  ) facts
 GROUP BY key`;
};
