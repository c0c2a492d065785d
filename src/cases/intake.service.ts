import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { addDays } from '../common/local-date';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { CalendarExceptions } from '../calendar/rules/working-days.rules';
import { LocalDate } from '../common/local-date';
import {
  acceptanceDueOn,
  answerCopyDueOn,
  decisionDueOn,
  legalAcceptance,
  mayRefuseOn,
  supplementDueOn,
} from './rules/deadlines.rules';
import { CaseEvent } from './rules/transitions.rules';
import { CaseStatus, Outcome, Procedure, SimplifiedGround } from './case.enums';
import { CaseEntity } from './case.entity';
import { CaseWorkflow, TransitionChange, TransitionContext } from './case-workflow';
import { withinRange } from './rules/date-order.rules';
import {
  assertMayRefuseApplication,
  checkAcceptanceFields,
  checkSimplifiedGround,
} from './rules/intake.rules';
import {
  AcceptanceDto,
  DismissApplicationDto,
  ExtendSupplementDto,
  FulfilSupplementDto,
  RequestSupplementDto,
  WithdrawApplicationDto,
} from './dto/case-actions.dto';
import { CaseView } from './dto/case.view';
import { SupplementRequestEntity } from './supplement-request.entity';
import { SupplementStatus } from './supplement-request.enums';

/** The acceptance's columns: its legal day and the decision and answer clocks that run from it. */
function acceptance(
  cal: CalendarExceptions,
  acceptedOn: LocalDate,
  procedure: Procedure,
): Pick<CaseEntity, 'procedure' | 'acceptedOn' | 'decisionDueOn' | 'answerCopyDueOn'> {
  return {
    procedure,
    acceptedOn,
    decisionDueOn: decisionDueOn(cal, acceptedOn, procedure),
    answerCopyDueOn: answerCopyDueOn(cal, acceptedOn, procedure),
  };
}

/**
 * The supplement notice served on `servedOn` (its document's service, documents/): the applicant's
 * period runs from receipt of the notice (Art. 31 ¶1, 十日内), so an open request not extended
 * takes that day and the last day that follows from it. Null when nothing changes: the day is the
 * one recorded, or the request is no longer open (fulfilled, expired, or extended for a reason).
 */
export async function supplementNoticeServed(
  c: CaseEntity,
  { em, cal, today }: TransitionContext,
  requestId: string,
  servedOn: LocalDate,
): Promise<TransitionChange | null> {
  if (c.status !== CaseStatus.AWAITING_SUPPLEMENT) return null;
  const request = await em.findOneBy(SupplementRequestEntity, { id: requestId, caseId: c.id });
  if (
    !request ||
    request.status !== SupplementStatus.OPEN ||
    request.extendedOn !== null ||
    request.noticeServedOn === servedOn
  ) {
    return null;
  }
  withinRange('deliveredOn', servedOn, request.noticeSentOn, 'noticeSentOn', today);
  const dueOn = supplementDueOn(cal, servedOn);
  await em.update(SupplementRequestEntity, { id: request.id }, { noticeServedOn: servedOn, dueOn });
  return {
    set: { supplementDueOn: dueOn },
    data: {
      requestId: request.id,
      noticeServedOn: servedOn,
      dueOn,
      previousNoticeServedOn: request.noticeServedOn,
      previousDueOn: request.dueOn,
    },
  };
}

const acceptancePeriodEnded = (c: CaseEntity): AppError =>
  AppError.conflict(
    'ACCEPTANCE_PERIOD_ENDED',
    `The review period ended on ${c.acceptanceDueOn}: the application is accepted by law (Art. 30 ¶3); an application found wanting is dismissed (Art. 33)`,
    [
      {
        field: 'decidedOn',
        code: 'ACCEPTANCE_PERIOD_ENDED',
        message: `the review period ended on ${c.acceptanceDueOn}`,
        i18n: { params: { limit: c.acceptanceDueOn } },
      },
    ],
  );

/**
 * The application (申请) from receipt to acceptance, and its ends before a decision: supplement
 * requests and their answers (Art. 31), acceptance, refusal or deemed acceptance (Art. 30),
 * withdrawal before acceptance, abandonment, and dismissal after acceptance (Art. 33).
 */
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
        const noticeSentOn = dto.noticeSentOn ?? dto.noticeServedOn;
        withinRange('noticeSentOn', noticeSentOn, c.acceptanceClockFrom, 'receipt', today);
        withinRange('noticeServedOn', dto.noticeServedOn, noticeSentOn, 'noticeSentOn', today);
        // Art. 31 ¶1: 应当自收到申请之日起五日内书面通知申请人补正。补正通知应当一次性载明需要补正的事项。
        if (noticeSentOn > c.acceptanceDueOn) {
          throw AppError.invalidField(
            'noticeSentOn',
            'SUPPLEMENT_NOTICE_LATE',
            `the notice is due within 5 working days of receipt, by ${c.acceptanceDueOn} (Art. 31 ¶1)`,
            { limit: c.acceptanceDueOn },
          );
        }
        if (await em.existsBy(SupplementRequestEntity, { caseId: c.id })) {
          throw AppError.conflict(
            'SUPPLEMENT_ALREADY_REQUESTED',
            'A supplement notice lists everything missing at once (Art. 31 ¶1): it is not sent twice',
          );
        }
        const dueOn = supplementDueOn(cal, dto.noticeServedOn);
        const request = await em.save(
          em.create(SupplementRequestEntity, {
            caseId: c.id,
            items: dto.items,
            noticeSentOn,
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
            noticeSentOn,
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
        const request = await this.openRequest(em, c.id, requestId);
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

  /**
   * A longer period to supplement, for a good reason (Art. 31 ¶2: 有正当理由不能按期补正的，行政复议
   * 机关可以延长合理的补正期限). Granted while the case still waits; the new day is later than the old.
   */
  async extendSupplement(
    actor: Actor,
    id: string,
    requestId: string,
    dto: ExtendSupplementDto,
  ): Promise<CaseView> {
    return this.workflow.change(
      actor,
      id,
      CaseEvent.EXTEND_SUPPLEMENT,
      async (c, { em, today }) => {
        const request = await this.openRequest(em, c.id, requestId);
        withinRange('extendedOn', dto.extendedOn, request.noticeServedOn, 'noticeServedOn', today);
        if (dto.dueOn <= request.dueOn) {
          throw AppError.invalidField(
            'dueOn',
            'NOT_AFTER_DUE',
            `an extension ends after the current last day, ${request.dueOn}`,
            { limit: request.dueOn },
          );
        }
        await em.update(
          SupplementRequestEntity,
          { id: request.id },
          { dueOn: dto.dueOn, extensionReason: dto.reason, extendedOn: dto.extendedOn },
        );
        return {
          set: { supplementDueOn: dto.dueOn },
          data: {
            requestId,
            previousDueOn: request.dueOn,
            dueOn: dto.dueOn,
            reason: dto.reason,
            extendedOn: dto.extendedOn,
          },
        };
      },
    );
  }

  /** The applicant withdraws before acceptance (after it, the review is terminated: Art. 41). */
  async withdraw(actor: Actor, id: string, dto: WithdrawApplicationDto): Promise<CaseView> {
    return this.workflow.change(actor, id, CaseEvent.WITHDRAW_APPLICATION, (c, { today }) => {
      withinRange('withdrawnOn', dto.withdrawnOn, c.receivedOn, 'receivedOn', today);
      return {
        set: { outcome: Outcome.WITHDRAWN, concludedOn: dto.withdrawnOn },
        data: { withdrawnOn: dto.withdrawnOn, reason: dto.reason ?? null },
      };
    });
  }

  /**
   * 驳回申请: accepted, then found not to meet Art. 30 ¶1 (ARL 2023 Art. 33: 行政复议机关受理行政复议
   * 申请后，发现该行政复议申请不符合本法第三十条第一款规定的，应当决定驳回申请并说明理由). The organ's
   * decision, as a refusal is: REVIEWER only.
   */
  async dismissApplication(
    actor: Actor,
    id: string,
    dto: DismissApplicationDto,
  ): Promise<CaseView> {
    assertMayRefuseApplication(actor.role);
    return this.workflow.change(actor, id, CaseEvent.DISMISS_APPLICATION, (c, { today }) => {
      withinRange('decidedOn', dto.decidedOn, c.acceptedOn ?? c.receivedOn, 'acceptedOn', today);
      return {
        set: {
          outcome: Outcome.APPLICATION_DISMISSED,
          dismissalReason: dto.reason,
          concludedOn: dto.decidedOn,
        },
        data: { reason: dto.reason, decidedOn: dto.decidedOn },
      };
    });
  }

  /**
   * Accepts by law every application whose review period ended with no refusal (ARL 2023 Art. 30
   * ¶3: 审查期限届满，行政复议机关未作出不予受理决定的，审查期限届满之日起视为受理): accepted on the
   * period's last day, under the ordinary procedure (the simplified one needs the office's finding,
   * Art. 53). Cases waiting for a supplement are not: their period starts again on its receipt.
   */
  async deemAccepted(today = this.clock.today()): Promise<{ deemedAccepted: number }> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM cases WHERE status = $1 AND acceptance_due_on < $2 ORDER BY acceptance_due_on`,
      [CaseStatus.RECEIVED, today],
    );
    let deemed = 0;
    for (const { id } of due) {
      try {
        await this.workflow.apply(null, id, CaseEvent.DEEM_ACCEPTED, (c, { cal }) => {
          const set = {
            ...acceptance(cal, c.acceptanceDueOn, Procedure.ORDINARY),
            deemedAccepted: true,
          };
          return { set, data: { ...set } };
        });
        deemed += 1;
      } catch (e) {
        // Accepted, refused or sent to mediation meanwhile: no longer ours to accept.
        if (e instanceof AppError && e.getStatus() === 409) continue;
        throw e;
      }
    }
    if (deemed > 0) this.logger.log(`Deemed ${deemed} application(s) accepted (Art. 30 ¶3)`);
    return { deemedAccepted: deemed };
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

  /**
   * 受理. Recorded after the review period ended, the acceptance is the law's, of the period's last
   * day (Art. 30 ¶3): the decision clock runs from there, and the day recorded is kept beside it.
   */
  private accept(actor: Actor, id: string, dto: AcceptanceDto): Promise<CaseView> {
    const procedure = dto.procedure!;
    const recordedOn = dto.acceptedOn!;
    return this.workflow.change(actor, id, CaseEvent.ACCEPT, (c, { cal, today }) => {
      withinRange('acceptedOn', recordedOn, c.acceptanceClockFrom, 'receipt', today);
      checkSimplifiedGround(c, procedure, dto.simplifiedGround);
      const { acceptedOn, deemed } = legalAcceptance(c.acceptanceDueOn, recordedOn);
      const set = {
        ...acceptance(cal, acceptedOn, procedure),
        simplifiedGround: dto.simplifiedGround ?? null,
        partiesAgreeSimplified:
          c.partiesAgreeSimplified || dto.simplifiedGround === SimplifiedGround.PARTIES_AGREE,
        acceptanceRecordedOn: recordedOn,
        deemedAccepted: deemed,
      };
      return { set, data: { ...set } };
    });
  }

  private notAccept(actor: Actor, id: string, dto: AcceptanceDto): Promise<CaseView> {
    const decidedOn = dto.decidedOn!;
    return this.workflow.change(actor, id, CaseEvent.NOT_ACCEPT, (c, { today }) => {
      withinRange('decidedOn', decidedOn, c.acceptanceClockFrom, 'receipt', today);
      if (!mayRefuseOn(c.acceptanceDueOn, decidedOn)) throw acceptancePeriodEnded(c);
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

  private async openRequest(
    em: EntityManager,
    caseId: string,
    requestId: string,
  ): Promise<SupplementRequestEntity> {
    const request = await em.findOneBy(SupplementRequestEntity, { id: requestId, caseId });
    if (!request) throw AppError.notFound('supplement request', 'SUPPLEMENT_REQUEST_NOT_FOUND');
    if (request.status !== SupplementStatus.OPEN) {
      throw AppError.conflict('SUPPLEMENT_REQUEST_CLOSED', `This request is ${request.status}`);
    }
    return request;
  }
}
