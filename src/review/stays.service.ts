import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { Role } from '../access/role';
import { CaseWorkflow } from '../cases/case-workflow';
import { CaseEntity } from '../cases/case.entity';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { AppError } from '../common/app-error';
import { PartiesService } from '../parties/parties.service';
import { DecideStayDto, RequestStayDto, StayView } from './dto/stay.dto';
import { EnforcementStayEntity } from './enforcement-stay.entity';
import { StayDecision, StayGround } from './enforcement-stay.enums';

export const stayNotFound = (): AppError => AppError.notFound('stay', 'STAY_NOT_FOUND');

export function toStayView(s: EnforcementStayEntity): StayView {
  return {
    id: s.id,
    caseId: s.caseId,
    ground: s.ground,
    requestedBy: s.requestedBy,
    requestedOn: s.requestedOn,
    reason: s.reason,
    decision: s.decision,
    decidedOn: s.decidedOn,
    decisionReason: s.decisionReason,
    createdBy: s.createdBy,
    decidedBy: s.decidedBy,
    createdAt: s.createdAt.toISOString(),
  };
}

/**
 * The fields a ground asks for, and who may record it. ARL 2023 Art. 42: 行政复议期间行政行为不停止
 * 执行；但是有下列情形之一的，应当停止执行：（一）被申请人认为需要停止执行；（二）行政复议机关认为需要
 * 停止执行；（三）申请人、第三人申请停止执行，行政复议机关认为其要求合理，决定停止执行；（四）法律、
 * 法规、规章规定停止执行的其他情形。
 * - (3) is a party's request: who asked is named, and the organ decides later (DECIDE_STAY);
 * - (1), (2), (4) stay enforcement by themselves (应当停止执行): nobody asks, nothing is left to decide;
 * - (2) is the organ's own decision: a REVIEWER records it, as a REVIEWER decides a request.
 */
function checkStayRequest(actor: Actor, dto: RequestStayDto): void {
  if (dto.ground !== StayGround.PARTY_REQUEST && dto.requestedBy !== undefined) {
    throw AppError.invalidField(
      'requestedBy',
      'NOT_ALLOWED',
      'requestedBy is given only for a party’s request (PARTY_REQUEST, Art. 42 (3))',
    );
  }
  if (dto.ground === StayGround.ORGAN_DEEMS_NECESSARY && actor.role !== Role.REVIEWER) {
    throw new AppError(
      403,
      'FORBIDDEN',
      'Only a REVIEWER records the organ’s own decision to stay enforcement (Art. 42 (2))',
    );
  }
}

/**
 * Stays of the act's enforcement during the review (停止执行, ARL 2023 Art. 42): requested by a
 * party and decided by the organ, or in force by another ground; the only writer of
 * `enforcement_stays`.
 */
@Injectable()
export class StaysService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change of a case goes through it: REQUEST_STAY and DECIDE_STAY, under review only. */
    private readonly cases: CaseWorkflow,
    private readonly parties: PartiesService,
  ) {}

  async request(actor: Actor, caseId: string, dto: RequestStayDto): Promise<StayView> {
    checkStayRequest(actor, dto);
    const byParty = dto.ground === StayGround.PARTY_REQUEST;
    let stay!: EnforcementStayEntity;
    await this.cases.apply(actor, caseId, CaseEvent.REQUEST_STAY, async (c, { em, today }) => {
      withinRange('requestedOn', dto.requestedOn, c.receivedOn, 'receivedOn', today);
      if (byParty && !(await this.parties.principals(em, c.id)).includes(dto.requestedBy!)) {
        throw AppError.invalidField(
          'requestedBy',
          'UNKNOWN_PRINCIPAL',
          'requestedBy names no applicant or third party of this case (Art. 42 (3)), as filed',
        );
      }
      stay = await em.save(
        em.create(EnforcementStayEntity, {
          caseId: c.id,
          ground: dto.ground,
          requestedBy: dto.requestedBy ?? null,
          requestedOn: dto.requestedOn,
          reason: dto.reason,
          // A party's request waits for the organ; any other ground stays enforcement at once.
          decision: byParty ? null : StayDecision.STAYED,
          decidedOn: byParty ? null : dto.requestedOn,
          decisionReason: null,
          createdBy: actor.id,
          decidedBy: byParty ? null : actor.id,
        }),
      );
      return {
        data: {
          stayId: stay.id,
          ground: dto.ground,
          ...(byParty ? { requestedBy: dto.requestedBy } : {}),
          requestedOn: dto.requestedOn,
          reason: dto.reason,
          ...(byParty ? {} : { decision: StayDecision.STAYED, decidedOn: dto.requestedOn }),
        },
      };
    });
    return toStayView(stay);
  }

  /** The organ decides a party's request (Art. 42 (3)): once, not before it was made. */
  async decide(
    actor: Actor,
    caseId: string,
    stayId: string,
    dto: DecideStayDto,
  ): Promise<StayView> {
    let stay!: EnforcementStayEntity;
    await this.cases.apply(actor, caseId, CaseEvent.DECIDE_STAY, async (c, { em, today }) => {
      const found = await em.findOneBy(EnforcementStayEntity, { id: stayId, caseId: c.id });
      if (!found) throw stayNotFound();
      if (found.decision !== null) {
        throw AppError.conflict(
          'STAY_ALREADY_DECIDED',
          `The stay was decided already (${found.decision} on ${found.decidedOn})`,
        );
      }
      withinRange('decidedOn', dto.decidedOn, found.requestedOn, 'requestedOn', today);
      const decided = {
        decision: dto.decision,
        decidedOn: dto.decidedOn,
        decisionReason: dto.reason,
        decidedBy: actor.id,
      };
      await em.update(EnforcementStayEntity, { id: found.id, decision: IsNull() }, decided);
      stay = { ...found, ...decided };
      return {
        data: {
          stayId: found.id,
          ground: found.ground,
          requestedBy: found.requestedBy,
          decision: dto.decision,
          decidedOn: dto.decidedOn,
          reason: dto.reason,
        },
      };
    });
    return toStayView(stay);
  }

  /** The case's stays in the order they were recorded. */
  async list(actor: Actor, caseId: string): Promise<StayView[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const stays = await this.dataSource.getRepository(EnforcementStayEntity).find({
      where: { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return stays.map(toStayView);
  }
}
