import { Injectable } from '@nestjs/common';
import { assertVisible, scopeOf } from '../access/access.rules';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { CaseEntity } from '../cases/case.entity';
import { notAfter } from '../cases/rules/date-order.rules';
import { AgencyEntity } from '../organizations/agency.entity';
import { RemindersService } from '../reminders/reminders.service';
import {
  AttendanceDto,
  CreateLitigationCaseDto,
  HearingView,
  JudgmentDto,
  ListLitigationCasesQuery,
  LitigationCaseView,
  ScheduleHearingDto,
  UpdateHearingDto,
} from './dto/litigation.dto';
import { HearingEntity } from './hearing.entity';
import { HearingStatus } from './hearing.enums';
import { LitigationCaseEntity } from './litigation-case.entity';

const hearingView = (h: HearingEntity): HearingView => ({
  id: h.id,
  litigationCaseId: h.litigationCaseId,
  scheduledAt: h.scheduledAt.toISOString(),
  court: h.court,
  courtroom: h.courtroom,
  status: h.status,
  headAttended: h.headAttended,
  attendeeName: h.attendeeName,
  attendeeTitle: h.attendeeTitle,
  version: h.version,
});

const caseView = (l: LitigationCaseEntity, hearings: HearingEntity[]): LitigationCaseView => ({
  id: l.id,
  court: l.court,
  courtCaseNumber: l.courtCaseNumber,
  plaintiff: l.plaintiff,
  defendantAgencyId: l.defendantAgencyId,
  cause: l.cause,
  reconsiderationCaseId: l.reconsiderationCaseId,
  filedOn: l.filedOn,
  judgment: l.judgment,
  judgedOn: l.judgedOn,
  hearings: hearings.map(hearingView),
  version: l.version,
});

const notFound = (): AppError => AppError.notFound('litigation case', 'LITIGATION_CASE_NOT_FOUND');
const hearingNotFound = (): AppError => AppError.notFound('hearing', 'HEARING_NOT_FOUND');

/**
 * Lawsuits against the district's agencies (行政应诉), their hearings and judgments. Scheduling,
 * rescheduling and cancelling a hearing re-plan its reminder letters in the same transaction.
 * A liaison sees only their own agency's lawsuits; any other answers 404.
 */
@Injectable()
export class LitigationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateLitigationCaseDto): Promise<LitigationCaseView> {
    notAfter('filedOn', dto.filedOn, this.clock.today(), 'today');
    return this.dataSource.transaction(async (em) => {
      if (!(await em.existsBy(AgencyEntity, { id: dto.defendantAgencyId }))) {
        throw AppError.invalidField('defendantAgencyId', 'UNKNOWN_AGENCY', 'no agency has this id');
      }
      if (
        dto.reconsiderationCaseId &&
        !(await em.existsBy(CaseEntity, { id: dto.reconsiderationCaseId }))
      ) {
        throw AppError.invalidField('reconsiderationCaseId', 'UNKNOWN_CASE', 'no case has this id');
      }
      // ON CONFLICT rather than a look-up first: two registrations of one court case number at
      // once would both pass a look-up, and the unique key would fail the second with a 500.
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(LitigationCaseEntity)
        .values({
          court: dto.court,
          courtCaseNumber: dto.courtCaseNumber,
          plaintiff: dto.plaintiff,
          defendantAgencyId: dto.defendantAgencyId,
          cause: dto.cause,
          reconsiderationCaseId: dto.reconsiderationCaseId ?? null,
          filedOn: dto.filedOn,
          judgment: null,
          judgedOn: null,
          createdBy: actor.id,
          version: 1,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) {
        throw AppError.conflict(
          'LITIGATION_CASE_EXISTS',
          `${dto.courtCaseNumber} is registered already`,
        );
      }
      const saved = await em.findOneByOrFail(LitigationCaseEntity, { id });
      const v = caseView(saved, []);
      await this.audit.record(em, actor, {
        action: 'litigation.created',
        entityType: 'litigation_case',
        entityId: saved.id,
        after: v,
      });
      return v;
    });
  }

  async list(actor: Actor, q: ListLitigationCasesQuery): Promise<Page<LitigationCaseView>> {
    // A forged cursor answers 400, not a failed query (decodeCursor checks the date).
    const after = decodeCursor(q.cursor, ['date', 'uuid']);
    const qb = this.dataSource
      .getRepository(LitigationCaseEntity)
      .createQueryBuilder('l')
      .orderBy('l.filedOn', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(q.limit + 1);
    const own = scopeOf(actor).agencyId;
    if (own) qb.andWhere('l.defendantAgencyId = :own', { own });
    if (q.agencyId) qb.andWhere('l.defendantAgencyId = :agencyId', { agencyId: q.agencyId });
    if (after) qb.andWhere('(l.filedOn, l.id) < (:on, :id)', { on: after[0], id: after[1] });
    const rows = await qb.getMany();
    const hearings = rows.length
      ? await this.dataSource
          .getRepository(HearingEntity)
          .createQueryBuilder('h')
          .where('h.litigationCaseId IN (:...ids)', { ids: rows.map((r) => r.id) })
          .orderBy('h.scheduledAt')
          .getMany()
      : [];
    return toPage(
      rows,
      q.limit,
      (l) => [l.filedOn, l.id],
      (l) =>
        caseView(
          l,
          hearings.filter((h) => h.litigationCaseId === l.id),
        ),
    );
  }

  async get(actor: Actor, id: string): Promise<LitigationCaseView> {
    const em = this.dataSource.manager;
    const l = await this.visible(em, actor, id);
    return caseView(l, await this.hearingsOf(em, id));
  }

  async scheduleHearing(actor: Actor, id: string, dto: ScheduleHearingDto): Promise<HearingView> {
    const result = await this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id, true);
      const saved = await em.save(
        em.create(HearingEntity, {
          litigationCaseId: l.id,
          scheduledAt: new Date(dto.scheduledAt),
          court: dto.court,
          courtroom: dto.courtroom,
          status: HearingStatus.SCHEDULED,
          headAttended: null,
          attendeeName: null,
          attendeeTitle: null,
          attendanceRecordedAt: null,
          version: 1,
        }),
      );
      const letters = await this.reminders.plan(em, saved, l.defendantAgencyId);
      const v = hearingView(saved);
      await this.audit.record(em, actor, {
        action: 'hearing.scheduled',
        entityType: 'hearing',
        entityId: saved.id,
        after: { ...v, lettersPlanned: letters },
      });
      return v;
    });
    this.reminders.wake();
    return result;
  }

  async updateHearing(
    actor: Actor,
    id: string,
    hearingId: string,
    dto: UpdateHearingDto,
  ): Promise<HearingView> {
    const result = await this.changeHearing(actor, id, hearingId, async (em, l, h) => {
      if (h.status === HearingStatus.CANCELLED) {
        throw AppError.conflict('HEARING_CANCELLED', 'This hearing has been cancelled');
      }
      await this.reminders.cancelPending(em, h.id);
      if (dto.status === HearingStatus.CANCELLED) {
        return { status: HearingStatus.CANCELLED, action: 'hearing.cancelled' };
      }
      const scheduledAt = dto.scheduledAt ? new Date(dto.scheduledAt) : h.scheduledAt;
      await this.reminders.plan(em, { id: h.id, scheduledAt }, l.defendantAgencyId);
      return {
        scheduledAt,
        ...(dto.courtroom ? { courtroom: dto.courtroom } : {}),
        action: 'hearing.rescheduled',
      };
    });
    this.reminders.wake();
    return result;
  }

  recordAttendance(
    actor: Actor,
    id: string,
    hearingId: string,
    dto: AttendanceDto,
  ): Promise<HearingView> {
    return this.changeHearing(actor, id, hearingId, (_em, _l, h) => {
      if (h.status === HearingStatus.CANCELLED) {
        throw AppError.conflict('HEARING_CANCELLED', 'This hearing has been cancelled');
      }
      if (h.scheduledAt.getTime() > this.clock.now().getTime()) {
        throw AppError.conflict('HEARING_NOT_HELD', 'Attendance is recorded after the hearing');
      }
      return Promise.resolve({
        headAttended: dto.headAttended,
        attendeeName: dto.attendeeName,
        attendeeTitle: dto.attendeeTitle,
        attendanceRecordedAt: this.clock.now(),
        action: 'hearing.attendance_recorded',
      });
    });
  }

  async judgment(actor: Actor, id: string, dto: JudgmentDto): Promise<LitigationCaseView> {
    return this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id, true);
      if (l.judgment !== null) {
        throw AppError.conflict('LITIGATION_CONCLUDED', 'This lawsuit has been concluded already');
      }
      notAfter('judgedOn', dto.judgedOn, this.clock.today(), 'today');
      if (dto.judgedOn < l.filedOn) {
        throw AppError.invalidField('judgedOn', 'DATE_OUT_OF_ORDER', 'judgedOn is before filedOn');
      }
      await em.update(
        LitigationCaseEntity,
        { id },
        { judgment: dto.outcome, judgedOn: dto.judgedOn, version: l.version + 1 },
      );
      const saved = { ...l, judgment: dto.outcome, judgedOn: dto.judgedOn, version: l.version + 1 };
      await this.audit.record(em, actor, {
        action: 'litigation.judged',
        entityType: 'litigation_case',
        entityId: id,
        before: { judgment: null },
        after: { judgment: dto.outcome, judgedOn: dto.judgedOn },
      });
      return caseView(saved, await this.hearingsOf(em, id));
    });
  }

  private async changeHearing(
    actor: Actor,
    id: string,
    hearingId: string,
    change: (
      em: EntityManager,
      l: LitigationCaseEntity,
      h: HearingEntity,
    ) => Promise<Partial<HearingEntity> & { action: string }>,
  ): Promise<HearingView> {
    return this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id);
      const h = await em.findOne(HearingEntity, {
        where: { id: hearingId, litigationCaseId: l.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!h) throw hearingNotFound();
      const before = hearingView(h);
      const { action, ...set } = await change(em, l, h);
      const saved = { ...h, ...set, version: h.version + 1 };
      await em.update(HearingEntity, { id: h.id }, { ...set, version: saved.version });
      const after = hearingView(saved);
      await this.audit.record(em, actor, {
        action,
        entityType: 'hearing',
        entityId: h.id,
        before,
        after,
      });
      return after;
    });
  }

  /** The lawsuit if `actor` may see it (404 otherwise); `lock` for writes. */
  private async visible(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<LitigationCaseEntity> {
    const l = await em.findOne(LitigationCaseEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!l) throw notFound();
    assertVisible(actor, { agencyId: l.defendantAgencyId }, notFound);
    return l;
  }

  private hearingsOf(em: EntityManager, id: string): Promise<HearingEntity[]> {
    return em.find(HearingEntity, {
      where: { litigationCaseId: id },
      order: { scheduledAt: 'ASC' },
    });
  }
}
