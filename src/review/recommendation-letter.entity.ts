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
import { AgencyEntity } from '../organizations/agency.entity';
import { LetterKind } from './recommendation-letter.enums';

/** A recommendation or opinion letter (建议书/意见书) telling an agency to fix a practice. */
@Entity('recommendation_letters')
@Index('recommendation_letters_case_idx', ['caseId', 'issuedOn'])
@Index('recommendation_letters_issued_idx', ['issuedOn'])
export class RecommendationLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'recommendation_letters_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: LetterKind, enumName: 'letter_kind' })
  kind!: LetterKind;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'recommendation_letters_agency_fk' })
  agency?: AgencyEntity;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'uuid' })
  issuedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
