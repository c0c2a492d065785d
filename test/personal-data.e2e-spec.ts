/**
 * Who read personal data (issue "Security…", personal data): reading a case's detail and
 * downloading a material each write one audit row naming the actor and the case, which an
 * administrator reads with GET /audit; a VIEWER does not download raw files (403), and a case's
 * timeline lists changes only.
 */
import { CaseWorld, WorldUser } from './support/case-world';
import { expectError, PageBody } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

interface AuditRow {
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  after: Record<string, unknown> | null;
}

describe('reads of personal data are audited', () => {
  let t: TestApp;
  let world: CaseWorld;
  let officer: WorldUser;
  let viewer: WorldUser;
  let caseId: string;
  let materialId: string;

  beforeAll(async () => {
    t = await startApp();
    world = await CaseWorld.create(t);
    officer = await world.user('OFFICER');
    viewer = await world.user('VIEWER');
    caseId = (await world.register(officer.token)).id;
    const up = await t
      .http()
      .post(`/api/v1/cases/${caseId}/materials`)
      .set('authorization', `Bearer ${officer.token}`)
      .field('kind', 'EVIDENCE')
      .attach('file', Buffer.from('身份证复印件\n', 'utf8'), {
        filename: 'id.txt',
        contentType: 'text/plain',
      });
    expect(up.status).toBe(201);
    materialId = (up.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const reads = (): Promise<AuditRow[]> =>
    t.db.query<AuditRow[]>(
      `SELECT actor_id, actor_name, action, entity_type, entity_id, after FROM audit_log
        WHERE entity_type = 'case' AND entity_id = $1 AND action IN ('case.read', 'material.downloaded')
        ORDER BY id`,
      [caseId],
    );

  it('GET /cases/:id writes one case.read row naming the reader and the case', async () => {
    const before = (await reads()).length;
    await world.get(viewer.token, `/cases/${caseId}`).expect(200);
    const rows = await reads();
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1]).toEqual({
      actor_id: viewer.id,
      actor_name: viewer.username,
      action: 'case.read',
      entity_type: 'case',
      entity_id: caseId,
      after: null,
    });
  });

  it('reads made together share INSERTs, yet each has its own row, stored before its answer', async () => {
    const before = (await reads()).length;
    const requestIds = Array.from({ length: 40 }, (_, i) => `read-together-${i}`);
    const stored: number[] = [];
    await Promise.all(
      requestIds.map(async (id) => {
        await world.get(viewer.token, `/cases/${caseId}`).set('x-request-id', id).expect(200);
        // Answered: its row is already there.
        const [{ n }] = await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1 AND action = 'case.read'`,
          [id],
        );
        stored.push(n);
      }),
    );
    expect(stored).toEqual(requestIds.map(() => 1));
    expect(await reads()).toHaveLength(before + requestIds.length);
  });

  it('a read refused (unknown case) writes nothing', async () => {
    const [{ n: before }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log`,
    );
    await world.get(viewer.token, '/cases/00000000-0000-4000-8000-000000000000').expect(404);
    const [{ n: after }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log`,
    );
    expect(after).toBe(before);
  });

  it('downloading a material writes one material.downloaded row', async () => {
    const before = (await reads()).length;
    await world.get(officer.token, `/cases/${caseId}/materials/${materialId}`).expect(200);
    const rows = await reads();
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1]).toEqual({
      actor_id: officer.id,
      actor_name: officer.username,
      action: 'material.downloaded',
      entity_type: 'case',
      entity_id: caseId,
      after: { materialId, kind: 'EVIDENCE' },
    });
  });

  it('a VIEWER may list materials but not download one: 403, nothing audited', async () => {
    const before = (await reads()).length;
    await world.get(viewer.token, `/cases/${caseId}/materials`).expect(200);
    expectError(
      await world.get(viewer.token, `/cases/${caseId}/materials/${materialId}`),
      403,
      'FORBIDDEN',
    );
    expect(await reads()).toHaveLength(before);
  });

  it('an administrator sees who read the case with GET /audit', async () => {
    const res = await world
      .get(world.admin, `/audit?entityType=case&entityId=${caseId}&limit=100`)
      .expect(200);
    const items = (res.body as PageBody<{ action: string; actorName: string }>).items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'case.read', actorName: viewer.username }),
        expect.objectContaining({ action: 'material.downloaded', actorName: officer.username }),
      ]),
    );
  });

  it('the timeline lists changes, not reads', async () => {
    await world.get(officer.token, `/cases/${caseId}`).expect(200);
    const events = await world.events(caseId);
    expect(events).not.toContain('case.read');
    expect(events).not.toContain('material.downloaded');
    expect(events.length).toBeGreaterThan(0);
  });
});
