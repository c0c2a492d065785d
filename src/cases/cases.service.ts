import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CalendarService } from '../calendar/calendar.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { Env } from '../config/env';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { Role } from '../users/role';
import { assertCaseVisible, caseNotFound, officeScope } from './case-access';
import { CaseApplicantEntity } from './case-applicant.entity';
import { acceptanceDueOn, isApplicationLate, suggestProcedure } from './case-rules';
import { CaseEvent } from './case-state-machine';
import { ApplicantKind, CaseStatus, Channel } from './case-status';
import { toCaseView, toSummaryView, SUMMARY_COLUMNS } from './case-views';
import { CaseWorkflow } from './case-workflow';
import { CaseEntity } from './case.entity';
import { DecisionEntity } from './decision.entity';
import { CaseSummaryView, CaseView, TimelineEventView } from './dto/case.view';
import { ListCasesQuery } from './dto/list-cases.query';
import { RegisterCaseDto } from './dto/register-case.dto';
import { idempotencyKeyReused, requestHash } from './idempotency';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { SupplementRequestEntity } from './supplement-request.entity';
import { notAfter } from './date-order';

const FULL_CASE_NUMBER = /^\S+〔\d{4}〕\d+号$/u;
const TWO_HAN = /^\p{Script=Han}{2}$/u;

export interface Registered {
  status: number;
  body: CaseView;
  replayed: boolean;
}

/** Registration and reading of cases: the number, the list, the detail, the timeline. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly workflow: CaseWorkflow,
  ) {}

  async register(
    actor: Actor,
    dto: RegisterCaseDto,
    idempotencyKey: string | null,
    rawBody: unknown,
  ): Promise<Registered> {
    // Agents file for their own office, always through the agent point (api.md).
    if (actor.role === Role.AGENT) {
      dto.channel = Channel.AGENT_POINT;
      dto.officeId = actor.officeId ?? undefined;
    }
    const today = this.clock.today();
    const { act } = dto;
    notAfter('receivedOn', dto.receivedOn, today, 'today');
    if (act.knownOn !== undefined)
      notAfter('act.knownOn', act.knownOn, dto.receivedOn, 'receivedOn');
    if (act.actOn !== undefined) {
      notAfter(
        'act.actOn',
        act.actOn,
        act.knownOn ?? dto.receivedOn,
        act.knownOn ? 'knownOn' : 'receivedOn',
      );
    }
    this.checkApplicants(dto);
    const cal = await this.calendar.exceptions();
    const hash = idempotencyKey ? requestHash(rawBody) : '';

    return this.dataSource.transaction(async (em) => {
      if (idempotencyKey) {
        // A concurrent request with the same key waits here until the first one commits.
        const claimed = await em.query<unknown[]>(
          `INSERT INTO idempotency_keys (actor_id, key, request_hash) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [actor.id, idempotencyKey, hash],
        );
        if (claimed.length === 0) {
          return this.replay(em, actor, idempotencyKey, hash);
        }
      }
      await this.checkReferences(em, dto);
      const year = Number(dto.receivedOn.slice(0, 4));
      const seq = await this.nextNumber(em, year);
      const number = `${this.env.CASE_NUMBER_PREFIX}〔${year}〕${seq}号`;
      const dueOn = acceptanceDueOn(cal, dto.receivedOn);
      const amountYuan = act.amountYuan ?? null;
      const inserted = await em.insert(CaseEntity, {
        number,
        year,
        seq,
        status: CaseStatus.RECEIVED,
        channel: dto.channel,
        officeId: dto.officeId ?? null,
        respondentId: dto.respondentId,
        receivedOn: dto.receivedOn,
        actType: act.type,
        actDocumentNumber: act.documentNumber ?? null,
        actOn: act.actOn ?? null,
        knownOn: act.knownOn ?? null,
        actAmountYuan: amountYuan,
        actSummary: act.summary ?? null,
        requests: dto.requests,
        factsAndReasons: dto.factsAndReasons ?? null,
        enterpriseRelated: dto.enterpriseRelated ?? false,
        applicantNames: dto.applicants.map((a) => a.name).join('、'),
        applicationLate: isApplicationLate(cal, act.knownOn ?? null, dto.receivedOn),
        suggestedProcedure: suggestProcedure({ type: act.type, amountYuan }),
        acceptanceClockFrom: dto.receivedOn,
        acceptanceDueOn: dueOn,
        currentDueOn: dueOn,
        registeredBy: actor.id,
        version: 1,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await em.insert(
        CaseApplicantEntity,
        dto.applicants.map((a, position) => ({
          caseId: id,
          position,
          kind: a.kind,
          name: a.name,
          idNumber: a.idNumber ?? null,
          creditCode: a.creditCode ?? null,
          phone: a.phone ?? null,
          address: a.address ?? null,
        })),
      );
      await this.audit.record(em, actor, {
        action: CaseEvent.REGISTER,
        entityType: 'case',
        entityId: id,
        before: null,
        after: {
          status: CaseStatus.RECEIVED,
          version: 1,
          data: {
            number,
            channel: dto.channel,
            officeId: dto.officeId ?? null,
            receivedOn: dto.receivedOn,
          },
        },
      });
      const body = await this.load(em, id, actor);
      if (idempotencyKey) {
        await em.update(
          IdempotencyKeyEntity,
          { actorId: actor.id, key: idempotencyKey },
          { statusCode: 201, response: body as never },
        );
      }
      return { status: 201, body, replayed: false };
    });
  }

  /** An event on a case (CaseWorkflow.apply), answered with the case as `actor` now sees it. */
  async change(
    actor: Actor,
    id: string,
    event: CaseEvent,
    decide: Parameters<CaseWorkflow['apply']>[3],
  ): Promise<CaseView> {
    await this.workflow.apply(actor, id, event, decide);
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<CaseView> {
    return this.load(this.dataSource.manager, id, actor);
  }

  async list(actor: Actor, q: ListCasesQuery): Promise<Page<CaseSummaryView>> {
    const after = decodeCursor(q.cursor, ['date', 'uuid']);
    const today = this.clock.today();
    const qb = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .select(SUMMARY_COLUMNS.map((col) => `c.${col}`))
      .orderBy('c.receivedOn', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(q.limit + 1);
    const scope = officeScope(actor);
    if (scope !== null) qb.andWhere('c.officeId = :scope', { scope });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.respondentId)
      qb.andWhere('c.respondentId = :respondentId', { respondentId: q.respondentId });
    if (q.officeId) qb.andWhere('c.officeId = :officeId', { officeId: q.officeId });
    if (q.channel) qb.andWhere('c.channel = :channel', { channel: q.channel });
    if (q.receivedFrom) qb.andWhere('c.receivedOn >= :from', { from: q.receivedFrom });
    if (q.receivedTo) qb.andWhere('c.receivedOn <= :to', { to: q.receivedTo });
    if (q.overdue === true) qb.andWhere('c.currentDueOn < :today', { today });
    if (q.overdue === false) {
      qb.andWhere('(c.currentDueOn IS NULL OR c.currentDueOn >= :today)', { today });
    }
    if (q.q) this.search(qb, q.q.trim());
    if (after) {
      qb.andWhere('(c.receivedOn, c.id) < (:afterOn, :afterId)', {
        afterOn: after[0],
        afterId: after[1],
      });
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      q.limit,
      (c) => [c.receivedOn, c.id],
      (c) => toSummaryView(c, today),
    );
  }

  /**
   * `q`: a whole case number by its unique index; a two-character Chinese name (too short for
   * trigrams) as one of the applicants' names; anything else as a part of the number or a name.
   */
  private search(qb: SelectQueryBuilder<CaseEntity>, q: string): void {
    if (FULL_CASE_NUMBER.test(q)) {
      qb.andWhere('c.number = :number', { number: q });
    } else if (TWO_HAN.test(q)) {
      qb.andWhere(`string_to_array(c.applicantNames, '、') @> ARRAY[CAST(:name AS text)]`, {
        name: q,
      });
    } else {
      const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(`(c.number || ' ' || c.applicantNames) ILIKE :pattern`, { pattern });
    }
  }

  async timeline(actor: Actor, id: string): Promise<TimelineEventView[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true },
      where: { id },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const rows = await this.dataSource.getRepository(AuditEntryEntity).find({
      where: { entityType: 'case', entityId: id },
      order: { id: 'ASC' },
    });
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actorName,
      event: r.action,
      fromStatus: (r.before?.status as CaseStatus | undefined) ?? null,
      toStatus: (r.after?.status as CaseStatus | undefined) ?? null,
      data: (r.after?.data as Record<string, unknown> | undefined) ?? null,
    }));
  }

  /** The full case as `actor` may see it, read with `em` (inside a transaction when writing). */
  async load(em: EntityManager, id: string, actor: Actor): Promise<CaseView> {
    const c = await em.findOneBy(CaseEntity, { id });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    // One after another: `em` may be a transaction's single connection.
    const applicants = await em.find(CaseApplicantEntity, {
      where: { caseId: id },
      order: { position: 'ASC' },
    });
    const supplements = await em.find(SupplementRequestEntity, {
      where: { caseId: id },
      order: { createdAt: 'ASC' },
    });
    const decision = await em.findOne(DecisionEntity, {
      where: { caseId: id },
      order: { createdAt: 'DESC' },
    });
    return toCaseView(c, applicants, supplements, decision, actor, this.clock.today());
  }

  private async replay(
    em: EntityManager,
    actor: Actor,
    key: string,
    hash: string,
  ): Promise<Registered> {
    const first = await em.findOneByOrFail(IdempotencyKeyEntity, { actorId: actor.id, key });
    if (first.requestHash !== hash) throw idempotencyKeyReused();
    // The response as first sent; the case as it is now may have moved on (see its timeline).
    return {
      status: first.statusCode ?? 201,
      body: first.response as unknown as CaseView,
      replayed: true,
    };
  }

  /** A person carries an ID number, an organisation a credit code; not the other. */
  private checkApplicants(dto: RegisterCaseDto): void {
    dto.applicants.forEach((a, i) => {
      if (a.kind === ApplicantKind.PERSON && a.creditCode !== undefined) {
        throw AppError.invalidField(
          `applicants[${i}].creditCode`,
          'NOT_ALLOWED',
          'a person carries an idNumber, not a creditCode',
        );
      }
      if (a.kind === ApplicantKind.ORGANISATION && a.idNumber !== undefined) {
        throw AppError.invalidField(
          `applicants[${i}].idNumber`,
          'NOT_ALLOWED',
          'an organisation carries a creditCode, not an idNumber',
        );
      }
    });
  }

  private async checkReferences(em: EntityManager, dto: RegisterCaseDto): Promise<void> {
    const agency = await em.existsBy(AgencyEntity, { id: dto.respondentId });
    const office = dto.officeId
      ? await em.existsBy(JudicialOfficeEntity, { id: dto.officeId })
      : true;
    if (!agency) {
      throw AppError.invalidField('respondentId', 'UNKNOWN_AGENCY', 'no agency has this id');
    }
    if (!office) {
      throw AppError.invalidField('officeId', 'UNKNOWN_OFFICE', 'no judicial office has this id');
    }
  }

  /** The next number of `year`, gapless: the counter row is locked until this transaction ends. */
  private async nextNumber(em: EntityManager, year: number): Promise<number> {
    const rows = await em.query<{ last_seq: number }[]>(
      `INSERT INTO case_number_counters (year, last_seq) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counters.last_seq + 1
       RETURNING last_seq`,
      [year],
    );
    return rows[0].last_seq;
  }
}
