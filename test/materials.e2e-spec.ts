import { parse as parseDisposition } from 'content-disposition';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { residentIdCheckCharacter } from '../src/common/validators/id-number';
import { ADMIN, login, startApp, TestApp, unique } from './support/test-app';

const API = '/api/v1';

interface ErrorBody {
  statusCode: number;
  code: string;
  details?: { field: string; code: string }[];
}
interface MaterialBody {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}
interface Upload {
  buffer: Buffer;
  filename: string;
  contentType?: string;
  kind?: string;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A PDF as far as the first bytes tell, of `size` bytes. */
function pdf(size = 3000): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Reads a response body as raw bytes, whatever its type. */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

function idNumber(birth = '19800101', seq = '123'): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('case materials: upload, list, download', () => {
  let t: TestApp;
  let storageDir: string;
  let admin: string;
  let agencyId: string;
  let officeA: string;
  let officeB: string;
  const tokens: Record<string, string> = {};

  const post = (app: TestApp, token: string, p: string, body: object) =>
    app.http().post(`${API}${p}`).set('authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string, app = t) =>
    app.http().get(`${API}${p}`).set('authorization', `Bearer ${token}`);

  function upload(token: string, caseId: string, u: Upload, app = t): request.Test {
    const req = app
      .http()
      .post(`${API}/cases/${caseId}/materials`)
      .set('authorization', `Bearer ${token}`);
    if (u.kind !== undefined) void req.field('kind', u.kind);
    return req.attach('file', u.buffer, {
      filename: u.filename,
      contentType: u.contentType ?? 'application/octet-stream',
    });
  }

  const download = (token: string, caseId: string, mid: string) =>
    get(token, `/cases/${caseId}/materials/${mid}`).buffer(true).parse(binary);

  async function user(role: string, extra: Record<string, string> = {}): Promise<string> {
    const username = unique(role.toLowerCase());
    await post(t, admin, '/users', {
      username,
      displayName: username,
      password: 'Password-for-tests-1',
      role,
      ...extra,
    }).expect(201);
    return login(t, username, 'Password-for-tests-1');
  }

  async function registerCase(token: string, app = t): Promise<string> {
    const res = await post(app, token, '/cases', {
      channel: 'WINDOW',
      receivedOn: '2026-02-27',
      applicants: [{ kind: 'PERSON', name: '张三', idNumber: idNumber(), phone: '13800138000' }],
      respondentId: agencyId,
      act: {
        type: 'PENALTY',
        documentNumber: '罚〔2026〕1号',
        actOn: '2026-01-10',
        amountYuan: 500,
      },
      requests: '撤销处罚决定',
    }).expect(201);
    return (res.body as { id: string }).id;
  }

  async function materialRows(caseId: string, app = t): Promise<{ storage_key: string }[]> {
    return app.db.query(`SELECT storage_key FROM case_materials WHERE case_id = $1`, [caseId]);
  }

  /** Nothing stray in `dir`: no temporary file, and every stored file belongs to a material. */
  async function expectNoOrphans(dir = storageDir, app = t): Promise<void> {
    const files = await filesUnder(dir);
    expect(files.filter((f) => f.startsWith('tmp/'))).toEqual([]);
    const keys = new Set(
      (await app.db.query<{ storage_key: string }[]>(`SELECT storage_key FROM case_materials`)).map(
        (r) => r.storage_key,
      ),
    );
    expect(files.filter((f) => !keys.has(f))).toEqual([]);
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(path.join(tmpdir(), 'fuyi-materials-'));
    t = await startApp({ env: { STORAGE_DIR: storageDir } });
    admin = await login(t, ADMIN.username, ADMIN.password);
    agencyId = (
      (
        await post(t, admin, '/agencies', {
          name: unique('区自然资源局'),
          kind: 'DEPARTMENT',
          headName: '赵六',
          headTitle: '局长',
        }).expect(201)
      ).body as { id: string }
    ).id;
    const office = async (name: string) =>
      (
        (
          await post(t, admin, '/judicial-offices', { name: unique(name), township: name }).expect(
            201,
          )
        ).body as { id: string }
      ).id;
    officeA = await office('丙镇司法所');
    officeB = await office('丁镇司法所');
    tokens.agentA = await user('AGENT', { officeId: officeA });
    tokens.agentB = await user('AGENT', { officeId: officeB });
    tokens.officer = await user('OFFICER');
    tokens.reviewer = await user('REVIEWER');
    tokens.viewer = await user('VIEWER');
    tokens.liaison = await user('AGENCY_LIAISON', { agencyId });
  });

  afterAll(async () => {
    await t.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it("an office's agent attaches a PDF with a Chinese name; it lists and downloads intact", async () => {
    const caseId = await registerCase(tokens.agentA);
    const bytes = pdf(5000);
    const fileName = '行政复议申请书（张三）2026.pdf';
    const res = await upload(tokens.agentA, caseId, {
      buffer: bytes,
      filename: fileName,
      contentType: 'application/pdf',
      kind: 'APPLICATION',
    }).expect(201);
    const m = res.body as MaterialBody;
    const me = (await get(tokens.agentA, '/auth/me').expect(200)).body as { id: string };
    expect(m).toEqual({
      id: expect.any(String),
      kind: 'APPLICATION',
      fileName,
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      uploadedBy: me.id,
    });

    const list = (await get(tokens.agentA, `/cases/${caseId}/materials`).expect(200)).body as {
      items: MaterialBody[];
      nextCursor: string | null;
    };
    expect(list).toEqual({ items: [m], nextCursor: null });

    const dl = await download(tokens.agentA, caseId, m.id).expect(200);
    expect(Buffer.compare(dl.body as Buffer, bytes)).toBe(0);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-length']).toBe(String(bytes.length));
    expect(dl.headers['etag']).toBe(`"${sha256(bytes)}"`);
    expect(dl.headers['repr-digest']).toBe(
      `sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`,
    );
    const disposition = dl.headers['content-disposition'];
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
    expect(parseDisposition(disposition)).toEqual({
      type: 'attachment',
      parameters: { filename: fileName },
    });
    // A plain-ASCII name for clients that ignore filename*.
    expect(disposition).toMatch(/^attachment; filename=("[ -~]+"|[!-~]+); filename\*=/);

    // Stored once, under its key, with the same bytes.
    const [row] = await materialRows(caseId);
    expect(row.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(sha256(await readFile(path.join(storageDir, row.storage_key)))).toBe(sha256(bytes));
    await expectNoOrphans();
  });

  it('the timeline shows the attachment', async () => {
    const caseId = await registerCase(tokens.officer);
    const bytes = pdf();
    const m = (
      await upload(tokens.officer, caseId, {
        buffer: bytes,
        filename: '证据一.pdf',
        kind: 'EVIDENCE',
      }).expect(201)
    ).body as MaterialBody;
    const timeline = (await get(tokens.officer, `/cases/${caseId}/timeline`).expect(200)).body as {
      event: string;
      fromStatus: string;
      toStatus: string;
      data: unknown;
    }[];
    expect(timeline.map((e) => e.event)).toEqual(['REGISTER', 'ATTACH_MATERIAL']);
    expect(timeline[1]).toMatchObject({
      fromStatus: 'RECEIVED',
      toStatus: 'RECEIVED',
      data: {
        materialId: m.id,
        kind: 'EVIDENCE',
        fileName: '证据一.pdf',
        sizeBytes: bytes.length,
        sha256: sha256(bytes),
      },
    });
    const c = (await get(tokens.officer, `/cases/${caseId}`).expect(200)).body as {
      version: number;
    };
    expect(c.version).toBe(2);
  });

  it('accepts the other allowed types by their content, in either field order', async () => {
    const caseId = await registerCase(tokens.reviewer);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(800)]);
    const ole2 = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(800),
    ]);
    const cases: [Upload, string][] = [
      [
        { buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), filename: '身份证正面.jpg' },
        'image/jpeg',
      ],
      [
        {
          buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(100)]),
          filename: 'a.png',
        },
        'image/png',
      ],
      [{ buffer: zip, filename: '电子证照.ofd' }, 'application/ofd'],
      [
        { buffer: zip, filename: '答复书.docx' },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        { buffer: zip, filename: '清单.xlsx' },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [{ buffer: ole2, filename: '旧文书.doc' }, 'application/msword'],
      [{ buffer: ole2, filename: '旧表格.xls' }, 'application/vnd.ms-excel'],
      [
        {
          buffer: Buffer.from('补正说明：\r\n已补交身份证复印件。\n', 'utf8'),
          filename: '说明.txt',
          contentType: 'text/plain',
        },
        'text/plain; charset=utf-8',
      ],
    ];
    for (const [u, contentType] of cases) {
      const res = await upload(tokens.reviewer, caseId, { ...u, kind: 'OTHER' });
      expect([u.filename, res.status]).toEqual([u.filename, 201]);
      expect((res.body as MaterialBody).contentType).toBe(contentType);
    }
    // `file` before `kind`, as some clients send it.
    const bytes = pdf();
    const res = await t
      .http()
      .post(`${API}/cases/${caseId}/materials`)
      .set('authorization', `Bearer ${tokens.reviewer}`)
      .attach('file', bytes, { filename: 'x.pdf', contentType: 'application/pdf' })
      .field('kind', 'SUPPLEMENT')
      .expect(201);
    expect((res.body as MaterialBody).kind).toBe('SUPPLEMENT');

    // Pages of one, oldest first.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await get(
          tokens.reviewer,
          `/cases/${caseId}/materials?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200)
      ).body as { items: MaterialBody[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.fileName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...cases.map(([u]) => u.filename), 'x.pdf']);
    await expectNoOrphans();
  });

  it('files uploaded at the same time to one case all land', async () => {
    const caseId = await registerCase(tokens.officer);
    const files = Array.from({ length: 6 }, () => pdf(2000));
    const answers = await Promise.all(
      files.map((buffer, i) =>
        upload(tokens.officer, caseId, { buffer, filename: `证据${i + 1}.pdf`, kind: 'EVIDENCE' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(files.map(() => 201));
    expect(new Set(answers.map((a) => (a.body as MaterialBody).sha256))).toEqual(
      new Set(files.map(sha256)),
    );
    expect(await materialRows(caseId)).toHaveLength(files.length);
    const c = (await get(tokens.officer, `/cases/${caseId}`).expect(200)).body as {
      version: number;
    };
    expect(c.version).toBe(1 + files.length);
    await expectNoOrphans();
  });

  it("another office's agent gets 404 on upload, list and download, and nothing is written", async () => {
    const caseId = await registerCase(tokens.agentA);
    const m = (
      await upload(tokens.agentA, caseId, {
        buffer: pdf(),
        filename: 'a.pdf',
        kind: 'EVIDENCE',
      }).expect(201)
    ).body as MaterialBody;
    const refused = await upload(tokens.agentB, caseId, {
      buffer: pdf(),
      filename: 'b.pdf',
      kind: 'EVIDENCE',
    }).expect(404);
    expect((refused.body as ErrorBody).code).toBe('CASE_NOT_FOUND');
    for (const p of [`/cases/${caseId}/materials`, `/cases/${caseId}/materials/${m.id}`]) {
      expect(((await get(tokens.agentB, p).expect(404)).body as ErrorBody).code).toBe(
        'CASE_NOT_FOUND',
      );
    }
    expect(await materialRows(caseId)).toHaveLength(1);
    await expectNoOrphans();
  });

  it('a VIEWER lists but may neither download nor upload; a liaison may do none', async () => {
    const caseId = await registerCase(tokens.officer);
    const bytes = pdf();
    const m = (
      await upload(tokens.officer, caseId, {
        buffer: bytes,
        filename: 'a.pdf',
        kind: 'EVIDENCE',
      }).expect(201)
    ).body as MaterialBody;
    await get(tokens.viewer, `/cases/${caseId}/materials`).expect(200);
    // Raw files cannot be masked (they hold ID numbers): 403 for a VIEWER, nothing audited.
    const refused = await download(tokens.viewer, caseId, m.id).expect(403);
    expect(JSON.parse((refused.body as Buffer).toString('utf8'))).toMatchObject({
      statusCode: 403,
      code: 'FORBIDDEN',
    });
    const dl = await download(tokens.officer, caseId, m.id).expect(200);
    expect(Buffer.compare(dl.body as Buffer, bytes)).toBe(0);
    await upload(tokens.viewer, caseId, { buffer: pdf(), filename: 'v.pdf', kind: 'OTHER' }).expect(
      403,
    );
    await upload(tokens.liaison, caseId, {
      buffer: pdf(),
      filename: 'l.pdf',
      kind: 'OTHER',
    }).expect(403);
    await get(tokens.liaison, `/cases/${caseId}/materials`).expect(403);
    await get(tokens.liaison, `/cases/${caseId}/materials/${m.id}`).expect(403);
    expect(await materialRows(caseId)).toHaveLength(1);
    await expectNoOrphans();
  });

  it('unknown or malformed material ids answer 404 or 400', async () => {
    const caseId = await registerCase(tokens.officer);
    const other = await registerCase(tokens.officer);
    const m = (
      await upload(tokens.officer, other, {
        buffer: pdf(),
        filename: 'a.pdf',
        kind: 'OTHER',
      }).expect(201)
    ).body as MaterialBody;
    // A material of another case is not found under this one.
    const res = await get(tokens.officer, `/cases/${caseId}/materials/${m.id}`).expect(404);
    expect((res.body as ErrorBody).code).toBe('MATERIAL_NOT_FOUND');
    const bad = await get(tokens.officer, `/cases/${caseId}/materials/nope`).expect(400);
    expect((bad.body as ErrorBody).details).toEqual([
      expect.objectContaining({ field: 'mid', code: 'INVALID_UUID' }),
    ]);
    await get(tokens.officer, `/cases/${caseId}/materials?cursor=WyJ4Il0`).expect(400);
  });

  it('refuses other file types (415), empty files and bad forms (400), writing nothing', async () => {
    const caseId = await registerCase(tokens.officer);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), randomBytes(4000)]);
    for (const u of [
      { buffer: exe, filename: '申请书.exe', contentType: 'application/x-msdownload' },
      // Declared and named as a PDF, but it is not one.
      { buffer: exe, filename: '申请书.pdf', contentType: 'application/pdf' },
      { buffer: exe, filename: 'notes.txt', contentType: 'text/plain' },
      // A ZIP that is not one of the office formats.
      { buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), filename: 'a.zip' },
    ]) {
      const res = await upload(tokens.officer, caseId, { ...u, kind: 'EVIDENCE' }).expect(415);
      expect((res.body as ErrorBody).code).toBe('UNSUPPORTED_FILE_TYPE');
    }

    const fieldError = async (req: request.Test, field: string, code: string) => {
      const res = await req.expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((res.body as ErrorBody).details).toEqual([expect.objectContaining({ field, code })]);
    };
    await fieldError(
      upload(tokens.officer, caseId, { buffer: pdf(), filename: 'a.pdf' }),
      'kind',
      'REQUIRED',
    );
    await fieldError(
      upload(tokens.officer, caseId, { buffer: pdf(), filename: 'a.pdf', kind: 'PHOTO' }),
      'kind',
      'IS_ENUM',
    );
    await fieldError(
      upload(tokens.officer, caseId, { buffer: Buffer.alloc(0), filename: 'a.pdf', kind: 'OTHER' }),
      'file',
      'EMPTY_FILE',
    );
    const authed = () =>
      t
        .http()
        .post(`${API}/cases/${caseId}/materials`)
        .set('authorization', `Bearer ${tokens.officer}`);
    await fieldError(authed().field('kind', 'OTHER'), 'file', 'REQUIRED');
    await fieldError(
      authed().field('kind', 'OTHER').attach('file', pdf(), 'a.pdf').attach('file', pdf(), 'b.pdf'),
      'file',
      'TOO_MANY_FILES',
    );
    await fieldError(
      authed().field('kind', 'OTHER').field('note', 'x').attach('file', pdf(), 'a.pdf'),
      'note',
      'UNKNOWN_FIELD',
    );
    await fieldError(
      authed().field('kind', 'OTHER').attach('document', pdf(), 'a.pdf'),
      'document',
      'UNKNOWN_FIELD',
    );

    const notMultipart = await authed().send({ kind: 'OTHER' }).expect(400);
    expect((notMultipart.body as ErrorBody).code).toBe('NOT_MULTIPART');
    const noBoundary = await authed()
      .set('content-type', 'multipart/form-data')
      .send('--x\r\n')
      .expect(400);
    expect((noBoundary.body as ErrorBody).code).toBe('MALFORMED_MULTIPART');
    const truncated = await authed()
      .set('content-type', 'multipart/form-data; boundary=XyZ')
      .send(
        '--XyZ\r\nContent-Disposition: form-data; name="kind"\r\n\r\nOTHER\r\n' +
          '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n' +
          'Content-Type: application/pdf\r\n\r\n%PDF-1.7 and then the body stops',
      )
      .expect(400);
    expect((truncated.body as ErrorBody).code).toBe('MALFORMED_MULTIPART');

    expect(await materialRows(caseId)).toEqual([]);
    await expectNoOrphans();
  });

  it('a closed case still takes its documents (the served decision)', async () => {
    const caseId = await registerCase(tokens.officer);
    await post(t, tokens.reviewer, `/cases/${caseId}/acceptance`, {
      accepted: false,
      reason: '不属于行政复议范围',
      decidedOn: '2026-03-02',
    }).expect(200);
    await upload(tokens.officer, caseId, {
      buffer: pdf(),
      filename: '不予受理决定书.pdf',
      kind: 'DECISION_DOCUMENT',
    }).expect(201);
    expect(await materialRows(caseId)).toHaveLength(1);
    await expectNoOrphans();
  });

  describe('with MAX_UPLOAD_MB=1', () => {
    let small: TestApp;
    let smallDir: string;

    beforeAll(async () => {
      smallDir = await mkdtemp(path.join(tmpdir(), 'fuyi-materials-small-'));
      small = await startApp({ env: { STORAGE_DIR: smallDir, MAX_UPLOAD_MB: '1' } });
    });

    afterAll(async () => {
      await small.close();
      await rm(smallDir, { recursive: true, force: true });
    });

    it('refuses a 2 MB file with 413 and keeps nothing; exactly 1 MB is fine', async () => {
      const caseId = await registerCase(tokens.officer, small);
      const res = await upload(
        tokens.officer,
        caseId,
        { buffer: pdf(2 * 1024 * 1024), filename: '卷宗扫描.pdf', kind: 'EVIDENCE' },
        small,
      ).expect(413);
      expect(res.body).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE' });
      expect(await materialRows(caseId, small)).toEqual([]);
      expect(await filesUnder(smallDir)).toEqual([]);
      const timeline = (await get(tokens.officer, `/cases/${caseId}/timeline`, small).expect(200))
        .body as { event: string }[];
      expect(timeline.map((e) => e.event)).toEqual(['REGISTER']);

      // The connection is still usable, and a file of exactly the limit passes.
      const exact = pdf(1024 * 1024);
      const ok = await upload(
        tokens.officer,
        caseId,
        { buffer: exact, filename: 'exact.pdf', kind: 'EVIDENCE' },
        small,
      ).expect(201);
      expect((ok.body as MaterialBody).sha256).toBe(sha256(exact));
      await expectNoOrphans(smallDir, small);
    });
  });
});
