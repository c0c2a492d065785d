import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A registration made under an `Idempotency-Key`: the same user sending the same key again gets
 * this response instead of a second case. Written in the registering transaction.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  actorId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** sha256 of the request body as received: the same key with another body is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'smallint', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
