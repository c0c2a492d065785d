import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../access/actor';
import { currentRequestId } from '../common/request-context';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Writes audit rows. Always pass the EntityManager of the transaction that makes the change. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor | null, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntryEntity, this.row(actor, entry));
  }

  /**
   * The row of `entry`, to insert with others in one statement (many changes of one transaction);
   * `requestId`: of the request that made the change, when it is not the current one.
   */
  row(
    actor: Actor | null,
    entry: AuditRecord,
    requestId = currentRequestId(),
  ): QueryDeepPartialEntity<AuditEntryEntity> {
    return {
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId,
    };
  }
}
