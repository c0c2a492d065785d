import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AppError } from '../common/app-error';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { Outcome } from '../cases/case.enums';
import { CaseWorkflow } from '../cases/case-workflow';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseView } from '../cases/dto/case.view';
import {
  MediationOutcomeDto,
  RecordMediationSessionDto,
  StartPreMediationDto,
} from './dto/mediation.dto';
import { MediationSessionEntity } from './mediation-session.entity';
import { PreMediationEntity } from './pre-mediation.entity';
import { MediationStatus } from './pre-mediation.enums';

/**
 * Pre-case mediation (案前调解): tried before acceptance. Success closes the case as MEDIATED;
 * failure returns it to RECEIVED with its acceptance deadline unchanged.
 */
@Injectable()
export class MediationService {
  constructor(private readonly workflow: CaseWorkflow) {}

  async start(actor: Actor, caseId: string, dto: StartPreMediationDto): Promise<CaseView> {
    return this.workflow.change(actor, caseId, CaseEvent.START_PRE_MEDIATION, async (c, ctx) => {
      const startedOn = dto.startedOn ?? ctx.today;
      withinRange('startedOn', startedOn, c.receivedOn, 'receivedOn', ctx.today);
      const m = await ctx.em.save(
        ctx.em.create(PreMediationEntity, {
          caseId,
          mediatorName: dto.mediatorName,
          startedOn,
          status: MediationStatus.OPEN,
          concludedOn: null,
          agreement: null,
        }),
      );
      return { data: { mediationId: m.id, mediatorName: dto.mediatorName, startedOn } };
    });
  }

  async recordSession(
    actor: Actor,
    caseId: string,
    dto: RecordMediationSessionDto,
  ): Promise<CaseView> {
    return this.workflow.change(
      actor,
      caseId,
      CaseEvent.RECORD_MEDIATION_SESSION,
      async (c, ctx) => {
        const m = await openMediation(ctx.em, caseId);
        withinRange('heldOn', dto.heldOn, m.startedOn, 'the start of mediation', ctx.today);
        const s = await ctx.em.save(
          ctx.em.create(MediationSessionEntity, {
            mediationId: m.id,
            heldOn: dto.heldOn,
            summary: dto.summary,
            recordedBy: actor.id,
          }),
        );
        return { data: { mediationId: m.id, sessionId: s.id, heldOn: dto.heldOn } };
      },
    );
  }

  async conclude(actor: Actor, caseId: string, dto: MediationOutcomeDto): Promise<CaseView> {
    const succeeded = dto.outcome === 'SUCCEEDED';
    const event = succeeded ? CaseEvent.PRE_MEDIATION_SUCCEEDED : CaseEvent.PRE_MEDIATION_FAILED;
    return this.workflow.change(actor, caseId, event, async (c, ctx) => {
      const m = await openMediation(ctx.em, caseId);
      withinRange('concludedOn', dto.concludedOn, m.startedOn, 'the start of mediation', ctx.today);
      await ctx.em.update(
        PreMediationEntity,
        { id: m.id },
        {
          status: succeeded ? MediationStatus.SUCCEEDED : MediationStatus.FAILED,
          concludedOn: dto.concludedOn,
          agreement: dto.agreement ?? null,
        },
      );
      const data = { mediationId: m.id, outcome: dto.outcome, concludedOn: dto.concludedOn };
      // Failure leaves the acceptance deadline as it was: mediation does not stop that clock.
      return succeeded
        ? { set: { outcome: Outcome.MEDIATED, concludedOn: dto.concludedOn }, data }
        : { data };
    });
  }
}

async function openMediation(em: EntityManager, caseId: string): Promise<PreMediationEntity> {
  const m = await em.findOneBy(PreMediationEntity, { caseId, status: MediationStatus.OPEN });
  // The transition table allows these events only in PRE_MEDIATION, which always has one open.
  if (!m) throw AppError.conflict('NO_OPEN_MEDIATION', 'This case has no mediation in progress');
  return m;
}
