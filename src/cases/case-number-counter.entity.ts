import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last case number handed out per year. Incremented in the registering transaction, so a
 * rolled-back registration leaves no gap and concurrent ones queue on the row instead of colliding.
 */
@Entity('case_number_counters')
export class CaseNumberCounterEntity {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  lastSeq!: number;
}
