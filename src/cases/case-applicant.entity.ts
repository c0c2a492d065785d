import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicantKind } from './case.enums';
import { CaseEntity } from './case.entity';

/** An applicant (申请人) of a case: a person with an ID number, or an organisation with a credit code. */
@Entity('case_applicants')
@Index('case_applicants_case_idx', ['caseId', 'position'], { unique: true })
// Who the applicant is, ID number or credit code, for duplicate applications (created by hand in
// the migrations: an expression index).
@Index('case_applicants_identity_idx', { synchronize: false })
export class CaseApplicantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_applicants_case_fk' })
  case?: CaseEntity;

  /** Order as filed: the first applicant is named first in documents. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'enum', enum: ApplicantKind, enumName: 'applicant_kind' })
  kind!: ApplicantKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber!: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;
}
