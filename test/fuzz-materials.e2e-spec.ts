/**
 * Property-based bad input at `POST /cases/:id/materials` (multipart): hostile file names, field
 * names and part types, wrong content, empty and oversized files, broken forms. Never a 5xx, the
 * error shape of docs/architecture.md; a refused upload leaves neither a row nor a stored file.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MaterialKind } from '../src/materials/material-kind';
import { CaseWorld } from './support/case-world';
import {
  changes,
  checkAnswer,
  hostileKey,
  hostileString,
  runs,
  seedOf,
  snapshotDb,
  show,
} from './support/fuzz';
import { startApp, TestApp } from './support/test-app';

const BOUNDARY = '----fuzzBoundary7MA4YWxkTrZu0gW';

interface Part {
  name: string;
  fileName?: string;
  type?: string;
  data: Buffer;
}

/** A multipart/form-data body, written by hand so that every byte of it can be hostile. */
function form(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.fileName !== undefined) head += `; filename="${p.fileName}"`;
    head += '\r\n';
    if (p.type !== undefined) head += `Content-Type: ${p.type}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), p.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00', 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);

const fileData = fc.oneof(
  fc.constantFrom(PDF, PNG, EXE, ZIP, Buffer.alloc(0), Buffer.from('纯文本内容\n')),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.constant(Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)])),
);
const fileName = fc.oneof(
  fc.constantFrom(
    'a.pdf',
    '../../../etc/passwd',
    '..\\..\\boot.ini',
    '/absolute/path.pdf',
    '',
    '.',
    '..',
    '\u202etxt.exe',
    'a\u0000b.pdf',
    'x'.repeat(2000) + '.pdf',
    '申请书（第一份）.pdf',
    'name with "quotes".pdf',
    'semi;colon.pdf',
    '%00.pdf',
    '😀.png',
  ),
  hostileString.map((s) => s.slice(0, 300).replace(/["\r\n]/g, '_')),
);
const partType = fc.constantFrom(
  undefined,
  'application/pdf',
  'image/png',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-msdownload',
  'application/octet-stream',
  'multipart/mixed',
  '',
  'garbage',
  'application/pdf; charset=\u00ff',
);
const kindValue = fc.oneof(
  fc.constantFrom(...Object.values(MaterialKind)),
  hostileString.map((s) => s.slice(0, 500)),
);

const filePart = fc.record({
  name: fc.oneof(
    { weight: 4, arbitrary: fc.constant('file') },
    { weight: 1, arbitrary: hostileKey },
  ),
  fileName,
  type: partType,
  data: fileData,
});
const kindPart = fc.record({
  name: fc.oneof(
    { weight: 4, arbitrary: fc.constant('kind') },
    { weight: 1, arbitrary: hostileKey },
  ),
  data: kindValue.map((v) => Buffer.from(v, 'utf8')),
});
const parts = fc
  .array(fc.oneof(filePart, kindPart), { minLength: 0, maxLength: 4 })
  .map((ps) => ps.map((p) => ({ ...p, name: p.name.replace(/["\r\n]/g, '_') })));

/** Forms that are broken as forms: each must be refused. */
const BROKEN: { label: string; type: string; body: Buffer | string }[] = [
  { label: 'JSON', type: 'application/json', body: '{"kind":"EVIDENCE"}' },
  {
    label: 'no boundary',
    type: 'multipart/form-data',
    body: form([{ name: 'kind', data: Buffer.from('OTHER') }]),
  },
  {
    label: 'another boundary',
    type: 'multipart/form-data; boundary=other',
    body: form([{ name: 'kind', data: Buffer.from('OTHER') }]),
  },
  {
    label: 'cut off',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: PDF },
    ]).subarray(0, 150),
  },
  { label: 'empty', type: `multipart/form-data; boundary=${BOUNDARY}`, body: '' },
  {
    label: 'no parts',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}--\r\n`,
  },
  {
    label: 'two files',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: PDF },
      { name: 'file', fileName: 'b.pdf', type: 'application/pdf', data: PDF },
    ]),
  },
  {
    label: 'kind twice',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: PDF },
    ]),
  },
  {
    label: 'too many fields',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form(Array.from({ length: 8 }, () => ({ name: 'kind', data: Buffer.from('OTHER') }))),
  },
  {
    label: 'a file over the limit',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      {
        name: 'file',
        fileName: 'a.pdf',
        type: 'application/pdf',
        data: Buffer.concat([PDF, Buffer.alloc(1_100_000)]),
      },
    ]),
  },
  {
    label: 'an executable said to be a PDF',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: EXE },
    ]),
  },
  {
    label: 'an empty file',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: Buffer.alloc(0) },
    ]),
  },
];

/** The files under `dir` (the storage's own folders aside). */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
const filesIn = (dir: string): number => listFiles(dir).length;

describe('bad input, fuzzed: materials (multipart)', () => {
  let t: TestApp;
  let world: CaseWorld;
  let token: string;
  let caseId: string;
  const storage = mkdtempSync(path.join(tmpdir(), 'fuyi-fuzz-materials-'));

  beforeAll(async () => {
    t = await startApp({ env: { STORAGE_DIR: storage, MAX_UPLOAD_MB: '1' } });
    world = await CaseWorld.create(t);
    token = (await world.user('OFFICER')).token;
    caseId = (await world.register(token)).id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(storage, { recursive: true, force: true });
  });

  async function upload(type: string, body: Buffer | string, what: string): Promise<number> {
    const before = await snapshotDb(t);
    const files = filesIn(storage);
    const res = await t
      .http()
      .post(`/api/v1/cases/${caseId}/materials`)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', type)
      .send(body);
    checkAnswer(res, what);
    if (res.status >= 400) {
      const diff = changes(before, await snapshotDb(t));
      if (Object.keys(diff).length > 0) {
        throw new Error(`${what}: answered ${res.status} but wrote ${JSON.stringify(diff)}`);
      }
      if (filesIn(storage) !== files) {
        throw new Error(
          `${what}: a refused upload (${res.status} ${show(res.text)}) left a file: ${listFiles(storage).join(', ')}`,
        );
      }
    }
    return res.status;
  }

  it.each(BROKEN)(
    'a broken form is refused, nothing stored: $label',
    async ({ label, type, body }) => {
      const status = await upload(type, body, label);
      expect(status).toBeGreaterThanOrEqual(400);
    },
  );

  it('hostile forms never get a 5xx; a refused upload leaves neither a row nor a file', async () => {
    await fc.assert(
      fc.asyncProperty(parts, async (ps) => {
        const what = `the form ${show(ps.map((p) => ({ ...p, data: `${p.data.length} bytes` })))}`;
        await upload(`multipart/form-data; boundary=${BOUNDARY}`, form(ps), what);
      }),
      { numRuns: runs(50), seed: seedOf('materials form') },
    );
  });

  it('bad and unknown case ids are refused before a byte is stored', async () => {
    const body = form([
      { name: 'kind', data: Buffer.from('OTHER') },
      { name: 'file', fileName: 'a.pdf', type: 'application/pdf', data: PDF },
    ]);
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', "1'--"]) {
      const before = filesIn(storage);
      const res = await t
        .http()
        .post(`/api/v1/cases/${id}/materials`)
        .set('authorization', `Bearer ${token}`)
        .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
        .send(body);
      checkAnswer(res, `case id ${id}`);
      expect([400, 404]).toContain(res.status);
      expect(filesIn(storage)).toBe(before);
    }
  });
});
