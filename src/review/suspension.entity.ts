import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { SuspensionGround } from './proceedings.enums';

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

  /** The ground of Art. 39 ¶1; null on suspensions recorded before grounds were coded. */
  @Column({ type: 'enum', enum: SuspensionGround, enumName: 'suspension_ground', nullable: true })
  ground!: SuspensionGround | null;

  @Column({ type: 'text' })
  reason!: string;

  /** The written notice of the suspension reached the parties (Art. 39 ¶3: 应当书面告知当事人). */
  @Column({ type: 'date', nullable: true })
  noticeServedOn!: string | null;

  /** The written notice of the resumption reached the parties. */
  @Column({ type: 'date', nullable: true })
  resumptionNoticeServedOn!: string | null;

  @Column({ type: 'date' })
  suspendedOn!: string;

  @Column({ type: 'date', nullable: true })
  resumedOn!: string | null;
}
