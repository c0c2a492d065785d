import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { holdsOffice, scopeOf } from '../access/access.rules';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { AppError } from '../common/app-error';
import { Batcher } from '../common/batcher';
import { Clock } from '../common/clock';
import { currentRequestId } from '../common/request-context';
import { LocalDate } from '../common/local-date';
import { Env } from '../config/env';
import { alongside, computed, insertRows, WithQuery } from '../database/entity-rows';
import { foreignKeyViolated } from '../database/sql-errors';
import { CaseApplicantEntity } from './case-applicant.entity';
import { acceptanceDueOn } from './rules/deadlines.rules';
import { applicationPeriod, checkApplicationPeriodFacts } from './rules/application-period.rules';
import { checkApplicants, SimplifiedFacts, suggestProcedure } from './rules/intake.rules';
import { CaseEvent } from './rules/transitions.rules';
import { ApplicationTimeliness, CaseStatus, Channel } from './case.enums';
import { toCaseView } from './case-views';
import { CaseEntity } from './case.entity';
import { RegisteredCaseView, RegistrationWarningView } from './dto/case.view';
import { RegisterCaseDto } from './dto/register-case.dto';
import {
  claimKeys,
  IdempotencyClaim,
  IdempotentResponse,
  replay,
  requestHash,
  storeResponses,
} from './idempotency';
import { notAfter } from './rules/date-order.rules';

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
    | 'dismissalReason'
    | 'terminationReason'
    | 'simplifiedGround'
    | 'convertedToOrdinaryOn'
    | 'acceptanceRecordedOn'
    | 'deemedAccepted'
    | 'answerCopyDueOn'
    | 'answerCopySentOn'
    | 'answerCopyReceivedOn'
    | 'answerDueOn'
    | 'answeredOn'
    | 'assignedOfficerId'
    | 'createdAt'
    | 'updatedAt'
    | 'office'
    | 'respondent'
    | 'assignedOfficer'
  );

/** How many registrations share a transaction at most. */
const REGISTRATION_BATCH = 100;

/**
 * The numbers a batch takes, in the statement that inserts its cases (insertBatch): each year's
 * counter row, in ascending order of year (so two batches never wait on each other), moved on by
 * the batch's cases of that year. The row stays locked until the statement's transaction ends
 * and goes back with it if that fails, so numbers are gapless per year. `counts`: how many
 * cases of each year.
 */
function takingNumbers(counts: ReadonlyMap<number, number>): WithQuery {
  const years = [...counts.keys()].sort((x, y) => x - y);
  return {
    name: 'numbered',
    sql:
      `INSERT INTO case_number_counters AS k (year, last_seq) ` +
      `VALUES ${years.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')} ` +
      `ON CONFLICT (year) DO UPDATE SET last_seq = k.last_seq + EXCLUDED.last_seq ` +
      `RETURNING year, last_seq`,
    values: years.flatMap((year) => [year, counts.get(year)]),
  };
}

/**
 * A case's sequence number in its year, in the statement of takingNumbers: the last its year
 * took ($1: the year), less how many of the batch's cases of that year come after it ($2).
 */
const SEQ = '(SELECT last_seq FROM numbered WHERE year = $1) - $2';

/**
 * The case number of `year` as a `format()` template of its sequence number: 临复〔2026〕%s号.
 */
const numberTemplate = (prefix: string, year: number): string =>
  `${prefix.replaceAll('%', '%%')}〔${year}〕%s号`;

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

export type Registered = IdempotentResponse<RegisteredCaseView>;

/** An earlier case of the same applicant, respondent and act (earlierApplications). */
interface EarlierApplication {
  id: string;
  number: string;
  officeId: string | null;
}

/** Who an applicant is: the ID number of a person, the credit code of an organisation. */
const identityOf = (a: Pick<CaseApplicantEntity, 'idNumber' | 'creditCode'>): string | null =>
  a.idNumber ?? a.creditCode;

/** The act a registration names, as duplicates are matched: its document number, else type and date. */
const actKey = (c: Registration['case']): string | null =>
  c.actDocumentNumber !== null
    ? `doc:${c.respondentId}:${c.actDocumentNumber}`
    : c.actOn !== null
      ? `act:${c.respondentId}:${c.actType}:${c.actOn}`
      : null;

/**
 * The cases already registered that each of `fresh` may repeat (ARL 2023 Art. 30 ¶1 (7): 行政复议
 * 机关未受理过该申请人就同一行政行为提出的行政复议申请; Art. 74 ¶2: 申请人不得再以同一事实和理由提出
 * 行政复议申请): the same respondent, the same act — the same document number when the new one
 * has one, else the same act type and date; an act with neither is not identified and is not
 * looked up — and an applicant of the same kind with the same ID number or credit code.
 *
 * One query for the batch, through `case_applicants_identity_idx` and the cases' primary key, run
 * on a connection of its own before the batch's statement (beside its claims of Idempotency-Keys,
 * when it has any), so it never lengthens the lock every registration of the year waits on
 * (docs/benchmarks.md, registration): it sees every case committed before. It is awaited before
 * the cases are written, so a lookup that fails fails the batch and writes nothing. Repeats
 * within the batch are found here in memory (`withinBatch`); two repeats registered in the same
 * instant by two batches of different API processes warn neither: the warning is advice, the
 * office decides at acceptance.
 */
async function earlierApplications(
  em: EntityManager,
  fresh: readonly Registration[],
): Promise<Map<string, EarlierApplication[]>> {
  const rowsFor: { caseId: string; identity: string; kind: string; c: Registration['case'] }[] = [];
  for (const r of fresh) {
    if (actKey(r.case) === null) continue;
    for (const a of r.applicants) {
      const identity = identityOf(a);
      if (identity !== null) rowsFor.push({ caseId: r.case.id, identity, kind: a.kind, c: r.case });
    }
  }
  const found = new Map<string, EarlierApplication[]>();
  if (rowsFor.length === 0) return found;
  const rows = await em.query<(EarlierApplication & { for: string })[]>(
    `SELECT DISTINCT v.case_id AS "for", c.id, c.number, c.office_id AS "officeId", c.year, c.seq
       FROM unnest($1::uuid[], $2::text[], $3::applicant_kind[], $4::uuid[], $5::text[],
                   $6::act_type[], $7::date[])
            AS v(case_id, identity, kind, respondent_id, document_number, act_type, act_on)
       JOIN case_applicants a
         ON COALESCE(a.id_number, a.credit_code) = v.identity AND a.kind = v.kind
       JOIN cases c ON c.id = a.case_id
      WHERE c.respondent_id = v.respondent_id
        AND CASE WHEN v.document_number IS NOT NULL
                 THEN c.act_document_number = v.document_number
                 ELSE c.act_type = v.act_type AND c.act_on = v.act_on END
      ORDER BY c.year, c.seq`,
    [
      rowsFor.map((x) => x.caseId),
      rowsFor.map((x) => x.identity),
      rowsFor.map((x) => x.kind),
      rowsFor.map((x) => x.c.respondentId),
      rowsFor.map((x) => x.c.actDocumentNumber),
      rowsFor.map((x) => x.c.actType),
      rowsFor.map((x) => x.c.actOn),
    ],
  );
  for (const { for: caseId, id, number, officeId } of rows) {
    found.set(caseId, [...(found.get(caseId) ?? []), { id, number, officeId }]);
  }
  return found;
}

/**
 * Repeats within one batch: a registration repeats each one before it in the batch with the same
 * act and an applicant of the same kind and identity.
 */
function withinBatch(
  fresh: readonly Registration[],
  numbers: Map<Registration, { number: string }>,
  found: Map<string, EarlierApplication[]>,
): void {
  const seen = new Map<string, Registration[]>();
  for (const r of fresh) {
    const act = actKey(r.case);
    if (act === null) continue;
    const mates = new Set<Registration>();
    for (const a of r.applicants) {
      const identity = identityOf(a);
      if (identity === null) continue;
      const key = `${act}|${a.kind}|${identity}`;
      for (const earlier of seen.get(key) ?? []) mates.add(earlier);
      seen.set(key, [...(seen.get(key) ?? []), r]);
    }
    for (const m of mates) {
      const list = found.get(r.case.id) ?? [];
      list.push({ id: m.case.id, number: numbers.get(m)!.number, officeId: m.case.officeId });
      found.set(r.case.id, list);
    }
  }
}

/**
 * The warning of earlier applications, naming those the actor may see (an agent: its office's
 * only; the others are counted, not named). None when there are none.
 */
function duplicateWarnings(
  actor: Actor,
  earlier: readonly EarlierApplication[],
): RegistrationWarningView[] {
  if (earlier.length === 0) return [];
  const { officeId } = scopeOf(actor);
  const visible = earlier.filter((c) => officeId === null || c.officeId === officeId);
  const hidden = earlier.length - visible.length;
  const numbers = visible.map((c) => c.number);
  const named = numbers.length > 0 ? `（${numbers.join('、')}）` : '';
  const others = hidden > 0 ? `${numbers.length > 0 ? '，另有' : ''}${hidden}件由其他单位登记` : '';
  return [
    {
      code: 'POSSIBLE_DUPLICATE',
      message:
        `该申请人已就同一行政行为对同一被申请人提出过行政复议申请${named}${others}，` +
        '请核查是否属于重复申请（行政复议法第三十条第一款第七项、第七十四条第二款）',
      caseIds: visible.map((c) => c.id),
      numbers,
    },
  ];
}

/** The Idempotency-Key a registration claims, if it came with one. */
const claimOf = (r: Registration): IdempotencyClaim | null =>
  r.idempotencyKey === null ? null : { actorId: r.actor.id, key: r.idempotencyKey, hash: r.hash };

/**
 * Registration of cases (登记): checks, then numbers gapless per year, in batches that share one
 * transaction; answers a repeated Idempotency-Key with the first response (idempotency.ts).
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly env: Env,
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
    // Agents file for their own office, always through the agent point (docs/domain.md, "Roles and scopes").
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
    const given = dto.applicationPeriod ?? {};
    const periodFacts = {
      actOn: act.actOn ?? null,
      knownOn: act.knownOn ?? null,
      receivedOn: dto.receivedOn,
      statutoryPeriodDays: given.statutoryPeriodDays ?? null,
      notInformedOfRight: given.notInformedOfRight ?? false,
      learnedOfRightOn: given.learnedOfRightOn ?? null,
      immovableProperty: act.immovableProperty ?? false,
      obstacleFrom: given.obstacleFrom ?? null,
      obstacleEndedOn: given.obstacleEndedOn ?? null,
    };
    checkApplicationPeriodFacts(periodFacts);
    checkApplicants(dto.applicants);
    const cal = await this.calendar.exceptions();
    const dueOn = acceptanceDueOn(cal, dto.receivedOn);
    const { timeliness } = applicationPeriod(cal, periodFacts);
    const simplifiedFacts: SimplifiedFacts = {
      actType: act.type,
      actAmountYuan: act.amountYuan ?? null,
      actOnTheSpot: act.onTheSpot ?? false,
      actWarningOrCriticism: act.warningOrCriticism ?? false,
      partiesAgreeSimplified: dto.partiesAgreeSimplified ?? false,
    };
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
        actOn: periodFacts.actOn,
        knownOn: periodFacts.knownOn,
        actAmountYuan: simplifiedFacts.actAmountYuan,
        actSummary: act.summary ?? null,
        actOnTheSpot: simplifiedFacts.actOnTheSpot,
        actWarningOrCriticism: simplifiedFacts.actWarningOrCriticism,
        partiesAgreeSimplified: simplifiedFacts.partiesAgreeSimplified,
        immovableProperty: periodFacts.immovableProperty,
        statutoryPeriodDays: periodFacts.statutoryPeriodDays,
        notInformedOfRight: periodFacts.notInformedOfRight,
        learnedOfRightOn: periodFacts.learnedOfRightOn,
        obstacleFrom: periodFacts.obstacleFrom,
        obstacleEndedOn: periodFacts.obstacleEndedOn,
        obstacleReason: given.obstacleReason ?? null,
        requests: dto.requests,
        factsAndReasons: dto.factsAndReasons ?? null,
        enterpriseRelated: dto.enterpriseRelated ?? false,
        applicantNames: dto.applicants.map((a) => a.name).join('、'),
        applicationTimeliness: timeliness,
        applicationLate: timeliness !== ApplicationTimeliness.IN_TIME,
        suggestedProcedure: suggestProcedure(simplifiedFacts),
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
        (await replay<RegisteredCaseView>(
          this.dataSource.manager,
          actor.id,
          idempotencyKey!,
          registration.hash,
        ))
      );
    } catch (e) {
      throw unknownReference(e) ?? e;
    }
  }

  /**
   * Registrations that arrive together are written together (Batcher), in one statement
   * (`insertBatch`). With Idempotency-Keys, the keys are claimed and the answers stored in the
   * same transaction as that statement. Null: the Idempotency-Key was already claimed (by an
   * earlier request, or one of this batch), to replay once this batch has committed.
   */
  private async registerBatch(batch: Registration[]): Promise<(Registered | null)[]> {
    // Needs no lock: it runs on a connection of its own, beside the transaction's first steps.
    const lookup = earlierApplications(this.dataSource.manager, batch);
    lookup.catch(() => undefined); // awaited below; the transaction may fail first
    if (batch.every((r) => claimOf(r) === null)) {
      return this.insertBatch(this.dataSource.manager, batch, await lookup);
    }
    return this.dataSource.transaction(async (em) => {
      const claimants = await claimKeys(em, batch, claimOf);
      const fresh = batch.filter((r) => r.idempotencyKey === null || claimants.has(r));
      if (fresh.length === 0) return batch.map(() => null);
      const registered = await this.insertBatch(em, fresh, await lookup);
      const answers = new Map(fresh.map((r, i) => [r, registered[i]]));
      await storeResponses(
        em,
        fresh.flatMap((r) => {
          const claim = claimOf(r);
          return claim === null ? [] : [{ claim, body: answers.get(r)!.body }];
        }),
      );
      return batch.map((r) => answers.get(r) ?? null);
    });
  }

  /**
   * Numbers `fresh` and inserts them, their applicants and an audit row each, in one statement
   * (one round trip, and its own transaction where `em` has none): the numbers are taken in it
   * (`takingNumbers`), so the counter row is locked only while it runs. Answers each with the
   * case as Postgres now holds it (defaults filled in) without reading it back.
   */
  private async insertBatch(
    em: EntityManager,
    fresh: readonly Registration[],
    earlier: Map<string, EarlierApplication[]>,
  ): Promise<Registered[]> {
    // How many of the batch's cases each year has, and how many of them come after each case.
    const counts = new Map<number, number>();
    for (const r of fresh) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
    const after = new Map<number, number>(counts);
    const numbered = fresh.map((r) => {
      const back = after.get(r.year)! - 1;
      after.set(r.year, back);
      const template = numberTemplate(this.env.CASE_NUMBER_PREFIX, r.year);
      return { year: r.year, back, template };
    });
    const cases = await insertRows(
      em,
      CaseEntity,
      fresh.map((r, i) => {
        const { year, back, template } = numbered[i];
        return Object.assign(
          { ...r.case },
          {
            year,
            seq: computed(SEQ, year, back),
            number: computed(`format($3::text, ${SEQ})`, year, back, template),
          },
        );
      }),
      [
        alongside(
          CaseApplicantEntity,
          fresh.flatMap((r) =>
            r.applicants.map((a) => Object.assign({ ...a }, { caseId: r.case.id })),
          ),
        ),
        this.audit.alongside(
          fresh.map((r, i) => {
            const { year, back, template } = numbered[i];
            const after = {
              status: CaseStatus.RECEIVED,
              version: 1,
              data: {
                channel: r.case.channel,
                officeId: r.case.officeId,
                receivedOn: r.case.receivedOn,
              },
            };
            return Object.assign(
              this.audit.row(
                r.actor,
                { action: CaseEvent.REGISTER, entityType: 'case', entityId: r.case.id },
                r.requestId,
              ),
              {
                // after.data.number: the case's, as the statement computes it.
                after: computed(
                  `jsonb_set($4::jsonb, '{data,number}', to_jsonb(format($3::text, ${SEQ})))`,
                  year,
                  back,
                  template,
                  JSON.stringify(after),
                ),
              },
            );
          }),
        ),
      ],
      takingNumbers(counts),
    );
    withinBatch(fresh, new Map(fresh.map((r, i) => [r, cases[i]])), earlier);
    // Object.assign, not a spread with more after it (case-views.ts, toCaseView).
    return fresh.map((r, i) => ({
      status: 201,
      body: Object.assign(
        toCaseView(cases[i], r.applicants as CaseApplicantEntity[], [], null, r.actor, r.today),
        { warnings: duplicateWarnings(r.actor, earlier.get(r.case.id) ?? []) },
      ),
      replayed: false,
    }));
  }
}
