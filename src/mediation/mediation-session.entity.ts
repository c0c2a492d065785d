import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PreMediationEntity } from './pre-mediation.entity';

/** A session held during a pre-case mediation: when, and what was said. */
@Entity('mediation_sessions')
@Index('mediation_sessions_mediation_idx', ['mediationId', 'heldOn'])
export class MediationSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  mediationId!: string;

  @ManyToOne(() => PreMediationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mediation_id', foreignKeyConstraintName: 'mediation_sessions_mediation_fk' })
  mediation?: PreMediationEntity;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
