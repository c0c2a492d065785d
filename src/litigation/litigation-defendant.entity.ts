import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../organizations/agency.entity';
import { LitigationCaseEntity } from './litigation-case.entity';

/**
 * An agency sued in a lawsuit. After an upholding reconsideration decision the original agency
 * and the reconsideration organ are co-defendants (ALL Art. 26 ¶2; SPC 2018 Arts. 133–134), each
 * with its own duty to appear and its own letters.
 */
@Entity('litigation_defendants')
@Index('litigation_defendants_agency_idx', ['agencyId', 'litigationCaseId'])
export class LitigationDefendantEntity {
  @PrimaryColumn({ type: 'uuid' })
  litigationCaseId!: string;

  @ManyToOne(() => LitigationCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'litigation_case_id',
    foreignKeyConstraintName: 'litigation_defendants_case_fk',
  })
  litigationCase?: LitigationCaseEntity;

  @PrimaryColumn({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'litigation_defendants_agency_fk' })
  agency?: AgencyEntity;

  /** The order the defendants are listed in (被告一, 被告二). */
  @Column({ type: 'smallint' })
  position!: number;
}
