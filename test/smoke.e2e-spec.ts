import { ADMIN, login, startApp, TestApp } from './support/test-app';

describe('the service starts and answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('is ready, and the administrator from the environment can log in', async () => {
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
    });
    const token = await login(t, ADMIN.username, ADMIN.password);
    const me = await t
      .http()
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(me.body).toMatchObject({
      username: 'admin',
      role: 'ADMIN',
      officeId: null,
      agencyId: null,
    });
  });
});
