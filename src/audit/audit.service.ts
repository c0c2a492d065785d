import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
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
    await manager.insert(AuditEntryEntity, {
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // jsonb columns: TypeORM's deep-partial type cannot describe arbitrary JSON.
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      requestId: currentRequestId(),
    });
  }
}
