import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { notAfter } from '../cases/rules/date-order.rules';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { RemindersService } from '../reminders/reminders.service';
import {
  AttendanceDto,
  CourtNoticeDto,
  HearingView,
  ScheduleHearingDto,
  UpdateHearingDto,
} from './dto/litigation.dto';
import { HearingAppearanceEntity } from './hearing-appearance.entity';
import { HearingEntity } from './hearing.entity';
import { HEAD_ROLES, HearingStatus } from './hearing.enums';
import { hearingViews } from './lawsuit-views';
import { Lawsuit, LitigationService } from './litigation.service';
import { headAppearance } from './rules/attendance.rules';

const hearingNotFound = (): AppError => AppError.notFound('hearing', 'HEARING_NOT_FOUND');
const cancelled = (): AppError =>
  AppError.conflict('HEARING_CANCELLED', 'This hearing has been cancelled');

/**
 * The hearings of a lawsuit's current instance, the courts' notices to the defendants' heads and
 * the office's record of who appeared for each (SPC 2020). Scheduling, rescheduling and cancelling
 * re-plan the reminder letters, one set per defendant, in the same transaction.
 */
@Injectable()
export class HearingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lawsuits: LitigationService,
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, id: string, dto: ScheduleHearingDto): Promise<HearingView> {
    const result = await this.dataSource.transaction(async (em) => {
      const l = await this.lawsuits.visible(em, actor, id, true);
      if (l.current.judgment !== null) {
        throw AppError.conflict(
          'LITIGATION_CONCLUDED',
          'The current instance is judged: open the next instance first',
        );
      }
      const saved = await em.save(
        em.create(HearingEntity, {
          litigationCaseId: id,
          instanceId: l.current.id,
          scheduledAt: new Date(dto.scheduledAt),
          court: dto.court,
          courtroom: dto.courtroom,
          status: HearingStatus.SCHEDULED,
          version: 1,
        }),
      );
      await em.insert(
        HearingAppearanceEntity,
        l.defendants.map((agencyId) => ({ hearingId: saved.id, agencyId, version: 1 })),
      );
      const letters = await this.reminders.plan(em, saved, l.defendants);
      await this.lawsuits.bump(em, l.row);
      const v = await this.view(em, l, saved);
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

  async update(
    actor: Actor,
    id: string,
    hearingId: string,
    dto: UpdateHearingDto,
  ): Promise<HearingView> {
    const result = await this.dataSource.transaction(async (em) => {
      const { l, h } = await this.hearing(em, actor, id, hearingId);
      if (h.status === HearingStatus.CANCELLED) throw cancelled();
      const before = await this.view(em, l, h);
      await this.reminders.cancelPending(em, h.id);
      let action: string;
      if (dto.status === HearingStatus.CANCELLED) {
        h.status = HearingStatus.CANCELLED;
        action = 'hearing.cancelled';
      } else {
        if (dto.scheduledAt) h.scheduledAt = new Date(dto.scheduledAt);
        if (dto.courtroom) h.courtroom = dto.courtroom;
        await this.reminders.plan(em, h, l.defendants);
        action = 'hearing.rescheduled';
      }
      h.version += 1;
      await em.update(
        HearingEntity,
        { id: h.id },
        {
          status: h.status,
          scheduledAt: h.scheduledAt,
          courtroom: h.courtroom,
          version: h.version,
        },
      );
      await this.lawsuits.bump(em, l.row);
      const after = await this.view(em, l, h);
      await this.audit.record(em, actor, {
        action,
        entityType: 'hearing',
        entityId: h.id,
        before,
        after,
      });
      return after;
    });
    this.reminders.wake();
    return result;
  }

  /** The court's 出庭通知书 for a defendant's head (SPC 2020 Art. 5 ¶2). */
  recordCourtNotice(
    actor: Actor,
    id: string,
    hearingId: string,
    dto: CourtNoticeDto,
  ): Promise<HearingView> {
    notAfter('servedOn', dto.servedOn, this.clock.today(), 'today');
    return this.changeAppearance(actor, id, hearingId, dto.agencyId, (_h) => ({
      action: 'hearing.court_notice_recorded',
      set: { courtNoticeServedOn: dto.servedOn },
    }));
  }

  /**
   * The office's record of who appeared for one defendant (SPC 2020 Arts. 2, 6, 8–9), after the
   * hearing. Only the office writes it; the liaison's report is the letter's acknowledgement.
   */
  recordAttendance(
    actor: Actor,
    id: string,
    hearingId: string,
    dto: AttendanceDto,
  ): Promise<HearingView> {
    const head = dto.attendeeRole !== null && HEAD_ROLES.includes(dto.attendeeRole);
    if (head && dto.absenceReason !== undefined) {
      throw AppError.invalidField(
        'absenceReason',
        'ABSENCE_WITH_HEAD_PRESENT',
        'A head appeared: there is no absence to excuse',
      );
    }
    if (dto.absenceProof !== undefined && dto.absenceReason === undefined) {
      throw AppError.invalidField(
        'absenceReason',
        'ABSENCE_REASON_REQUIRED',
        'absenceProof proves a reason: give absenceReason',
      );
    }
    const record = {
      attendeeRole: dto.attendeeRole,
      identityProofSubmitted: head && (dto.identityProofSubmitted ?? false),
      absenceReason: dto.absenceReason ?? null,
      absenceProof: dto.absenceProof ?? null,
    };
    return this.changeAppearance(actor, id, hearingId, dto.agencyId, (h) => {
      if (h.scheduledAt.getTime() > this.clock.now().getTime()) {
        throw AppError.conflict('HEARING_NOT_HELD', 'Attendance is recorded after the hearing');
      }
      return {
        action: 'hearing.attendance_recorded',
        set: {
          ...record,
          appearance: headAppearance(record),
          attendeeName: dto.attendeeRole === null ? null : dto.attendeeName!,
          attendeeTitle: dto.attendeeRole === null ? null : dto.attendeeTitle!,
          recordedAt: this.clock.now(),
          recordedBy: actor.id,
        },
      };
    });
  }

  private changeAppearance(
    actor: Actor,
    id: string,
    hearingId: string,
    agencyId: string | undefined,
    change: (h: HearingEntity) => { action: string; set: Partial<HearingAppearanceEntity> },
  ): Promise<HearingView> {
    return this.dataSource.transaction(async (em) => {
      const { l, h } = await this.hearing(em, actor, id, hearingId);
      if (h.status === HearingStatus.CANCELLED) throw cancelled();
      const defendant = agencyId ?? (l.defendants.length === 1 ? l.defendants[0] : undefined);
      if (defendant === undefined) {
        throw AppError.invalidField(
          'agencyId',
          'DEFENDANT_REQUIRED',
          'The lawsuit has several defendants: say which',
        );
      }
      const a = await em.findOne(HearingAppearanceEntity, {
        where: { hearingId, agencyId: defendant },
        lock: { mode: 'pessimistic_write' },
      });
      if (!a) {
        throw AppError.invalidField(
          'agencyId',
          'NOT_A_DEFENDANT',
          'This agency is not a defendant',
        );
      }
      const { action, set } = change(h);
      const before = { ...a };
      await em.update(
        HearingAppearanceEntity,
        { hearingId, agencyId: defendant },
        { ...set, version: a.version + 1 },
      );
      // The appearances are part of the hearing's view: its version moves with them.
      h.version += 1;
      await em.update(HearingEntity, { id: h.id }, { version: h.version });
      await this.lawsuits.bump(em, l.row);
      const v = await this.view(em, l, h);
      await this.audit.record(em, actor, {
        action,
        entityType: 'hearing',
        entityId: h.id,
        before: { agencyId: defendant, ...pick(before, set) },
        after: { agencyId: defendant, ...set },
      });
      return v;
    });
  }

  private async hearing(
    em: EntityManager,
    actor: Actor,
    id: string,
    hearingId: string,
  ): Promise<{ l: Lawsuit; h: HearingEntity }> {
    const l = await this.lawsuits.visible(em, actor, id, true);
    const h = await em.findOne(HearingEntity, {
      where: { id: hearingId, litigationCaseId: id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!h) throw hearingNotFound();
    return { l, h };
  }

  private async view(em: EntityManager, l: Lawsuit, h: HearingEntity): Promise<HearingView> {
    return (await hearingViews(em, [h], () => l.defendants))[0];
  }
}

/** The fields of `row` that `set` changes, as they were. */
const pick = <T extends object>(row: T, set: Partial<T>): Partial<T> =>
  Object.fromEntries(Object.keys(set).map((k) => [k, row[k as keyof T]])) as Partial<T>;
