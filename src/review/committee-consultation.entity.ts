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
import { CommitteeGround } from './proceedings.enums';

/**
 * A referral to the reconsideration committee (行政复议委员会, ARL 2023 Art. 52) and its
 * consultation opinion, which the decision takes as an important reference (Art. 61 ¶3).
 */
@Entity('committee_consultations')
@Index('committee_consultations_case_idx', ['caseId', 'referredOn'])
export class CommitteeConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'committee_consultations_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: CommitteeGround, enumName: 'committee_ground' })
  ground!: CommitteeGround;

  @Column({ type: 'date' })
  referredOn!: string;

  /** The committee's opinion (咨询意见), recorded by the office (¶3); null until it comes. */
  @Column({ type: 'text', nullable: true })
  opinion!: string | null;

  @Column({ type: 'date', nullable: true })
  opinionOn!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
