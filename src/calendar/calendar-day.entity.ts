import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DayKind } from './rules/working-days.rules';

/** A day that differs from the Monday–Friday default: a statutory holiday or a make-up working day. */
@Entity('calendar_days')
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'enum', enum: ['HOLIDAY', 'WORKDAY'], enumName: 'calendar_day_kind' })
  kind!: DayKind;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
