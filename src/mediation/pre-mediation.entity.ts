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
import { MediationStatus } from './pre-mediation.enums';

/** One attempt at pre-case mediation (案前调解); a case may have several after failures. */
@Entity('pre_mediations')
@Index('pre_mediations_case_idx', ['caseId', 'startedOn'])
// At most one attempt open per case.
@Index('pre_mediations_one_open_idx', ['caseId'], { unique: true, where: `status = 'OPEN'` })
export class PreMediationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'pre_mediations_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 50 })
  mediatorName!: string;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'enum', enum: MediationStatus, enumName: 'mediation_status' })
  status!: MediationStatus;

  @Column({ type: 'date', nullable: true })
  concludedOn!: string | null;

  /** The terms agreed (调解协议) when it succeeded. */
  @Column({ type: 'text', nullable: true })
  agreement!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
