import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { Outcome } from '../cases/case.enums';
import { DecisionStatus } from './decision.enums';

/** A decision on the merits (行政复议决定) as drafted by an officer and approved by a reviewer. */
@Entity('case_decisions')
@Index('case_decisions_case_idx', ['caseId', 'createdAt'])
// One open draft per case.
@Index('case_decisions_one_draft_idx', ['caseId'], { unique: true, where: `status = 'DRAFT'` })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_decisions_case_fk' })
  case?: CaseEntity;

  /** One of the eight merits outcomes (MERITS_OUTCOMES). */
  @Column({ type: 'enum', enum: Outcome, enumName: 'case_outcome' })
  type!: Outcome;

  @Column({ type: 'text' })
  reasoning!: string;

  @Column({ type: 'jsonb' })
  legalBasis!: string[];

  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'decision_status' })
  status!: DecisionStatus;

  @Column({ type: 'uuid' })
  draftedBy!: string;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
