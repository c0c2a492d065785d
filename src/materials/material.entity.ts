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
import { MaterialKind } from './material-kind';

/** bigint comes back from pg as a string; file sizes stay far below 2^53. */
const bigintNumber = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * A file attached to a case (案件材料). The bytes live in MaterialStorage under `storageKey`;
 * the row is written in the same transaction as the ATTACH_MATERIAL audit entry.
 */
@Entity('case_materials')
@Index('case_materials_case_idx', ['caseId', 'uploadedAt'])
export class MaterialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_materials_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: MaterialKind, enumName: 'material_kind' })
  kind!: MaterialKind;

  /** As the uploader named it (may be Chinese); only ever sent back in Content-Disposition. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** Detected from the file's first bytes, not taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  sizeBytes!: number;

  /** Lower-case hex. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
