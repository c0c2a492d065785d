/**
 * Login, token rotation, logout and the bearer-token guard, over HTTP against the real app.
 * Access tokens are JWTs of a session (`sid`, the login's refresh-token family): refused once the
 * session ends (test/sessions.e2e-spec.ts); refresh tokens are stored, used once, and a reused one
 * revokes its whole login (family). Per-account login throttling, the password policy and the
 * security events in GET /audit are at the end.
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
  expectFieldError,
  expectStatus,
  Fixtures,
  JudicialOfficeView,
  TestUser,
  TokenPair,
} from './support/fixtures';
import { ADMIN, startApp, TestApp, unique } from './support/test-app';

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
          headsOffice: false,
          headsOrgan: false,
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
      expect(wrong.message).toBe('用户名或密码错误'); // Chinese unless English is asked for
      // No session; since the security issue, each failure is an audit row (auth.login_failed).
      expect(await countRows(t)).toEqual({ ...before, audit_log: before.audit_log + 2 });
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

    it('ends the access token with its session (changed on purpose: sessions can be ended)', async () => {
      // Before the security issue the JWT kept working until it expired.
      const user = await fx.createUser(Role.VIEWER);
      const pair = await fx.login(user.username, user.password);
      expectStatus(await logout(pair.accessToken), 204);
      expectError(await me(pair.accessToken), 401, 'SESSION_ENDED');
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
        message: '用户名或密码错误', // says nothing about the account (Chinese by default)
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
      expectStatus(await patchUser(user.id, { password: 'A-brand-new-password-1' }), 200);
      expectError(await refresh(pair.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
      expectError(await login(user.username, user.password), 401, 'INVALID_CREDENTIALS');
      expectStatus(await login(user.username, 'A-brand-new-password-1'), 200);
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
        sid: claims.sid,
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

describe('per-account login throttling, the password policy and security events', () => {
  let t: TestApp;
  let fx: Fixtures;
  beforeAll(async () => {
    t = await startApp();
    fx = await Fixtures.asAdmin(t);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ username, password });
  const audit = (query: string) =>
    t.http().get(`/api/v1/audit?${query}`).set('authorization', bearer(fx.adminToken));
  type Entry = {
    id: string;
    action: string;
    actorId: string | null;
    entityId: string;
    after: Record<string, unknown> | null;
  };
  const entries = async (query: string): Promise<Entry[]> => {
    const res = await audit(query);
    expectStatus(res, 200);
    return (res.body as { items: Entry[] }).items;
  };
  const MINUTE = 60_000;

  it('locks an account after 5 failures in a row for 15 minutes, with a growing delay, and says nothing of the password', async () => {
    const user = await fx.createUser(Role.OFFICER);
    const took: number[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const started = Date.now();
      expectError(await login(user.username, `wrong-${i}`), 401, 'INVALID_CREDENTIALS');
      took.push(Date.now() - started);
    }
    expect(took[0]).toBeLessThan(1500); // the first failure is answered at once
    expect(took[3]).toBeGreaterThanOrEqual(1900); // the fourth waits 2 s
    const fifth = expectError(await login(user.username, 'wrong-5'), 423, 'ACCOUNT_LOCKED');
    // Locked: the right password gets exactly the same answer as a wrong one.
    const right = expectError(await login(user.username, user.password), 423, 'ACCOUNT_LOCKED');
    const wrong = expectError(await login(user.username, 'wrong-6'), 423, 'ACCOUNT_LOCKED');
    expect(right.message).toBe(wrong.message);
    expect(fifth.message).toBe(wrong.message);
    expect(JSON.stringify(right)).not.toMatch(/password (was|is) (right|correct)/i);
    // Another case of the same name is the same account.
    expectError(await login(user.username.toUpperCase(), user.password), 423, 'ACCOUNT_LOCKED');

    t.clock.advance(14 * MINUTE);
    try {
      expectError(await login(user.username, user.password), 423, 'ACCOUNT_LOCKED');
      t.clock.advance(MINUTE + 1000);
      expectStatus(await login(user.username, user.password), 200);
      // A success starts the count again.
      expectError(await login(user.username, 'wrong-again'), 401, 'INVALID_CREDENTIALS');
      expectStatus(await login(user.username, user.password), 200);
    } finally {
      t.clock.advance(-(15 * MINUTE + 1000));
    }

    const failed = await entries(`action=auth.login_failed&entityType=user&entityId=${user.id}`);
    expect(failed).toHaveLength(6);
    const locked = await entries(`action=auth.account_locked&entityId=${user.id}`);
    expect(locked).toHaveLength(1);
    expect(locked[0].after).toMatchObject({ username: user.username, failures: 5 });
    expect(JSON.stringify([...failed, ...locked])).not.toContain('wrong-');
  });

  it('throttles unknown names alike, so the answers tell no one which accounts exist', async () => {
    const name = unique('nobody');
    for (let i = 1; i <= 4; i += 1) {
      expectError(await login(name, `guess-${i}`), 401, 'INVALID_CREDENTIALS');
    }
    expectError(await login(name, 'guess-5'), 423, 'ACCOUNT_LOCKED');
  });

  it('counts concurrent guesses: at most 5 passwords are ever checked before the lock', async () => {
    const user = await fx.createUser(Role.VIEWER);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(user.username, `parallel-${i}`)),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(new Set(statuses)).toEqual(new Set([401, 423]));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(await entries(`action=auth.login_failed&entityId=${user.id}`)).toHaveLength(5);
    expectError(await login(user.username, user.password), 423, 'ACCOUNT_LOCKED');
  });

  describe('the password policy (at least 10 characters of 3 of 4 classes)', () => {
    const create = (password: string) =>
      t
        .http()
        .post('/api/v1/users')
        .set('authorization', bearer(fx.adminToken))
        .send({ username: unique('policy'), displayName: '口令', password, role: 'VIEWER' });

    it.each([
      ['one class', 'onlylowercaseletters', 'PASSWORD_TOO_WEAK'],
      ['two classes', 'lower-and-punctuation', 'PASSWORD_TOO_WEAK'],
      ['digits and letters of one case', 'abcdefgh12345', 'PASSWORD_TOO_WEAK'],
      ['too short, even if mixed', 'Ab1-xyz', 'MIN_LENGTH'],
    ])('refuses %s', async (_, password, code) => {
      expectFieldError(await create(password), 'password', code);
    });

    it.each([['Abcdefgh12'], ['lower-and-digits-1'], ['Upper and lower'], ['复议口令Abc12345']])(
      'accepts %s',
      async (password) => {
        expectStatus(await create(password), 201);
      },
    );

    it('applies to a changed password too', async () => {
      const user = await fx.createUser(Role.VIEWER);
      const res = await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set('authorization', bearer(fx.adminToken))
        .send({ password: 'alllowercaseletters' });
      expectFieldError(res, 'password', 'PASSWORD_TOO_WEAK');
    });
  });

  it('writes role and password changes and ended sessions to the audit log, listed for admins by action, actor and entity', async () => {
    const office = await fx.createOffice();
    const { user } = await fx.signedIn(Role.OFFICER);
    const patch = (body: object) =>
      t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set('authorization', bearer(fx.adminToken))
        .send(body);
    expectStatus(await patch({ role: 'AGENT', officeId: office.id }), 200);
    expectStatus(await patch({ password: 'Another-password-2' }), 200);

    const mine = await entries(`entityType=user&entityId=${user.id}&limit=100`);
    const actions = mine.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'user.role_changed',
        'auth.session_ended',
        'user.password_changed',
      ]),
    );
    // Newest first.
    expect(mine.map((e) => Number(e.id))).toEqual(
      [...mine.map((e) => Number(e.id))].sort((a, b) => b - a),
    );
    const roleChanged = mine.find((e) => e.action === 'user.role_changed') as Entry;
    expect(roleChanged.after).toEqual({ role: 'AGENT', officeId: office.id, agencyId: null });
    const ended = mine.find((e) => e.action === 'auth.session_ended') as Entry;
    expect(ended.after).toMatchObject({ reason: 'access_changed' });

    const adminId = (await entries(`action=user.role_changed&entityId=${user.id}`))[0].actorId;
    expect(adminId).toEqual(expect.any(String));
    const byAdmin = await entries(`actorId=${adminId}&action=user.password_changed&limit=100`);
    expect(byAdmin.map((e) => e.entityId)).toContain(user.id);
    expect(
      byAdmin.every((e) => e.actorId === adminId && e.action === 'user.password_changed'),
    ).toBe(true);
  });

  it('pages the audit log with a keyset cursor', async () => {
    const first = await audit('limit=2');
    expectStatus(first, 200);
    const page1 = first.body as { items: Entry[]; nextCursor: string };
    expect(page1.items).toHaveLength(2);
    const second = await audit(`limit=2&cursor=${page1.nextCursor}`);
    expectStatus(second, 200);
    const page2 = (second.body as { items: Entry[] }).items;
    expect(Number(page2[0].id)).toBeLessThan(Number(page1.items[1].id));
    expectFieldError(await audit('cursor=bm90LWEtY3Vyc29y'), 'cursor', 'INVALID_CURSOR');
    expectFieldError(await audit('actorId=not-a-uuid'), 'actorId');
  });
});
