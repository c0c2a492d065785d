import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';

/** A suspension of the review (中止) and its resumption; its days extend the decision deadline. */
@Entity('case_suspensions')
@Index('case_suspensions_case_idx', ['caseId', 'suspendedOn'])
export class SuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_suspensions_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'date' })
  suspendedOn!: string;

  @Column({ type: 'date', nullable: true })
  resumedOn!: string | null;
}
