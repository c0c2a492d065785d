/**
 * The first administrator without ADMIN_PASSWORD, outside production: the source holds no usable
 * password; a random one is generated and written to STORAGE_DIR/.admin-password (mode 0600).
 * On a database of its own, so that no user exists yet.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { login, privateDatabase, startApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

describe('the first administrator without ADMIN_PASSWORD', () => {
  let db: { url: string; drop: () => Promise<void> } | undefined;
  let storage: string;
  let t: TestApp | undefined;

  beforeAll(async () => {
    db = await privateDatabase('first_admin');
    storage = await mkdtemp(join(tmpdir(), 'fuyi-first-admin-'));
    t = await startApp({
      env: { DATABASE_URL: db.url, ADMIN_PASSWORD: '', STORAGE_DIR: storage },
    });
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await rm(storage, { recursive: true, force: true });
  });

  it('gets a generated password, kept where only the operator reads it', async () => {
    const file = join(storage, '.admin-password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const password = (await readFile(file, 'utf8')).trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expect(login(t as TestApp, 'admin', password)).resolves.toEqual(expect.any(String));

    // The development password the source once held opens nothing.
    const refused = await (t as TestApp)
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'fuyi-admin-dev' });
    expect(refused.status).toBe(401);
  });
});
