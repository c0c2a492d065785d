import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudgmentOutcome } from './litigation-case.enums';

/** A lawsuit against an agency of the district (行政应诉案件). */
@Entity('litigation_cases')
@Unique('litigation_cases_court_number_key', ['court', 'courtCaseNumber'])
@Index('litigation_cases_agency_idx', ['defendantAgencyId', 'filedOn', 'id'])
@Index('litigation_cases_filed_idx', ['filedOn', 'id'])
export class LitigationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  court!: string;

  /** e.g. (2026)浙0105行初12号 */
  @Column({ type: 'varchar', length: 100 })
  courtCaseNumber!: string;

  @Column({ type: 'varchar', length: 200 })
  plaintiff!: string;

  @Column({ type: 'uuid' })
  defendantAgencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'defendant_agency_id',
    foreignKeyConstraintName: 'litigation_cases_agency_fk',
  })
  defendantAgency?: AgencyEntity;

  @Column({ type: 'text' })
  cause!: string;

  @Column({ type: 'uuid', nullable: true })
  reconsiderationCaseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'reconsideration_case_id',
    foreignKeyConstraintName: 'litigation_cases_case_fk',
  })
  reconsiderationCase?: CaseEntity;

  @Column({ type: 'date' })
  filedOn!: string;

  @Column({ type: 'enum', enum: JudgmentOutcome, enumName: 'judgment_outcome', nullable: true })
  judgment!: JudgmentOutcome | null;

  @Column({ type: 'date', nullable: true })
  judgedOn!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
