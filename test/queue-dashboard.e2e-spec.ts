import { QueueName } from '../src/jobs/queues';
import { Role } from '../src/access/role';
import { bearer, Fixtures } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

describe('the queue dashboard at /admin/queues', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    t = await startApp();
    const fx = await Fixtures.asAdmin(t);
    admin = fx.adminToken;
    officer = (await fx.signedIn(Role.OFFICER)).pair.accessToken;
  });
  afterAll(() => t.close());

  it('refuses anyone but an ADMIN', async () => {
    const anonymous = await t.http().get('/admin/queues').expect(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    await t.http().get('/admin/queues').set('authorization', 'Bearer not.a.token').expect(401);
    const res = await t
      .http()
      .get('/admin/queues')
      .set('authorization', bearer(officer))
      .expect(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses in the caller’s language, as every other error', async () => {
    const zh = await t.http().get('/admin/queues').expect(401);
    expect(zh.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(zh.headers['content-language']).toBe('zh-CN');
    const en = await t.http().get('/admin/queues').set('accept-language', 'en').expect(401);
    expect(en.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'An ADMIN access token is required',
    });
  });

  it('shows every queue to an ADMIN, by bearer token or by the cookie of a first visit', async () => {
    const page = await t
      .http()
      .get('/admin/queues')
      .set('authorization', bearer(admin))
      .expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);

    const first = await t.http().get(`/admin/queues?token=${admin}`).expect(200);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    const api = await t
      .http()
      .get('/admin/queues/api/queues')
      .set('cookie', cookie.split(';')[0])
      .expect(200);
    const names = (api.body as { queues: { name: string }[] }).queues.map((q) => q.name);
    expect(names.sort()).toEqual(Object.values(QueueName).sort());
  });
});
