import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the nightly job stored for a period: `2026` (the year to date) or `2026-03` (the month to
 * date), every grouping. A re-run replaces the period's row.
 */
@Entity('statistics_snapshots')
export class SnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date' })
  toDate!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;

  @Column({ type: 'jsonb' })
  figures!: Record<string, unknown>;
}
