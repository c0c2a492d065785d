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
import { StayDecision, StayGround } from './enforcement-stay.enums';

/**
 * A stay of the act's enforcement (停止执行, ARL 2023 Art. 42): the act is enforced during the
 * review unless one of the four grounds applies. A party's request waits for the office's decision.
 */
@Entity('enforcement_stays')
@Index('enforcement_stays_case_idx', ['caseId', 'createdAt'])
export class EnforcementStayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'enforcement_stays_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: StayGround, enumName: 'stay_ground' })
  ground!: StayGround;

  /** Who asked (a party's name as filed), for a request (Art. 42 (3)). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestedBy!: string | null;

  /** The day the request was received or the ground arose. */
  @Column({ type: 'date' })
  requestedOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** Null while a party's request awaits the office's decision. */
  @Column({ type: 'enum', enum: StayDecision, enumName: 'stay_decision', nullable: true })
  decision!: StayDecision | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
