/**
 * The deadline rules of deadlines.rules.ts as SQL fragments, for the queries that must apply them
 * to many cases at once (the listing's overdue filter, the alerts, the statistics). Made from the
 * same tables (RUNNING_DEADLINE, DEADLINE_FIELD, OFFICE_DEADLINES) where the rule is data, and
 * written beside their TypeScript twin where it is code; test/rules/deadlines-sql.e2e-spec.ts
 * runs both over the same cases and requires the same answers.
 *
 * Pure text: `c` is the alias of a row with the `cases` columns (or the columns a fragment reads),
 * `d` / `day` any SQL expression of a date (`$2`, `e.d`, or a TypeORM parameter such as `:today`).
 * Only constants of this file and of case.enums are spliced in, never input.
 */
import { CaseStatus, Outcome } from '../case.enums';
import {
  APPLICANT_CLOSINGS,
  CaseDeadlineDates,
  DEADLINE_FIELD,
  DeadlineKind,
  RUNNING_DEADLINE,
} from './deadlines.rules';

/** The `cases` column of each date the rules read. */
const COLUMN: Readonly<Record<keyof CaseDeadlineDates, string>> = {
  receivedOn: 'received_on',
  acceptedOn: 'accepted_on',
  concludedOn: 'concluded_on',
  outcome: 'outcome',
  acceptanceDueOn: 'acceptance_due_on',
  supplementDueOn: 'supplement_due_on',
  decisionDueOn: 'decision_due_on',
  currentDueOn: 'current_due_on',
};

/** The columns of alias `c`, by the name of the date in CaseDeadlineDates: `c.received_on`, … */
const columns = (c: string): Record<keyof CaseDeadlineDates, string> => {
  const out = {} as Record<keyof CaseDeadlineDates, string>;
  for (const [field, column] of Object.entries(COLUMN)) {
    out[field as keyof CaseDeadlineDates] = `${c}.${column}`;
  }
  return out;
};

const ALL_KINDS: readonly DeadlineKind[] = ['ACCEPTANCE', 'SUPPLEMENT', 'DECISION'];

/** The statuses in which one of `kinds` runs, with the kind, in the order of CaseStatus. */
const statusesRunning = (kinds: readonly DeadlineKind[]): [CaseStatus, DeadlineKind][] =>
  Object.values(CaseStatus).flatMap((s): [CaseStatus, DeadlineKind][] => {
    const kind = RUNNING_DEADLINE[s];
    return kind !== null && kinds.includes(kind) ? [[s, kind]] : [];
  });

/** isOverdue(): the due day `due` has passed on day `day` (false, or null, without a due day). */
const passed = (due: string, day: string): string => `${due} < ${day}`;

/** runningDeadline(): the date column of the clock running in the row's status; null if none. */
export const runningDeadlineSql = (c: string): string => {
  const k = columns(c);
  return `(CASE ${c}.status ${statusesRunning(ALL_KINDS)
    .map(([s, kind]) => `WHEN '${s}' THEN ${k[DEADLINE_FIELD[kind]]}`)
    .join(' ')} END)`;
};

/** runningDeadlineKind(), for the statuses where one of `kinds` runs (null otherwise). */
export const runningDeadlineKindSql = (
  c: string,
  kinds: readonly DeadlineKind[] = ALL_KINDS,
): string =>
  `(CASE ${c}.status ${statusesRunning(kinds)
    .map(([s, kind]) => `WHEN '${s}' THEN '${kind}'`)
    .join(' ')} END)`;

/** One of `kinds` runs in the row's status: `c.status IN (…)`. */
export const deadlineRunsWhere = (c: string, kinds: readonly DeadlineKind[]): string =>
  `${c}.status IN (${statusesRunning(kinds)
    .map(([s]) => `'${s}'`)
    .join(', ')})`;

/**
 * Overdue on `day` now: the running deadline, which CaseWorkflow keeps in `current_due_on` (null
 * while suspended or closed), has passed. A range condition on `cases_current_due_idx`.
 * For the listing: `qb.andWhere(overdueWhere('c', ':today'), { today })`.
 */
export const overdueWhere = (c: string, day: string): string =>
  passed(columns(c).currentDueOn, day);

/**
 * Not overdue on `day` now: exactly the rows overdueWhere() leaves out (never null).
 * For the listing: `qb.andWhere(notOverdueWhere('c', ':today'), { today })`.
 */
export const notOverdueWhere = (c: string, day: string): string => {
  const { currentDueOn } = columns(c);
  return `(${currentDueOn} IS NULL OR ${currentDueOn} >= ${day})`;
};

/** isOpenAt(): open at the end of day `d`. */
export const openAtSql = (c: string, d: string): string => {
  const k = columns(c);
  return `(${k.receivedOn} <= ${d} AND (${k.concludedOn} IS NULL OR ${k.concludedOn} > ${d}))`;
};

/** isSuspendedAt(): suspended at the end of day `d` (a lookup in `case_suspensions`). */
export const suspendedAtSql = (c: string, d: string): string =>
  `EXISTS (SELECT 1 FROM case_suspensions s
  WHERE s.case_id = ${c}.id AND s.suspended_on <= ${d} AND (s.resumed_on IS NULL OR s.resumed_on > ${d}))`;

/** deadlineAt(): the deadline running at the end of day `d` for a case open and not suspended. */
export const deadlineAtSql = (c: string, d: string): string => {
  const k = columns(c);
  return `(CASE
  WHEN ${k.acceptedOn} <= ${d} THEN ${k[DEADLINE_FIELD.DECISION]}
  WHEN ${k.acceptedOn} IS NULL AND ${k.concludedOn} IS NULL THEN ${k.currentDueOn}
  WHEN ${k.outcome} = '${Outcome.ABANDONED}' THEN ${k[DEADLINE_FIELD.SUPPLEMENT]}
  ELSE ${k[DEADLINE_FIELD.ACCEPTANCE]} END)`;
};

/**
 * isOverdueAt(): overdue at the end of day `d`: open, past the deadline running then, not
 * `suspended` then (an SQL condition, e.g. suspendedAtSql()). The suspension comes last, so a
 * lookup runs only for the few cases past a deadline.
 */
export const overdueAtSql = (c: string, d: string, suspended: string): string =>
  `(${openAtSql(c, d)} AND ${passed(deadlineAtSql(c, d), d)} AND NOT ${suspended})`;

/**
 * A necessary condition for isOverdueAt() on some day up to `end`: a deadline passed while the
 * case was open under it (LEAST skips nulls). Cheap, on the row alone: it narrows the cases a
 * day-by-day count has to look at.
 */
export const mayHaveBeenOverdueBySql = (c: string, end: string): string => {
  const k = columns(c);
  const acceptance = passed(
    k[DEADLINE_FIELD.ACCEPTANCE],
    `LEAST(${k.acceptedOn}, ${k.concludedOn}, ${end})`,
  );
  const decision = passed(k[DEADLINE_FIELD.DECISION], `LEAST(${k.concludedOn}, ${end})`);
  const supplement = passed(k[DEADLINE_FIELD.SUPPLEMENT], `LEAST(${k.concludedOn}, ${end})`);
  return `(${acceptance}
       OR ${decision}
       OR ${supplement})`;
};

/**
 * isConcludedOnTime(), for a concluded case. `last`: SQL expressions of the last suspension's
 * start and end (its end null while it runs; both null when the case was never suspended).
 * Null only where a date it compares is missing.
 */
export const onTimeSql = (c: string, last: { suspendedOn: string; resumedOn: string }): string => {
  const k = columns(c);
  const acceptance = k[DEADLINE_FIELD.ACCEPTANCE];
  const decision = k[DEADLINE_FIELD.DECISION];
  const applicants = APPLICANT_CLOSINGS.map((o) => `'${o}'`).join(', ');
  return `(${k.outcome} IN (${applicants}) OR ${k.concludedOn} <=
  CASE WHEN ${k.acceptedOn} IS NULL THEN ${acceptance} ELSE ${decision} END
  OR (${k.outcome} = '${Outcome.TERMINATED}' AND (${last.suspendedOn} <= ${decision}
    AND (${last.resumedOn} IS NULL OR ${last.resumedOn} = ${k.concludedOn})) IS TRUE))`;
};

/**
 * isAnswerLate(): the respondent answered after its last day, or has not answered and that day has
 * passed on `day` (Art. 70). The first comparison is null while there is no answer, so COALESCE
 * falls through to the second, as `answeredOn ?? …` does in TypeScript.
 */
export const answerLateWhere = (c: string, day: string): string =>
  `(${c}.answer_due_on IS NOT NULL AND COALESCE(${c}.answered_on > ${c}.answer_due_on, ${passed(`${c}.answer_due_on`, day)}))`;
