import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { CaseWorkflow } from '../cases/case-workflow';
import { Procedure } from '../cases/case.enums';
import { CaseEntity } from '../cases/case.entity';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { AppError } from '../common/app-error';
import { CommitteeConsultationEntity } from './committee-consultation.entity';
import {
  CommitteeOpinionDto,
  CommitteeReferralView,
  FormalHearingView,
  RecordFormalHearingDto,
  RecordViewsDto,
  ReferToCommitteeDto,
  ReviewWarningsView,
  ScheduleFormalHearingDto,
  ViewsHeardView,
} from './dto/proceedings.dto';
import { FormalHearingEntity } from './formal-hearing.entity';
import { FormalHearingStatus } from './proceedings.enums';
import {
  checkFormalHearingNotice,
  checkFormalHearingRecord,
  ReviewWarning,
  reviewWarnings,
} from './rules/proceedings.rules';
import { ViewsHeardEntity } from './views-heard.entity';

export const formalHearingNotFound = (): AppError =>
  AppError.notFound('formal hearing', 'FORMAL_HEARING_NOT_FOUND');

export const committeeReferralNotFound = (): AppError =>
  AppError.notFound('committee referral', 'COMMITTEE_REFERRAL_NOT_FOUND');

export function toViewsHeardView(v: ViewsHeardEntity): ViewsHeardView {
  return {
    id: v.id,
    caseId: v.caseId,
    heardOn: v.heardOn,
    method: v.method,
    heard: v.heard,
    summary: v.summary,
    recordedBy: v.recordedBy,
    createdAt: v.createdAt.toISOString(),
  };
}

/**
 * A formal hearing as the API shows it. The table has no column for why a hearing was not held:
 * a CANCELLED hearing keeps that reason in `record` (it has no 听证笔录), shown as
 * `cancellationReason`.
 */
export function toFormalHearingView(h: FormalHearingEntity): FormalHearingView {
  const cancelled = h.status === FormalHearingStatus.CANCELLED;
  return {
    id: h.id,
    caseId: h.caseId,
    reason: h.reason,
    noticeServedOn: h.noticeServedOn,
    heldOn: h.heldOn,
    place: h.place,
    matters: h.matters,
    status: h.status,
    respondentHeadAttended: h.respondentHeadAttended,
    respondentAttendeeName: h.respondentAttendeeName,
    respondentAttendeeTitle: h.respondentAttendeeTitle,
    headAbsenceReason: h.headAbsenceReason,
    record: cancelled ? null : h.record,
    cancellationReason: cancelled ? h.record : null,
    createdBy: h.createdBy,
    createdAt: h.createdAt.toISOString(),
  };
}

export function toCommitteeReferralView(r: CommitteeConsultationEntity): CommitteeReferralView {
  return {
    id: r.id,
    caseId: r.caseId,
    ground: r.ground,
    referredOn: r.referredOn,
    opinion: r.opinion,
    opinionOn: r.opinionOn,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * The warnings of the review's proceedings for another service of the review, inside its own
 * transaction: `ReviewProceedings.warnings(ctx.em, c.id, c.procedure)` from a CaseWorkflow
 * `decide` callback (a decision drafted, or approved) reads the case's views heard, formal
 * hearings and committee referrals through that transaction's EntityManager, so it sees what the
 * same transaction wrote, and answers reviewWarnings (rules/proceedings.rules.ts): plain objects
 * `{code, message, ids}`, ready to go into the event's timeline data (`data.warnings`). Under the
 * case's row lock the workflow takes, no proceeding of the case changes meanwhile (each is an
 * event of the case). Reads only.
 */
export const ReviewProceedings = {
  async warnings(
    em: EntityManager,
    caseId: string,
    procedure: Procedure | null,
  ): Promise<ReviewWarning[]> {
    // One after another: a transaction's queries share its one connection.
    const viewsHeard = await em.find(ViewsHeardEntity, {
      select: { id: true, method: true },
      where: { caseId },
    });
    const formalHearings = await em.find(FormalHearingEntity, {
      select: { id: true, heldOn: true, status: true, createdAt: true },
      where: { caseId },
      order: { heldOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const committeeReferrals = await em.find(CommitteeConsultationEntity, {
      select: { id: true, referredOn: true, opinionOn: true, createdAt: true },
      where: { caseId },
      order: { referredOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return reviewWarnings({ procedure, viewsHeard, formalHearings, committeeReferrals });
  },
};

/**
 * The review's proceedings under the 2023 law: the parties' views heard (Art. 49), formal
 * hearings noticed and recorded (听证, Arts. 50–51), referrals to the reconsideration committee
 * and its opinions (Art. 52), and the warnings they leave for the decision (Art. 61 ¶¶2–3). The
 * only writer of `case_views_heard`, `case_formal_hearings` and `committee_consultations`; every
 * write is an event of the case (CaseWorkflow: under review or suspended, its timeline row).
 */
@Injectable()
export class ProceedingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseWorkflow,
  ) {}

  /** The parties' views heard and recorded (Art. 49): heardOn between acceptance and today. */
  async recordViews(actor: Actor, caseId: string, dto: RecordViewsDto): Promise<ViewsHeardView> {
    let views!: ViewsHeardEntity;
    await this.cases.apply(actor, caseId, CaseEvent.RECORD_VIEWS, async (c, { em, today }) => {
      withinRange('heardOn', dto.heardOn, c.acceptedOn!, 'acceptedOn', today);
      views = await em.save(
        em.create(ViewsHeardEntity, {
          caseId: c.id,
          heardOn: dto.heardOn,
          method: dto.method,
          heard: dto.heard,
          summary: dto.summary,
          recordedBy: actor.id,
        }),
      );
      return {
        data: {
          viewsId: views.id,
          heardOn: dto.heardOn,
          method: dto.method,
          heard: dto.heard,
          summary: dto.summary,
        },
      };
    });
    return toViewsHeardView(views);
  }

  async listViews(actor: Actor, caseId: string): Promise<ViewsHeardView[]> {
    await this.visibleCase(actor, caseId);
    const rows = await this.dataSource.getRepository(ViewsHeardEntity).find({
      where: { caseId },
      order: { heardOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toViewsHeardView);
  }

  /**
   * A formal hearing noticed (Arts. 50–51): the notice served between acceptance and today, and
   * at least 5 working days before the hearing (checkFormalHearingNotice: 400 on noticeServedOn).
   */
  async scheduleFormalHearing(
    actor: Actor,
    caseId: string,
    dto: ScheduleFormalHearingDto,
  ): Promise<FormalHearingView> {
    let hearing!: FormalHearingEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.SCHEDULE_FORMAL_HEARING,
      async (c, { em, cal, today }) => {
        withinRange('noticeServedOn', dto.noticeServedOn, c.acceptedOn!, 'acceptedOn', today);
        checkFormalHearingNotice(cal, dto.noticeServedOn, dto.heldOn);
        hearing = await em.save(
          em.create(FormalHearingEntity, {
            caseId: c.id,
            reason: dto.reason,
            noticeServedOn: dto.noticeServedOn,
            heldOn: dto.heldOn,
            place: dto.place,
            matters: dto.matters,
            status: FormalHearingStatus.SCHEDULED,
            respondentHeadAttended: null,
            respondentAttendeeName: null,
            respondentAttendeeTitle: null,
            headAbsenceReason: null,
            record: null,
            createdBy: actor.id,
          }),
        );
        return {
          data: {
            formalHearingId: hearing.id,
            reason: dto.reason,
            noticeServedOn: dto.noticeServedOn,
            heldOn: dto.heldOn,
            place: dto.place,
            matters: dto.matters,
          },
        };
      },
    );
    return toFormalHearingView(hearing);
  }

  /**
   * A formal hearing recorded once (409 FORMAL_HEARING_ALREADY_RECORDED): held, not before its
   * day (409 FORMAL_HEARING_NOT_DUE), with the respondent's attendance (Art. 51 ¶3) and the
   * record; or not held, with the reason.
   */
  async recordFormalHearing(
    actor: Actor,
    caseId: string,
    hearingId: string,
    dto: RecordFormalHearingDto,
  ): Promise<FormalHearingView> {
    let hearing!: FormalHearingEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.RECORD_FORMAL_HEARING,
      async (c, { em, today }) => {
        const found = await em.findOneBy(FormalHearingEntity, { id: hearingId, caseId: c.id });
        if (!found) throw formalHearingNotFound();
        if (found.status !== FormalHearingStatus.SCHEDULED) {
          throw AppError.conflict(
            'FORMAL_HEARING_ALREADY_RECORDED',
            `The formal hearing of ${found.heldOn} is recorded already (${found.status})`,
          );
        }
        checkFormalHearingRecord(dto);
        if (dto.held && found.heldOn > today) {
          throw AppError.conflict(
            'FORMAL_HEARING_NOT_DUE',
            `The formal hearing is held on ${found.heldOn}: it cannot be recorded as held before then`,
          );
        }
        const recorded: Partial<FormalHearingEntity> = dto.held
          ? {
              status: FormalHearingStatus.HELD,
              respondentHeadAttended: dto.respondentHeadAttended!,
              respondentAttendeeName: dto.respondentAttendeeName!,
              respondentAttendeeTitle: dto.respondentAttendeeTitle!,
              headAbsenceReason: dto.headAbsenceReason ?? null,
              record: dto.record!,
            }
          : { status: FormalHearingStatus.CANCELLED, record: dto.reason! };
        await em.update(
          FormalHearingEntity,
          { id: found.id, status: FormalHearingStatus.SCHEDULED },
          recorded,
        );
        hearing = { ...found, ...recorded };
        return {
          data: {
            formalHearingId: found.id,
            heldOn: found.heldOn,
            held: dto.held,
            ...(dto.held
              ? {
                  respondentHeadAttended: dto.respondentHeadAttended,
                  respondentAttendeeName: dto.respondentAttendeeName,
                  respondentAttendeeTitle: dto.respondentAttendeeTitle,
                  ...(dto.headAbsenceReason === undefined
                    ? {}
                    : { headAbsenceReason: dto.headAbsenceReason }),
                  record: dto.record,
                }
              : { reason: dto.reason }),
          },
        };
      },
    );
    return toFormalHearingView(hearing);
  }

  async listFormalHearings(actor: Actor, caseId: string): Promise<FormalHearingView[]> {
    await this.visibleCase(actor, caseId);
    const rows = await this.dataSource.getRepository(FormalHearingEntity).find({
      where: { caseId },
      order: { heldOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toFormalHearingView);
  }

  /** A referral to the committee (Art. 52 ¶2): referredOn between acceptance and today. */
  async referToCommittee(
    actor: Actor,
    caseId: string,
    dto: ReferToCommitteeDto,
  ): Promise<CommitteeReferralView> {
    let referral!: CommitteeConsultationEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.REFER_TO_COMMITTEE,
      async (c, { em, today }) => {
        withinRange('referredOn', dto.referredOn, c.acceptedOn!, 'acceptedOn', today);
        referral = await em.save(
          em.create(CommitteeConsultationEntity, {
            caseId: c.id,
            ground: dto.ground,
            referredOn: dto.referredOn,
            opinion: null,
            opinionOn: null,
            createdBy: actor.id,
          }),
        );
        return {
          data: { referralId: referral.id, ground: dto.ground, referredOn: dto.referredOn },
        };
      },
    );
    return toCommitteeReferralView(referral);
  }

  /**
   * The committee's opinion recorded (Art. 52 ¶3), once (409 COMMITTEE_OPINION_ALREADY_RECORDED):
   * opinionOn between the referral and today.
   */
  async recordCommitteeOpinion(
    actor: Actor,
    caseId: string,
    referralId: string,
    dto: CommitteeOpinionDto,
  ): Promise<CommitteeReferralView> {
    let referral!: CommitteeConsultationEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.RECORD_COMMITTEE_OPINION,
      async (c, { em, today }) => {
        const found = await em.findOneBy(CommitteeConsultationEntity, {
          id: referralId,
          caseId: c.id,
        });
        if (!found) throw committeeReferralNotFound();
        if (found.opinionOn !== null) {
          throw AppError.conflict(
            'COMMITTEE_OPINION_ALREADY_RECORDED',
            `The committee's opinion was recorded already (given on ${found.opinionOn})`,
          );
        }
        withinRange('opinionOn', dto.opinionOn, found.referredOn, 'referredOn', today);
        const recorded = { opinion: dto.opinion, opinionOn: dto.opinionOn };
        await em.update(
          CommitteeConsultationEntity,
          { id: found.id, opinionOn: IsNull() },
          recorded,
        );
        referral = { ...found, ...recorded };
        return {
          data: {
            referralId: found.id,
            ground: found.ground,
            referredOn: found.referredOn,
            opinionOn: dto.opinionOn,
            opinion: dto.opinion,
          },
        };
      },
    );
    return toCommitteeReferralView(referral);
  }

  async listCommitteeReferrals(actor: Actor, caseId: string): Promise<CommitteeReferralView[]> {
    await this.visibleCase(actor, caseId);
    const rows = await this.dataSource.getRepository(CommitteeConsultationEntity).find({
      where: { caseId },
      order: { referredOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toCommitteeReferralView);
  }

  /** The warnings the case's decision would carry now (ReviewProceedings.warnings). */
  async warnings(actor: Actor, caseId: string): Promise<ReviewWarningsView> {
    const c = await this.visibleCase(actor, caseId);
    return {
      caseId: c.id,
      procedure: c.procedure,
      warnings: await ReviewProceedings.warnings(this.dataSource.manager, c.id, c.procedure),
    };
  }

  private async visibleCase(
    actor: Actor,
    caseId: string,
  ): Promise<Pick<CaseEntity, 'id' | 'officeId' | 'procedure'>> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true, procedure: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    return c;
  }
}
