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

describe('GET /meta/enums', () => {
  it('lists every enum a client shows, each value with its Chinese label', async () => {
    const t = await startApp();
    try {
      const token = await login(t, ADMIN.username, ADMIN.password);
      const res = await t
        .http()
        .get('/api/v1/meta/enums')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      const enums = res.body as Record<string, { value: string; label: string }[]>;
      expect(enums.Outcome).toContainEqual({ value: 'REVOKE', label: '撤销' });
      expect(enums.CaseStatus).toContainEqual({ value: 'MEDIATED', label: '案前调解成功' });
      for (const values of Object.values(enums)) {
        for (const v of values) expect(v.label).toMatch(/\p{Script=Han}/u);
      }
    } finally {
      await t.close();
    }
  });
});
