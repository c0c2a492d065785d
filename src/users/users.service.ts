import { HttpStatus, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Sessions } from '../access/sessions';
import { holdsAgency, holdsOffice } from '../access/access.rules';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { decodeCursor, Page, PageQuery, toPage } from '../common/pagination';
import { Env } from '../config/env';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { CreateUserDto, UpdateUserDto } from './dto/create-user.dto';
import { UserView } from './dto/user.view';
import { Role } from '../access/role';
import { UserEntity } from './user.entity';

/** Audit snapshots never carry the password hash. */
const snapshot = (u: UserEntity): UserView => UserView.of(u);

type Designations = Pick<UserEntity, 'headsOffice' | 'headsOrgan'>;

/**
 * Who heads the office (行政复议机构负责人: extensions, ARL Art. 62 ¶1; the switch to the ordinary
 * procedure, Art. 55) and the organ (行政复议机关负责人: consent to a decision, Art. 61 ¶1). The
 * heads approve, so only a REVIEWER is designated (400 HEAD_MUST_BE_REVIEWER on the field that
 * asks for it); an account that stops being a REVIEWER loses its designations. A field left out
 * keeps what the account has.
 */
function designationsOf(
  role: Role,
  current: Designations,
  asked: { headsOffice?: boolean; headsOrgan?: boolean },
): Designations {
  if (role !== Role.REVIEWER) {
    for (const field of ['headsOffice', 'headsOrgan'] as const) {
      if (asked[field] === true) {
        throw AppError.invalidField(
          field,
          'HEAD_MUST_BE_REVIEWER',
          `${field} is for a REVIEWER: the heads of the office and of the organ approve`,
        );
      }
    }
    return { headsOffice: false, headsOrgan: false };
  }
  return {
    headsOffice: asked.headsOffice ?? current.headsOffice,
    headsOrgan: asked.headsOrgan ?? current.headsOrgan,
  };
}

/** Where the generated first password is written, under STORAGE_DIR (never when ADMIN_PASSWORD is set). */
export const ADMIN_PASSWORD_FILE = '.admin-password';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly env: Env,
    private readonly sessions: Sessions,
  ) {}

  /** First start: create the administrator from ADMIN_USERNAME / ADMIN_PASSWORD when no user exists. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      // One instance at a time, so two replicas starting together create one administrator.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('fuyi:first-admin'))`);
      if ((await em.count(UserEntity)) > 0) return;
      const password = this.env.ADMIN_PASSWORD ?? (await this.generatedAdminPassword());
      const admin = await this.insert(em, null, {
        username: this.env.ADMIN_USERNAME,
        displayName: '系统管理员',
        password,
        role: Role.ADMIN,
      });
      this.logger.log(`Created the first administrator "${admin.username}"`);
    });
  }

  /**
   * Outside production without ADMIN_PASSWORD (validateEnv refuses production without it): a
   * random password, written to STORAGE_DIR/.admin-password (mode 0600) for the operator to read
   * and change; the source holds no usable password.
   */
  private async generatedAdminPassword(): Promise<string> {
    const password = randomBytes(15).toString('base64url');
    const file = join(this.env.STORAGE_DIR, ADMIN_PASSWORD_FILE);
    await mkdir(this.env.STORAGE_DIR, { recursive: true });
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    this.logger.warn(
      `ADMIN_PASSWORD is not set: the first administrator "${this.env.ADMIN_USERNAME}" got a generated password, written to ${file} (mode 0600); change it after signing in`,
    );
    return password;
  }

  async list(query: PageQuery): Promise<Page<UserView>> {
    const after = decodeCursor(query.cursor, ['uuid']);
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.id')
      .take(query.limit + 1);
    if (after) qb.where('u.id > :id', { id: after[0] });
    return toPage(await qb.getMany(), query.limit, (u) => [u.id], UserView.of);
  }

  async get(id: string): Promise<UserView> {
    return UserView.of(await this.find(this.dataSource.manager, id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    return this.dataSource.transaction(async (em) =>
      UserView.of(await this.insert(em, actor, dto)),
    );
  }

  /**
   * Changes an account. A new password, a disabled account, or another role, office or agency
   * ends every session of the user (their access tokens are refused within
   * SESSION_CHECK_SECONDS). The designations as head of the office or of the organ are read
   * afresh at every approval: changing them ends no session (audited as
   * `user.designations_changed`). At least one active ADMIN always remains: a change that could take
   * an administrator away first takes a transaction-scoped advisory lock shared by every such
   * change, so two administrators removing each other at once are serialized and the second
   * answers 409 LAST_ADMIN.
   */
  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    return this.dataSource.transaction(async (em) => {
      if (dto.role !== undefined || dto.active !== undefined) {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('fuyi:active-admins'))`);
      }
      const user = await this.find(em, id, true);
      const before = snapshot(user);
      const role = dto.role ?? user.role;
      user.role = role;
      user.officeId = holdsOffice(role) ? (dto.officeId ?? user.officeId) : null;
      user.agencyId = holdsAgency(role) ? (dto.agencyId ?? user.agencyId) : null;
      Object.assign(user, designationsOf(role, user, dto));
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.password !== undefined) user.passwordHash = await argon2.hash(dto.password);
      await this.checkBinding(em, user);
      if (user.id === actor.id && (user.role !== Role.ADMIN || !user.active)) {
        throw AppError.conflict(
          'CANNOT_DEMOTE_SELF',
          'An administrator cannot remove their own access',
        );
      }
      const leavesAdmins =
        before.role === Role.ADMIN && before.active && (user.role !== Role.ADMIN || !user.active);
      if (leavesAdmins) await this.keepAnAdmin(em, id);
      const saved = await em.save(user);
      const accessChanged =
        before.role !== saved.role ||
        before.officeId !== saved.officeId ||
        before.agencyId !== saved.agencyId;
      const passwordChanged = dto.password !== undefined;
      const deactivated = before.active && !saved.active;
      await this.audit.record(em, actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after: { ...snapshot(saved), passwordChanged },
      });
      if (accessChanged) {
        const pick = ({ role, officeId, agencyId }: UserView) => ({ role, officeId, agencyId });
        await this.audit.record(em, actor, {
          action: 'user.role_changed',
          entityType: 'user',
          entityId: id,
          before: pick(before),
          after: pick(snapshot(saved)),
        });
      }
      if (before.headsOffice !== saved.headsOffice || before.headsOrgan !== saved.headsOrgan) {
        const pick = ({ headsOffice, headsOrgan }: Designations) => ({ headsOffice, headsOrgan });
        await this.audit.record(em, actor, {
          action: 'user.designations_changed',
          entityType: 'user',
          entityId: id,
          before: pick(before),
          after: pick(saved),
        });
      }
      if (passwordChanged) {
        await this.audit.record(em, actor, {
          action: 'user.password_changed',
          entityType: 'user',
          entityId: id,
        });
      }
      // What the user may do changed: every session ends.
      const reason = deactivated
        ? 'deactivated'
        : passwordChanged
          ? 'password_changed'
          : accessChanged
            ? 'access_changed'
            : null;
      if (reason) await this.sessions.endAllOf(em, id, reason, actor);
      return UserView.of(saved);
    });
  }

  /** 409 LAST_ADMIN unless an active ADMIN other than `leaving` remains (under the admins lock). */
  private async keepAnAdmin(em: EntityManager, leaving: string): Promise<void> {
    const others = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.role = :role AND u.active AND u.id <> :leaving', { role: Role.ADMIN, leaving })
      .getCount();
    if (others === 0) {
      throw AppError.conflict('LAST_ADMIN', 'At least one active administrator must remain');
    }
  }

  private async insert(
    em: EntityManager,
    actor: Actor | null,
    dto: Pick<
      CreateUserDto,
      | 'username'
      | 'displayName'
      | 'password'
      | 'role'
      | 'officeId'
      | 'agencyId'
      | 'headsOffice'
      | 'headsOrgan'
    >,
  ): Promise<UserEntity> {
    const exists = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username: dto.username })
      .getExists();
    if (exists) throw AppError.conflict('USERNAME_TAKEN', `Username ${dto.username} is taken`);
    const user = em.create(UserEntity, {
      username: dto.username,
      displayName: dto.displayName,
      passwordHash: await argon2.hash(dto.password),
      role: dto.role,
      officeId: holdsOffice(dto.role) ? (dto.officeId ?? null) : null,
      agencyId: holdsAgency(dto.role) ? (dto.agencyId ?? null) : null,
      active: true,
      ...designationsOf(dto.role, { headsOffice: false, headsOrgan: false }, dto),
    });
    await this.checkBinding(em, user);
    const saved = await em.save(user);
    await this.audit.record(em, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: saved.id,
      after: snapshot(saved),
    });
    return saved;
  }

  /** AGENT needs an existing office, AGENCY_LIAISON an existing agency. */
  private async checkBinding(em: EntityManager, user: UserEntity): Promise<void> {
    if (holdsOffice(user.role)) {
      if (!user.officeId || !(await em.existsBy(JudicialOfficeEntity, { id: user.officeId }))) {
        throw AppError.invalidField(
          'officeId',
          'OFFICE_NOT_FOUND',
          'An AGENT needs an existing judicial office',
        );
      }
    }
    if (holdsAgency(user.role)) {
      if (!user.agencyId || !(await em.existsBy(AgencyEntity, { id: user.agencyId }))) {
        throw AppError.invalidField(
          'agencyId',
          'AGENCY_NOT_FOUND',
          'An AGENCY_LIAISON needs an existing agency',
        );
      }
    }
  }

  private async find(em: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const user = await em.findOne(UserEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!user) throw new AppError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', 'User not found');
    return user;
  }
}
