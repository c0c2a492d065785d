import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AgencyKind } from './agency.enums';

/** An administrative agency of the district: a respondent in reconsideration, a defendant in court. */
@Entity('agencies')
@Index('agencies_one_organ_key', ['kind'], {
  unique: true,
  where: `kind = 'RECONSIDERATION_ORGAN'`,
})
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
