import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { Role } from '../access/role';

@Entity('users')
@Check('users_agent_office', `role <> 'AGENT' OR office_id IS NOT NULL`)
@Check('users_liaison_agency', `role <> 'AGENCY_LIAISON' OR agency_id IS NOT NULL`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique regardless of case: a unique index on lower(username), written in the migration. */
  @Index('users_username_key', { synchronize: false })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  /** The judicial office an AGENT files for. */
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne(() => JudicialOfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'users_office_fk' })
  office?: JudicialOfficeEntity;

  /** The agency an AGENCY_LIAISON speaks for. */
  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'users_agency_fk' })
  agency?: AgencyEntity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Head of the reconsideration office (行政复议机构负责人): approves extensions (ARL 2023 Art. 62)
   * and switches to the ordinary procedure (Art. 55).
   */
  @Column({ type: 'boolean', default: false })
  headsOffice!: boolean;

  /** Head of the reconsideration organ (行政复议机关负责人): agrees to decisions (Art. 61 ¶1). */
  @Column({ type: 'boolean', default: false })
  headsOrgan!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
