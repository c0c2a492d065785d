import { Injectable } from '@nestjs/common';
import { answerLateWhere, notOverdueWhere, overdueWhere } from './rules/deadlines.sql';
import { DataSource, In, Not, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound, scopeOf } from '../access/access.rules';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditService, READ_ACTIONS } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { selectRowsWith } from '../database/entity-rows';
import { DecisionEntity } from '../review/decision.entity';
import { CaseApplicantEntity } from './case-applicant.entity';
import { toCaseView, toSummaryView, SUMMARY_COLUMNS } from './case-views';
import { CaseStatus } from './case.enums';
import { CaseEntity } from './case.entity';
import { CaseSummaryView, CaseView, TimelineEventData, TimelineEventView } from './dto/case.view';
import { CaseEvent } from './rules/transitions.rules';
import { ListCasesQuery } from './dto/list-cases.query';
import { SupplementRequestEntity } from './supplement-request.entity';

const FULL_CASE_NUMBER = /^\S+〔\d{4}〕\d+号$/u;
const TWO_HAN = /^\p{Script=Han}{2}$/u;

/**
 * The read side of cases: the detail, the list with its search, the timeline. Writes nothing but
 * the audit row of a read of the detail (its parties' personal data).
 */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * The full case as `actor` may see it. Who read it is audited (`case.read`, entity the case)
   * once the case is known to be visible, before the answer (AuditService.recordRead).
   */
  async get(actor: Actor, id: string): Promise<CaseView> {
    // One prepared statement: the hottest read (docs/architecture.md, "Hot statements").
    const [found] = await selectRowsWith(
      this.dataSource.manager,
      CaseEntity,
      { where: { id } },
      {
        applicants: { target: CaseApplicantEntity, on: 'caseId', orderBy: { position: 'ASC' } },
        supplements: {
          target: SupplementRequestEntity,
          on: 'caseId',
          orderBy: { createdAt: 'ASC' },
        },
        decisions: {
          target: DecisionEntity,
          on: 'caseId',
          orderBy: { createdAt: 'DESC' },
          limit: 1,
        },
      },
    );
    if (!found) throw caseNotFound();
    const { row: c, applicants, supplements, decisions } = found;
    assertCaseVisible(actor, c);
    await this.audit.recordRead(actor, { action: 'case.read', entityType: 'case', entityId: id });
    return toCaseView(c, applicants, supplements, decisions[0] ?? null, actor, this.clock.today());
  }

  async list(actor: Actor, q: ListCasesQuery): Promise<Page<CaseSummaryView>> {
    const after = decodeCursor(q.cursor, ['date', 'uuid']);
    const today = this.clock.today();
    const qb = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .select(SUMMARY_COLUMNS.map((col) => `c.${col}`))
      .orderBy('c.receivedOn', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(q.limit + 1);
    const scope = scopeOf(actor).officeId;
    if (scope !== null) qb.andWhere('c.officeId = :scope', { scope });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.respondentId)
      qb.andWhere('c.respondentId = :respondentId', { respondentId: q.respondentId });
    if (q.officeId) qb.andWhere('c.officeId = :officeId', { officeId: q.officeId });
    if (q.channel) qb.andWhere('c.channel = :channel', { channel: q.channel });
    if (q.receivedFrom) qb.andWhere('c.receivedOn >= :from', { from: q.receivedFrom });
    if (q.receivedTo) qb.andWhere('c.receivedOn <= :to', { to: q.receivedTo });
    if (q.overdue === true) qb.andWhere(overdueWhere('c', ':today'), { today });
    if (q.overdue === false) {
      qb.andWhere(notOverdueWhere('c', ':today'), { today });
    }
    if (q.deemedAccepted !== undefined) {
      qb.andWhere('c.deemedAccepted = :deemed', { deemed: q.deemedAccepted });
    }
    if (q.applicationTimeliness) {
      qb.andWhere('c.applicationTimeliness = :timeliness', {
        timeliness: q.applicationTimeliness,
      });
    }
    if (q.answerLate === true) qb.andWhere(answerLateWhere('c', ':today'), { today });
    if (q.answerLate === false) qb.andWhere(`NOT ${answerLateWhere('c', ':today')}`, { today });
    if (q.q) this.search(qb, q.q.trim());
    if (after) {
      qb.andWhere('(c.receivedOn, c.id) < (:afterOn, :afterId)', {
        afterOn: after[0],
        afterId: after[1],
      });
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      q.limit,
      (c) => [c.receivedOn, c.id],
      (c) => toSummaryView(c, today),
    );
  }

  /**
   * `q`: a whole case number by its unique index; a two-character Chinese name (too short for
   * trigrams) as one of the applicants' names; anything else as a part of the number or a name.
   */
  private search(qb: SelectQueryBuilder<CaseEntity>, q: string): void {
    if (FULL_CASE_NUMBER.test(q)) {
      qb.andWhere('c.number = :number', { number: q });
    } else if (TWO_HAN.test(q)) {
      qb.andWhere(`string_to_array(c.applicantNames, '、') @> ARRAY[CAST(:name AS text)]`, {
        name: q,
      });
    } else {
      const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(`(c.number || ' ' || c.applicantNames) ILIKE :pattern`, { pattern });
    }
  }

  async timeline(actor: Actor, id: string): Promise<TimelineEventView[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true },
      where: { id },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const rows = await this.dataSource.getRepository(AuditEntryEntity).find({
      // Changes only: reads of the case (READ_ACTIONS) are in the audit log, not its history.
      where: { entityType: 'case', entityId: id, action: Not(In([...READ_ACTIONS])) },
      order: { id: 'ASC' },
    });
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actorName,
      // Only CaseWorkflow and registration write case rows: the action is a CaseEvent.
      event: r.action as CaseEvent,
      fromStatus: (r.before?.status as CaseStatus | undefined) ?? null,
      toStatus: (r.after?.status as CaseStatus | undefined) ?? null,
      data: (r.after?.data as TimelineEventData | undefined) ?? null,
    }));
  }
}
