import { HttpStatus, Injectable } from '@nestjs/common';
import { SessionEndReason, Sessions } from '../access/sessions';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { Env } from '../config/env';
import { UserView } from '../users/dto/user.view';
import { UserEntity } from '../users/user.entity';
import { AccessTokenClaims } from './access.guard';
import { Actor } from '../access/actor';
import { MeDto, TokenPairDto } from './dto/token-pair.dto';
import { LoginAttemptEntity } from './login-attempt.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SessionRegistry } from './session-registry';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const invalidCredentials = (): AppError =>
  new AppError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'Wrong username or password');
const invalidRefresh = (): AppError =>
  new AppError(
    HttpStatus.UNAUTHORIZED,
    'INVALID_REFRESH_TOKEN',
    'The refresh token is invalid, expired or revoked',
  );

/** 423: said the same whether the password was right or not, for known and unknown names. */
const accountLocked = (): AppError =>
  new AppError(
    HttpStatus.LOCKED,
    'ACCOUNT_LOCKED',
    'Too many failed sign-ins: the account is locked for a while; try again later',
  );

/**
 * The wait before a failed login is answered, growing with the failures in a row: none after the
 * first, then 0.5 s, 1 s, 2 s … (at most 4 s), until LOGIN_MAX_FAILURES lock the account.
 */
export const failureDelayMs = (failures: number): number =>
  failures <= 1 ? 0 : Math.min(500 * 2 ** (failures - 2), 4000);

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

@Injectable()
export class AuthService implements Sessions {
  /** Verified when the username is unknown, so both failures take the same time. */
  private readonly dummyHash: Promise<string> = argon2.hash(randomUUID());

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly registry: SessionRegistry,
  ) {}

  /**
   * Checks the password under the per-account throttle (README, "Logins"): every attempt is
   * counted before the password is checked (one statement, so concurrent guesses cannot slip past
   * the limit); a locked name answers 423 ACCOUNT_LOCKED without checking the password; a failure
   * is answered after a growing delay, and the LOGIN_MAX_FAILURES-th locks the name for
   * LOGIN_LOCK_MINUTES. Unknown names are throttled alike, so the answers tell no one which
   * accounts exist. Failures and locks are written to the audit log.
   */
  async login(username: string, password: string): Promise<TokenPairDto> {
    const key = username.toLowerCase();
    const attempt = await this.countAttempt(key);
    if (attempt.locked) throw accountLocked();
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok || !user.active) {
      const locked = await this.recordFailure(key, username, user, attempt.failures);
      if (locked) throw accountLocked();
      await sleep(failureDelayMs(attempt.failures));
      throw invalidCredentials();
    }
    return this.dataSource.transaction(async (em) => {
      await em.delete(LoginAttemptEntity, { usernameKey: key });
      const sessionId = randomUUID();
      await em.insert(SessionEntity, { id: sessionId, userId: user.id });
      const pair = await this.issue(em, user, sessionId);
      await this.audit.record(em, this.actorOf(user), {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        after: { sessionId },
      });
      return pair;
    });
  }

  /** Counts an attempt of `key`: the failures in a row so far including this one, or locked. */
  private async countAttempt(key: string): Promise<{ failures: number; locked: boolean }> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.env.LOGIN_LOCK_MINUTES * 60_000);
    const [row] = await this.dataSource.query<{ failures: number; locked_until: Date | null }[]>(
      `INSERT INTO login_attempts AS a (username_key, failures, locked_until, last_attempt_at)
       VALUES ($1, 1, NULL, $2)
       ON CONFLICT (username_key) DO UPDATE SET
         failures = CASE
           WHEN a.locked_until > $2 THEN a.failures
           WHEN a.locked_until IS NOT NULL OR a.last_attempt_at < $3 THEN 1
           ELSE a.failures + 1 END,
         locked_until = CASE WHEN a.locked_until > $2 THEN a.locked_until END,
         last_attempt_at = CASE WHEN a.locked_until > $2 THEN a.last_attempt_at ELSE $2 END
       RETURNING failures, locked_until`,
      [key, now, windowStart],
    );
    return {
      failures: row.failures,
      // Beyond the limit without a lock yet: concurrent attempts while the last allowed one runs.
      locked: row.locked_until !== null || row.failures > this.env.LOGIN_MAX_FAILURES,
    };
  }

  /** Writes the failure to the audit log and locks the name at the limit; true when it locked. */
  private async recordFailure(
    key: string,
    username: string,
    user: UserEntity | null,
    failures: number,
  ): Promise<boolean> {
    const lock = failures >= this.env.LOGIN_MAX_FAILURES;
    const lockedUntil = new Date(this.clock.now().getTime() + this.env.LOGIN_LOCK_MINUTES * 60_000);
    await this.dataSource.transaction(async (em) => {
      const about = { entityType: 'user', entityId: user?.id ?? 'unknown' };
      await this.audit.record(em, null, {
        action: 'auth.login_failed',
        ...about,
        after: { username, failures, knownUser: user !== null },
      });
      if (!lock) return;
      await em.update(LoginAttemptEntity, { usernameKey: key }, { lockedUntil });
      await this.audit.record(em, null, {
        action: 'auth.account_locked',
        ...about,
        after: { username, failures, lockedUntil: lockedUntil.toISOString() },
      });
    });
    return lock;
  }

  /** Rotates: the presented token is spent; presenting a spent token again revokes its whole family. */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const token = await em.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.revokedAt) return null;
      if (token.usedAt) {
        // Reuse of a rotated token: someone holds a copy. End every session of this login.
        await this.endSession(em, token.userId, token.familyId, 'refresh_reused', null);
        await this.audit.record(em, null, {
          action: 'auth.refresh_reused',
          entityType: 'user',
          entityId: token.userId,
          after: { familyId: token.familyId },
        });
        return null;
      }
      if (token.expiresAt <= this.clock.now()) return null;
      const user = await em.findOneBy(UserEntity, { id: token.userId });
      if (!user?.active) return null;
      token.usedAt = this.clock.now();
      await em.save(token);
      return this.issue(em, user, token.familyId);
    });
    // Thrown after commit so that a detected reuse stays revoked.
    if (!outcome) throw invalidRefresh();
    return outcome;
  }

  /** Ends the session of `refreshToken`, or every session of the caller when none is given. */
  async logout(actor: Actor, refreshToken?: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (refreshToken) {
        const token = await em.findOneBy(RefreshTokenEntity, {
          tokenHash: hashToken(refreshToken),
          userId: actor.id,
        });
        if (token) await this.endSession(em, actor.id, token.familyId, 'logout', actor);
      } else {
        await this.endAllOf(em, actor.id, 'logout', actor);
      }
      await this.audit.record(em, actor, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.id,
      });
    });
  }

  async me(actor: Actor): Promise<MeDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.id });
    if (!user)
      throw new AppError(HttpStatus.UNAUTHORIZED, 'INVALID_TOKEN', 'The user no longer exists');
    const { id, username, displayName, role, officeId, agencyId } = user;
    return { id, username, displayName, role, officeId, agencyId };
  }

  private async issue(
    em: EntityManager,
    user: UserEntity,
    familyId: string,
  ): Promise<TokenPairDto> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      sid: familyId,
      username: user.username,
      role: user.role,
      officeId: user.officeId,
      agencyId: user.agencyId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(
        this.clock.now().getTime() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000,
      ),
    });
    return {
      accessToken,
      refreshToken,
      expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS,
      user: UserView.of(user),
    };
  }

  /**
   * Ends every session of a user in the caller's transaction (logout everywhere, a new password,
   * a disabled account, another role, office or agency): their refresh tokens are revoked, and
   * their access tokens are refused from the next request on this process, within
   * SESSION_CHECK_SECONDS on the others. Written to the audit log as `auth.session_ended`.
   */
  async endAllOf(
    em: EntityManager,
    userId: string,
    reason: SessionEndReason = 'logout',
    actor: Actor | null = null,
  ): Promise<number> {
    return this.end(em, userId, reason, actor, { userId });
  }

  private endSession(
    em: EntityManager,
    userId: string,
    sessionId: string,
    reason: SessionEndReason,
    actor: Actor | null,
  ): Promise<number> {
    return this.end(em, userId, reason, actor, { userId, familyId: sessionId });
  }

  private async end(
    em: EntityManager,
    userId: string,
    reason: SessionEndReason,
    actor: Actor | null,
    which: { userId: string; familyId?: string },
  ): Promise<number> {
    const now = this.clock.now();
    const ended = await em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ endedAt: now, endReason: reason })
      .where('user_id = :userId AND ended_at IS NULL', { userId: which.userId })
      .andWhere(which.familyId ? 'id = :familyId' : 'TRUE', { familyId: which.familyId })
      .returning(['id'])
      .execute();
    await em.update(RefreshTokenEntity, { ...which, revokedAt: IsNull() }, { revokedAt: now });
    const ids = (ended.raw as { id: string }[]).map((r) => r.id);
    this.registry.forget(ids);
    if (ids.length > 0) {
      await this.audit.record(em, actor, {
        action: 'auth.session_ended',
        entityType: 'user',
        entityId: userId,
        after: { reason, sessionIds: ids },
      });
    }
    return ids.length;
  }

  private actorOf(user: UserEntity): Actor {
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      officeId: user.officeId,
      agencyId: user.agencyId,
    };
  }
}
