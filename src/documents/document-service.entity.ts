import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MaterialEntity } from '../materials/material.entity';
import { DocumentEntity } from './document.entity';
import { ServiceMethod } from './document.enums';

/** The service (送达) of an issued document on one recipient (ARL Art. 88; CPL Arts. 87–95). */
@Entity('case_document_services')
@Index('case_document_services_document_idx', ['documentId', 'servedOn'])
export class DocumentServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'document_id',
    foreignKeyConstraintName: 'case_document_services_document_fk',
  })
  document?: DocumentEntity;

  @Column({ type: 'enum', enum: ServiceMethod, enumName: 'service_method' })
  method!: ServiceMethod;

  @Column({ type: 'varchar', length: 200 })
  recipient!: string;

  /** The day of the act: handed over, left, sent electronically and arrived, signed for, published. */
  @Column({ type: 'date' })
  deliveredOn!: string;

  /** The day the law counts as service (servedOn in rules/service.rules.ts). */
  @Column({ type: 'date' })
  servedOn!: string;

  /** The proof (送达回证, a postal receipt, the notice as published), as a material of the case. */
  @Column({ type: 'uuid', nullable: true })
  proofMaterialId!: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'proof_material_id',
    foreignKeyConstraintName: 'case_document_services_proof_fk',
  })
  proofMaterial?: MaterialEntity;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
