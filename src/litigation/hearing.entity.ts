import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LitigationCaseEntity } from './litigation-case.entity';
import { HearingStatus } from './hearing.enums';

/**
 * A court hearing of a lawsuit. Its reminder letters are derived from it (reminders/); the
 * attendance is recorded after it.
 */
@Entity('hearings')
@Index('hearings_case_idx', ['litigationCaseId', 'scheduledAt'])
@Index('hearings_scheduled_idx', ['scheduledAt'])
export class HearingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  litigationCaseId!: string;

  @ManyToOne(() => LitigationCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'litigation_case_id', foreignKeyConstraintName: 'hearings_case_fk' })
  litigationCase?: LitigationCaseEntity;

  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  court!: string;

  @Column({ type: 'varchar', length: 100 })
  courtroom!: string;

  @Column({ type: 'enum', enum: HearingStatus, enumName: 'hearing_status' })
  status!: HearingStatus;

  /** Attendance, recorded after the hearing: did the head (or a deputy head in charge) appear? */
  @Column({ type: 'boolean', nullable: true })
  headAttended!: boolean | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeName!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeTitle!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  attendanceRecordedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
