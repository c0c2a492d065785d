/**
 * The front-end contract's language, operator and export parts: messages in the language of
 * Accept-Language (codes unchanged), every enum with its labels, queue depths in /metrics, and
 * Retry-After on 429.
 */
import { ERROR_MESSAGES, FIELD_MESSAGES } from '../src/common/messages';
import { QueueName } from '../src/jobs/queues';
import { ENUM_REGISTRY } from '../src/meta/enum-registry';
import { bearer, Fixtures } from './support/fixtures';
import { ADMIN, login, startApp, TestApp } from './support/test-app';

interface Problem {
  field: string;
  code: string;
  message: string;
}

const han = /\p{Script=Han}/u;

describe('error messages in the language asked for', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startApp();
    token = (await Fixtures.asAdmin(t)).adminToken;
  });
  afterAll(() => t.close());

  /** A body with several bad fields: a number for a string, an unknown kind, one too long, one missing, one extra. */
  const badAgency = {
    name: 123,
    kind: 'NOPE',
    headName: 'x'.repeat(51),
    extra: true,
  };
  const post = (language?: string) => {
    const req = t
      .http()
      .post('/api/v1/agencies')
      .set('authorization', bearer(token))
      .send(badAgency);
    return language === undefined ? req : req.set('accept-language', language);
  };

  it('the same bad request in Chinese and English: same code, fields and field codes', async () => {
    const zh = await post('zh-CN,zh;q=0.9,en;q=0.8').expect(400);
    const en = await post('en-US,en;q=0.9').expect(400);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    expect(en.body.code).toBe('VALIDATION_FAILED');
    const shape = (d: Problem[]) => d.map(({ field, code }) => ({ field, code }));
    expect(shape(zh.body.details)).toEqual(shape(en.body.details));
    expect(shape(zh.body.details)).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'IS_STRING' },
        { field: 'kind', code: 'IS_ENUM' },
        { field: 'headName', code: 'MAX_LENGTH' },
        { field: 'headTitle', code: 'REQUIRED' },
        { field: 'extra', code: 'UNKNOWN_FIELD' },
      ]),
    );
    expect(zh.body.message).toBe('请求数据校验未通过');
    expect(en.body.message).toBe('Request validation failed');
    for (const d of zh.body.details as Problem[]) expect(d.message).toMatch(han);
    for (const d of en.body.details as Problem[]) expect(d.message).not.toMatch(han);
    const zhOf = (field: string) =>
      (zh.body.details as Problem[]).find((d) => d.field === field)!.message;
    expect(zhOf('headName')).toBe('headName不能超过 50 个字符');
    expect(zhOf('headTitle')).toBe('headTitle为必填项');
    expect(zhOf('kind')).toBe(
      'kind必须是以下值之一：DEPARTMENT, TOWNSHIP_GOVERNMENT, RECONSIDERATION_ORGAN',
    );
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(en.headers['content-language']).toBe('en');
    expect(zh.headers['vary']).toMatch(/accept-language/i);
    for (const body of [zh.body, en.body]) {
      for (const d of body.details as object[])
        expect(Object.keys(d).sort()).toEqual(['code', 'field', 'message']);
    }
  });

  it('Chinese without Accept-Language, or when it asks for neither language', async () => {
    for (const res of [await post().expect(400), await post('fr-FR,de;q=0.9').expect(400)]) {
      expect(res.body.message).toBe('请求数据校验未通过');
      expect(res.headers['content-language']).toBe('zh-CN');
    }
  });

  it('quality values decide', async () => {
    expect((await post('zh;q=0.2, en;q=0.8').expect(400)).body.message).toBe(
      'Request validation failed',
    );
    expect((await post('en;q=0.2, zh-Hans;q=0.8').expect(400)).body.message).toBe(
      '请求数据校验未通过',
    );
  });

  it('errors of a whole request too: 404, 401, a service conflict', async () => {
    const missing = (language: string) =>
      t
        .http()
        .get('/api/v1/cases/00000000-0000-4000-8000-000000000000')
        .set('authorization', bearer(token))
        .set('accept-language', language);
    const zh = await missing('zh');
    const en = await missing('en');
    expect(zh.status).toBe(404);
    expect(zh.body.code).toBe(en.body.code);
    expect(zh.body.message).toMatch(han);
    expect(en.body.message).not.toMatch(han);

    const anonymous = await t.http().get('/api/v1/auth/me').set('accept-language', 'zh-CN');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toMatch(han);
  });
});

describe('the served document lists every error code with both messages', () => {
  it('GET /docs-json: ErrorBody carries x-error-codes from the catalogue', async () => {
    const t = await startApp();
    try {
      const res = await t.http().get('/docs-json').expect(200);
      const body = res.body as {
        components: { schemas: { ErrorBody: { 'x-error-codes': Record<string, string>[] } } };
      };
      const codes = body.components.schemas.ErrorBody['x-error-codes'];
      expect(codes).toContainEqual({
        code: 'CASE_STATE_CONFLICT',
        in: 'body',
        zh: ERROR_MESSAGES.CASE_STATE_CONFLICT.zh,
        en: ERROR_MESSAGES.CASE_STATE_CONFLICT.en,
      });
      expect(codes.filter((c) => c.in === 'body').map((c) => c.code)).toEqual(
        Object.keys(ERROR_MESSAGES),
      );
      expect(codes.filter((c) => c.in === 'details').map((c) => c.code)).toEqual(
        Object.keys(FIELD_MESSAGES),
      );
    } finally {
      await t.close();
    }
  });
});

describe('GET /meta/enums', () => {
  it('serves every enum of the registry, each value with its Chinese label', async () => {
    const t = await startApp();
    try {
      const token = await login(t, ADMIN.username, ADMIN.password);
      const res = await t
        .http()
        .get('/api/v1/meta/enums')
        .set('authorization', bearer(token))
        .expect(200);
      const enums = res.body as Record<string, { value: string; label: string }[]>;
      expect(Object.keys(enums).sort()).toEqual(Object.keys(ENUM_REGISTRY).sort());
      expect(Object.keys(enums).length).toBeGreaterThanOrEqual(19);
      expect(enums.MaterialKind).toContainEqual({ value: 'EVIDENCE', label: '证据材料' });
      expect(enums.JudgmentKind).toContainEqual({ value: 'REVOKED', label: '判决撤销' });
      expect(enums.AlertLevel.map((v) => v.value).sort()).toEqual(['DUE_SOON', 'OVERDUE']);
    } finally {
      await t.close();
    }
  });
});

describe('GET /metrics', () => {
  it('has a fuyi_queue_jobs sample for every queue and state, and every metric is prefixed fuyi_', async () => {
    const t = await startApp();
    try {
      await t.http().get('/health/live').expect(200);
      const res = await t.http().get('/metrics').expect(200);
      const text = res.text;
      for (const queue of Object.values(QueueName)) {
        for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed']) {
          expect(text).toMatch(
            new RegExp(`^fuyi_queue_jobs\\{queue="${queue}",state="${state}"\\} \\d+$`, 'm'),
          );
        }
      }
      expect(text).toMatch(/^fuyi_http_request_duration_seconds_count\{/m);
      expect(text).toMatch(/^fuyi_process_cpu_seconds_total /m);
      const names = [...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((n) => !n.startsWith('fuyi_'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('429 carries Retry-After', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  const retryAfter = (value: unknown): number => {
    expect(value).toMatch(/^\d+$/);
    return Number(value);
  };

  it('on the login limit', async () => {
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'nobody', password: 'x'.repeat(12) });
    const refused = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'nobody', password: 'x'.repeat(12) });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    const seconds = retryAfter(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
  });

  it('on the ordinary limit', async () => {
    // The limit counts before authentication: three refusals for want of a token, then 429.
    const statuses: number[] = [];
    let res = await t.http().get('/api/v1/meta/enums');
    for (let i = 0; i < 4; i += 1) {
      statuses.push(res.status);
      res = await t.http().get('/api/v1/meta/enums');
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(res.status).toBe(429);
    const seconds = retryAfter(res.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
  });

  it('never on health probes or the metrics scrape, however often', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await t.http().get('/health/live')).status).toBe(200);
      expect((await t.http().get('/metrics')).status).not.toBe(429);
    }
  });
});
