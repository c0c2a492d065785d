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
import { ReviewMediationStatus } from './proceedings.enums';

/**
 * Mediation during the review (调解, ARL 2023 Arts. 5, 73): the agreement becomes a 调解书, in
 * effect once every party has signed it and the organ has sealed it; it closes the case
 * (REVIEW_MEDIATED). No agreement, or a party backing out before it takes effect, returns the
 * case to review. One open mediation per case.
 */
@Entity('review_mediations')
@Index('review_mediations_case_idx', ['caseId', 'startedOn'])
@Index('review_mediations_one_open_idx', ['caseId'], { unique: true, where: `status = 'OPEN'` })
export class ReviewMediationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'review_mediations_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'enum', enum: ReviewMediationStatus, enumName: 'review_mediation_status' })
  status!: ReviewMediationStatus;

  /** The agreement (调解协议) the 调解书 records. */
  @Column({ type: 'text', nullable: true })
  agreement!: string | null;

  /** The day the last party signed and the organ sealed it: in effect (Art. 73 ¶1). */
  @Column({ type: 'date', nullable: true })
  effectiveOn!: string | null;

  /** The day it failed or a party backed out (Art. 73 ¶2), and why. */
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
