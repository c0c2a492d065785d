import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/sql-errors';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { LocalDate } from '../common/local-date';
import { CalendarExceptions } from '../calendar/rules/working-days.rules';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { runningDeadline } from './rules/deadlines.rules';
import { CaseEvent, IllegalTransitionError, nextStatus } from './rules/transitions.rules';
import { CaseEntity } from './case.entity';
import { CaseQueriesService } from './case-queries.service';
import { CaseView } from './dto/case.view';

export interface TransitionContext {
  em: EntityManager;
  cal: CalendarExceptions;
  today: LocalDate;
}

export interface TransitionChange {
  /** Columns the event changes besides status, version and the running deadline. */
  set?: Partial<CaseEntity>;
  /** What the timeline shows for the event. */
  data?: Record<string, unknown>;
}

/** The event-specific part of a change: its checks, its own rows, and what it sets on the case. */
export type Decide = (
  c: CaseEntity,
  ctx: TransitionContext,
) => Promise<TransitionChange> | TransitionChange;

const versionConflict = (): AppError =>
  AppError.conflict(
    'CASE_VERSION_CONFLICT',
    'The case was changed by someone else at the same time; reload it and try again',
  );

export const stateConflict = (e: IllegalTransitionError): AppError =>
  AppError.conflict('CASE_STATE_CONFLICT', e.message, [
    { currentStatus: e.status, event: e.event },
  ]);

/**
 * The one way a case changes (registration aside, which creates it): in one transaction, check the
 * event against the transition table, apply its change under the optimistic version check, and
 * write the audit row the timeline reads. Event-specific rules live in the `decide` callback of
 * each capability. `apply` answers with the changed entity, `change` with the case as the actor
 * now sees it.
 */
@Injectable()
export class CaseWorkflow {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly queries: CaseQueriesService,
  ) {}

  /** `event` on the case, answered with the case as `actor` now sees it (CaseQueriesService.get). */
  async change(actor: Actor, caseId: string, event: CaseEvent, decide: Decide): Promise<CaseView> {
    await this.apply(actor, caseId, event, decide);
    return this.queries.get(actor, caseId);
  }

  /** `event` on the case, answered with the changed entity; `actor` null for the system's jobs. */
  async apply(
    actor: Actor | null,
    caseId: string,
    event: CaseEvent,
    decide: Decide,
  ): Promise<CaseEntity> {
    const cal = await this.calendar.exceptions();
    const today = this.clock.today();
    const changed = this.dataSource.transaction(async (em) => {
      // Locked: concurrent changes to one case queue here, and the later one sees the new state.
      const c = await em.findOne(CaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw caseNotFound();
      if (actor) assertCaseVisible(actor, c);
      let status;
      try {
        status = nextStatus(c.status, event);
      } catch (e) {
        if (e instanceof IllegalTransitionError) throw stateConflict(e);
        throw e;
      }
      const change = await decide(c, { em, cal, today });
      const next = { ...c, ...change.set, status };
      const currentDueOn = runningDeadline(next);
      const result = await em
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ ...change.set, status, currentDueOn, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: c.id, version: c.version })
        .execute();
      if (result.affected !== 1) throw versionConflict();
      await this.audit.record(em, actor, {
        action: event,
        entityType: 'case',
        entityId: c.id,
        before: { status: c.status, version: c.version },
        after: { status, version: c.version + 1, data: change.data ?? null },
      });
      return { ...next, currentDueOn, version: c.version + 1 };
    });
    // A concurrent change of the same case inserted its row first and a unique index (one open
    // draft, one open mediation), not the version check, caught the race: the same 409.
    return changed.catch((e: unknown) => {
      if (isUniqueViolation(e)) throw versionConflict();
      throw e;
    });
  }
}
