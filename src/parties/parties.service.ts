import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound, piiMasker } from '../access/access.rules';
import { AuditService } from '../audit/audit.service';
import { CaseApplicantEntity } from '../cases/case-applicant.entity';
import { CaseWorkflow } from '../cases/case-workflow';
import { CaseEntity } from '../cases/case.entity';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { AddPartyDto, PartyView } from './dto/party.dto';
import { PartyEntity } from './party.entity';
import { checkPartyFields, checkPartyOnCase, principalNames } from './rules/parties.rules';

/** The party as `actor` may see it: ID and phone numbers masked as the applicants' are. */
export function toPartyView(p: PartyEntity, actor: Actor): PartyView {
  const mask = piiMasker(actor);
  return {
    id: p.id,
    caseId: p.caseId,
    role: p.role,
    kind: p.kind,
    name: p.name,
    idNumber: mask.idNumber(p.idNumber),
    creditCode: p.creditCode,
    phone: mask.phone(p.phone),
    address: p.address,
    actsFor: p.actsFor,
    joinedOn: p.joinedOn,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
  };
}

/**
 * The parties of a case besides its applicants and respondent (ARL 2023 Arts. 15–17): third
 * parties, representatives and agents; the only writer of `case_parties`.
 */
@Injectable()
export class PartiesService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change of a case goes through it: ADD_PARTY, refused on a closed case. */
    private readonly cases: CaseWorkflow,
    private readonly audit: AuditService,
  ) {}

  /** Adds a party under the event ADD_PARTY (any open status), in the case's transaction. */
  async add(actor: Actor, caseId: string, dto: AddPartyDto): Promise<PartyView> {
    checkPartyFields(dto);
    let party!: PartyEntity;
    await this.cases.apply(actor, caseId, CaseEvent.ADD_PARTY, async (c, { em, today }) => {
      withinRange('joinedOn', dto.joinedOn, c.receivedOn, 'receivedOn', today);
      const applicants = await em.find(CaseApplicantEntity, {
        select: { name: true, idNumber: true, creditCode: true },
        where: { caseId: c.id },
      });
      // The case row is locked: the counts below cannot change before this insert commits.
      checkPartyOnCase(dto, applicants, await this.partiesOf(em, c.id));
      party = await em.save(
        em.create(PartyEntity, {
          caseId: c.id,
          role: dto.role,
          kind: dto.kind,
          name: dto.name,
          idNumber: dto.idNumber ?? null,
          creditCode: dto.creditCode ?? null,
          phone: dto.phone ?? null,
          address: dto.address ?? null,
          actsFor: dto.actsFor ?? null,
          joinedOn: dto.joinedOn,
          createdBy: actor.id,
        }),
      );
      // The timeline shows who joined and as what; their ID and phone numbers stay out of it.
      return {
        data: {
          partyId: party.id,
          role: dto.role,
          kind: dto.kind,
          name: dto.name,
          ...(dto.actsFor !== undefined ? { actsFor: dto.actsFor } : {}),
          joinedOn: dto.joinedOn,
        },
      };
    });
    return toPartyView(party, actor);
  }

  /**
   * The case's parties in the order they were added, personal data masked per role. The read is
   * audited as a read of the case (`case.read`, `{ view: 'parties' }`): it shows ID numbers.
   */
  async list(actor: Actor, caseId: string): Promise<PartyView[]> {
    const em = this.dataSource.manager;
    const c = await em.findOne(CaseEntity, {
      select: { id: true, officeId: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    await this.audit.recordRead(actor, {
      action: 'case.read',
      entityType: 'case',
      entityId: caseId,
      after: { view: 'parties' },
    });
    const parties = await em.find(PartyEntity, {
      where: { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return parties.map((p) => toPartyView(p, actor));
  }

  /**
   * Who may ask for a stay of enforcement or have an agent: the case's applicants and third
   * parties, by their names as filed (Arts. 17, 42 (3)); read in the caller's transaction.
   */
  async principals(em: EntityManager, caseId: string): Promise<string[]> {
    const applicants = await em.find(CaseApplicantEntity, {
      select: { name: true },
      where: { caseId },
    });
    return principalNames(applicants, await this.partiesOf(em, caseId));
  }

  private partiesOf(em: EntityManager, caseId: string): Promise<PartyEntity[]> {
    return em.find(PartyEntity, { where: { caseId }, order: { createdAt: 'ASC' } });
  }
}
