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

/**
 * A collective discussion of a case (集体讨论, ARL 2023 Art. 61 ¶1): one of the two ways a decision
 * is agreed, the other being the consent of the organ's head.
 */
@Entity('collective_discussions')
@Index('collective_discussions_case_idx', ['caseId', 'heldOn'])
export class CollectiveDiscussionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'collective_discussions_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'date' })
  heldOn!: string;

  /** Who took part, as named. */
  @Column({ type: 'varchar', length: 500 })
  participants!: string;

  /** What was agreed (the decision proposed, and why). */
  @Column({ type: 'text' })
  conclusion!: string;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
