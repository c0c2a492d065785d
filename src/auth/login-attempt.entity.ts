import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins in a row of one username (lower-cased), known or not, whatever the address:
 * LOGIN_MAX_FAILURES of them lock it for LOGIN_LOCK_MINUTES (auth.service.ts, README "Logins").
 * A success deletes the row.
 */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  usernameKey!: string;

  /** Attempts counted since the last success or lock (counted before the password is checked). */
  @Column({ type: 'int' })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  lastAttemptAt!: Date;
}
