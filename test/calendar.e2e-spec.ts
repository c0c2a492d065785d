/**
 * The working-day calendar over HTTP: deadline arithmetic on the seeded State Council calendar,
 * and administrators' edits, which take effect at once on this instance and are audited.
 */
import type { CalendarDayView } from '../src/calendar/dto/calendar.dto';
import { Role } from '../src/access/role';
import {
  bearer,
  countRows,
  expectError,
  expectStatus,
  Fixtures,
  ROLES,
  World,
} from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

/**
 * 2024 National Day: 1–7 October off, Sunday 29 September and Saturday 12 October worked.
 * Five working days after Friday 27 September: 29 Sep, 30 Sep, 8 Oct, 9 Oct, 10 Oct.
 * The suite edits only days of 2024-09-28 … 2024-10-10 and restores each.
 */
const FROM = '2024-09-27';
const DUE = '2024-10-10';

describe('calendar', () => {
  let t: TestApp;
  let fx: Fixtures;
  let w: World;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startApp();
    fx = await Fixtures.asAdmin(t);
    w = await fx.world();
    admin = w.tokens.ADMIN;
    adminId = w.users.ADMIN.id;
  });
  afterAll(async () => {
    // Leave the seeded calendar as it was, whatever failed above.
    await t.db.query(`DELETE FROM calendar_days WHERE date IN ('2024-09-28', '2024-10-09')`);
    await t.db.query(
      `INSERT INTO calendar_days (date, kind, name) VALUES ('2024-10-07', 'HOLIDAY', '国庆节')
       ON CONFLICT (date) DO UPDATE SET kind = 'HOLIDAY', name = '国庆节'`,
    );
    await t.close();
  });

  const due = async (from = FROM, days = 5, token = w.tokens.VIEWER): Promise<string> => {
    const res = await t
      .http()
      .get(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`)
      .set('authorization', bearer(token));
    expectStatus(res, 200);
    return (res.body as { date: string }).date;
  };
  const put = (date: string, body: object, token = admin) =>
    t.http().put(`/api/v1/calendar/days/${date}`).set('authorization', bearer(token)).send(body);
  const del = (date: string, token = admin) =>
    t.http().delete(`/api/v1/calendar/days/${date}`).set('authorization', bearer(token));
  const year = async (y: number): Promise<CalendarDayView[]> => {
    const res = await t
      .http()
      .get(`/api/v1/calendar/${y}`)
      .set('authorization', bearer(w.tokens.AGENT));
    expectStatus(res, 200);
    return res.body as CalendarDayView[];
  };
  const auditOf = (date: string) =>
    t.db.query<
      {
        action: string;
        actor_id: string;
        entity_type: string;
        before: unknown;
        after: unknown;
      }[]
    >(
      `SELECT action, actor_id, entity_type, before, after FROM audit_log
        WHERE entity_type = 'calendar_day' AND entity_id = $1 ORDER BY id`,
      [date],
    );

  describe('add-working-days', () => {
    it('counts working days over the 2024 National Day holiday and its make-up day', async () => {
      expect(await due()).toBe(DUE);
    });

    it.each([
      ['2024-09-27', 0, '2024-09-27'], // the first day is not counted: zero days is the day itself
      ['2024-09-27', 1, '2024-09-29'], // Sunday 29 September was worked
      ['2024-09-30', 1, '2024-10-08'], // 1–7 October off
      ['2024-10-10', 2, '2024-10-12'], // Saturday 12 October was worked
      ['2024-02-08', 3, '2024-02-19'], // Spring Festival 10–17 February, 18 February worked
    ])('from %s plus %i → %s', async (from, days, expected) => {
      expect(await due(from, days)).toBe(expected);
    });

    it('answers every role', async () => {
      for (const role of ROLES) expect(await due(FROM, 5, w.tokens[role])).toBe(DUE);
    });
  });

  describe('GET /calendar/:year', () => {
    it('lists the non-default days of the year, in order', async () => {
      const days = await year(2024);
      expect(days).toEqual(
        expect.arrayContaining([
          { date: '2024-09-29', kind: 'WORKDAY', name: expect.any(String) },
          { date: '2024-10-01', kind: 'HOLIDAY', name: expect.stringContaining('国庆') },
          { date: '2024-10-12', kind: 'WORKDAY', name: expect.any(String) },
        ]),
      );
      expect(days.every((d) => d.date.startsWith('2024-'))).toBe(true);
      expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    });

    it('answers an empty list for a year without exceptions', async () => {
      expect(await year(1999)).toEqual([]);
    });
  });

  describe('administrators edit the calendar', () => {
    it('a new holiday moves the deadline at once; deleting it restores the deadline at once', async () => {
      expect(await due()).toBe(DUE); // the calendar is loaded (and cached) before the edit

      const set = await put('2024-10-09', { kind: 'HOLIDAY', name: '临时休假' });
      expectStatus(set, 200);
      expect(set.body).toEqual({ date: '2024-10-09', kind: 'HOLIDAY', name: '临时休假' });
      expect(await due()).toBe('2024-10-11');
      expect(await year(2024)).toContainEqual({
        date: '2024-10-09',
        kind: 'HOLIDAY',
        name: '临时休假',
      });

      expectStatus(await del('2024-10-09'), 204);
      expect(await due()).toBe(DUE);
      expect((await year(2024)).map((d) => d.date)).not.toContain('2024-10-09');
    });

    it('a make-up working day on a Saturday brings the deadline forward', async () => {
      expectStatus(await put('2024-09-28', { kind: 'WORKDAY', name: '调休上班' }), 200);
      expect(await due()).toBe('2024-10-09');
      expectStatus(await del('2024-09-28'), 204);
      expect(await due()).toBe(DUE);
    });

    it('a seeded holiday can be changed and put back', async () => {
      expectStatus(await put('2024-10-07', { kind: 'WORKDAY', name: '改为上班' }), 200);
      expect(await due()).toBe('2024-10-09'); // 29 Sep, 30 Sep, 7 Oct, 8 Oct, 9 Oct
      expectStatus(await put('2024-10-07', { kind: 'HOLIDAY', name: '国庆节' }), 200);
      expect(await due()).toBe(DUE);
    });

    it('every edit is audited with the administrator, the day, and before/after', async () => {
      const date = '2024-10-09';
      const before = (await auditOf(date)).length;
      expectStatus(await put(date, { kind: 'HOLIDAY', name: '一' }), 200);
      expectStatus(await put(date, { kind: 'WORKDAY', name: '二' }), 200);
      expectStatus(await del(date), 204);
      const rows = (await auditOf(date)).slice(before);
      expect(rows).toEqual([
        {
          action: 'calendar.day_set',
          actor_id: adminId,
          entity_type: 'calendar_day',
          before: null,
          after: { date, kind: 'HOLIDAY', name: '一' },
        },
        {
          action: 'calendar.day_set',
          actor_id: adminId,
          entity_type: 'calendar_day',
          before: { date, kind: 'HOLIDAY', name: '一' },
          after: { date, kind: 'WORKDAY', name: '二' },
        },
        {
          action: 'calendar.day_cleared',
          actor_id: adminId,
          entity_type: 'calendar_day',
          before: { date, kind: 'WORKDAY', name: '二' },
          after: null,
        },
      ]);
    });

    it('deleting a day that follows the default answers 404 and writes nothing', async () => {
      const rows = await countRows(t);
      expectError(await del('2024-10-08'), 404, 'CALENDAR_DAY_NOT_FOUND');
      expect(await countRows(t)).toEqual(rows);
    });

    it.each(ROLES.filter((r) => r !== Role.ADMIN))(
      '%s may not edit: 403, and nothing changes',
      async (role) => {
        const rows = await countRows(t);
        expectError(
          await put('2024-10-09', { kind: 'HOLIDAY', name: '越权' }, w.tokens[role]),
          403,
          'FORBIDDEN',
        );
        expectError(await del('2024-10-07', w.tokens[role]), 403, 'FORBIDDEN');
        expect(await countRows(t)).toEqual(rows);
        expect(await due()).toBe(DUE);
      },
    );

    it('nobody signed in may read or edit: 401', async () => {
      expectError(
        await t.http().get(`/api/v1/calendar/add-working-days?from=${FROM}&days=5`),
        401,
        'UNAUTHENTICATED',
      );
      expectError(
        await t.http().put('/api/v1/calendar/days/2024-10-09').send({ kind: 'HOLIDAY', name: 'x' }),
        401,
        'UNAUTHENTICATED',
      );
    });
  });
});
