import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { scopeOf } from '../access/access.rules';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { notAfter } from '../cases/rules/date-order.rules';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { AgencyEntity } from '../organizations/agency.entity';
import { AgencyKind } from '../organizations/agency.enums';
import {
  AnswerRecommendationDto,
  CreateLitigationCaseDto,
  JudgmentDto,
  JudicialRecommendationDto,
  JudicialRecommendationView,
  ListLitigationCasesQuery,
  LitigationCaseView,
  OpenInstanceDto,
} from './dto/litigation.dto';
import { JudicialRecommendationEntity } from './judicial-recommendation.entity';
import { lawsuitViews, recommendationView } from './lawsuit-views';
import { LitigationStage } from './litigation-case.enums';
import { LitigationCaseEntity } from './litigation-case.entity';
import { LitigationDefendantEntity } from './litigation-defendant.entity';
import { LitigationInstanceEntity } from './litigation-instance.entity';
import { defendantsRule, judgmentFits, nextInstanceRefusal } from './rules/lawsuit.rules';

const notFound = (): AppError => AppError.notFound('litigation case', 'LITIGATION_CASE_NOT_FOUND');

/** A lawsuit as the writes need it: the row, locked, its defendants and its current instance. */
export interface Lawsuit {
  row: LitigationCaseEntity;
  defendants: string[];
  current: LitigationInstanceEntity;
}

/**
 * Lawsuits against the district's agencies (行政应诉): their defendants, instances, judgments and
 * the courts' judicial recommendations. Hearings are in hearings.service.ts. A liaison sees only
 * the lawsuits their agency is a defendant in; any other answers 404.
 */
@Injectable()
export class LitigationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateLitigationCaseDto): Promise<LitigationCaseView> {
    notAfter('filedOn', dto.filedOn, this.clock.today(), 'today');
    return this.dataSource.transaction(async (em) => {
      const agencies = await em.find(AgencyEntity, {
        select: { id: true, kind: true },
        where: { id: In(dto.defendantAgencyIds) },
      });
      if (agencies.length !== dto.defendantAgencyIds.length) {
        throw AppError.invalidField(
          'defendantAgencyIds',
          'UNKNOWN_AGENCY',
          'no agency has this id',
        );
      }
      if (dto.reconsiderationCaseId) {
        await this.checkDefendants(em, dto.reconsiderationCaseId, dto.defendantAgencyIds);
      }
      const lawsuit = await em.save(
        em.create(LitigationCaseEntity, {
          plaintiff: dto.plaintiff,
          cause: dto.cause,
          reconsiderationCaseId: dto.reconsiderationCaseId ?? null,
          filedOn: dto.filedOn,
          createdBy: actor.id,
          version: 1,
        }),
      );
      await em.insert(
        LitigationDefendantEntity,
        dto.defendantAgencyIds.map((agencyId, i) => ({
          litigationCaseId: lawsuit.id,
          agencyId,
          position: i + 1,
        })),
      );
      await this.insertInstance(em, lawsuit.id, 1, {
        stage: LitigationStage.FIRST_INSTANCE,
        court: dto.court,
        courtCaseNumber: dto.courtCaseNumber,
        filedOn: dto.filedOn,
      });
      const [v] = await lawsuitViews(em, [lawsuit], this.clock.now());
      await this.audit.record(em, actor, {
        action: 'litigation.created',
        entityType: 'litigation_case',
        entityId: lawsuit.id,
        after: v,
      });
      return v;
    });
  }

  async list(actor: Actor, q: ListLitigationCasesQuery): Promise<Page<LitigationCaseView>> {
    // A forged cursor answers 400, not a failed query (decodeCursor checks the date).
    const after = decodeCursor(q.cursor, ['date', 'uuid']);
    const qb = this.dataSource
      .getRepository(LitigationCaseEntity)
      .createQueryBuilder('l')
      .orderBy('l.filedOn', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(q.limit + 1);
    const sued = (param: string): string =>
      `EXISTS (SELECT 1 FROM litigation_defendants d
                WHERE d.litigation_case_id = l.id AND d.agency_id = :${param})`;
    const own = scopeOf(actor).agencyId;
    if (own) qb.andWhere(sued('own'), { own });
    if (q.agencyId) qb.andWhere(sued('agencyId'), { agencyId: q.agencyId });
    if (after) qb.andWhere('(l.filedOn, l.id) < (:on, :id)', { on: after[0], id: after[1] });
    const rows = await qb.getMany();
    const views = await lawsuitViews(
      this.dataSource.manager,
      rows.slice(0, q.limit),
      this.clock.now(),
    );
    const byId = new Map(views.map((v) => [v.id, v]));
    return toPage(
      rows,
      q.limit,
      (l) => [l.filedOn, l.id],
      (l) => byId.get(l.id)!,
    );
  }

  async get(actor: Actor, id: string): Promise<LitigationCaseView> {
    const em = this.dataSource.manager;
    const l = await this.visible(em, actor, id);
    return (await lawsuitViews(em, [l.row], this.clock.now()))[0];
  }

  /** An appeal, a retrial, or a first instance again after a remand. */
  async openInstance(actor: Actor, id: string, dto: OpenInstanceDto): Promise<LitigationCaseView> {
    notAfter('filedOn', dto.filedOn, this.clock.today(), 'today');
    return this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id, true);
      const refusal = nextInstanceRefusal(l.current, dto.stage);
      if (refusal === 'INSTANCE_OPEN') {
        throw AppError.conflict('INSTANCE_OPEN', 'The current instance has not been judged yet');
      }
      if (refusal === 'STAGE_OUT_OF_ORDER') {
        throw AppError.conflict(
          'STAGE_OUT_OF_ORDER',
          `A ${dto.stage} cannot follow a ${l.current.stage} judged ${l.current.judgment}`,
        );
      }
      if (dto.filedOn < l.current.judgedOn!) {
        throw AppError.invalidField(
          'filedOn',
          'DATE_OUT_OF_ORDER',
          'filedOn is before the last instance was judged',
        );
      }
      const instance = await this.insertInstance(em, id, l.current.seq + 1, dto);
      await this.bump(em, l.row);
      await this.audit.record(em, actor, {
        action: 'litigation.instance_opened',
        entityType: 'litigation_case',
        entityId: id,
        after: { instanceId: instance.id, ...dto },
      });
      return (await lawsuitViews(em, [l.row], this.clock.now()))[0];
    });
  }

  /** The judgment of the current instance. */
  async judgment(actor: Actor, id: string, dto: JudgmentDto): Promise<LitigationCaseView> {
    return this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id, true);
      const i = l.current;
      if (i.judgment !== null) {
        throw AppError.conflict('LITIGATION_CONCLUDED', 'The current instance is judged already');
      }
      if (!judgmentFits(i.stage, dto.kind)) {
        throw AppError.invalidField(
          'kind',
          'REMAND_ONLY_ON_APPEAL',
          'A first instance is not remanded',
        );
      }
      notAfter('judgedOn', dto.judgedOn, this.clock.today(), 'today');
      if (dto.judgedOn < i.filedOn) {
        throw AppError.invalidField('judgedOn', 'DATE_OUT_OF_ORDER', 'judgedOn is before filedOn');
      }
      await em.update(
        LitigationInstanceEntity,
        { id: i.id },
        { judgment: dto.kind, judgedOn: dto.judgedOn },
      );
      await this.bump(em, l.row);
      await this.audit.record(em, actor, {
        action: 'litigation.judged',
        entityType: 'litigation_case',
        entityId: id,
        before: { instanceId: i.id, judgment: null },
        after: { instanceId: i.id, judgment: dto.kind, judgedOn: dto.judgedOn },
      });
      return (await lawsuitViews(em, [l.row], this.clock.now()))[0];
    });
  }

  async addRecommendation(
    actor: Actor,
    id: string,
    dto: JudicialRecommendationDto,
  ): Promise<JudicialRecommendationView> {
    notAfter('receivedOn', dto.receivedOn, this.clock.today(), 'today');
    if (dto.dueOn < dto.receivedOn) {
      throw AppError.invalidField('dueOn', 'DATE_OUT_OF_ORDER', 'dueOn is before receivedOn');
    }
    return this.dataSource.transaction(async (em) => {
      const l = await this.visible(em, actor, id, true);
      if (!(await em.existsBy(AgencyEntity, { id: dto.agencyId }))) {
        throw AppError.invalidField('agencyId', 'UNKNOWN_AGENCY', 'no agency has this id');
      }
      if (dto.receivedOn < l.row.filedOn) {
        throw AppError.invalidField(
          'receivedOn',
          'DATE_OUT_OF_ORDER',
          'receivedOn is before the suit was filed',
        );
      }
      const saved = await em.save(
        em.create(JudicialRecommendationEntity, {
          litigationCaseId: id,
          ...dto,
          answeredOn: null,
          answer: null,
          createdBy: actor.id,
          version: 1,
        }),
      );
      const v = recommendationView(saved, this.clock.today());
      await this.audit.record(em, actor, {
        action: 'litigation.recommendation_received',
        entityType: 'judicial_recommendation',
        entityId: saved.id,
        after: v,
      });
      return v;
    });
  }

  async answerRecommendation(
    actor: Actor,
    id: string,
    recommendationId: string,
    dto: AnswerRecommendationDto,
  ): Promise<JudicialRecommendationView> {
    notAfter('answeredOn', dto.answeredOn, this.clock.today(), 'today');
    return this.dataSource.transaction(async (em) => {
      await this.visible(em, actor, id);
      const r = await em.findOne(JudicialRecommendationEntity, {
        where: { id: recommendationId, litigationCaseId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!r) {
        throw AppError.notFound('judicial recommendation', 'JUDICIAL_RECOMMENDATION_NOT_FOUND');
      }
      if (r.answeredOn !== null) {
        throw AppError.conflict('RECOMMENDATION_ANSWERED', 'The answer is recorded already');
      }
      if (dto.answeredOn < r.receivedOn) {
        throw AppError.invalidField(
          'answeredOn',
          'DATE_OUT_OF_ORDER',
          'answeredOn is before receivedOn',
        );
      }
      const saved = { ...r, ...dto, version: r.version + 1 };
      await em.update(
        JudicialRecommendationEntity,
        { id: r.id },
        { answeredOn: dto.answeredOn, answer: dto.answer, version: saved.version },
      );
      const v = recommendationView(saved, this.clock.today());
      await this.audit.record(em, actor, {
        action: 'litigation.recommendation_answered',
        entityType: 'judicial_recommendation',
        entityId: r.id,
        before: { answeredOn: null },
        after: { answeredOn: dto.answeredOn, answer: dto.answer },
      });
      return v;
    });
  }

  /**
   * The lawsuit if `actor` may see it (404 otherwise: a liaison sees the lawsuits their agency is
   * a defendant in), with its defendants and current instance; `lock` for writes.
   */
  async visible(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Lawsuit> {
    const row = await em.findOne(LitigationCaseEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw notFound();
    const defendants = await em.find(LitigationDefendantEntity, {
      where: { litigationCaseId: id },
    });
    const current = await em.findOne(LitigationInstanceEntity, {
      where: { litigationCaseId: id },
      order: { seq: 'DESC' },
    });
    const own = scopeOf(actor).agencyId;
    if (own !== null && !defendants.some((d) => d.agencyId === own)) throw notFound();
    return {
      row,
      defendants: defendants.sort((a, b) => a.position - b.position).map((d) => d.agencyId),
      current: current!,
    };
  }

  /** A change to a lawsuit's parts moves its version, so a client can tell its view is stale. */
  async bump(em: EntityManager, row: LitigationCaseEntity): Promise<void> {
    row.version += 1;
    await em.update(LitigationCaseEntity, { id: row.id }, { version: row.version });
  }

  /**
   * ALL Art. 26 ¶2 (defendantsRule): after an upholding decision the original agency (the case's
   * respondent) and the organ are both defendants; after a changing one, the organ alone.
   */
  private async checkDefendants(
    em: EntityManager,
    caseId: string,
    defendants: string[],
  ): Promise<void> {
    const c = await em.findOne(CaseEntity, {
      select: { id: true, respondentId: true, outcome: true },
      where: { id: caseId },
    });
    if (!c) {
      throw AppError.invalidField('reconsiderationCaseId', 'UNKNOWN_CASE', 'no case has this id');
    }
    const rule = defendantsRule(c.outcome);
    if (rule === null) return;
    const organ = await em.findOne(AgencyEntity, {
      select: { id: true },
      where: { kind: AgencyKind.RECONSIDERATION_ORGAN },
    });
    const has = (agencyId: string | undefined): boolean =>
      agencyId !== undefined && defendants.includes(agencyId);
    if (rule === 'CO_DEFENDANTS' && !(has(c.respondentId) && has(organ?.id))) {
      throw AppError.invalidField(
        'defendantAgencyIds',
        'CO_DEFENDANTS_REQUIRED',
        'The reconsideration upheld the act: the agency that made it and the reconsideration organ are co-defendants (ALL Art. 26 ¶2)',
      );
    }
    if (rule === 'ORGAN_ALONE' && !(defendants.length === 1 && has(organ?.id))) {
      throw AppError.invalidField(
        'defendantAgencyIds',
        'ORGAN_ALONE_DEFENDANT',
        'The reconsideration changed the act: the reconsideration organ alone is the defendant (ALL Art. 26 ¶2)',
      );
    }
  }

  /** ON CONFLICT rather than a look-up first: a court case number is registered once. */
  private async insertInstance(
    em: EntityManager,
    litigationCaseId: string,
    seq: number,
    dto: Pick<OpenInstanceDto, 'stage' | 'court' | 'courtCaseNumber' | 'filedOn'>,
  ): Promise<{ id: string }> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(LitigationInstanceEntity)
      .values({
        litigationCaseId,
        seq,
        stage: dto.stage,
        court: dto.court,
        courtCaseNumber: dto.courtCaseNumber,
        filedOn: dto.filedOn,
        judgment: null,
        judgedOn: null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) {
      throw AppError.conflict(
        'LITIGATION_CASE_EXISTS',
        `${dto.courtCaseNumber} is registered already`,
      );
    }
    return row;
  }
}
