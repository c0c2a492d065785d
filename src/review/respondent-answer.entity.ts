import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';

/** One item the respondent submitted with its answer: evidence or the basis of the act. */
export interface AnswerItem {
  title: string;
  /** The uploaded material holding it, when there is one. */
  materialId: string | null;
}

/**
 * The respondent's written answer (书面答复) with its evidence and basis (ARL 2023 Art. 48 ¶1,
 * Art. 54). Its dates are the case's answer clock (cases.answered_on and the rest).
 */
@Entity('respondent_answers')
@Unique('respondent_answers_case_key', ['caseId'])
export class RespondentAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'respondent_answers_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'date' })
  answeredOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: AnswerItem[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  basis!: AnswerItem[];

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
