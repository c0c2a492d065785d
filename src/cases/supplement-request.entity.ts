import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { SupplementStatus } from './supplement-request.enums';

/** A request to supplement the application (补正通知): what is missing and by when. */
@Entity('case_supplement_requests')
@Index('case_supplement_requests_case_idx', ['caseId', 'createdAt'])
export class SupplementRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_supplement_requests_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'jsonb' })
  items!: string[];

  /** The day the office sent the notice: within 5 working days of receipt (Art. 31 ¶1). */
  @Column({ type: 'date' })
  noticeSentOn!: string;

  /** The day the notice reached the applicant: the 10 working days run from here. */
  @Column({ type: 'date' })
  noticeServedOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  /** The office extended the reply period for a good reason (Art. 31 ¶2): why, and when. */
  @Column({ type: 'text', nullable: true })
  extensionReason!: string | null;

  @Column({ type: 'date', nullable: true })
  extendedOn!: string | null;

  @Column({ type: 'enum', enum: SupplementStatus, enumName: 'supplement_status' })
  status!: SupplementStatus;

  @Column({ type: 'date', nullable: true })
  fulfilledOn!: string | null;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
