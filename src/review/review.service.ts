import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { AlertsService } from '../alerts/alerts.service';
import { AppError } from '../common/app-error';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { Outcome, PartyRole } from '../cases/case.enums';
import { CaseWorkflow } from '../cases/case-workflow';
import { withinRange } from '../cases/rules/date-order.rules';
import { isAnswerLate } from '../cases/rules/deadlines.rules';
import { CaseView } from '../cases/dto/case.view';
import { AgencyEntity } from '../organizations/agency.entity';
import { Role } from '../access/role';
import { UserEntity } from '../users/user.entity';
import { PartyEntity } from '../parties/party.entity';
import { CollectiveDiscussionEntity } from './collective-discussion.entity';
import { DecisionEntity } from './decision.entity';
import { DecisionStatus } from './decision.enums';
import {
  ApprovalDto,
  AssignmentDto,
  ConversionDto,
  DraftDecisionDto,
  ExtensionDto,
  RecommendationLetterDto,
  RecommendationLetterView,
  ResumptionDto,
  SuspensionDto,
  TerminationDto,
} from './dto/review.dto';
import { ReviewProceedings } from './proceedings.service';
import { RecommendationLetterEntity } from './recommendation-letter.entity';
import {
  approvalBasis,
  Approver,
  assertMayConvert,
  assertMayExtend,
  assertNoPendingDraft,
  assertReviewable,
  checkDecisionForm,
  checkSuspensionGround,
  checkTermination,
  conversionToOrdinary,
  extension,
  resumption,
  suspensionEarliest,
  terminationEarliest,
} from './rules/review.rules';
import { SuspensionEntity } from './suspension.entity';

/** The fields of `dto` that are given, for the timeline (absent ones stay out of it). */
function given<T extends object, K extends keyof T>(
  dto: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((k) => dto[k] !== undefined).map((k) => [k, dto[k]]),
  ) as Partial<Pick<T, K>>;
}

/**
 * The actor as approver: role and designations as the users table has them now (a designation
 * changed by an administrator counts at once, whatever the actor's token says).
 */
async function approverOf(em: EntityManager, actor: Actor): Promise<Approver> {
  const user = await em.findOne(UserEntity, {
    select: { id: true, role: true, headsOffice: true, headsOrgan: true },
    where: { id: actor.id, active: true },
  });
  return user ?? { role: actor.role, headsOffice: false, headsOrgan: false };
}

/**
 * Review of an accepted case (审理): assignment, suspension and resumption, extension, the switch
 * to the ordinary procedure, termination, the decision with its approval, and recommendation
 * letters. Who approves: src/review/rules/review.rules.ts (Arts. 55, 61, 62).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change of a case goes through it (`change` answers with the case as the actor sees it). */
    private readonly cases: CaseWorkflow,
    private readonly alerts: AlertsService,
  ) {}

  async assign(actor: Actor, id: string, dto: AssignmentDto): Promise<CaseView> {
    const officer = await this.dataSource.getRepository(UserEntity).findOneBy({
      id: dto.officerId,
      role: In([Role.OFFICER, Role.REVIEWER]),
      active: true,
    });
    if (!officer) {
      throw AppError.invalidField('officerId', 'UNKNOWN_OFFICER', 'no active officer has this id');
    }
    return this.cases.change(actor, id, CaseEvent.ASSIGN, async (c, { em }) => {
      // Alerts still open follow the case to its new officer.
      await this.alerts.followCase(em, c.id, officer.id);
      return {
        set: { assignedOfficerId: officer.id },
        data: { officerId: officer.id, officerName: officer.displayName },
      };
    });
  }

  /** Art. 39: on one of its grounds, with the written notice to the parties when served. */
  suspend(actor: Actor, id: string, dto: SuspensionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.SUSPEND, async (c, { em, today }) => {
      checkSuspensionGround(dto);
      const last = await em.findOne(SuspensionEntity, {
        where: { caseId: c.id },
        order: { suspendedOn: 'DESC' },
      });
      const { earliest, name } = suspensionEarliest(c.acceptedOn, last);
      withinRange('suspendedOn', dto.suspendedOn, earliest, name, today);
      if (dto.noticeServedOn !== undefined) {
        withinRange('noticeServedOn', dto.noticeServedOn, dto.suspendedOn, 'suspendedOn', today);
      }
      await em.insert(SuspensionEntity, {
        caseId: c.id,
        ground: dto.ground,
        reason: dto.reason,
        noticeServedOn: dto.noticeServedOn ?? null,
        suspendedOn: dto.suspendedOn,
        resumedOn: null,
      });
      return { set: { suspendedOn: dto.suspendedOn }, data: { ...dto } };
    });
  }

  /** Art. 39 ¶2–3: resumed once the cause is gone, with the written notice when served. */
  resume(actor: Actor, id: string, dto: ResumptionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.RESUME, async (c, { em, cal, today }) => {
      const since = c.suspendedOn!;
      withinRange('resumedOn', dto.resumedOn, since, 'suspendedOn', today);
      if (dto.noticeServedOn !== undefined) {
        withinRange('noticeServedOn', dto.noticeServedOn, dto.resumedOn, 'resumedOn', today);
      }
      await em.update(
        SuspensionEntity,
        { caseId: c.id, suspendedOn: since, resumedOn: IsNull() },
        { resumedOn: dto.resumedOn, resumptionNoticeServedOn: dto.noticeServedOn ?? null },
      );
      const { days, suspendedDays, decisionDueOn: due } = resumption(cal, c, since, dto.resumedOn);
      return {
        set: { suspendedOn: null, suspendedDays, decisionDueOn: due },
        data: {
          suspendedOn: since,
          resumedOn: dto.resumedOn,
          days,
          decisionDueOn: due,
          ...given(dto, ['noticeServedOn']),
        },
      };
    });
  }

  /** Art. 62 ¶1: approved by the head of the office, the parties told in writing. */
  extend(actor: Actor, id: string, dto: ExtensionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.EXTEND, async (c, { em, cal, today }) => {
      assertMayExtend(await approverOf(em, actor));
      const { decisionDueOn: due } = extension(cal, c, dto.days);
      if (dto.noticeServedOn !== undefined) {
        withinRange('noticeServedOn', dto.noticeServedOn, c.acceptedOn!, 'acceptedOn', today);
      }
      return {
        set: { extensionDays: dto.days, decisionDueOn: due },
        data: {
          reason: dto.reason,
          days: dto.days,
          decisionDueOn: due,
          ...given(dto, ['noticeServedOn']),
        },
      };
    });
  }

  /**
   * Simplified → ordinary (Art. 55), approved by the head of the office: the decision deadline
   * and the answer clocks still running are recomputed (conversionToOrdinary).
   */
  convert(actor: Actor, id: string, dto: ConversionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.CONVERT_TO_ORDINARY, async (c, ctx) => {
      assertMayConvert(await approverOf(ctx.em, actor));
      const conversion = conversionToOrdinary(ctx.cal, c);
      withinRange('convertedOn', dto.convertedOn, c.acceptedOn!, 'acceptedOn', ctx.today);
      return {
        set: { ...conversion, convertedToOrdinaryOn: dto.convertedOn },
        data: {
          convertedOn: dto.convertedOn,
          reason: dto.reason,
          from: c.procedure,
          to: conversion.procedure,
          previousDecisionDueOn: c.decisionDueOn,
          ...conversion,
        },
      };
    });
  }

  /** Art. 41 (checkTermination): the reasons, who allows a withdrawal, a lapsed suspension. */
  terminate(actor: Actor, id: string, dto: TerminationDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.TERMINATE, async (c, { em, today }) => {
      const suspension = c.suspendedOn
        ? await em.findOneBy(SuspensionEntity, { caseId: c.id, resumedOn: IsNull() })
        : null;
      checkTermination(dto, actor.role, suspension);
      const { earliest, name } = terminationEarliest(c);
      withinRange('concludedOn', dto.concludedOn, earliest, name, today);
      // A suspension in force ends with the case.
      await em.update(
        SuspensionEntity,
        { caseId: c.id, resumedOn: IsNull() },
        { resumedOn: dto.concludedOn },
      );
      return {
        set: {
          outcome: Outcome.TERMINATED,
          terminationReason: dto.reason,
          concludedOn: dto.concludedOn,
          suspendedOn: null,
        },
        data: { ...dto, ...(suspension ? { suspensionGround: suspension.ground } : {}) },
      };
    });
  }

  draftDecision(actor: Actor, id: string, dto: DraftDecisionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.DRAFT_DECISION, async (c, { em, today }) => {
      assertNoPendingDraft(
        await em.existsBy(DecisionEntity, { caseId: c.id, status: DecisionStatus.DRAFT }),
      );
      checkDecisionForm(dto, {
        actType: c.actType,
        hasThirdParty:
          dto.thirdPartyContraryRequest === true &&
          (await em.existsBy(PartyEntity, { caseId: c.id, role: PartyRole.THIRD_PARTY })),
      });
      const d = await em.save(
        em.create(DecisionEntity, {
          caseId: c.id,
          type: dto.type,
          reasoning: dto.reasoning,
          legalBasis: dto.legalBasis,
          status: DecisionStatus.DRAFT,
          draftedBy: actor.id,
          reviewedBy: null,
          reviewComment: null,
          decidedOn: null,
          remakeWithinDays: dto.remakeWithinDays ?? null,
          agreementRuling: dto.agreementRuling ?? null,
          compensationRuling: dto.compensationRuling ?? null,
          compensationAmountYuan: dto.compensationAmountYuan ?? null,
        }),
      );
      // Art. 70: no answer in time — the act is deemed to have no evidence or basis.
      const answerLate = isAnswerLate(c, today);
      // Arts. 49–52, 61 ¶¶2–3: what the proceedings leave undone, for the drafter and approver.
      const warnings = await ReviewProceedings.warnings(em, c.id, c.procedure);
      return {
        data: {
          decisionId: d.id,
          type: dto.type,
          legalBasis: dto.legalBasis,
          answerLate,
          warnings,
          // Art. 63 ¶2 (the drafter's confirmation), 64, 71, 72: as drafted.
          ...given(dto, [
            'remakeWithinDays',
            'notLessFavourable',
            'thirdPartyContraryRequest',
            'agreementRuling',
            'compensationRuling',
            'compensationAmountYuan',
          ]),
        },
      };
    });
  }

  review(actor: Actor, id: string, dto: ApprovalDto): Promise<CaseView> {
    const event = dto.approved ? CaseEvent.APPROVE_DECISION : CaseEvent.REJECT_DECISION;
    return this.cases.change(actor, id, event, async (c, { em, today }) => {
      const draft = await em.findOneBy(DecisionEntity, {
        caseId: c.id,
        status: DecisionStatus.DRAFT,
      });
      assertReviewable(draft, actor.id);
      if (!dto.approved) {
        if (dto.collectiveDiscussionId !== undefined) {
          throw AppError.invalidField(
            'collectiveDiscussionId',
            'NOT_ALLOWED',
            'collectiveDiscussionId is given only with an approval',
          );
        }
        await em.update(
          DecisionEntity,
          { id: draft.id },
          { status: DecisionStatus.RETURNED, reviewedBy: actor.id, reviewComment: dto.comment! },
        );
        return { data: { decisionId: draft.id, comment: dto.comment } };
      }
      const discussion =
        dto.collectiveDiscussionId === undefined
          ? null
          : await em.findOneBy(CollectiveDiscussionEntity, {
              id: dto.collectiveDiscussionId,
              caseId: c.id,
            });
      if (dto.collectiveDiscussionId !== undefined && !discussion) {
        throw AppError.invalidField(
          'collectiveDiscussionId',
          'UNKNOWN_DISCUSSION',
          'no collective discussion of this case has this id',
        );
      }
      const basis = approvalBasis(
        await approverOf(em, actor),
        discussion && {
          id: discussion.id,
          heldOn: discussion.heldOn,
          recordedAt: discussion.createdAt,
        },
        draft,
      );
      const decidedOn = dto.decidedOn!;
      if (discussion && discussion.heldOn > c.acceptedOn!) {
        withinRange('decidedOn', decidedOn, discussion.heldOn, 'the collective discussion', today);
      } else {
        withinRange('decidedOn', decidedOn, c.acceptedOn!, 'acceptedOn', today);
      }
      await em.update(
        DecisionEntity,
        { id: draft.id },
        { status: DecisionStatus.APPROVED, reviewedBy: actor.id, decidedOn, ...basis },
      );
      const warnings = await ReviewProceedings.warnings(em, c.id, c.procedure);
      return {
        set: { outcome: draft.type, concludedOn: decidedOn },
        data: { decisionId: draft.id, type: draft.type, decidedOn, ...basis, warnings },
      };
    });
  }

  async issueLetter(
    actor: Actor,
    id: string,
    dto: RecommendationLetterDto,
  ): Promise<RecommendationLetterView> {
    if (!(await this.dataSource.getRepository(AgencyEntity).existsBy({ id: dto.agencyId }))) {
      throw AppError.invalidField('agencyId', 'UNKNOWN_AGENCY', 'no agency has this id');
    }
    let letter!: RecommendationLetterEntity;
    await this.cases.apply(actor, id, CaseEvent.ISSUE_RECOMMENDATION, async (c, { em, today }) => {
      withinRange('issuedOn', dto.issuedOn, c.receivedOn, 'receivedOn', today);
      letter = await em.save(
        em.create(RecommendationLetterEntity, { ...dto, caseId: c.id, issuedBy: actor.id }),
      );
      return {
        data: {
          letterId: letter.id,
          kind: dto.kind,
          agencyId: dto.agencyId,
          issuedOn: dto.issuedOn,
        },
      };
    });
    const { caseId, kind, agencyId, issuedOn, content } = letter;
    return { id: letter.id, caseId, kind, agencyId, issuedOn, content };
  }
}
