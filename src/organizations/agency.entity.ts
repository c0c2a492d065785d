import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export enum AgencyKind {
  DEPARTMENT = 'DEPARTMENT',
  TOWNSHIP_GOVERNMENT = 'TOWNSHIP_GOVERNMENT',
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  [AgencyKind.DEPARTMENT]: '区政府工作部门',
  [AgencyKind.TOWNSHIP_GOVERNMENT]: '乡镇人民政府',
};

/** An administrative agency of the district: a respondent in reconsideration, a defendant in court. */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('agencies_name_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind' })
  kind!: AgencyKind;

  /** The agency head (负责人) to whom hearing reminder letters are addressed. */
  @Column({ type: 'varchar', length: 50 })
  headName!: string;

  @Column({ type: 'varchar', length: 50 })
  headTitle!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
