import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { addDays } from '../common/local-date';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { acceptanceDueOn, decisionDueOn, supplementDueOn } from './rules/deadlines.rules';
import { CaseEvent } from './rules/transitions.rules';
import { CaseStatus, Outcome } from './case.enums';
import { CaseWorkflow } from './case-workflow';
import { withinRange } from './rules/date-order.rules';
import { assertMayRefuseApplication, checkAcceptanceFields } from './rules/intake.rules';
import { AcceptanceDto, FulfilSupplementDto, RequestSupplementDto } from './dto/case-actions.dto';
import { CaseView } from './dto/case.view';
import { SupplementRequestEntity } from './supplement-request.entity';
import { SupplementStatus } from './supplement-request.enums';

/** Before acceptance: supplement requests and their answers, acceptance or refusal, abandonment. */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflow,
    private readonly clock: Clock,
  ) {}

  async requestSupplement(actor: Actor, id: string, dto: RequestSupplementDto): Promise<CaseView> {
    return this.workflow.change(
      actor,
      id,
      CaseEvent.REQUEST_SUPPLEMENT,
      async (c, { em, cal, today }) => {
        withinRange('noticeServedOn', dto.noticeServedOn, c.acceptanceClockFrom, 'receipt', today);
        const dueOn = supplementDueOn(cal, dto.noticeServedOn);
        const request = await em.save(
          em.create(SupplementRequestEntity, {
            caseId: c.id,
            items: dto.items,
            noticeServedOn: dto.noticeServedOn,
            dueOn,
            status: SupplementStatus.OPEN,
            fulfilledOn: null,
            requestedBy: actor.id,
          }),
        );
        return {
          set: { supplementDueOn: dueOn },
          data: {
            requestId: request.id,
            items: dto.items,
            noticeServedOn: dto.noticeServedOn,
            dueOn,
          },
        };
      },
    );
  }

  async fulfilSupplement(
    actor: Actor,
    id: string,
    requestId: string,
    dto: FulfilSupplementDto,
  ): Promise<CaseView> {
    return this.workflow.change(
      actor,
      id,
      CaseEvent.FULFIL_SUPPLEMENT,
      async (c, { em, cal, today }) => {
        const request = await em.findOneBy(SupplementRequestEntity, {
          id: requestId,
          caseId: c.id,
        });
        if (!request) throw AppError.notFound('supplement request', 'SUPPLEMENT_REQUEST_NOT_FOUND');
        if (request.status !== SupplementStatus.OPEN) {
          throw AppError.conflict('SUPPLEMENT_REQUEST_CLOSED', `This request is ${request.status}`);
        }
        withinRange('receivedOn', dto.receivedOn, request.noticeServedOn, 'noticeServedOn', today);
        await em.update(
          SupplementRequestEntity,
          { id: request.id },
          { status: SupplementStatus.FULFILLED, fulfilledOn: dto.receivedOn },
        );
        // The acceptance clock starts again from the receipt of the supplemented material.
        const dueOn = acceptanceDueOn(cal, dto.receivedOn);
        return {
          set: {
            acceptanceClockFrom: dto.receivedOn,
            acceptanceDueOn: dueOn,
            supplementDueOn: null,
          },
          data: { requestId, receivedOn: dto.receivedOn, acceptanceDueOn: dueOn },
        };
      },
    );
  }

  async decideAcceptance(actor: Actor, id: string, dto: AcceptanceDto): Promise<CaseView> {
    checkAcceptanceFields(dto);
    if (dto.accepted) return this.accept(actor, id, dto);
    assertMayRefuseApplication(actor.role);
    return this.notAccept(actor, id, dto);
  }

  /** Marks ABANDONED (视为放弃) every case whose supplement reply is overdue on `today`. */
  async abandonExpired(today = this.clock.today()): Promise<{ abandoned: number }> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM cases WHERE status = $1 AND supplement_due_on < $2 ORDER BY supplement_due_on`,
      [CaseStatus.AWAITING_SUPPLEMENT, today],
    );
    let abandoned = 0;
    for (const { id } of due) {
      try {
        await this.workflow.apply(null, id, CaseEvent.ABANDON, async (c, { em }) => {
          await em.update(
            SupplementRequestEntity,
            { caseId: c.id, status: SupplementStatus.OPEN },
            { status: SupplementStatus.EXPIRED },
          );
          // Deemed abandoned the day after the last day to reply.
          const concludedOn = addDays(c.supplementDueOn ?? today, 1);
          return {
            set: { outcome: Outcome.ABANDONED, concludedOn },
            data: { supplementDueOn: c.supplementDueOn, concludedOn },
          };
        });
        abandoned += 1;
      } catch (e) {
        // Someone answered or changed the case meanwhile: it is no longer ours to abandon.
        if (e instanceof AppError && e.getStatus() === 409) continue;
        throw e;
      }
    }
    if (abandoned > 0) this.logger.log(`Marked ${abandoned} case(s) abandoned`);
    return { abandoned };
  }

  private accept(actor: Actor, id: string, dto: AcceptanceDto): Promise<CaseView> {
    const procedure = dto.procedure!;
    const acceptedOn = dto.acceptedOn!;
    return this.workflow.change(actor, id, CaseEvent.ACCEPT, (c, { cal, today }) => {
      withinRange('acceptedOn', acceptedOn, c.acceptanceClockFrom, 'receipt', today);
      const dueOn = decisionDueOn(cal, acceptedOn, procedure);
      return {
        set: { procedure, acceptedOn, decisionDueOn: dueOn },
        data: { procedure, acceptedOn, decisionDueOn: dueOn },
      };
    });
  }

  private notAccept(actor: Actor, id: string, dto: AcceptanceDto): Promise<CaseView> {
    const decidedOn = dto.decidedOn!;
    return this.workflow.change(actor, id, CaseEvent.NOT_ACCEPT, (c, { today }) => {
      withinRange('decidedOn', decidedOn, c.acceptanceClockFrom, 'receipt', today);
      return {
        set: {
          outcome: Outcome.NOT_ACCEPTED,
          notAcceptedReason: dto.reason!,
          concludedOn: decidedOn,
        },
        data: { reason: dto.reason, decidedOn },
      };
    });
  }
}
