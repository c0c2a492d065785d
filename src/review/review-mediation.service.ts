import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { CalendarExceptions } from '../calendar/rules/working-days.rules';
import { CaseWorkflow } from '../cases/case-workflow';
import { CaseEntity } from '../cases/case.entity';
import { Outcome } from '../cases/case.enums';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { AppError } from '../common/app-error';
import { LocalDate } from '../common/local-date';
import {
  ReviewMediationOutcomeDto,
  ReviewMediationView,
  StartReviewMediationDto,
} from './dto/review-mediation.dto';
import { ReviewMediationStatus } from './proceedings.enums';
import { ReviewMediationEntity } from './review-mediation.entity';
import { resumption } from './rules/review.rules';
import { SuspensionEntity } from './suspension.entity';

export function toReviewMediationView(m: ReviewMediationEntity): ReviewMediationView {
  return {
    id: m.id,
    caseId: m.caseId,
    startedOn: m.startedOn,
    status: m.status,
    agreement: m.agreement,
    effectiveOn: m.effectiveOn,
    endedOn: m.endedOn,
    endReason: m.endReason,
    createdBy: m.createdBy,
    createdAt: m.createdAt.toISOString(),
  };
}

/** IN_EFFECT takes the 调解书's fields, FAILED and RETRACTED the end's: the other pair is refused. */
function checkOutcomeFields(dto: ReviewMediationOutcomeDto): void {
  const inEffect = dto.outcome === ReviewMediationStatus.IN_EFFECT;
  const refused = inEffect
    ? (['endedOn', 'reason'] as const)
    : (['agreement', 'effectiveOn'] as const);
  for (const field of refused) {
    if (dto[field] !== undefined) {
      throw AppError.invalidField(
        field,
        'NOT_ALLOWED',
        `${field} is given only with ${inEffect ? 'FAILED or RETRACTED' : 'IN_EFFECT'}`,
      );
    }
  }
}

/**
 * A suspension in force ends with the case on the day the 调解书 takes effect, as a termination
 * ends it (ReviewService.terminate): its row is closed that day; and, as a resumption counts them
 * (review.rules `resumption`), its days join the suspended days and move the decision deadline, so
 * a case mediated while suspended is on time as its clock stood still (statistics, 按期结案).
 */
async function endSuspension(
  em: EntityManager,
  cal: CalendarExceptions,
  c: CaseEntity,
  on: LocalDate,
): Promise<{ set: Partial<CaseEntity>; data: Record<string, unknown> }> {
  const since = c.suspendedOn!;
  await em.update(
    SuspensionEntity,
    { caseId: c.id, suspendedOn: since, resumedOn: IsNull() },
    { resumedOn: on },
  );
  const { days, suspendedDays, decisionDueOn } = resumption(cal, c, since, on);
  return {
    set: { suspendedOn: null, suspendedDays, decisionDueOn },
    data: { suspensionEnded: { suspendedOn: since, endedOn: on, days } },
  };
}

/**
 * Mediation during the review (行政复议调解, ARL 2023 Arts. 5, 73), under review or suspended, one
 * open at a time (409 REVIEW_MEDIATION_OPEN; the unique index `review_mediations_one_open_idx`
 * backs it). Its 调解书 in effect closes the case as REVIEW_MEDIATED (调解结案, concludedOn its
 * effective day); no agreement (FAILED), or a party backing out before it took effect (RETRACTED),
 * leaves the case in review, where the organ decides (Art. 73 ¶2), and another mediation may
 * start. The only writer of `review_mediations`.
 *
 * Settlement (和解, Art. 74) is not recorded here: it ends with the applicant's withdrawal, a
 * termination with the reason SETTLED (ReviewService.terminate).
 */
@Injectable()
export class ReviewMediationService {
  constructor(
    private readonly dataSource: DataSource,
    /** START_REVIEW_MEDIATION, END_REVIEW_MEDIATION, REVIEW_MEDIATION_IN_EFFECT. */
    private readonly cases: CaseWorkflow,
  ) {}

  async start(
    actor: Actor,
    caseId: string,
    dto: StartReviewMediationDto,
  ): Promise<ReviewMediationView> {
    let m!: ReviewMediationEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.START_REVIEW_MEDIATION,
      async (c, { em, today }) => {
        const open = await em.findOneBy(ReviewMediationEntity, {
          caseId: c.id,
          status: ReviewMediationStatus.OPEN,
        });
        if (open) {
          throw AppError.conflict(
            'REVIEW_MEDIATION_OPEN',
            `This case has a mediation in progress, started on ${open.startedOn}`,
          );
        }
        const last = await em.findOne(ReviewMediationEntity, {
          where: { caseId: c.id, endedOn: Not(IsNull()) },
          order: { endedOn: 'DESC' },
        });
        withinRange(
          'startedOn',
          dto.startedOn,
          last?.endedOn ?? c.acceptedOn!,
          last ? 'the end of the last mediation' : 'acceptedOn',
          today,
        );
        m = await em.save(
          em.create(ReviewMediationEntity, {
            caseId: c.id,
            startedOn: dto.startedOn,
            status: ReviewMediationStatus.OPEN,
            agreement: null,
            effectiveOn: null,
            endedOn: null,
            endReason: null,
            createdBy: actor.id,
          }),
        );
        return { data: { mediationId: m.id, startedOn: dto.startedOn } };
      },
    );
    return toReviewMediationView(m);
  }

  async conclude(
    actor: Actor,
    caseId: string,
    dto: ReviewMediationOutcomeDto,
  ): Promise<ReviewMediationView> {
    checkOutcomeFields(dto);
    const inEffect = dto.outcome === ReviewMediationStatus.IN_EFFECT;
    const event = inEffect ? CaseEvent.REVIEW_MEDIATION_IN_EFFECT : CaseEvent.END_REVIEW_MEDIATION;
    let m!: ReviewMediationEntity;
    await this.cases.apply(actor, caseId, event, async (c, { em, cal, today }) => {
      const open = await em.findOneBy(ReviewMediationEntity, {
        caseId: c.id,
        status: ReviewMediationStatus.OPEN,
      });
      if (!open) {
        throw AppError.conflict(
          'NO_OPEN_REVIEW_MEDIATION',
          'This case has no mediation in progress',
        );
      }
      if (!inEffect) {
        withinRange('endedOn', dto.endedOn!, open.startedOn, 'the start of mediation', today);
        const ended = { status: dto.outcome, endedOn: dto.endedOn!, endReason: dto.reason! };
        await em.update(ReviewMediationEntity, { id: open.id }, ended);
        m = { ...open, ...ended };
        return {
          data: {
            mediationId: open.id,
            outcome: dto.outcome,
            endedOn: dto.endedOn,
            reason: dto.reason,
          },
        };
      }
      // In effect on the day the last party signed and the organ sealed it; a suspension in force
      // began before that day and ends on it.
      const suspended = c.suspendedOn !== null && c.suspendedOn > open.startedOn;
      withinRange(
        'effectiveOn',
        dto.effectiveOn!,
        suspended ? c.suspendedOn! : open.startedOn,
        suspended ? 'suspendedOn' : 'the start of mediation',
        today,
      );
      const effective = {
        status: ReviewMediationStatus.IN_EFFECT,
        agreement: dto.agreement!,
        effectiveOn: dto.effectiveOn!,
      };
      await em.update(ReviewMediationEntity, { id: open.id }, effective);
      m = { ...open, ...effective };
      const suspension =
        c.suspendedOn === null ? null : await endSuspension(em, cal, c, dto.effectiveOn!);
      return {
        set: {
          outcome: Outcome.REVIEW_MEDIATED,
          concludedOn: dto.effectiveOn!,
          ...suspension?.set,
        },
        data: {
          mediationId: open.id,
          outcome: dto.outcome,
          effectiveOn: dto.effectiveOn,
          ...suspension?.data,
        },
      };
    });
    return toReviewMediationView(m);
  }

  /** The case's mediations during review, in the order they began. */
  async list(actor: Actor, caseId: string): Promise<ReviewMediationView[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const mediations = await this.dataSource.getRepository(ReviewMediationEntity).find({
      where: { caseId },
      order: { startedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return mediations.map(toReviewMediationView);
  }
}
