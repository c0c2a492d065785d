/**
 * The audit log: every administrative write leaves a row, in the same transaction as the change,
 * naming who, what, the entity, before/after and the request id; the table refuses any change.
 */
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { Role } from '../src/access/role';
import {
  AgencyView,
  bearer,
  expectError,
  expectStatus,
  Fixtures,
  TestUser,
} from './support/fixtures';
import { startApp, TestApp, unique } from './support/test-app';

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  xmin: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('audit log', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: TestUser;
  let token: string;

  beforeAll(async () => {
    t = await startApp();
    const root = await Fixtures.asAdmin(t);
    admin = await root.createUser(Role.ADMIN);
    token = (await root.login(admin.username, admin.password)).accessToken;
    fx = new Fixtures(t, token);
  });
  afterAll(() => t.close());

  const rowsFor = (entityId: string) =>
    t.db.query<AuditRow[]>(
      `SELECT *, xmin::text AS xmin FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  const rowsOfRequest = (requestId: string) =>
    t.db.query<AuditRow[]>(
      `SELECT *, xmin::text AS xmin FROM audit_log WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
  const xminOf = async (table: string, id: string): Promise<string> => {
    const [row] = await t.db.query<{ xmin: string }[]>(
      `SELECT xmin::text AS xmin FROM ${table} WHERE id = $1`,
      [id],
    );
    return row.xmin;
  };
  const agencyBody = () => ({
    name: unique('审计局'),
    kind: 'DEPARTMENT',
    headName: '赵六',
    headTitle: '局长',
  });

  describe('an administrator creates and edits an agency', () => {
    let created: AgencyView;
    let createRequest: string;

    beforeAll(async () => {
      createRequest = unique('audit-create');
      const res = await t
        .http()
        .post('/api/v1/agencies')
        .set('authorization', bearer(token))
        .set('x-request-id', createRequest)
        .send(agencyBody());
      expectStatus(res, 201);
      expect(res.headers['x-request-id']).toBe(createRequest);
      created = res.body as AgencyView;
    });

    it('records the creation: actor, action, entity, after, request id', async () => {
      const rows = await rowsFor(created.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_id: admin.id,
        actor_name: admin.username,
        action: 'agency.created',
        entity_type: 'agency',
        entity_id: created.id,
        before: null,
        after: { ...created },
        request_id: createRequest,
      });
      expect(Date.now() - rows[0].at.getTime()).toBeLessThan(60_000);
    });

    it('writes the row in the transaction of the change', async () => {
      // Rows written by one transaction carry its id in xmin.
      const [row] = await rowsFor(created.id);
      const [{ xmin }] = await t.db.query<{ xmin: string }[]>(
        `SELECT xmin::text AS xmin FROM agencies WHERE id = $1 AND version = 1`,
        [created.id],
      );
      expect(row.xmin).toBe(xmin);
    });

    it('records the update with before and after, in its transaction', async () => {
      const requestId = unique('audit-update');
      const res = await t
        .http()
        .patch(`/api/v1/agencies/${created.id}`)
        .set('authorization', bearer(token))
        .set('x-request-id', requestId)
        .send({ headName: '钱七', contactPhone: '0571-12345678' });
      expectStatus(res, 200);
      const updated = res.body as AgencyView;
      expect(updated).toMatchObject({ headName: '钱七', version: 2 });

      const rows = await rowsOfRequest(requestId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_id: admin.id,
        action: 'agency.updated',
        entity_type: 'agency',
        entity_id: created.id,
        before: { ...created },
        after: { ...updated },
      });
      expect(rows[0].xmin).toBe(await xminOf('agencies', created.id));
    });

    it('a refused write (409) leaves no row', async () => {
      const requestId = unique('audit-conflict');
      const res = await t
        .http()
        .post('/api/v1/agencies')
        .set('authorization', bearer(token))
        .set('x-request-id', requestId)
        .send({ ...agencyBody(), name: created.name });
      expectError(res, 409, 'AGENCY_NAME_TAKEN');
      expect(await rowsOfRequest(requestId)).toEqual([]);
    });
  });

  describe('request ids', () => {
    it('makes one when the client sends none, and records it', async () => {
      const res = await t
        .http()
        .post('/api/v1/judicial-offices')
        .set('authorization', bearer(token))
        .send({ name: unique('审计司法所'), township: '审计镇' });
      expectStatus(res, 201);
      const requestId = res.headers['x-request-id'];
      expect(requestId).toMatch(UUID);
      const rows = await rowsOfRequest(String(requestId));
      expect(rows.map((r) => [r.action, r.entity_id])).toEqual([
        ['judicial_office.created', (res.body as { id: string }).id],
      ]);
    });

    it.each([
      ['with spaces', 'not a request id'],
      ['too long', 'x'.repeat(65)],
    ])('replaces one it does not trust (%s)', async (_, sent) => {
      const res = await t
        .http()
        .post('/api/v1/agencies')
        .set('authorization', bearer(token))
        .set('x-request-id', sent)
        .send(agencyBody());
      expectStatus(res, 201);
      const requestId = String(res.headers['x-request-id']);
      expect(requestId).toMatch(UUID);
      const [row] = await rowsFor((res.body as AgencyView).id);
      expect(row.request_id).toBe(requestId);
    });
  });

  it('user rows never carry the password or its hash', async () => {
    const user = await fx.createUser(Role.OFFICER);
    const res = await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set('authorization', bearer(token))
      .send({ password: 'another-password-1' });
    expectStatus(res, 200);
    const rows = await rowsFor(user.id);
    expect(rows.map((r) => r.action)).toEqual([
      'user.created',
      'user.updated',
      'user.password_changed',
    ]);
    expect(rows[1].after).toMatchObject({ passwordChanged: true });
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|passwordHash/);
    expect(text).not.toContain(user.password);
    expect(text).not.toContain('another-password-1');
  });

  describe('is append-only', () => {
    let id: string;
    let snapshot: AuditRow;
    beforeAll(async () => {
      const agency = await fx.createAgency();
      [snapshot] = await rowsFor(agency.id);
      id = snapshot.id;
    });

    it.each([
      ['UPDATE', (rowId: string) => `UPDATE audit_log SET action = 'tampered' WHERE id = ${rowId}`],
      ['DELETE', (rowId: string) => `DELETE FROM audit_log WHERE id = ${rowId}`],
      ['DELETE (all)', () => `DELETE FROM audit_log`],
      ['TRUNCATE', () => `TRUNCATE audit_log`],
    ])('%s is refused by the database', async (_, sql) => {
      const [{ n: before }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log`,
      );
      await expect(t.db.query(sql(id))).rejects.toThrow(/append-only/);
      const [{ n: after }] = await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log`,
      );
      expect(after).toBeGreaterThanOrEqual(before);
      expect(await rowsFor(snapshot.entity_id)).toEqual([snapshot]);
    });

    it('through TypeORM too', async () => {
      const repo = t.db.getRepository(AuditEntryEntity);
      await expect(repo.update({ id }, { action: 'tampered' })).rejects.toThrow(/append-only/);
      await expect(repo.delete({ id })).rejects.toThrow(/append-only/);
      await expect(repo.clear()).rejects.toThrow(/append-only/);
      expect(await rowsFor(snapshot.entity_id)).toEqual([snapshot]);
    });
  });
});
