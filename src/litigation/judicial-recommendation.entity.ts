import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgencyEntity } from '../organizations/agency.entity';
import { LitigationCaseEntity } from './litigation-case.entity';

/**
 * A court's judicial recommendation (司法建议) arising from a lawsuit, addressed to an agency of the
 * district, and the agency's answer, due by the day the court set (e.g. SPC 2020 Art. 12).
 */
@Entity('judicial_recommendations')
@Index('judicial_recommendations_case_idx', ['litigationCaseId'])
@Index('judicial_recommendations_received_idx', ['receivedOn'])
export class JudicialRecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  litigationCaseId!: string;

  @ManyToOne(() => LitigationCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'litigation_case_id',
    foreignKeyConstraintName: 'judicial_recommendations_case_fk',
  })
  litigationCase?: LitigationCaseEntity;

  /** The agency that must answer. */
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'agency_id',
    foreignKeyConstraintName: 'judicial_recommendations_agency_fk',
  })
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 100 })
  court!: string;

  /** The recommendation's own number, e.g. (2026)浙0105司建3号 */
  @Column({ type: 'varchar', length: 100 })
  documentNumber!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'date' })
  receivedOn!: string;

  /** The day the court asked the answer by. */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
