import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CalendarService } from '../calendar/calendar.service';
import { AppError } from '../common/app-error';
import { Batcher } from '../common/batcher';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { currentRequestId } from '../common/request-context';
import { LocalDate } from '../common/local-date';
import { Env } from '../config/env';
import { foreignKeyViolated } from '../database/sql-errors';
import { assertCaseVisible, caseNotFound, holdsOffice, scopeOf } from '../access/access.rules';
import { CaseApplicantEntity } from './case-applicant.entity';
import { acceptanceDueOn, isApplicationLate, suggestProcedure } from './rules/deadlines.rules';
import { CaseEvent } from './rules/transitions.rules';
import { ApplicantKind, CaseStatus, Channel } from './case.enums';
import { toCaseView, toSummaryView, SUMMARY_COLUMNS } from './case-views';
import { CaseWorkflow } from './case-workflow';
import { CaseEntity } from './case.entity';
import { DecisionEntity } from '../review/decision.entity';
import { CaseSummaryView, CaseView, TimelineEventView } from './dto/case.view';
import { ListCasesQuery } from './dto/list-cases.query';
import { RegisterCaseDto } from './dto/register-case.dto';
import { idempotencyKeyReused, requestHash } from './idempotency';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { SupplementRequestEntity } from './supplement-request.entity';
import { notAfter } from './rules/date-order.rules';

const FULL_CASE_NUMBER = /^\S+〔\d{4}〕\d+号$/u;
const TWO_HAN = /^\p{Script=Han}{2}$/u;

/** A registration ready to insert: everything but its number, which its batch assigns. */
interface Registration {
  actor: Actor;
  idempotencyKey: string | null;
  hash: string;
  requestId: string | null;
  today: LocalDate;
  year: number;
  case: Omit<CaseEntity, 'number' | 'year' | 'seq' | OmittedOnInsert>;
  applicants: Omit<CaseApplicantEntity, 'id' | 'caseId' | 'case'>[];
}

/** Filled by Postgres (defaults) or by later steps of the case. */
type OmittedOnInsert = keyof CaseEntity &
  (
    | 'procedure'
    | 'supplementDueOn'
    | 'acceptedOn'
    | 'decisionDueOn'
    | 'suspendedOn'
    | 'suspendedDays'
    | 'extensionDays'
    | 'concludedOn'
    | 'outcome'
    | 'notAcceptedReason'
    | 'terminationReason'
    | 'assignedOfficerId'
    | 'createdAt'
    | 'updatedAt'
    | 'office'
    | 'respondent'
    | 'assignedOfficer'
  );

/** How many registrations share a transaction at most. */
const REGISTRATION_BATCH = 100;

/** A registration's reference to an agency or office that does not exist, as a field error. */
function unknownReference(e: unknown): AppError | null {
  const constraint = foreignKeyViolated(e);
  if (constraint === 'cases_respondent_fk') {
    return AppError.invalidField('respondentId', 'UNKNOWN_AGENCY', 'no agency has this id');
  }
  if (constraint === 'cases_office_fk') {
    return AppError.invalidField('officeId', 'UNKNOWN_OFFICE', 'no judicial office has this id');
  }
  return null;
}

/** An entity as read back: every column of `target` absent from `row` is null. */
function complete<T extends object>(em: EntityManager, target: new () => T, row: object): T {
  const entity = { ...row } as Record<string, unknown>;
  for (const column of em.connection.getMetadata(target).columns) {
    entity[column.propertyName] ??= null;
  }
  return entity as T;
}

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

  private readonly registrations = new Batcher<Registration, Registered | null>(
    (batch) => this.registerBatch(batch),
    REGISTRATION_BATCH,
  );

  async register(
    actor: Actor,
    dto: RegisterCaseDto,
    idempotencyKey: string | null,
    rawBody: unknown,
  ): Promise<Registered> {
    // Agents file for their own office, always through the agent point (api.md).
    if (holdsOffice(actor.role)) {
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
    const dueOn = acceptanceDueOn(cal, dto.receivedOn);
    const amountYuan = act.amountYuan ?? null;
    const registration: Registration = {
      actor,
      idempotencyKey,
      hash: idempotencyKey ? requestHash(rawBody) : '',
      requestId: currentRequestId(),
      today,
      year: Number(dto.receivedOn.slice(0, 4)),
      case: {
        id: randomUUID(),
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
      },
      applicants: dto.applicants.map((a, position) => ({
        position,
        kind: a.kind,
        name: a.name,
        idNumber: a.idNumber ?? null,
        creditCode: a.creditCode ?? null,
        phone: a.phone ?? null,
        address: a.address ?? null,
      })),
    };
    try {
      const registered = await this.registrations.submit(registration);
      return (
        registered ??
        (await this.replay(this.dataSource.manager, actor, idempotencyKey!, registration.hash))
      );
    } catch (e) {
      throw unknownReference(e) ?? e;
    }
  }

  /**
   * Registrations that arrive together share one transaction (Batcher): the year's counter row,
   * which keeps numbers gapless, is locked once for all of them until it commits. Every case
   * still has its own audit row and idempotency claim in that transaction. Null: the
   * Idempotency-Key was already claimed (by an earlier request, or one of this batch), to replay
   * once this batch has committed.
   */
  private async registerBatch(batch: Registration[]): Promise<(Registered | null)[]> {
    return this.dataSource.transaction(async (em) => {
      const claimants = await this.claimKeys(em, batch);
      const fresh = batch.filter((r) => r.idempotencyKey === null || claimants.has(r));
      if (fresh.length === 0) return batch.map(() => null);
      // Numbers, year by year in ascending order (so two batches never wait on each other).
      const numbers = new Map<Registration, { number: string; seq: number }>();
      for (const year of [...new Set(fresh.map((r) => r.year))].sort((x, y) => x - y)) {
        const ofYear = fresh.filter((r) => r.year === year);
        const last = await this.takeNumbers(em, year, ofYear.length);
        ofYear.forEach((r, i) => {
          const seq = last - ofYear.length + 1 + i;
          numbers.set(r, { seq, number: `${this.env.CASE_NUMBER_PREFIX}〔${year}〕${seq}号` });
        });
      }
      const rows = fresh.map((r) => ({ ...r.case, year: r.year, ...numbers.get(r)! }));
      const inserted = await em.insert(CaseEntity, rows);
      // The cases as Postgres now holds them (defaults filled in), answered without reading back.
      const numbered = rows.map((row, i) =>
        complete(em, CaseEntity, { ...row, ...inserted.generatedMaps[i] }),
      );
      await em.insert(
        CaseApplicantEntity,
        fresh.flatMap((r) => r.applicants.map((a) => ({ ...a, caseId: r.case.id }))),
      );
      await em.insert(
        AuditEntryEntity,
        fresh.map((r, i) =>
          this.audit.row(
            r.actor,
            {
              action: CaseEvent.REGISTER,
              entityType: 'case',
              entityId: r.case.id,
              before: null,
              after: {
                status: CaseStatus.RECEIVED,
                version: 1,
                data: {
                  number: numbered[i].number,
                  channel: r.case.channel,
                  officeId: r.case.officeId,
                  receivedOn: r.case.receivedOn,
                },
              },
            },
            r.requestId,
          ),
        ),
      );
      const answers = new Map(
        fresh.map((r, i): [Registration, Registered] => [
          r,
          {
            status: 201,
            body: toCaseView(
              numbered[i],
              r.applicants as CaseApplicantEntity[],
              [],
              null,
              r.actor,
              r.today,
            ),
            replayed: false,
          },
        ]),
      );
      await this.storeResponses(em, answers);
      return batch.map((r) => answers.get(r) ?? null);
    });
  }

  /**
   * Claims the Idempotency-Keys of `batch` (in one order, so two batches never wait on each
   * other); a concurrent claim of the same key waits here until its transaction ends. Returns
   * the registrations that hold their key now.
   */
  private async claimKeys(em: EntityManager, batch: Registration[]): Promise<Set<Registration>> {
    const byKey = new Map<string, Registration>();
    for (const r of batch) {
      const k = r.idempotencyKey === null ? null : `${r.actor.id} ${r.idempotencyKey}`;
      if (k !== null && !byKey.has(k)) byKey.set(k, r); // a repeat within the batch replays
    }
    if (byKey.size === 0) return new Set();
    const keyed = [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, r]) => r);
    const claimed = await em.query<{ actor_id: string; key: string }[]>(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
       ON CONFLICT DO NOTHING RETURNING actor_id, key`,
      [keyed.map((r) => r.actor.id), keyed.map((r) => r.idempotencyKey), keyed.map((r) => r.hash)],
    );
    return new Set(claimed.map((c) => byKey.get(`${c.actor_id} ${c.key}`)!));
  }

  /** The response of each claimed key, for its replays. */
  private async storeResponses(
    em: EntityManager,
    answers: Map<Registration, Registered>,
  ): Promise<void> {
    const keyed = [...answers].filter(([r]) => r.idempotencyKey !== null);
    if (keyed.length === 0) return;
    await em.query(
      `UPDATE idempotency_keys k SET status_code = 201, response = v.response
         FROM jsonb_to_recordset($1::jsonb) AS v(actor_id uuid, key text, response jsonb)
        WHERE k.actor_id = v.actor_id AND k.key = v.key`,
      [
        JSON.stringify(
          keyed.map(([r, a]) => ({
            actor_id: r.actor.id,
            key: r.idempotencyKey,
            response: a.body,
          })),
        ),
      ],
    );
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

  /** The full case as `actor` may see it. */
  async get(actor: Actor, id: string): Promise<CaseView> {
    const em = this.dataSource.manager;
    const c = await em.findOneBy(CaseEntity, { id });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    // One after another: one pooled connection per request, not four.
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
    const scope = scopeOf(actor).officeId;
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

  /**
   * Takes the next `count` numbers of `year` and returns the last: gapless, as the counter row
   * stays locked until this transaction ends (and is rolled back with it).
   */
  private async takeNumbers(em: EntityManager, year: number, count: number): Promise<number> {
    const rows = await em.query<{ last_seq: number }[]>(
      `INSERT INTO case_number_counters AS k (year, last_seq) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last_seq = k.last_seq + $2
       RETURNING last_seq`,
      [year, count],
    );
    return rows[0].last_seq;
  }
}
