import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ADMIN, login, startApp, TestApp } from './support/test-app';

/**
 * The pages people open in a browser (the OpenAPI UI at /docs, the queue dashboard at
 * /admin/queues) render over plain HTTP on an origin that is not localhost. Such an origin is not
 * "potentially trustworthy", so a CSP `upgrade-insecure-requests` would send the pages' scripts to
 * https:// (which nothing serves) and leave them blank: it is sent only when TLS is configured
 * (PUBLIC_URL https://…, src/app.factory.ts). A real headless Chromium (Debian's `chromium`)
 * resolves `fuyi.test` to 127.0.0.1, so the traffic stays on loopback.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM && process.env.CI !== 'true') {
  console.warn(
    `test/browser.e2e-spec.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH); in CI (CI=true) it runs and fails instead`,
  );
}
const describeBrowser = HAS_CHROMIUM || process.env.CI === 'true' ? describe : describe.skip;

jest.setTimeout(90_000);

/** The DOM of `url` once its scripts have run (virtual time lets them finish), as Chromium sees it. */
function renderedDom(url: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'fuyi-chromium-'));
  return new Promise<string>((resolve, reject) => {
    execFile(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox', // CI runs as root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-features=HttpsUpgrades',
        `--user-data-dir=${profile}`,
        '--host-resolver-rules=MAP fuyi.test 127.0.0.1',
        '--virtual-time-budget=15000',
        '--dump-dom',
        url,
      ],
      { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        rmSync(profile, { recursive: true, force: true });
        if (err) reject(new Error(`chromium failed: ${err.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

describeBrowser('in a real browser, over plain HTTP on http://fuyi.test', () => {
  let t: TestApp;
  let origin: string;
  beforeAll(async () => {
    t = await startApp();
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    origin = `http://fuyi.test:${port}`;
  });
  afterAll(() => t.close());

  it('serves no upgrade-insecure-requests without TLS', async () => {
    const res = await t.http().get('/docs').set('host', 'fuyi.test').expect(200);
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
  });

  it('/docs renders the Swagger UI', async () => {
    const dom = await renderedDom(`${origin}/docs`);
    // Only the script-rendered UI has the title and the operations of the document.
    expect(dom).toMatch(/class="[^"]*\binfo\b/);
    expect(dom).toContain('Fuyi 复议 API');
    expect(dom).toMatch(/opblock-summary-path[^>]*>.*\/api\/v1\/meta\/enums/s);
  });

  it('/admin/queues renders the queue dashboard', async () => {
    const token = await login(t, ADMIN.username, ADMIN.password);
    const dom = await renderedDom(`${origin}/admin/queues?token=${token}`);
    expect(dom).toContain('Fuyi 复议 queues');
    expect(dom).toMatch(/reminders|statistics|alerts/i);
  });
});

describe('with TLS configured (PUBLIC_URL https://…)', () => {
  it('the CSP asks browsers to upgrade insecure requests', async () => {
    const t = await startApp({ env: { PUBLIC_URL: 'https://fuyi.example.gov.cn' } });
    try {
      const res = await t.http().get('/docs').expect(200);
      expect(res.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    } finally {
      await t.close();
    }
  });
});
