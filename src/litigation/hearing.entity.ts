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
import { LitigationInstanceEntity } from './litigation-instance.entity';
import { HearingStatus } from './hearing.enums';

/**
 * A court hearing in one instance of a lawsuit. Its reminder letters are derived from it
 * (reminders/), one set per defendant; who appeared for each defendant is in hearing_appearances.
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

  @Column({ type: 'uuid' })
  instanceId!: string;

  @ManyToOne(() => LitigationInstanceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instance_id', foreignKeyConstraintName: 'hearings_instance_fk' })
  instance?: LitigationInstanceEntity;

  @Column({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  court!: string;

  @Column({ type: 'varchar', length: 100 })
  courtroom!: string;

  @Column({ type: 'enum', enum: HearingStatus, enumName: 'hearing_status' })
  status!: HearingStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
