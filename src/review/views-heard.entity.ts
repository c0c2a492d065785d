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
import { ViewsMethod } from './proceedings.enums';

/**
 * One hearing of the parties' views (听取意见, ARL 2023 Art. 49): under the ordinary procedure the
 * office hears them in person, online or by phone and records them (书面审理 when the parties
 * cannot be heard for their own reasons).
 */
@Entity('case_views_heard')
@Index('case_views_heard_case_idx', ['caseId', 'heardOn'])
export class ViewsHeardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_views_heard_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'date' })
  heardOn!: string;

  @Column({ type: 'enum', enum: ViewsMethod, enumName: 'views_method' })
  method!: ViewsMethod;

  /** Whose views: the parties heard, as named. */
  @Column({ type: 'varchar', length: 500 })
  heard!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
