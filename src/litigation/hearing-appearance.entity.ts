import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AgencyEntity } from '../organizations/agency.entity';
import { AbsenceReason, AttendeeRole, HeadAppearance } from './hearing.enums';
import { HearingEntity } from './hearing.entity';

/**
 * One defendant at one hearing: the court's notice for its head (Art. 5), and the office's record
 * of who appeared (SPC 2020 Arts. 2, 6, 8–9). Only the office writes the record: an agency's
 * liaison reports who will attend by acknowledging the reminder letter, a separate fact.
 */
@Entity('hearing_appearances')
@Index('hearing_appearances_agency_idx', ['agencyId'])
export class HearingAppearanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  hearingId!: string;

  @ManyToOne(() => HearingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hearing_id', foreignKeyConstraintName: 'hearing_appearances_hearing_fk' })
  hearing?: HearingEntity;

  @PrimaryColumn({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'hearing_appearances_agency_fk' })
  agency?: AgencyEntity;

  /** The day the court's 出庭通知书 for the head was served (Art. 5 ¶2), when it sent one. */
  @Column({ type: 'date', nullable: true })
  courtNoticeServedOn!: string | null;

  /** What the record says of the head's duty (headAppearance in rules/attendance.rules.ts). */
  @Column({ type: 'enum', enum: HeadAppearance, enumName: 'head_appearance', nullable: true })
  appearance!: HeadAppearance | null;

  /** Null: nobody appeared for the agency. */
  @Column({ type: 'enum', enum: AttendeeRole, enumName: 'attendee_role', nullable: true })
  attendeeRole!: AttendeeRole | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeName!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  attendeeTitle!: string | null;

  @Column({ type: 'boolean', default: false })
  identityProofSubmitted!: boolean;

  @Column({ type: 'enum', enum: AbsenceReason, enumName: 'absence_reason', nullable: true })
  absenceReason!: AbsenceReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  absenceProof!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
