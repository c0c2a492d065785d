/**
 * At least one active ADMIN always remains (README, "Administrators"), also when two
 * administrators remove each other at the same moment: one change succeeds, the other answers
 * 409 LAST_ADMIN. On a database of its own (the shared run database has other administrators,
 * and the first administrator every other suite signs in with must stay).
 */
import { Client } from 'pg';
import type { Response } from 'supertest';
import { Role } from '../src/access/role';
import { bearer, expectError, Fixtures, TokenPair } from './support/fixtures';
import { ADMIN, privateDatabase, startApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

describe('the last administrator', () => {
  let db: { url: string; drop: () => Promise<void> } | undefined;
  let t: TestApp | undefined;
  let fx: Fixtures;

  beforeAll(async () => {
    db = await privateDatabase('admins');
    t = await startApp({ env: { DATABASE_URL: db.url } });
    fx = await Fixtures.asAdmin(t);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  const app = (): TestApp => t as TestApp;
  /** Waits (up to 3 s) until `n` sessions wait for an advisory lock. */
  async function waitForWaiters(db: Client, n: number): Promise<void> {
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      if (rows[0].n >= n) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const patch = (token: string, id: string, body: object) =>
    app().http().patch(`/api/v1/users/${id}`).set('authorization', bearer(token)).send(body);
  const activeAdmins = async (): Promise<number> => {
    const [{ n }] = await app().db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN' AND active`,
    );
    return n;
  };
  /** Makes the active admins exactly the first one and one other; answers both, signed in. */
  async function twoAdmins(): Promise<
    [{ id: string; pair: TokenPair }, { id: string; pair: TokenPair }]
  > {
    await app().db.query(
      `UPDATE users SET active = false WHERE role = 'ADMIN' AND username <> $1`,
      [ADMIN.username],
    );
    fx = await Fixtures.asAdmin(app());
    const first = await fx.login(ADMIN.username, ADMIN.password);
    const { user, pair } = await fx.signedIn(Role.ADMIN);
    expect(await activeAdmins()).toBe(2);
    return [
      { id: first.user.id, pair: first },
      { id: user.id, pair },
    ];
  }

  it.each([
    ['disable', { active: false }],
    ['demote', { role: 'OFFICER' }],
  ])(
    'two administrators who %s each other at once: one succeeds, the other gets 409',
    async (_, body) => {
      for (let round = 0; round < 3; round += 1) {
        const [a, b] = await twoAdmins();
        // The test holds the lock the change takes, so that both requests are past the guard and
        // inside their transactions before either may go on: a true race, every round.
        const holder = new Client({ connectionString: db?.url });
        await holder.connect();
        let ab: Response;
        let ba: Response;
        try {
          await holder.query(`SELECT pg_advisory_lock(hashtext('fuyi:active-admins'))`);
          const both = Promise.all([
            patch(a.pair.accessToken, b.id, body),
            patch(b.pair.accessToken, a.id, body),
          ]);
          await waitForWaiters(holder, 2);
          await holder.query(`SELECT pg_advisory_unlock(hashtext('fuyi:active-admins'))`);
          [ab, ba] = await both;
        } finally {
          await holder.end();
        }
        const statuses = [ab.status, ba.status].sort();
        expect(statuses).toEqual([200, 409]);
        expectError(ab.status === 409 ? ab : ba, 409, 'LAST_ADMIN');
        expect(await activeAdmins()).toBe(1);
        // Put the first administrator back for the next round.
        await app().db.query(
          `UPDATE users SET role = 'ADMIN', active = true, office_id = NULL WHERE username = $1`,
          [ADMIN.username],
        );
      }
    },
  );
});
