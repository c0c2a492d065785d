import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outcome } from '../cases/case.enums';
import { Clock } from '../common/clock';
import { JudgmentKind } from '../litigation/litigation-case.enums';
import {
  CONCLUDING_OUTCOMES,
  litigationFigures,
  LitigationCounts,
  LitigationFigures,
  ReconsiderationCounts,
  reconsiderationFigures,
  ReconsiderationFigures,
} from './rules/figures.rules';
import {
  CASE_COUNTS,
  CASE_MONTH_PAIRS,
  DEEMED_ACCEPTANCES,
  FORMAL_HEARINGS,
  Grouping,
  LETTERS,
  litigationCountsBy,
  OVERDUE_BY_MONTH,
} from './rules/figures.sql';

export interface Group<F> {
  key: string;
  label: string;
  figures: F;
}

export interface Report<F> {
  from: string;
  to: string;
  groupBy: Grouping | null;
  total: F;
  groups: Group<F>[];
}

type CountRow = Record<string, string | number | null> & { respondent: string; office: string };

/** A row of LETTERS or DEEMED_ACCEPTANCES; `month` is its first day. */
interface MonthRow {
  respondent: string;
  office: string;
  month: string;
  n: number;
}

/** A row of FORMAL_HEARINGS: held, and among them the head attended. */
interface HearingRow {
  respondent: string;
  office: string;
  month: string;
  held: number;
  head_attended: number;
}

const toCounts = (r: CountRow): ReconsiderationCounts => ({
  received: Number(r.received),
  preCaseMediated: Number(r.pre_case_mediated),
  onTime: Number(r.on_time),
  byOutcome: Object.fromEntries(CONCLUDING_OUTCOMES.map((o) => [o, Number(r[o])])),
  pending: Number(r.pending),
  overdue: Number(r.overdue),
  recommendationLetters: 0,
  deemedAccepted: 0,
  formalHearingsHeld: 0,
  formalHearingHeadAttended: 0,
});

/** The total (groupBy null) and each requested grouping `G` of one period. */
export type ReconsiderationReports<G extends Grouping = Grouping> = Record<
  'total' | G,
  Report<ReconsiderationFigures>
>;

const EMPTY: ReconsiderationCounts = {
  received: 0,
  preCaseMediated: 0,
  onTime: 0,
  byOutcome: {},
  pending: 0,
  overdue: 0,
  recommendationLetters: 0,
  deemedAccepted: 0,
  formalHearingsHeld: 0,
  formalHearingHeadAttended: 0,
};

/** Every month `YYYY-MM` from `from` to `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** Adds counts of disjoint groups (each case is in one group). */
function add(a: ReconsiderationCounts, b: ReconsiderationCounts): ReconsiderationCounts {
  const byOutcome: Partial<Record<Outcome, number>> = { ...a.byOutcome };
  for (const [o, n] of Object.entries(b.byOutcome) as [Outcome, number][]) {
    byOutcome[o] = (byOutcome[o] ?? 0) + n;
  }
  return {
    received: a.received + b.received,
    preCaseMediated: a.preCaseMediated + b.preCaseMediated,
    onTime: a.onTime + b.onTime,
    byOutcome,
    pending: a.pending + b.pending,
    overdue: (a.overdue ?? 0) + (b.overdue ?? 0),
    recommendationLetters: a.recommendationLetters + b.recommendationLetters,
    deemedAccepted: a.deemedAccepted + b.deemedAccepted,
    formalHearingsHeld: a.formalHearingsHeld + b.formalHearingsHeld,
    formalHearingHeadAttended: a.formalHearingHeadAttended + b.formalHearingHeadAttended,
  };
}

/** The period's counts from its months': sums, but pending and overdue are the last month's. */
function monthTotal(
  byMonth: Map<string, ReconsiderationCounts>,
  months: string[],
): ReconsiderationCounts {
  const last = byMonth.get(months[months.length - 1]) ?? EMPTY;
  const sum = [...byMonth.values()].reduce(add, EMPTY);
  return { ...sum, pending: last.pending, overdue: last.overdue };
}

/**
 * The statistics of docs/domain.md, computed by Postgres for any period, optionally for one office.
 * A total comes from the same scan as its groups (the empty grouping set); by month alone, from
 * the months.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** `officeScope`: an agent's own office, or null for every office. */
  async reconsideration(
    officeScope: string | null,
    from: string,
    to: string,
    groupBy: Grouping | null,
  ): Promise<Report<ReconsiderationFigures>> {
    const reports = await this.reconsiderationBy(officeScope, from, to, groupBy ? [groupBy] : []);
    return reports[groupBy ?? 'total'];
  }

  /**
   * The total and each of `groupings` of one period, as many reports (export, snapshots): the
   * total, by respondent and by office are sums of one scan's rows (a row per respondent and
   * office), by month come from their own scans; the scans run side by side.
   */
  async reconsiderationBy<G extends Grouping>(
    officeScope: string | null,
    from: string,
    to: string,
    groupings: G[],
  ): Promise<ReconsiderationReports<G>> {
    const params = [from, to, officeScope];
    const byMonth = (groupings as Grouping[]).includes('month');
    const byKey = !byMonth || groupings.some((g) => g !== 'month');
    const [rows, monthCounts, letters, deemed, hearings] = await Promise.all([
      byKey ? this.query<CountRow[]>(CASE_COUNTS, params) : null,
      byMonth ? this.caseCountsByMonth(params) : null,
      this.query<MonthRow[]>(LETTERS, params),
      this.query<MonthRow[]>(DEEMED_ACCEPTANCES, params),
      this.query<HearingRow[]>(FORMAL_HEARINGS, params),
    ]);
    // grouping → key → counts
    const counts = new Map<'total' | Grouping, Map<string, ReconsiderationCounts>>();
    const put = (g: 'total' | Grouping, key: string, c: ReconsiderationCounts): void => {
      const ofGrouping = counts.get(g) ?? new Map<string, ReconsiderationCounts>();
      ofGrouping.set(key, add(ofGrouping.get(key) ?? EMPTY, c));
      counts.set(g, ofGrouping);
    };
    const putByKey = (r: { respondent: string; office: string }, c: ReconsiderationCounts) => {
      put('total', 'total', c);
      put('respondent', r.respondent, c);
      put('office', r.office, c);
    };
    for (const r of rows ?? []) putByKey(r, toCounts(r));
    if (monthCounts) counts.set('month', monthCounts);
    const putRows = <R extends Omit<MonthRow, 'n'>>(
      monthRows: R[],
      c: (r: R) => ReconsiderationCounts,
    ) => {
      for (const r of monthRows) {
        if (byKey) putByKey(r, c(r));
        if (byMonth) put('month', r.month.slice(0, 7), c(r));
      }
    };
    putRows(letters, (r) => ({ ...EMPTY, recommendationLetters: r.n }));
    putRows(deemed, (r) => ({ ...EMPTY, deemedAccepted: r.n }));
    putRows(hearings, (r) => ({
      ...EMPTY,
      formalHearingsHeld: r.held,
      formalHearingHeadAttended: r.head_attended,
    }));
    const months = monthsOf(from, to);
    const total = byKey
      ? (counts.get('total')?.get('total') ?? EMPTY)
      : monthTotal(monthCounts!, months);
    const reports = {
      total: { from, to, groupBy: null, total: reconsiderationFigures(total), groups: [] },
    } as ReconsiderationReports<G>; // each of `groupings` is set below
    for (const g of groupings) {
      const ofGrouping = counts.get(g) ?? new Map<string, ReconsiderationCounts>();
      const keys = g === 'month' ? months : [...ofGrouping.keys()];
      const labels = await this.labels(g, keys);
      const groups = keys.map((key) => ({
        key,
        label: labels.get(key) ?? key,
        figures: reconsiderationFigures(ofGrouping.get(key) ?? EMPTY),
      }));
      reports[g] = {
        ...reports.total,
        groupBy: g,
        groups: groups.sort((x, y) => x.label.localeCompare(y.label, 'zh')),
      };
    }
    return reports;
  }

  /**
   * The litigation figures of a period, in total and by `groupBy`. By respondent a lawsuit counts
   * for each of its defendants, so the total is counted apart (side by side) rather than added
   * up; by month every fact is in one month and the months add up to the total.
   */
  async litigation(
    from: string,
    to: string,
    groupBy: Exclude<Grouping, 'office'> | null,
  ): Promise<Report<LitigationFigures>> {
    const params = [from, to, this.clock.now()];
    const [rows, totalRows] = await Promise.all([
      this.query<LitigationRow[]>(litigationCountsBy(groupBy ?? 'total'), params),
      groupBy === 'respondent'
        ? this.query<LitigationRow[]>(litigationCountsBy('total'), params)
        : null,
    ]);
    const byKey = new Map(rows.map((r) => [r.key, toLitigationCounts(r)]));
    const keys = groupBy === 'month' ? monthsOf(from, to) : [...byKey.keys()];
    const labels = await this.labels(groupBy, keys);
    const total = totalRows
      ? totalRows.map(toLitigationCounts).reduce(addLitigation, NO_LITIGATION)
      : [...byKey.values()].reduce(addLitigation, NO_LITIGATION);
    const groups = keys.map((key) => ({
      key,
      label: labels.get(key) ?? key,
      figures: litigationFigures(byKey.get(key) ?? NO_LITIGATION),
    }));
    return {
      from,
      to,
      groupBy,
      total: litigationFigures(total),
      groups: groupBy ? groups.sort((a, b) => a.label.localeCompare(b.label, 'zh')) : [],
    };
  }

  private async caseCountsByMonth(params: unknown[]): Promise<Map<string, ReconsiderationCounts>> {
    const [from, to] = params as [string, string];
    const months = monthsOf(from, to);
    const [pairs, overdue] = await Promise.all([
      this.query<
        {
          received_month: string | null;
          concluded_month: string | null;
          outcome: Outcome | null;
          on_time: boolean | null;
          n: number;
        }[]
      >(CASE_MONTH_PAIRS, params),
      this.query<{ key: string; overdue: number }[]>(OVERDUE_BY_MONTH, params),
    ]);
    const overdueOf = new Map(overdue.map((o) => [o.key, o.overdue]));
    const counts = new Map(
      months.map((m): [string, ReconsiderationCounts] => [
        m,
        { ...EMPTY, byOutcome: {}, overdue: overdueOf.get(m) ?? 0 },
      ]),
    );
    for (const p of pairs) {
      // Months come as their first day, `YYYY-MM-01`.
      const received = p.received_month?.slice(0, 7) ?? null;
      const concluded = p.concluded_month?.slice(0, 7) ?? null;
      if (received) counts.get(received)!.received += p.n;
      if (concluded && p.outcome) {
        const c = counts.get(concluded)!;
        if (p.outcome === Outcome.MEDIATED) c.preCaseMediated += p.n;
        else {
          c.byOutcome[p.outcome] = (c.byOutcome[p.outcome] ?? 0) + p.n;
          if (p.on_time) c.onTime += p.n;
        }
      }
      // Open at a month's end: received by then (or before the period), concluded after it.
      for (const m of months) {
        if ((received === null || received <= m) && (concluded === null || concluded > m)) {
          counts.get(m)!.pending += p.n;
        }
      }
    }
    return counts;
  }

  /**
   * On the replica when there is one (DATABASE_REPLICA_URL), else the primary. Aggregates over
   * many rows may use parallel workers again (the pool turns them off), and sort or hash in
   * memory rather than on disk. No JIT: compiling these expressions costs more than it saves
   * (docs/benchmarks.md, statistics).
   */
  private async query<T>(sql: string, params: unknown[]): Promise<T> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.startTransaction();
      await runner.query(
        `SET LOCAL max_parallel_workers_per_gather = 2; SET LOCAL jit = off; SET LOCAL work_mem = '32MB'`,
      );
      const rows = (await runner.query(sql, params)) as T;
      await runner.commitTransaction();
      return rows;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release();
    }
  }

  private async labels(groupBy: Grouping | null, keys: string[]): Promise<Map<string, string>> {
    if (groupBy === 'month' || groupBy === null) return new Map();
    const table = groupBy === 'respondent' ? 'agencies' : 'judicial_offices';
    const ids = keys.filter((k) => k !== 'none');
    const rows = await this.query<{ id: string; name: string }[]>(
      `SELECT id::text, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map([['none', '未经代办点'], ...rows.map((r): [string, string] => [r.id, r.name])]);
  }
}

/** A row of litigationCountsBy: the counts of one key, a column per judgment kind. */
type LitigationRow = Record<JudgmentKind, number> & {
  key: string;
  lawsuits: number;
  reminder_letters: number;
  hearings_held: number;
  hearings_head_attended: number;
  hearings_head_excused: number;
  instances_heard: number;
  instances_head_attended: number;
  instances_head_excused: number;
  judicial_recommendations: number;
  judicial_recommendations_answered: number;
  judicial_recommendations_overdue: number;
};

const NO_LITIGATION: LitigationCounts = {
  lawsuits: 0,
  reminderLetters: 0,
  hearingsHeld: 0,
  hearingsHeadAttended: 0,
  hearingsHeadExcused: 0,
  instancesHeard: 0,
  instancesHeadAttended: 0,
  instancesHeadExcused: 0,
  byJudgment: {},
  judicialRecommendations: 0,
  judicialRecommendationsAnswered: 0,
  judicialRecommendationsOverdue: 0,
};

const toLitigationCounts = (r: LitigationRow): LitigationCounts => ({
  lawsuits: r.lawsuits,
  reminderLetters: r.reminder_letters,
  hearingsHeld: r.hearings_held,
  hearingsHeadAttended: r.hearings_head_attended,
  hearingsHeadExcused: r.hearings_head_excused,
  instancesHeard: r.instances_heard,
  instancesHeadAttended: r.instances_head_attended,
  instancesHeadExcused: r.instances_head_excused,
  byJudgment: Object.fromEntries(Object.values(JudgmentKind).map((k) => [k, r[k]])),
  judicialRecommendations: r.judicial_recommendations,
  judicialRecommendationsAnswered: r.judicial_recommendations_answered,
  judicialRecommendationsOverdue: r.judicial_recommendations_overdue,
});

/** Adds the counts of disjoint groups (months, or the rows of the total). */
const addLitigation = (a: LitigationCounts, b: LitigationCounts): LitigationCounts => {
  const byJudgment: Partial<Record<JudgmentKind, number>> = { ...a.byJudgment };
  for (const [k, n] of Object.entries(b.byJudgment) as [JudgmentKind, number][]) {
    byJudgment[k] = (byJudgment[k] ?? 0) + n;
  }
  return {
    lawsuits: a.lawsuits + b.lawsuits,
    reminderLetters: a.reminderLetters + b.reminderLetters,
    hearingsHeld: a.hearingsHeld + b.hearingsHeld,
    hearingsHeadAttended: a.hearingsHeadAttended + b.hearingsHeadAttended,
    hearingsHeadExcused: a.hearingsHeadExcused + b.hearingsHeadExcused,
    instancesHeard: a.instancesHeard + b.instancesHeard,
    instancesHeadAttended: a.instancesHeadAttended + b.instancesHeadAttended,
    instancesHeadExcused: a.instancesHeadExcused + b.instancesHeadExcused,
    byJudgment,
    judicialRecommendations: a.judicialRecommendations + b.judicialRecommendations,
    judicialRecommendationsAnswered:
      a.judicialRecommendationsAnswered + b.judicialRecommendationsAnswered,
    judicialRecommendationsOverdue:
      a.judicialRecommendationsOverdue + b.judicialRecommendationsOverdue,
  };
};
