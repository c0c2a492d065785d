import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { HearingEntity } from '../litigation/hearing.entity';
import { AgencyEntity } from '../organizations/agency.entity';
import { LetterStatus, ReminderKind } from './reminder-letter.enums';

/**
 * A hearing reminder letter, planned when the hearing is scheduled and issued at `sendAt`.
 * One row per (hearing, defendant, kind, hearing time), ever: the unique key and the conditional
 * PENDING → ISSUED update make retries, restarts and overlapping sweeps harmless.
 */
@Entity('reminder_letters')
@Unique('reminder_letters_once_key', ['hearingId', 'agencyId', 'kind', 'hearingAt'])
@Index('reminder_letters_due_idx', ['sendAt'], { where: `status = 'PENDING'` })
@Index('reminder_letters_agency_idx', ['agencyId', 'issuedAt'])
@Index('reminder_letters_issued_idx', ['issuedAt'])
export class ReminderLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hearingId!: string;

  @ManyToOne(() => HearingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hearing_id', foreignKeyConstraintName: 'reminder_letters_hearing_fk' })
  hearing?: HearingEntity;

  /** The defendant agency, whose head receives the letter. */
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'reminder_letters_agency_fk' })
  agency?: AgencyEntity;

  @Column({ type: 'enum', enum: ReminderKind, enumName: 'reminder_kind' })
  kind!: ReminderKind;

  /** The hearing time this letter is for: a rescheduled hearing gets new rows. */
  @Column({ type: 'timestamptz' })
  hearingAt!: Date;

  @Column({ type: 'timestamptz' })
  sendAt!: Date;

  @Column({ type: 'enum', enum: LetterStatus, enumName: 'reminder_status' })
  status!: LetterStatus;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** 负责人 name and title, as addressed when issued. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  recipient!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedBy!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeName!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeTitle!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
