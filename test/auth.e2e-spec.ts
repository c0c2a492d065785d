/**
 * Login, token rotation, logout and the bearer-token guard, over HTTP against the real app.
 * Access tokens are stateless JWTs (valid until they expire); refresh tokens are stored, used
 * once, and a reused one revokes its whole login (family).
 */
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import type { MeDto } from '../src/auth/dto/token-pair.dto';
import { Role } from '../src/access/role';
import {
  bearer,
  countRows,
  ErrorBody,
  expectError,
  expectStatus,
  Fixtures,
  JudicialOfficeView,
  TestUser,
  TokenPair,
} from './support/fixtures';
import { ADMIN, startApp, TestApp } from './support/test-app';

const DAY_MS = 86_400_000;

describe('auth', () => {
  let t: TestApp;
  let fx: Fixtures;
  let office: JudicialOfficeView;

  beforeAll(async () => {
    t = await startApp();
    fx = await Fixtures.asAdmin(t);
    office = await fx.createOffice();
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ username, password });
  const refresh = (refreshToken: string) =>
    t.http().post('/api/v1/auth/refresh').send({ refreshToken });
  const me = (token: string) => t.http().get('/api/v1/auth/me').set('authorization', bearer(token));
  const logout = (token: string, body?: { refreshToken: string }) => {
    const req = t.http().post('/api/v1/auth/logout').set('authorization', bearer(token));
    return body ? req.send(body) : req;
  };
  const patchUser = (id: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/v1/users/${id}`).set('authorization', bearer(fx.adminToken)).send(body);
  const withoutRequestId = ({ requestId: _, ...rest }: ErrorBody) => rest;
  const claimsOf = (jwt: string): Record<string, unknown> =>
    JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;

  describe('login', () => {
    it('answers a token pair and the user, never the password hash', async () => {
      const user = await fx.createUser(Role.VIEWER);
      const res = await login(user.username, user.password);
      expectStatus(res, 200);
      const pair = res.body as TokenPair;
      expect(pair).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        refreshToken: expect.any(String),
        expiresIn: 900,
        user: {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          role: 'VIEWER',
          officeId: null,
          agencyId: null,
          active: true,
          version: 1,
        },
      });
      expect(JSON.stringify(pair)).not.toMatch(/password|argon2/i);
      const claims = claimsOf(pair.accessToken);
      expect(claims).toMatchObject({ sub: user.id, role: 'VIEWER' });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(pair.expiresIn);
    });

    it('ignores the case of the username', async () => {
      const user = await fx.createUser(Role.OFFICER);
      expectStatus(await login(user.username.toUpperCase(), user.password), 200);
    });

    it('answers 401 with the same code and message for a wrong password and an unknown user', async () => {
      const user = await fx.createUser(Role.VIEWER);
      const before = await countRows(t);
      const wrong = expectError(
        await login(user.username, `${user.password}x`),
        401,
        'INVALID_CREDENTIALS',
      );
      const unknown = expectError(
        await login(`nobody-${user.username}`, user.password),
        401,
        'INVALID_CREDENTIALS',
      );
      expect(withoutRequestId(unknown)).toEqual(withoutRequestId(wrong));
      expect(wrong.message).toBe('Wrong username or password');
      expect(await countRows(t)).toEqual(before); // no session, no audit row
    });

    it('records the login in the audit log', async () => {
      const user = await fx.createUser(Role.VIEWER);
      expectStatus(await login(user.username, user.password), 200);
      const rows = await t.db.query<{ action: string; actor_id: string }[]>(
        `SELECT action, actor_id FROM audit_log WHERE entity_id = $1 AND action = 'auth.login'`,
        [user.id],
      );
      expect(rows).toEqual([{ action: 'auth.login', actor_id: user.id }]);
    });
  });

  describe('GET /auth/me', () => {
    it('describes the caller, with the office of an agent', async () => {
      const { user, pair } = await fx.signedIn(Role.AGENT, { officeId: office.id });
      const res = await me(pair.accessToken);
      expectStatus(res, 200);
      expect(res.body as MeDto).toEqual({
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: 'AGENT',
        officeId: office.id,
        agencyId: null,
      });
    });
  });

  describe('refresh', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await fx.createUser(Role.REVIEWER);
    });
    const signIn = async (): Promise<TokenPair> => fx.login(user.username, user.password);
    const rotate = async (token: string): Promise<TokenPair> => {
      const res = await refresh(token);
      expectStatus(res, 200);
      return res.body as TokenPair;
    };

    it('rotates: a new pair, and the old refresh token is refused', async () => {
      const first = await signIn();
      const second = await rotate(first.refreshToken);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).toEqual(expect.any(String));
      expect(second.user.id).toBe(user.id);
      expectStatus(await me(second.accessToken), 200);

      expectError(await refresh(first.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    });

    it('revokes the whole login when a used refresh token comes back, but no other login', async () => {
      const p1 = await signIn();
      const p2 = await rotate(p1.refreshToken);
      const p3 = await rotate(p2.refreshToken);
      const elsewhere = await signIn();

      expectError(await refresh(p2.refreshToken), 401, 'INVALID_REFRESH_TOKEN'); // the thief
      expectError(await refresh(p3.refreshToken), 401, 'INVALID_REFRESH_TOKEN'); // the newest too
      await rotate(elsewhere.refreshToken); // another session of the same user goes on

      const [{ n }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.refresh_reused' AND entity_id = $1`,
        [user.id],
      );
      expect(n).toBeGreaterThanOrEqual(1);
    });

    it('refuses an unknown refresh token with the error shape', async () => {
      const body = expectError(
        await refresh('not-a-token-this-server-issued'),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      expect(body.message).toEqual(expect.any(String));
    });

    it('refuses a refresh token past its 30 days', async () => {
      const pair = await signIn();
      try {
        t.clock.advance(30 * DAY_MS + 1000);
        expectError(await refresh(pair.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
      } finally {
        t.clock.advance(-(30 * DAY_MS + 1000));
      }
    });
  });

  describe('logout', () => {
    it('with a refresh token ends that session only', async () => {
      const user = await fx.createUser(Role.OFFICER);
      const mine = await fx.login(user.username, user.password);
      const other = await fx.login(user.username, user.password);
      expectStatus(await logout(mine.accessToken, { refreshToken: mine.refreshToken }), 204);
      expectError(await refresh(mine.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
      expectStatus(await refresh(other.refreshToken), 200);
    });

    it('without a body ends every session of the caller', async () => {
      const user = await fx.createUser(Role.OFFICER);
      const a = await fx.login(user.username, user.password);
      const b = await fx.login(user.username, user.password);
      expectStatus(await logout(a.accessToken), 204);
      expectError(await refresh(a.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
      expectError(await refresh(b.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    });

    it('leaves the access token valid until it expires (access tokens are stateless)', async () => {
      // Logout revokes the refresh token; the short-lived JWT is not tracked.
      const user = await fx.createUser(Role.VIEWER);
      const pair = await fx.login(user.username, user.password);
      expectStatus(await logout(pair.accessToken), 204);
      expectStatus(await me(pair.accessToken), 200);
    });

    it("cannot end another user's session with their refresh token", async () => {
      const victim = await fx.createUser(Role.VIEWER);
      const attacker = await fx.signedIn(Role.VIEWER);
      const session = await fx.login(victim.username, victim.password);
      expectStatus(
        await logout(attacker.pair.accessToken, { refreshToken: session.refreshToken }),
        204,
      );
      expectStatus(await refresh(session.refreshToken), 200);
    });

    it('needs an access token', async () => {
      expectError(await t.http().post('/api/v1/auth/logout'), 401, 'UNAUTHENTICATED');
    });
  });

  describe('disabled users and new passwords', () => {
    it('a disabled user can neither log in nor refresh; enabled again, they can', async () => {
      const user = await fx.createUser(Role.VIEWER);
      const pair = await fx.login(user.username, user.password);

      const disabled = await patchUser(user.id, { active: false });
      expectStatus(disabled, 200);
      expect(disabled.body).toMatchObject({ id: user.id, active: false });

      const refused = expectError(await login(user.username, user.password), 401);
      expect(refused).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'Wrong username or password', // says nothing about the account
      });
      expectError(await refresh(pair.refreshToken), 401, 'INVALID_REFRESH_TOKEN');

      expectStatus(await patchUser(user.id, { active: true }), 200);
      expectStatus(await login(user.username, user.password), 200);
      // Sessions ended by the disabling stay ended.
      expectError(await refresh(pair.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    });

    it('a new password ends every session and the old password stops working', async () => {
      const user = await fx.createUser(Role.OFFICER);
      const pair = await fx.login(user.username, user.password);
      expectStatus(await patchUser(user.id, { password: 'a-brand-new-password' }), 200);
      expectError(await refresh(pair.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
      expectError(await login(user.username, user.password), 401, 'INVALID_CREDENTIALS');
      expectStatus(await login(user.username, 'a-brand-new-password'), 200);
    });

    it('an administrator cannot disable themselves', async () => {
      const { user, pair } = await fx.signedIn(Role.ADMIN);
      const res = await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set('authorization', bearer(pair.accessToken))
        .send({ active: false });
      expectError(res, 409, 'CANNOT_DEMOTE_SELF');
      expectStatus(await login(user.username, user.password), 200);
    });
  });

  describe('the bearer token', () => {
    let viewer: TokenPair;
    let viewerUser: TestUser;
    beforeAll(async () => {
      const signed = await fx.signedIn(Role.VIEWER);
      viewer = signed.pair;
      viewerUser = signed.user;
    });
    const get = (authorization?: string) => {
      const req = t.http().get('/api/v1/auth/me');
      return authorization === undefined ? req : req.set('authorization', authorization);
    };
    const sign = (header: object, payload: object, secret: string): string => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const unsigned = `${enc(header)}.${enc(payload)}`;
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    };

    it.each([
      ['no Authorization header', undefined],
      ['an empty bearer', 'Bearer '],
      ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
      ['a token without the scheme', 'eyJhbGciOiJIUzI1NiJ9.e30.x'],
    ])('is required: %s → 401 UNAUTHENTICATED', async (_, header) => {
      expectError(await get(header), 401, 'UNAUTHENTICATED');
    });

    it('refuses garbage', async () => {
      expectError(await get('Bearer not.a.jwt'), 401, 'INVALID_TOKEN');
    });

    it('refuses an expired token', async () => {
      const jwt = t.app.get(JwtService);
      const claims = claimsOf(viewer.accessToken);
      const now = Math.floor(Date.now() / 1000);
      const expired = await jwt.signAsync({
        sub: claims.sub,
        username: claims.username,
        role: claims.role,
        officeId: null,
        agencyId: null,
        iat: now - 1000,
        exp: now - 10,
      });
      expectError(await get(bearer(expired)), 401, 'INVALID_TOKEN');
      // The same claims, not yet expired, are accepted: it is the expiry that is refused.
      const fresh = await jwt.signAsync({ ...claimsOf(expired), iat: now, exp: now + 60 });
      expectStatus(await get(bearer(fresh)), 200);
    });

    it('refuses a token whose claims were changed (role raised to ADMIN)', async () => {
      const [header, , signature] = viewer.accessToken.split('.');
      const raised = Buffer.from(
        JSON.stringify({ ...claimsOf(viewer.accessToken), role: 'ADMIN' }),
      ).toString('base64url');
      const forged = `${header}.${raised}.${signature}`;
      const res = await t.http().get('/api/v1/users').set('authorization', bearer(forged));
      expectError(res, 401, 'INVALID_TOKEN');
    });

    it('refuses a token with a broken signature', async () => {
      const token = viewer.accessToken;
      const last = token.at(-2) === 'A' ? 'B' : 'A';
      const broken = `${token.slice(0, -2)}${last}${token.slice(-1)}`;
      expectError(await get(bearer(broken)), 401, 'INVALID_TOKEN');
    });

    it('refuses a token signed with another key, or with alg "none"', async () => {
      const payload = { ...claimsOf(viewer.accessToken), role: 'ADMIN' };
      const otherKey = sign(
        { alg: 'HS256', typ: 'JWT' },
        payload,
        'some-other-secret-32-chars-long!!',
      );
      expectError(await get(bearer(otherKey)), 401, 'INVALID_TOKEN');
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const none = `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
      expectError(await get(bearer(none)), 401, 'INVALID_TOKEN');
    });

    it('accepts the token it issued', async () => {
      const res = await get(bearer(viewer.accessToken));
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ id: viewerUser.id, role: 'VIEWER' });
    });
  });
});

describe('login rate limit (LOGIN_RATE_LIMIT_PER_MINUTE=3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 with the error shape from the 4th attempt in a minute, even with the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: ADMIN.username, password: i === 0 ? ADMIN.password : 'wrong-password' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 401, 401]);

    const fourth = await t.http().post('/api/v1/auth/login').send(ADMIN);
    expectError(fourth, 429, 'TOO_MANY_REQUESTS');

    // Only logins are held back: the ordinary limit is generous.
    expectStatus(await t.http().get('/health/live'), 200);
  });
});
