import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ApplicantKind, PartyRole } from '../cases/case.enums';
import { CaseEntity } from '../cases/case.entity';

/**
 * A party to a case other than its applicants and respondent: a third party (第三人, Art. 16), a
 * representative of many applicants (代表人, Art. 15) or an agent (委托代理人, Art. 17). Contact
 * details are personal data, masked as the applicants' are.
 */
@Entity('case_parties')
@Index('case_parties_case_idx', ['caseId', 'createdAt'])
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_parties_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: PartyRole, enumName: 'party_role' })
  role!: PartyRole;

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

  /** Whom an agent or representative acts for (a name as filed), null for a third party. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  actsFor!: string | null;

  /** The day the party joined: applied and admitted, or was notified (Art. 16). */
  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
