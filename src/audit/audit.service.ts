import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '../access/actor';
import { Batcher } from '../common/batcher';
import { currentRequestId } from '../common/request-context';
import { alongside, InsertRow, insertRows, RowsAlongside } from '../database/entity-rows';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** The audit rows a bulk change makes, one per row of its RETURNING set, by the system (jobs). */
export interface AuditRowsOf {
  action: string;
  entityType: string;
  /** SQL expression over a row of the source: the entity's id as text. */
  entityId: string;
  /** SQL expression over a row of the source: the `after` jsonb. */
  after: string;
}

/**
 * Reads of personal data, audited with the case as the entity (`entityType` 'case', `entityId` the
 * case's id, the actor): the detail of a case, a material's file. An administrator finds who read
 * a case with GET /audit?entityType=case&entityId=<case id> (or ?action=case.read). They are not
 * changes: a case's timeline leaves them out.
 */
export const READ_ACTIONS = ['case.read', 'material.downloaded', 'document.downloaded'] as const;

export interface ReadRecord extends AuditRecord {
  action: (typeof READ_ACTIONS)[number];
}

/** The most read rows one INSERT writes (recordRead). */
const READ_BATCH = 500;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** Writes audit rows. Always pass the EntityManager of the transaction that makes the change. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads arriving while an INSERT of reads runs go together in the next one (recordRead). */
  private readonly reads = new Batcher<QueryDeepPartialEntity<AuditEntryEntity>, void>(
    async (rows) => {
      await insertRows(this.dataSource.manager, AuditEntryEntity, rows);
      return rows.map(() => undefined);
    },
    READ_BATCH,
  );

  /**
   * The statement that ends a data-modifying WITH query by writing one audit row (actor
   * `system`) for each row of its CTE `source`, returning one row per audit row: a bulk change
   * and its audit rows in one statement, one round trip, whatever the number of rows. Only
   * constants of the calling code go in; `entityId` and `after` are SQL over the source's columns.
   */
  static recordRowsSql(source: string, rows: AuditRowsOf): string {
    if (!IDENTIFIER.test(source)) throw new Error(`not a CTE name: ${source}`);
    return `INSERT INTO audit_log (actor_name, action, entity_type, entity_id, after)
  SELECT 'system', ${literal(rows.action)}, ${literal(rows.entityType)}, ${rows.entityId}, ${rows.after}
    FROM ${source}
  RETURNING 1`;
  }

  async record(manager: EntityManager, actor: Actor | null, entry: AuditRecord): Promise<void> {
    await insertRows(manager, AuditEntryEntity, [this.row(actor, entry)]);
  }

  /**
   * The audit row of a read (READ_ACTIONS), stored before the read is answered: a read changes
   * nothing, so it is no transaction's; reads made at the same time share one INSERT (one commit
   * for many, where each read was a commit of its own: the case read's largest cost).
   */
  async recordRead(actor: Actor, entry: ReadRecord): Promise<void> {
    await this.reads.submit(this.row(actor, entry));
  }

  /** Rows made by row(), inserted in the same statement as the change's own rows (insertRows). */
  alongside(rows: InsertRow<AuditEntryEntity>[]): RowsAlongside {
    return alongside(AuditEntryEntity, rows);
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
