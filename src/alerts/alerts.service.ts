import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { LEGAL_TIME_ZONE, toLocalDate } from '../common/local-date';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { OFFICE_DEADLINES } from '../cases/rules/deadlines.rules';
import { CaseStatus } from '../cases/case.enums';
import { canApply, CaseEvent } from '../cases/rules/transitions.rules';
import {
  deadlineRunsWhere,
  overdueWhere,
  runningDeadlineKindSql,
} from '../cases/rules/deadlines.sql';
import { assertVisible, scopeOf } from '../access/access.rules';
import { DecisionStatus } from '../review/decision.enums';
import {
  lapsingGroundWhere,
  performancePendingWhere,
  suspensionLimitOnSql,
} from '../review/rules/follow-up.rules';
import { AlertEntity } from './alert.entity';
import { AlertView, ListAlertsQuery } from './dto/alert.dto';

/** The audit rows of the alerts a `raised` CTE inserted. */
const AUDIT_RAISED = AuditService.recordRowsSql('raised', {
  action: 'alert.raised',
  entityType: 'alert',
  entityId: 'id::text',
  after: `to_jsonb(raised) - 'id'`,
});

/**
 * Where the answer clock's alerts apply: the statuses in which the copy can still be sent and the
 * answer recorded (the transition table: under review or suspended).
 */
const ANSWER_STATUSES: CaseStatus[] = Object.values(CaseStatus).filter(
  (s) => canApply(s, CaseEvent.SEND_ANSWER_COPY) && canApply(s, CaseEvent.RECORD_ANSWER),
);

interface AlertRow extends AlertEntity {
  caseNumber: string | null;
  courtCaseNumber: string | null;
}

const view = (a: AlertRow): AlertView => ({
  id: a.id,
  caseId: a.caseId,
  caseNumber: a.caseNumber,
  hearingId: a.hearingId,
  courtCaseNumber: a.courtCaseNumber,
  officerId: a.officerId,
  deadline: a.deadline,
  dueOn: a.dueOn,
  level: a.level,
  raisedAt: a.raisedAt.toISOString(),
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
});

/**
 * Deadline alerts: the acceptance or decision deadline of an open case, or the answer clock of a
 * case under review (the copy to the respondent, its answer), is within one working day
 * (DUE_SOON) or has passed (OVERDUE); so too the 60th day of a suspension that may end in
 * termination (Art. 41 item 5) and the respondent's performance of a served decision (Art. 77);
 * a hearing without attendance record a day later. Officers see their own alerts, reviewers all.
 */
const alertNotFound = (): AppError => AppError.notFound('alert', 'ALERT_NOT_FOUND');

@Injectable()
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * Raises what is due: acceptance and decision deadlines within one working day of `today` or
   * past; for a case under review or suspended, the copy of the application not yet sent to the
   * respondent by its last day (ANSWER_COPY, Art. 48 / 54) and the respondent's answer not yet
   * recorded by its last day (ANSWER, Art. 48 / 54, Art. 70), likewise; the follow-ups of
   * src/review/rules/follow-up.rules.ts, likewise (suspensionLimitAlert, performanceAlert): a
   * case suspended on Art. 39 para 1 item 1, 2 or 4 whose suspension reaches 60 days
   * (SUSPENSION_LIMIT, due the 60th day: terminate if the cause remains, Art. 41 item 5), and a
   * served decision whose performance is due and not reported (PERFORMANCE, Art. 77); and
   * hearings a day past with a defendant's attendance not recorded. One statement each, with their audit rows;
   * alerts already raised are skipped by their unique key, so runs may repeat, overlap or crash
   * half-way harmlessly.
   */
  async raise(now: Date = this.clock.now()): Promise<{ raised: number }> {
    const today = toLocalDate(now);
    const soon = await this.calendar.addWorkingDays(today, 1);
    const deadlines = await this.dataSource.query<unknown[]>(
      `WITH due AS (
         SELECT c.id, c.assigned_officer_id, c.current_due_on,
                ${runningDeadlineKindSql('c', OFFICE_DEADLINES)}::deadline_kind AS deadline,
                (CASE WHEN ${overdueWhere('c', '$1')} THEN 'OVERDUE' ELSE 'DUE_SOON' END)::alert_level AS level
           FROM cases c
          WHERE ${deadlineRunsWhere('c', OFFICE_DEADLINES)} AND c.current_due_on <= $2
       ), raised AS (
         INSERT INTO alerts (subject_id, case_id, officer_id, deadline, due_on, level)
         SELECT id, id, assigned_officer_id, deadline, current_due_on, level FROM due
         ON CONFLICT ON CONSTRAINT alerts_once_key DO NOTHING
         RETURNING id, case_id, deadline, due_on, level
       )
       ${AUDIT_RAISED}`,
      [today, soon],
    );
    const attendance = await this.dataSource.query<unknown[]>(
      `WITH raised AS (
         INSERT INTO alerts (subject_id, hearing_id, officer_id, deadline, due_on, level)
         SELECT h.id, h.id, l.created_by, 'ATTENDANCE',
                (h.scheduled_at AT TIME ZONE '${LEGAL_TIME_ZONE}')::date + 1, 'OVERDUE'
           FROM hearings h JOIN litigation_cases l ON l.id = h.litigation_case_id
          WHERE h.status = 'SCHEDULED'
            AND h.scheduled_at <= $1::timestamptz - interval '1 day'
            AND EXISTS (SELECT 1 FROM hearing_appearances a
                         WHERE a.hearing_id = h.id AND a.recorded_at IS NULL)
         ON CONFLICT ON CONSTRAINT alerts_once_key DO NOTHING
         RETURNING id, hearing_id, deadline, due_on, level
       )
       ${AUDIT_RAISED}`,
      [now],
    );
    // The copy to the respondent (the office's duty) not sent, and the respondent's answer not
    // recorded, while the case is where these can still happen (under review or suspended).
    const answers = await this.dataSource.query<unknown[]>(
      `WITH due AS (
         SELECT c.id, c.assigned_officer_id, 'ANSWER_COPY'::deadline_kind AS deadline,
                c.answer_copy_due_on AS due_on
           FROM cases c
          WHERE c.status = ANY($3::case_status[]) AND c.answer_copy_sent_on IS NULL
            AND c.answer_copy_due_on <= $2
         UNION ALL
         SELECT c.id, c.assigned_officer_id, 'ANSWER'::deadline_kind, c.answer_due_on
           FROM cases c
          WHERE c.status = ANY($3::case_status[]) AND c.answered_on IS NULL
            AND c.answer_due_on <= $2
       ), raised AS (
         INSERT INTO alerts (subject_id, case_id, officer_id, deadline, due_on, level)
         SELECT id, id, assigned_officer_id, deadline, due_on,
                (CASE WHEN due_on < $1::date THEN 'OVERDUE' ELSE 'DUE_SOON' END)::alert_level
           FROM due
         ON CONFLICT ON CONSTRAINT alerts_once_key DO NOTHING
         RETURNING id, case_id, deadline, due_on, level
       )
       ${AUDIT_RAISED}`,
      [today, soon, ANSWER_STATUSES],
    );
    // The follow-ups: the suspension in force (its row is the one the case's suspended_on
    // names) on a ground that lapses, and the approved decision served with a performance due.
    const followUps = await this.dataSource.query<unknown[]>(
      `WITH due AS (
         SELECT c.id, c.assigned_officer_id, 'SUSPENSION_LIMIT'::deadline_kind AS deadline,
                ${suspensionLimitOnSql('s')} AS due_on
           FROM cases c
           JOIN case_suspensions s
             ON s.case_id = c.id AND s.suspended_on = c.suspended_on AND s.resumed_on IS NULL
          WHERE c.status = '${CaseStatus.SUSPENDED}' AND ${lapsingGroundWhere('s')}
            AND ${suspensionLimitOnSql('s')} <= $2
         UNION ALL
         SELECT c.id, c.assigned_officer_id, 'PERFORMANCE'::deadline_kind, d.performance_due_on
           FROM case_decisions d JOIN cases c ON c.id = d.case_id
          WHERE d.status = '${DecisionStatus.APPROVED}' AND ${performancePendingWhere('d')}
            AND d.performance_due_on <= $2
       ), raised AS (
         INSERT INTO alerts (subject_id, case_id, officer_id, deadline, due_on, level)
         SELECT id, id, assigned_officer_id, deadline, due_on,
                (CASE WHEN due_on < $1::date THEN 'OVERDUE' ELSE 'DUE_SOON' END)::alert_level
           FROM due
         ON CONFLICT ON CONSTRAINT alerts_once_key DO NOTHING
         RETURNING id, case_id, deadline, due_on, level
       )
       ${AUDIT_RAISED}`,
      [today, soon],
    );
    return {
      raised: deadlines.length + attendance.length + answers.length + followUps.length,
    };
  }

  /**
   * The alerts of a case still open follow it to its new officer: call in the transaction that
   * assigns the case (`em`), so both change together.
   */
  async followCase(em: EntityManager, caseId: string, officerId: string): Promise<void> {
    await em.update(AlertEntity, { caseId, acknowledgedAt: IsNull() }, { officerId });
  }

  async list(actor: Actor, q: ListAlertsQuery): Promise<Page<AlertView>> {
    const after = decodeCursor(q.cursor, ['instant', 'uuid']);
    const qb = this.dataSource
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .leftJoin('a.case', 'c')
      .leftJoin('a.hearing', 'h')
      .leftJoin('h.instance', 'i')
      .addSelect('c.number', 'a_case_number')
      .addSelect('i.courtCaseNumber', 'a_court_case_number')
      // The cursor keeps raised_at to the microsecond: the alerts of one run share an instant that
      // a JS Date (milliseconds) would cut short, and the next page would then skip the rest.
      .addSelect(
        `to_char(a.raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        'a_cursor_at',
      )
      .orderBy('a.raisedAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(q.limit + 1);
    const own = scopeOf(actor).officerId;
    if (own !== null) qb.andWhere('a.officerId = :own', { own });
    if (q.open === true) qb.andWhere('a.acknowledgedAt IS NULL');
    if (q.open === false) qb.andWhere('a.acknowledgedAt IS NOT NULL');
    if (after) {
      qb.andWhere('(a.raisedAt, a.id) < (:at, :id)', { at: after[0], id: after[1] });
    }
    const { entities, raw } = await qb.getRawAndEntities<{
      a_case_number: string | null;
      a_court_case_number: string | null;
      a_cursor_at: string;
    }>();
    const rows = entities.map((e, i) => ({
      ...e,
      caseNumber: raw[i].a_case_number,
      courtCaseNumber: raw[i].a_court_case_number,
      cursorAt: raw[i].a_cursor_at,
    }));
    return toPage(rows, q.limit, (a) => [a.cursorAt, a.id], view);
  }

  async acknowledge(actor: Actor, id: string): Promise<AlertView> {
    return this.dataSource.transaction(async (em) => {
      const alert = await em.findOne(AlertEntity, {
        where: { id },
        relations: { case: true, hearing: { instance: true } },
        lock: { mode: 'pessimistic_write', tables: ['alerts'] },
      });
      if (!alert) throw alertNotFound();
      assertVisible(actor, { officerId: alert.officerId }, alertNotFound);
      if (alert.acknowledgedAt === null) {
        alert.acknowledgedAt = this.clock.now();
        alert.acknowledgedBy = actor.id;
        await em.update(
          AlertEntity,
          { id },
          { acknowledgedAt: alert.acknowledgedAt, acknowledgedBy: actor.id },
        );
        await this.audit.record(em, actor, {
          action: 'alert.acknowledged',
          entityType: 'alert',
          entityId: id,
          after: { acknowledgedAt: alert.acknowledgedAt.toISOString() },
        });
      }
      return view({
        ...alert,
        caseNumber: alert.case?.number ?? null,
        courtCaseNumber: alert.hearing?.instance?.courtCaseNumber ?? null,
      });
    });
  }
}
