import { HttpStatus, Injectable } from '@nestjs/common';
import { Sessions } from '../access/sessions';
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
import { RefreshTokenEntity } from './refresh-token.entity';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const invalidCredentials = (): AppError =>
  new AppError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'Wrong username or password');
const invalidRefresh = (): AppError =>
  new AppError(
    HttpStatus.UNAUTHORIZED,
    'INVALID_REFRESH_TOKEN',
    'The refresh token is invalid, expired or revoked',
  );

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
  ) {}

  async login(username: string, password: string): Promise<TokenPairDto> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok || !user.active) throw invalidCredentials();
    return this.dataSource.transaction(async (em) => {
      const pair = await this.issue(em, user, randomUUID());
      await this.audit.record(em, this.actorOf(user), {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      });
      return pair;
    });
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
        await this.revokeFamily(em, token.familyId);
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
        if (token) await this.revokeFamily(em, token.familyId);
      } else {
        await this.endAllOf(em, actor.id);
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
   * a disabled account): their refresh tokens are revoked.
   */
  async endAllOf(em: EntityManager, userId: string): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
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
