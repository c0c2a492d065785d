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
import { CaseEntity } from '../cases/case.entity';

/**
 * A lawsuit against agencies of the district (行政应诉案件): its defendants
 * (litigation_defendants), its instances (litigation_instances) and their hearings.
 */
@Entity('litigation_cases')
@Index('litigation_cases_filed_idx', ['filedOn', 'id'])
export class LitigationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  plaintiff!: string;

  @Column({ type: 'text' })
  cause!: string;

  @Column({ type: 'uuid', nullable: true })
  reconsiderationCaseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'reconsideration_case_id',
    foreignKeyConstraintName: 'litigation_cases_case_fk',
  })
  reconsiderationCase?: CaseEntity;

  /** The day the suit was filed: its first instance's filedOn. */
  @Column({ type: 'date' })
  filedOn!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
