import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { AlertsService } from '../alerts/alerts.service';
import { AppError } from '../common/app-error';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { Outcome } from '../cases/case.enums';
import { CaseWorkflow } from '../cases/case-workflow';
import { withinRange } from '../cases/rules/date-order.rules';
import { isAnswerLate } from '../cases/rules/deadlines.rules';
import { CaseView } from '../cases/dto/case.view';
import { AgencyEntity } from '../organizations/agency.entity';
import { Role } from '../access/role';
import { UserEntity } from '../users/user.entity';
import { DecisionEntity } from './decision.entity';
import { DecisionStatus } from './decision.enums';
import {
  ApprovalDto,
  AssignmentDto,
  DraftDecisionDto,
  ExtensionDto,
  RecommendationLetterDto,
  RecommendationLetterView,
  ResumptionDto,
  SuspensionDto,
  TerminationDto,
} from './dto/review.dto';
import { RecommendationLetterEntity } from './recommendation-letter.entity';
import {
  assertNoPendingDraft,
  assertReviewable,
  extension,
  resumption,
  suspensionEarliest,
  terminationEarliest,
} from './rules/review.rules';
import { SuspensionEntity } from './suspension.entity';

/**
 * Review of an accepted case (审理): assignment, suspension and resumption, extension,
 * termination, the decision with its approval, and recommendation letters.
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

  suspend(actor: Actor, id: string, dto: SuspensionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.SUSPEND, async (c, { em, today }) => {
      const last = await em.findOne(SuspensionEntity, {
        where: { caseId: c.id },
        order: { suspendedOn: 'DESC' },
      });
      const { earliest, name } = suspensionEarliest(c.acceptedOn, last);
      withinRange('suspendedOn', dto.suspendedOn, earliest, name, today);
      await em.insert(SuspensionEntity, {
        caseId: c.id,
        reason: dto.reason,
        suspendedOn: dto.suspendedOn,
        resumedOn: null,
      });
      return { set: { suspendedOn: dto.suspendedOn }, data: { ...dto } };
    });
  }

  resume(actor: Actor, id: string, dto: ResumptionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.RESUME, async (c, { em, cal, today }) => {
      const since = c.suspendedOn!;
      withinRange('resumedOn', dto.resumedOn, since, 'suspendedOn', today);
      await em.update(
        SuspensionEntity,
        { caseId: c.id, suspendedOn: since, resumedOn: IsNull() },
        { resumedOn: dto.resumedOn },
      );
      const { days, suspendedDays, decisionDueOn: due } = resumption(cal, c, since, dto.resumedOn);
      return {
        set: { suspendedOn: null, suspendedDays, decisionDueOn: due },
        data: { suspendedOn: since, resumedOn: dto.resumedOn, days, decisionDueOn: due },
      };
    });
  }

  extend(actor: Actor, id: string, dto: ExtensionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.EXTEND, (c, { cal }) => {
      const { decisionDueOn: due } = extension(cal, c, dto.days);
      return {
        set: { extensionDays: dto.days, decisionDueOn: due },
        data: { reason: dto.reason, days: dto.days, decisionDueOn: due },
      };
    });
  }

  terminate(actor: Actor, id: string, dto: TerminationDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.TERMINATE, async (c, { em, today }) => {
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
        data: { ...dto },
      };
    });
  }

  draftDecision(actor: Actor, id: string, dto: DraftDecisionDto): Promise<CaseView> {
    return this.cases.change(actor, id, CaseEvent.DRAFT_DECISION, async (c, { em, today }) => {
      assertNoPendingDraft(
        await em.existsBy(DecisionEntity, { caseId: c.id, status: DecisionStatus.DRAFT }),
      );
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
        }),
      );
      // Art. 70: no answer in time — the act is deemed to have no evidence or basis.
      const answerLate = isAnswerLate(c, today);
      return { data: { decisionId: d.id, type: dto.type, legalBasis: dto.legalBasis, answerLate } };
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
        await em.update(
          DecisionEntity,
          { id: draft.id },
          { status: DecisionStatus.RETURNED, reviewedBy: actor.id, reviewComment: dto.comment! },
        );
        return { data: { decisionId: draft.id, comment: dto.comment } };
      }
      const decidedOn = dto.decidedOn!;
      withinRange('decidedOn', decidedOn, c.acceptedOn!, 'acceptedOn', today);
      await em.update(
        DecisionEntity,
        { id: draft.id },
        { status: DecisionStatus.APPROVED, reviewedBy: actor.id, decidedOn },
      );
      return {
        set: { outcome: draft.type, concludedOn: decidedOn },
        data: { decisionId: draft.id, type: draft.type, decidedOn },
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
