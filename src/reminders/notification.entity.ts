import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ReminderLetterEntity } from './reminder-letter.entity';
import { DeliveryStatus } from './notification.enums';

/**
 * The outbox: a letter to deliver through the notification channel, written in the transaction
 * that issues the letter, delivered (at least once, keyed by the letter id) with backoff.
 */
@Entity('notification_outbox')
@Index('notification_outbox_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  letterId!: string;

  @ManyToOne(() => ReminderLetterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'notification_outbox_letter_fk' })
  letter?: ReminderLetterEntity;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
