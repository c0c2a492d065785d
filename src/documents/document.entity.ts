import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { MaterialEntity } from '../materials/material.entity';
import { DocumentKind, DocumentStatus } from './document.enums';

/**
 * A document (文书) of a case: drafted from the records, issued with its number (文号) and frozen
 * (the bytes, with their SHA-256, kept as a material of the case), then served. A served document
 * is never regenerated: a correction is a new document that supersedes it.
 */
@Entity('case_documents')
// Numbered exactly when issued: a draft has no number, an issued or superseded document keeps its own.
@Check('case_documents_number_check', `(status = 'DRAFT') = (number IS NULL)`)
@Unique('case_documents_number_key', ['kind', 'year', 'seq'])
@Unique('case_documents_supersedes_key', ['supersedesId'])
@Index('case_documents_case_idx', ['caseId', 'createdAt'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_documents_case_fk' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind!: DocumentKind;

  /**
   * The record of the step it documents when a case has several (a supplement request, a
   * suspension, a formal hearing, a recommendation letter); null for the case's one of its kind.
   */
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'enum', enum: DocumentStatus, enumName: 'document_status' })
  status!: DocumentStatus;

  /** 文号, e.g. 区复受〔2026〕17号; set when issued. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  number!: string | null;

  @Column({ type: 'smallint', nullable: true })
  year!: number | null;

  @Column({ type: 'integer', nullable: true })
  seq!: number | null;

  @Column({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  issuedBy!: string | null;

  /** The issued bytes, as a material of the case. */
  @Column({ type: 'uuid', nullable: true })
  materialId!: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'case_documents_material_fk' })
  material?: MaterialEntity;

  /** Lower-case hex SHA-256 of the issued bytes. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** The issued document this one corrects. */
  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'case_documents_supersedes_fk' })
  supersedes?: DocumentEntity;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
