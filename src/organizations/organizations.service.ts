import { HttpStatus, Injectable } from '@nestjs/common';
import { assertVisible, scopeOf } from '../access/access.rules';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { decodeCursor, Page, PageQuery, toPage } from '../common/pagination';
import { CreateAgencyDto, UpdateAgencyDto, AgencyView } from './dto/agency.dto';
import {
  CreateJudicialOfficeDto,
  JudicialOfficeView,
  UpdateJudicialOfficeDto,
} from './dto/judicial-office.dto';
import { AgencyEntity } from './agency.entity';
import { JudicialOfficeEntity } from './judicial-office.entity';

interface Named extends ObjectLiteral {
  id: string;
  name: string;
  version: number;
}

/** Create, list and edit one kind of named organisation; every write audited, names unique. */
class Registry<E extends Named, V> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly entity: EntityTarget<E>,
    private readonly kind: 'agency' | 'judicial_office',
    private readonly view: (e: E) => V,
  ) {}

  private get code(): string {
    return this.kind.toUpperCase();
  }

  async list(query: PageQuery, onlyId?: string | null): Promise<Page<V>> {
    const after = decodeCursor(query.cursor, ['string', 'uuid']);
    const qb = this.dataSource
      .getRepository(this.entity)
      .createQueryBuilder('o')
      .orderBy('o.name')
      .addOrderBy('o.id');
    if (after) qb.where('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    if (onlyId !== undefined) qb.andWhere('o.id = :onlyId', { onlyId });
    const rows = await qb.take(query.limit + 1).getMany();
    return toPage(rows, query.limit, (o) => [o.name, o.id], this.view);
  }

  async get(id: string): Promise<V> {
    const found = await this.dataSource.getRepository(this.entity).findOneBy({ id } as never);
    if (!found) throw this.notFound();
    return this.view(found);
  }

  async create(actor: Actor, dto: Partial<E>): Promise<V> {
    return this.dataSource.transaction(async (em) => {
      await this.ensureNameFree(dto.name);
      const saved = await em.save(em.create(this.entity, dto as E));
      await this.audit.record(em, actor, {
        action: `${this.kind}.created`,
        entityType: this.kind,
        entityId: saved.id,
        after: this.view(saved) as object,
      });
      return this.view(saved);
    });
  }

  async update(actor: Actor, id: string, dto: Partial<E>): Promise<V> {
    return this.dataSource.transaction(async (em) => {
      const found = await em.findOne(this.entity, {
        where: { id } as never,
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw this.notFound();
      if (dto.name !== undefined && dto.name !== found.name) await this.ensureNameFree(dto.name);
      const before = this.view(found);
      const saved = await em.save(em.merge(this.entity, found, dto as E));
      await this.audit.record(em, actor, {
        action: `${this.kind}.updated`,
        entityType: this.kind,
        entityId: id,
        before: before as object,
        after: this.view(saved) as object,
      });
      return this.view(saved);
    });
  }

  private async ensureNameFree(name: string | undefined): Promise<void> {
    if (name === undefined) return;
    if (await this.dataSource.getRepository(this.entity).existsBy({ name } as never)) {
      throw AppError.conflict(`${this.code}_NAME_TAKEN`, `The name ${name} is taken`);
    }
  }

  private notFound(): AppError {
    return new AppError(
      HttpStatus.NOT_FOUND,
      `${this.code}_NOT_FOUND`,
      `${this.kind.replace('_', ' ')} not found`,
    );
  }
}

const officeNotFound = (): AppError =>
  new AppError(HttpStatus.NOT_FOUND, 'JUDICIAL_OFFICE_NOT_FOUND', 'judicial office not found');

@Injectable()
export class OrganizationsService {
  private readonly agencies: Registry<AgencyEntity, AgencyView>;
  private readonly offices: Registry<JudicialOfficeEntity, JudicialOfficeView>;

  constructor(dataSource: DataSource, audit: AuditService) {
    this.agencies = new Registry(dataSource, audit, AgencyEntity, 'agency', AgencyView.of);
    this.offices = new Registry(
      dataSource,
      audit,
      JudicialOfficeEntity,
      'judicial_office',
      JudicialOfficeView.of,
    );
  }

  listAgencies(query: PageQuery): Promise<Page<AgencyView>> {
    return this.agencies.list(query);
  }
  getAgency(id: string): Promise<AgencyView> {
    return this.agencies.get(id);
  }
  createAgency(actor: Actor, dto: CreateAgencyDto): Promise<AgencyView> {
    return this.agencies.create(actor, dto);
  }
  updateAgency(actor: Actor, id: string, dto: UpdateAgencyDto): Promise<AgencyView> {
    return this.agencies.update(actor, id, dto);
  }

  /** An AGENT sees only the office they file for; any other office answers 404. */
  listOffices(actor: Actor, query: PageQuery): Promise<Page<JudicialOfficeView>> {
    return this.offices.list(query, scopeOf(actor).officeId ?? undefined);
  }
  getOffice(actor: Actor, id: string): Promise<JudicialOfficeView> {
    assertVisible(actor, { officeId: id }, officeNotFound);
    return this.offices.get(id);
  }
  createOffice(actor: Actor, dto: CreateJudicialOfficeDto): Promise<JudicialOfficeView> {
    return this.offices.create(actor, dto);
  }
  updateOffice(
    actor: Actor,
    id: string,
    dto: UpdateJudicialOfficeDto,
  ): Promise<JudicialOfficeView> {
    return this.offices.update(actor, id, dto);
  }
}
