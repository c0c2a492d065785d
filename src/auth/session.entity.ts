import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * One login: its id is the family of its refresh tokens and the `sid` of its access tokens. Ended
 * (logout, a reused refresh token, a disabled account, a new password, a changed role, office or
 * agency), its access tokens are refused within SESSION_CHECK_SECONDS (access.guard.ts).
 */
@Entity('sessions')
@Index('sessions_user_open_idx', ['userId'], { where: 'ended_at IS NULL' })
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fk' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** Why it ended: logout, refresh_reused, deactivated, password_changed, access_changed. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  endReason!: string | null;
}
