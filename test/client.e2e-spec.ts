import { runWorkflow } from './client/workflow';
import { ADMIN, startApp, TestApp, unique } from './support/test-app';

// The typed client generated from the OpenAPI document (test/client/workflow.ts, compiled by
// `npm run openapi:check`) runs a real workflow against the app.
describe('generated client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('logs in, registers, reads, lists, accepts, reads the timeline and the figures; a lawsuit', async () => {
    const address = t.app.getHttpServer().address() as { port: number };
    const r = await runWorkflow(`http://127.0.0.1:${address.port}`, ADMIN, unique('wf'));
    expect(r.registered.status).toBe('RECEIVED');
    expect(r.listed.map((c) => c.id)).toContain(r.registered.id);
    expect(r.accepted.status).toBe('UNDER_REVIEW');
    expect(r.timeline.map((e) => e.event)).toEqual(['REGISTER', 'ACCEPT']);
    expect(r.figures.total.received).toBeGreaterThanOrEqual(1);
    // The head appeared with the identity proof at the one hearing held: attended (SPC 2020).
    expect(r.lawsuit.defendants.map((d) => d.name)).toEqual([
      expect.stringContaining('区生态环境局'),
    ]);
    expect(r.lawsuit.hearings.map((h) => h.appearances.map((a) => a.appearance))).toEqual([
      ['ATTENDED'],
    ]);
    expect(r.lawsuit.instances.map((i) => i.headDuties.map((d) => d.duty))).toEqual([['ATTENDED']]);
  });
});
