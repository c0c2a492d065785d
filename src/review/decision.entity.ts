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
import { decimal } from '../database/decimal.transformer';
import { DecisionStatus } from './decision.enums';
import { AgreementRuling, ApprovalBasis, CompensationRuling } from './proceedings.enums';

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

  /** Art. 64: with a revocation, the respondent is ordered to act anew within this many days. */
  @Column({ type: 'smallint', nullable: true })
  remakeWithinDays!: number | null;

  /** Art. 71: the decision on an administrative agreement, alongside the merits decision. */
  @Column({ type: 'enum', enum: AgreementRuling, enumName: 'agreement_ruling', nullable: true })
  agreementRuling!: AgreementRuling | null;

  /** Art. 72: the decision on the compensation claimed with the application. */
  @Column({
    type: 'enum',
    enum: CompensationRuling,
    enumName: 'compensation_ruling',
    nullable: true,
  })
  compensationRuling!: CompensationRuling | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimal })
  compensationAmountYuan!: number | null;

  /** Art. 61 ¶1: agreed by the organ's head, or passed by a collective discussion. */
  @Column({ type: 'enum', enum: ApprovalBasis, enumName: 'approval_basis', nullable: true })
  approvalBasis!: ApprovalBasis | null;

  @Column({ type: 'uuid', nullable: true })
  collectiveDiscussionId!: string | null;

  /** Art. 75 ¶2: the decision takes effect on service (一经送达，即发生法律效力). */
  @Column({ type: 'date', nullable: true })
  servedOn!: string | null;

  /** Arts. 77–78: the respondent's performance: by when, and its report. */
  @Column({ type: 'date', nullable: true })
  performanceDueOn!: string | null;

  @Column({ type: 'date', nullable: true })
  performanceReportedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
