/**
 * Sessions that can be ended (README, "Sessions"): an access token belongs to a session (its
 * `sid`, the login's refresh-token family). Logout, a disabled account, a new password, another
 * role, office or agency end the user's sessions, and the old access token answers 401
 * SESSION_ENDED: at once on the API process that made the change, within SESSION_CHECK_SECONDS
 * on any other (two apps on one database here, as two replicas). The guard takes the user's role,
 * office and agency as they are now, never from the token. And the signing key: without
 * JWT_SECRET one is generated once, kept in STORAGE_DIR (0600) and reused after a restart.
 */
import { JwtService } from '@nestjs/jwt';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/access/role';
import { JWT_SECRET_FILE } from '../src/auth/jwt-secret';
import { validateEnv } from '../src/config/env';
import {
  bearer,
  expectError,
  expectStatus,
  Fixtures,
  JudicialOfficeView,
  TokenPair,
} from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/** SESSION_CHECK_SECONDS of the second replica, and what the test allows beyond it. */
const CHECK_SECONDS = 2;
const SLACK_MS = 1500;

describe('sessions that can be ended', () => {
  let a: TestApp; // the replica the administrator talks to
  let b: TestApp; // another replica, which only learns of changes through the database
  let fx: Fixtures;
  let office: JudicialOfficeView;
  let otherOffice: JudicialOfficeView;

  beforeAll(async () => {
    a = await startApp();
    b = await startApp({ env: { SESSION_CHECK_SECONDS: String(CHECK_SECONDS) } });
    fx = await Fixtures.asAdmin(a);
    office = await fx.createOffice();
    otherOffice = await fx.createOffice();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const me = (t: TestApp, token: string) =>
    t.http().get('/api/v1/auth/me').set('authorization', bearer(token));
  const patchUser = (id: string, body: object) =>
    a.http().patch(`/api/v1/users/${id}`).set('authorization', bearer(fx.adminToken)).send(body);

  /** Polls `t` with `token` until it answers 401; answers how long that took. */
  async function refusedWithin(t: TestApp, token: string, limitMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const res = await me(t, token);
      if (res.status === 401) {
        expectError(res, 401, 'SESSION_ENDED');
        return Date.now() - started;
      }
      expectStatus(res, 200);
      if (Date.now() - started > limitMs) throw new Error(`still accepted after ${limitMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A signed-in user whose token both replicas have just accepted (and cached). */
  async function signedInOnBoth(
    role: Role,
    binding: { officeId?: string } = {},
  ): Promise<{ id: string; pair: TokenPair; username: string; password: string }> {
    const { user, pair } = await fx.signedIn(role, binding);
    expectStatus(await me(a, pair.accessToken), 200);
    expectStatus(await me(b, pair.accessToken), 200);
    return { id: user.id, pair, username: user.username, password: user.password };
  }

  const BOUND = CHECK_SECONDS * 1000 + SLACK_MS;

  it.each([
    ['a disabled account', Role.VIEWER, {}, () => ({ active: false })],
    ['a demotion', Role.OFFICER, {}, () => ({ role: 'VIEWER' })],
    [
      'an agent moved to another office',
      Role.AGENT,
      'office',
      () => ({ officeId: otherOffice.id }),
    ],
    ['a new password', Role.REVIEWER, {}, () => ({ password: 'New-password-for-you-1' })],
  ] as const)(
    '%s ends the sessions: 401 at once here, within the bound on the other replica',
    async (_, role, binding, body) => {
      const user = await signedInOnBoth(role, binding === 'office' ? { officeId: office.id } : {});
      expectStatus(await patchUser(user.id, body()), 200);
      expectError(await me(a, user.pair.accessToken), 401, 'SESSION_ENDED');
      expect(await refusedWithin(b, user.pair.accessToken, BOUND)).toBeLessThanOrEqual(BOUND);
    },
  );

  it('a changed display name ends no session', async () => {
    const user = await signedInOnBoth(Role.OFFICER);
    expectStatus(await patchUser(user.id, { displayName: '改个名字' }), 200);
    expectStatus(await me(a, user.pair.accessToken), 200);
  });

  it('logout ends the session of the access token, on every replica', async () => {
    const user = await signedInOnBoth(Role.VIEWER);
    const res = await a
      .http()
      .post('/api/v1/auth/logout')
      .set('authorization', bearer(user.pair.accessToken));
    expectStatus(res, 204);
    expectError(await me(a, user.pair.accessToken), 401, 'SESSION_ENDED');
    expect(await refusedWithin(b, user.pair.accessToken, BOUND)).toBeLessThanOrEqual(BOUND);
    // Signing in again gives a new session that works.
    const again = await fx.login(user.username, user.password);
    expectStatus(await me(b, again.accessToken), 200);
  });

  it('logout with a refresh token ends that session and no other', async () => {
    const user = await signedInOnBoth(Role.VIEWER);
    const other = await fx.login(user.username, user.password);
    const res = await a
      .http()
      .post('/api/v1/auth/logout')
      .set('authorization', bearer(other.accessToken))
      .send({ refreshToken: other.refreshToken });
    expectStatus(res, 204);
    expectError(await me(a, other.accessToken), 401, 'SESSION_ENDED');
    expectStatus(await me(a, user.pair.accessToken), 200);
  });

  it('a demoted user is refused what the old role allowed, and a new login carries the new role', async () => {
    const admin = await signedInOnBoth(Role.ADMIN);
    const users = (t: TestApp, token: string) =>
      t.http().get('/api/v1/users?limit=1').set('authorization', bearer(token));
    expectStatus(await users(b, admin.pair.accessToken), 200);
    expectStatus(await patchUser(admin.id, { role: 'VIEWER' }), 200);
    expectError(await users(a, admin.pair.accessToken), 401, 'SESSION_ENDED');
    const again = await fx.login(admin.username, admin.password);
    expectError(await users(b, again.accessToken), 403, 'FORBIDDEN');
    expect((await me(b, again.accessToken)).body).toMatchObject({ role: 'VIEWER' });
  });

  it('takes the role from the database, not the token: a change made behind the API counts within the bound', async () => {
    const admin = await signedInOnBoth(Role.ADMIN);
    const users = () =>
      b.http().get('/api/v1/users?limit=1').set('authorization', bearer(admin.pair.accessToken));
    expectStatus(await users(), 200);
    await a.db.query(`UPDATE users SET role = 'VIEWER' WHERE id = $1`, [admin.id]);
    const started = Date.now();
    for (;;) {
      const res = await users();
      if (res.status === 403) break;
      expectStatus(res, 200);
      expect(Date.now() - started).toBeLessThanOrEqual(BOUND);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('refuses a token of no session, and a session of another user', async () => {
    const jwt = a.app.get(JwtService);
    const victim = await signedInOnBoth(Role.ADMIN);
    const attacker = await signedInOnBoth(Role.VIEWER);
    const claims = JSON.parse(
      Buffer.from(attacker.pair.accessToken.split('.')[1], 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const base: Record<string, unknown> = { ...claims, iat: now, exp: now + 60 };
    const withoutSid = { ...base };
    delete withoutSid.sid;
    expectError(await me(a, await jwt.signAsync(withoutSid)), 401, 'INVALID_TOKEN');
    expectError(
      await me(a, await jwt.signAsync({ ...base, sid: '00000000-0000-4000-8000-000000000000' })),
      401,
      'INVALID_TOKEN',
    );
    const victimSid = JSON.parse(
      Buffer.from(victim.pair.accessToken.split('.')[1], 'base64url').toString('utf8'),
    ) as { sid: string };
    expectError(
      await me(a, await jwt.signAsync({ ...base, sid: victimSid.sid })),
      401,
      'INVALID_TOKEN',
    );
  });
});

describe('the signing key without JWT_SECRET', () => {
  let storage: string;
  beforeAll(async () => {
    storage = await mkdtemp(join(tmpdir(), 'fuyi-jwt-secret-'));
  });
  afterAll(() => rm(storage, { recursive: true, force: true }));

  it('is generated once, kept in STORAGE_DIR with mode 0600, and outlives a restart', async () => {
    const env = { JWT_SECRET: '', STORAGE_DIR: storage };
    const first = await startApp({ env });
    let pair: TokenPair;
    try {
      pair = await (await Fixtures.asAdmin(first)).login('admin', 'admin-password-for-tests');
      expectStatus(
        await first.http().get('/api/v1/auth/me').set('authorization', bearer(pair.accessToken)),
        200,
      );
    } finally {
      await first.close();
    }
    const file = await stat(join(storage, JWT_SECRET_FILE));
    expect(file.mode & 0o777).toBe(0o600);

    const restarted = await startApp({ env });
    try {
      expectStatus(
        await restarted
          .http()
          .get('/api/v1/auth/me')
          .set('authorization', bearer(pair.accessToken)),
        200,
      );
    } finally {
      await restarted.close();
    }
    // Another storage, another key: the token is not one of its own.
    const elsewhere = await mkdtemp(join(tmpdir(), 'fuyi-jwt-secret-'));
    const other = await startApp({ env: { JWT_SECRET: '', STORAGE_DIR: elsewhere } });
    try {
      expectError(
        await other.http().get('/api/v1/auth/me').set('authorization', bearer(pair.accessToken)),
        401,
        'INVALID_TOKEN',
      );
    } finally {
      await other.close();
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('is required in production: the configuration is refused without it', () => {
    expect(() => validateEnv({ ...process.env, NODE_ENV: 'production', JWT_SECRET: '' })).toThrow(
      /JWT_SECRET is required in production/,
    );
  });

  it('is nowhere in the source', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(join(__dirname, '..', 'src', 'config', 'env.ts'), 'utf8');
    expect(source).not.toMatch(/JWT_SECRET\s*=\s*'|DEV_JWT_SECRET/);
  });
});
