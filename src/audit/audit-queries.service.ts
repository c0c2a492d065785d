import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryView, ListAuditQuery } from './dto/audit.dto';

/** Reads of the audit log (GET /audit): filters, newest first, keyset on the id. */
@Injectable()
export class AuditQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    const after = decodeCursor(query.cursor, ['string']);
    if (after && !/^\d{1,19}$/.test(String(after[0]))) {
      throw AppError.invalidField('cursor', 'INVALID_CURSOR', 'cursor is not one this API issued');
    }
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .take(query.limit + 1);
    if (query.action !== undefined) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId !== undefined)
      qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.entityType !== undefined) {
      qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    }
    if (query.entityId !== undefined) {
      qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    }
    if (after) qb.andWhere('a.id < :after', { after: String(after[0]) });
    return toPage(await qb.getMany(), query.limit, (e) => [String(e.id)], AuditEntryView.of);
  }
}
