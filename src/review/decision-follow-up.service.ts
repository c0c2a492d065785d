import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { CaseEntity } from '../cases/case.entity';
import { CaseWorkflow, TransitionChange, TransitionContext } from '../cases/case-workflow';
import { CaseView } from '../cases/dto/case.view';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { AppError } from '../common/app-error';
import { DecisionEntity } from './decision.entity';
import { DecisionStatus } from './decision.enums';
import { RecordPerformanceDto, ServeDecisionDto } from './dto/decision-follow-up.dto';
import { checkPerformanceReport, decisionService } from './rules/follow-up.rules';

/** The approved decision of a DECIDED case (the transition table admits no other status). */
export async function approvedDecision(em: EntityManager, caseId: string): Promise<DecisionEntity> {
  const d = await em.findOneBy(DecisionEntity, { caseId, status: DecisionStatus.APPROVED });
  if (!d) throw AppError.notFound('decision', 'DECISION_NOT_FOUND');
  return d;
}

/**
 * The decision served, in effect from that day (Art. 75 ¶2), with the respondent's last day to
 * perform it: what `POST /cases/:id/decision/service` records, and serving the 决定书 (documents/).
 */
export async function serveDecisionChange(
  c: CaseEntity,
  ctx: TransitionContext,
  dto: ServeDecisionDto,
): Promise<TransitionChange> {
  const d = await approvedDecision(ctx.em, c.id);
  const served = decisionService(ctx.cal, d, dto, ctx.today);
  await ctx.em.update(DecisionEntity, { id: d.id, servedOn: IsNull() }, served);
  return {
    data: {
      decisionId: d.id,
      ...served,
      // The due day was computed from remakeWithinDays (Art. 64), not entered.
      performanceDueDefaulted:
        dto.performanceDueOn === undefined && served.performanceDueOn !== null,
    },
  };
}

/**
 * After the decision (ARL 2023 Arts. 75, 77–78): its service, from which it is in effect, with the
 * day the respondent must have performed it by, and the respondent's report of performance. Both
 * are records of a closed case (DECIDED stays DECIDED); the PERFORMANCE alert
 * (AlertsService.raise) watches the day until the report comes.
 */
@Injectable()
export class DecisionFollowUpService {
  constructor(
    /** SERVE_DECISION and RECORD_PERFORMANCE, on a DECIDED case only. */
    private readonly cases: CaseWorkflow,
  ) {}

  serve(actor: Actor, caseId: string, dto: ServeDecisionDto): Promise<CaseView> {
    return this.cases.change(actor, caseId, CaseEvent.SERVE_DECISION, (c, ctx) =>
      serveDecisionChange(c, ctx, dto),
    );
  }

  recordPerformance(actor: Actor, caseId: string, dto: RecordPerformanceDto): Promise<CaseView> {
    return this.cases.change(actor, caseId, CaseEvent.RECORD_PERFORMANCE, async (c, ctx) => {
      const d = await approvedDecision(ctx.em, c.id);
      checkPerformanceReport(d, dto.reportedOn, ctx.today);
      await ctx.em.update(
        DecisionEntity,
        { id: d.id, performanceReportedOn: IsNull() },
        { performanceReportedOn: dto.reportedOn },
      );
      return {
        data: {
          decisionId: d.id,
          reportedOn: dto.reportedOn,
          performanceDueOn: d.performanceDueOn,
          // Reported after the day it was due (Art. 77 ¶2: 拖延履行).
          late: d.performanceDueOn !== null && dto.reportedOn > d.performanceDueOn,
          ...(dto.summary === undefined ? {} : { summary: dto.summary }),
        },
      };
    });
  }
}
