import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { JudgmentKind, LitigationStage } from './litigation-case.enums';
import { LitigationCaseEntity } from './litigation-case.entity';

/**
 * One instance of a lawsuit (一审, 二审, 再审: SPC 2020 Art. 1), with its court, case number and
 * judgment. Instances follow one another: a new one opens only after the last was judged.
 */
@Entity('litigation_instances')
@Unique('litigation_instances_court_number_key', ['court', 'courtCaseNumber'])
@Unique('litigation_instances_seq_key', ['litigationCaseId', 'seq'])
export class LitigationInstanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  litigationCaseId!: string;

  @ManyToOne(() => LitigationCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'litigation_case_id',
    foreignKeyConstraintName: 'litigation_instances_case_fk',
  })
  litigationCase?: LitigationCaseEntity;

  /** 1 for the first instance, then 2, 3… in the order they opened. */
  @Column({ type: 'smallint' })
  seq!: number;

  @Column({ type: 'enum', enum: LitigationStage, enumName: 'litigation_stage' })
  stage!: LitigationStage;

  @Column({ type: 'varchar', length: 100 })
  court!: string;

  /** e.g. (2026)浙0105行初12号, (2026)浙01行终8号 */
  @Column({ type: 'varchar', length: 100 })
  courtCaseNumber!: string;

  @Column({ type: 'date' })
  filedOn!: string;

  @Column({ type: 'enum', enum: JudgmentKind, enumName: 'judgment_kind', nullable: true })
  judgment!: JudgmentKind | null;

  @Column({ type: 'date', nullable: true })
  judgedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
