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
import { FormalHearingReason, FormalHearingStatus } from './proceedings.enums';

/**
 * A formal hearing (听证, ARL 2023 Arts. 50–51): its reason, the written notice served at least 5
 * working days before, and, once held, whether the respondent's head attended and the record.
 */
@Entity('case_formal_hearings')
@Index('case_formal_hearings_case_idx', ['caseId', 'heldOn'])
export class FormalHearingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_formal_hearings_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: FormalHearingReason, enumName: 'formal_hearing_reason' })
  reason!: FormalHearingReason;

  /** The day the written notice reached the parties (Art. 51 ¶1: 五日前). */
  @Column({ type: 'date' })
  noticeServedOn!: string;

  /** The day the hearing is (or was) held. */
  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  /** 拟听证事项. */
  @Column({ type: 'text' })
  matters!: string;

  @Column({ type: 'enum', enum: FormalHearingStatus, enumName: 'formal_hearing_status' })
  status!: FormalHearingStatus;

  /** Art. 51 ¶3: 被申请人的负责人应当参加听证. Null until the hearing is recorded. */
  @Column({ type: 'boolean', nullable: true })
  respondentHeadAttended!: boolean | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  respondentAttendeeName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  respondentAttendeeTitle!: string | null;

  /** 不能参加的，应当说明理由并委托相应的工作人员参加听证. */
  @Column({ type: 'text', nullable: true })
  headAbsenceReason!: string | null;

  /** 听证笔录: what the decision may rest on (Art. 61 ¶2). */
  @Column({ type: 'text', nullable: true })
  record!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
