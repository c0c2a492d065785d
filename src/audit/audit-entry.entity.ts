import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only audit log. The database refuses UPDATE, DELETE and TRUNCATE on this
 * table (trigger in the migration); rows are written in the transaction of the change they record.
 */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entityType', 'entityId', 'id'])
/** GET /audit?action=: the security events among everything else, newest first. */
@Index('audit_log_action_idx', ['action', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Null for the system itself (start-up seeding, jobs). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  /** What happened, e.g. `user.created`, `calendar.day.set`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
