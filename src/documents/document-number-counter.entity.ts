import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DocumentKind } from './document.enums';

/**
 * The last document number handed out per kind and year. Incremented in the issuing transaction,
 * so a rolled-back issue leaves no gap and concurrent ones queue on the row.
 */
@Entity('document_number_counters')
export class DocumentNumberCounterEntity {
  @PrimaryColumn({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind!: DocumentKind;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  lastSeq!: number;
}
