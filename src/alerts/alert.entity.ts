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
import { CaseEntity } from '../cases/case.entity';
import { HearingEntity } from '../litigation/hearing.entity';
import { UserEntity } from '../users/user.entity';
import { AlertLevel, DeadlineKind } from './alert.enums';

/**
 * A deadline alert for the officer handling a case or a lawsuit. Raised once per subject,
 * deadline (kind and date) and level, however often the job runs: the unique key makes a repeat
 * a no-op. The subject is a reconsideration case or a hearing.
 */
@Entity('alerts')
@Unique('alerts_once_key', ['subjectId', 'deadline', 'dueOn', 'level'])
@Index('alerts_officer_idx', ['officerId', 'raisedAt'])
@Index('alerts_raised_idx', ['raisedAt', 'id'])
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The case's or the hearing's id. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'alerts_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'uuid', nullable: true })
  hearingId!: string | null;

  @ManyToOne(() => HearingEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'hearing_id', foreignKeyConstraintName: 'alerts_hearing_fk' })
  hearing?: HearingEntity;

  /** The assigned officer when raised; null: not yet assigned (reviewers see those). */
  @Column({ type: 'uuid', nullable: true })
  officerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'officer_id', foreignKeyConstraintName: 'alerts_officer_fk' })
  officer?: UserEntity;

  @Column({ type: 'enum', enum: DeadlineKind, enumName: 'deadline_kind' })
  deadline!: DeadlineKind;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'enum', enum: AlertLevel, enumName: 'alert_level' })
  level!: AlertLevel;

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedBy!: string | null;
}
