/**
 * The documents (文书) of a case through the API (issue 14): drafted from the case's records,
 * issued with a 文号 gapless per kind and year and frozen as a material, then served, the service
 * feeding the rules that run from it (ARL Arts. 48, 75 ¶2, 88 → CPL Arts. 87–95). Every document is
 * opened with mammoth, as a reader of .docx files would, and its words checked against the case.
 *
 * Today is Monday 2026-03-02 (the TestClock). The realistic case: 张三 against the world's agency,
 * received Thursday 2026-02-26, the act a penalty of 2026-01-15 (区市监罚〔2026〕8号).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import type request from 'supertest';
import {
  CaseBody,
  CaseWorld,
  Cast,
  ErrorBody,
  idNumber,
  TimelineEntry,
  WorldUser,
} from './support/case-world';
import { expectError, expectFieldError, expectStatus } from './support/fixtures';
import { startApp, TestApp } from './support/test-app';

// Hooks too: logins hash passwords, and cases are moved through many steps.
jest.setTimeout(60_000);

const TODAY = '2026-03-02';
const START = `${TODAY}T09:00:00+08:00`;
const at = (day: string): string => `${day}T09:00:00+08:00`;
const YEAR = 2026;

const APPLICANT = '张三';
const ADDRESS = '某某区柳岸路8号3单元201室';
const ACT_NUMBER = '区市监罚〔2026〕8号';
const ARL = '《中华人民共和国行政复议法》';

interface ServiceBody {
  id: string;
  method: string;
  recipient: string;
  deliveredOn: string;
  servedOn: string;
  proofMaterialId: string | null;
  recordedAt: string;
}

interface DocumentBody {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  subjectId: string | null;
  status: 'DRAFT' | 'ISSUED' | 'SUPERSEDED';
  number: string | null;
  issuedOn: string | null;
  materialId: string | null;
  sha256: string | null;
  supersedesId: string | null;
  services: ServiceBody[];
  createdAt: string;
  version: number;
}

interface FullCase extends CaseBody {
  answerCopyDueOn: string | null;
  answerCopySentOn: string | null;
  answerCopyReceivedOn: string | null;
  answerDueOn: string | null;
  decision: (CaseBody['decision'] & { servedOn: string | null }) | null;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Reads a response body as raw bytes, whatever its type. */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The paragraphs of a .docx, as mammoth reads them, empty ones dropped. */
async function paragraphsOf(bytes: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A PDF as far as the first bytes tell. */
function pdf(size = 2000): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

describe('documents (文书): drafted, issued with a 文号, frozen, served', () => {
  let t: TestApp;
  let w: CaseWorld;
  let cast: Cast;
  let officer: WorldUser;
  let reviewer: WorldUser;
  let agencyName: string;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(path.join(tmpdir(), 'fuyi-documents-'));
    t = await startApp({ env: { STORAGE_DIR: storageDir } });
    w = await CaseWorld.create(t);
    cast = await w.cast();
    ({ officer, reviewer } = cast);
    [{ name: agencyName }] = await t.db.query<{ name: string }[]>(
      `SELECT name FROM agencies WHERE id = $1`,
      [w.agencyId],
    );
  });

  afterEach(() => t.clock.set(START));
  afterAll(async () => {
    await t.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  // ---------------------------------------------------------------------------------------------
  // Helpers: the case's steps and the documents' routes.

  /** 张三's application against the world's agency, filed at the world's office. */
  function registered(overrides: Record<string, unknown> = {}): Promise<CaseBody> {
    return w.register(officer.token, {
      receivedOn: '2026-02-26',
      officeId: w.officeId,
      applicants: [
        {
          kind: 'PERSON',
          name: APPLICANT,
          idNumber: idNumber('19800101', String(100 + Math.floor(Math.random() * 800))),
          phone: '13800138000',
          address: ADDRESS,
        },
      ],
      act: {
        type: 'PENALTY',
        documentNumber: ACT_NUMBER,
        actOn: '2026-01-15',
        amountYuan: 5000,
        summary: '罚款5000元',
      },
      requests: `撤销被申请人作出的${ACT_NUMBER}行政处罚决定`,
      factsAndReasons: '被申请人认定事实不清。\n处罚程序违法，未告知申请人陈述、申辩的权利。',
      ...overrides,
    });
  }

  /** Accepted Friday 2026-02-27 under the ordinary procedure. */
  async function accepted(overrides: Record<string, unknown> = {}): Promise<CaseBody> {
    const c = await registered(overrides);
    return w.accept(officer.token, c.id, '2026-02-27');
  }

  async function step(
    who: WorldUser,
    id: string,
    p: string,
    body: object,
    status = 200,
  ): Promise<FullCase> {
    const res = await w.post(who.token, `/cases/${id}${p}`, body);
    expectStatus(res, status);
    return res.body as FullCase;
  }

  /** Decided on `decidedOn` (today): drafted by the officer, approved by the reviewer. */
  async function decided(decision: Record<string, unknown>, decidedOn = TODAY): Promise<FullCase> {
    const c = await accepted();
    await step(reviewer, c.id, '/assignment', { officerId: officer.id });
    await step(officer, c.id, '/decision', decision, 201);
    return step(reviewer, c.id, '/decision/approval', { approved: true, decidedOn });
  }

  const upheld = (): Promise<FullCase> =>
    decided({
      type: 'UPHOLD',
      reasoning: '被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。',
      legalBasis: [`${ARL}第六十八条`],
    });

  const read = async (id: string): Promise<FullCase> => (await w.read(id)) as FullCase;

  function draftReq(token: string, caseId: string, body: Record<string, unknown>) {
    return w.post(token, `/cases/${caseId}/documents`, body);
  }

  async function draft(
    caseId: string,
    kind: string,
    more: Record<string, unknown> = {},
    who: WorldUser = officer,
  ): Promise<DocumentBody> {
    const res = await draftReq(who.token, caseId, { kind, ...more });
    expectStatus(res, 201);
    return res.body as DocumentBody;
  }

  const issueReq = (token: string, caseId: string, did: string) =>
    w.post(token, `/cases/${caseId}/documents/${did}/issue`);

  async function issue(
    caseId: string,
    did: string,
    who: WorldUser = reviewer,
  ): Promise<DocumentBody> {
    const res = await issueReq(who.token, caseId, did);
    expectStatus(res, 200);
    return res.body as DocumentBody;
  }

  const serveReq = (token: string, caseId: string, did: string, body: Record<string, unknown>) =>
    w.post(token, `/cases/${caseId}/documents/${did}/services`, body);

  async function serve(
    caseId: string,
    did: string,
    body: Record<string, unknown>,
    who: WorldUser = officer,
  ): Promise<DocumentBody> {
    const res = await serveReq(who.token, caseId, did, body);
    expectStatus(res, 201);
    return res.body as DocumentBody;
  }

  const fileReq = (token: string, caseId: string, did: string) =>
    w.get(token, `/cases/${caseId}/documents/${did}/file`).buffer(true).parse(binary);
  /** The same, for a refusal: its JSON error body parsed. */
  const fileRefused = (token: string, caseId: string, did: string) =>
    w.get(token, `/cases/${caseId}/documents/${did}/file`);

  async function download(
    caseId: string,
    did: string,
    token = officer.token,
  ): Promise<{ bytes: Buffer; res: request.Response }> {
    const res = await fileReq(token, caseId, did);
    expectStatus(res, 200);
    return { bytes: res.body as Buffer, res };
  }

  async function list(caseId: string, token = officer.token): Promise<DocumentBody[]> {
    const res = await w.get(token, `/cases/${caseId}/documents`);
    expectStatus(res, 200);
    return res.body as DocumentBody[];
  }

  /** Drafted, issued and downloaded: the view and the words of the issued document. */
  async function issued(
    caseId: string,
    kind: string,
    more: Record<string, unknown> = {},
  ): Promise<{ doc: DocumentBody; text: string[]; bytes: Buffer }> {
    const d = await draft(caseId, kind, more);
    const doc = await issue(caseId, d.id);
    const { bytes } = await download(caseId, d.id);
    return { doc, bytes, text: await paragraphsOf(bytes) };
  }

  /** The last number handed out of `kind` in `year` (0: none yet), from the counter. */
  async function lastSeq(kind: string, year = YEAR): Promise<number> {
    const rows = await t.db.query<{ last_seq: number }[]>(
      `SELECT last_seq FROM document_number_counters WHERE kind = $1 AND year = $2`,
      [kind, year],
    );
    return rows[0]?.last_seq ?? 0;
  }

  async function auditRowsOf(res: request.Response): Promise<number> {
    const requestId = res.headers['x-request-id'] as string | undefined;
    expect(requestId).toBeDefined();
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1`,
      [requestId],
    );
    return n;
  }

  /** What the documents of a case hold in the database: compare before and after a refusal. */
  async function documentRows(caseId: string): Promise<unknown> {
    const [counts] = await t.db.query<Record<string, number>[]>(
      `SELECT (SELECT count(*)::int FROM case_documents WHERE case_id = $1) AS documents,
              (SELECT count(*)::int FROM case_document_services s JOIN case_documents d
                  ON d.id = s.document_id WHERE d.case_id = $1) AS services,
              (SELECT count(*)::int FROM case_materials WHERE case_id = $1) AS materials,
              (SELECT sum(last_seq)::int FROM document_number_counters) AS numbers,
              (SELECT version FROM cases WHERE id = $1) AS case_version`,
      [caseId],
    );
    const docs = await t.db.query(
      `SELECT id, status, number, version FROM case_documents WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return { counts, docs };
  }

  /** The request was refused and wrote nothing: no audit row, no row of the case's documents. */
  async function refusedAndNothingWritten(
    caseId: string,
    send: () => Promise<request.Response>,
    check: (res: request.Response) => void,
  ): Promise<void> {
    const before = await documentRows(caseId);
    const res = await send();
    check(res);
    expect(await auditRowsOf(res)).toBe(0);
    expect(await documentRows(caseId)).toEqual(before);
  }

  const lastEvent = async (id: string): Promise<TimelineEntry> => (await w.timeline(id)).at(-1)!;

  const joined = (text: string[]): string => text.join('\n');

  /** The frame every issued document has: heading, 文号, title, recipient; issuer, date, seal. */
  function expectFrame(
    text: string[],
    number: string,
    title: string,
    recipient: string,
    date = '2026年3月2日',
  ): void {
    expect(text.slice(0, 4)).toEqual(['某某区人民政府', number, title, `${recipient}：`]);
    expect(text.slice(-3)).toEqual(['某某区人民政府', date, '（印章）']);
    expect(joined(text)).not.toMatch(/\{\{|\}\}|undefined|null|\d{4}-\d{2}-\d{2}/);
  }

  // The act as the documents name it.
  const act = (): string => `${agencyName}于2026年1月15日作出的行政处罚决定（${ACT_NUMBER}）`;

  // ---------------------------------------------------------------------------------------------

  describe('each document, generated for a realistic case and read back', () => {
    it('补正通知书 (Art. 31): the items, ten working days from service, the 文号 区府复补', async () => {
      const c = await registered();
      const next = (await lastSeq('SUPPLEMENT_NOTICE')) + 1;
      // Served Friday 2026-02-27; ten working days, Saturday 2-28 a make-up working day:
      // 2-28, 3-2, 3, 4, 5, 6, 9, 10, 11, 12 → Thursday 2026-03-12.
      const supplemented = await step(
        officer,
        c.id,
        '/supplement-requests',
        {
          items: ['提供申请人的身份证明复印件', '写明具体的行政复议请求'],
          noticeServedOn: '2026-02-27',
        },
        201,
      );
      expect(supplemented.supplementRequests[0].dueOn).toBe('2026-03-12');
      const { doc, text } = await issued(c.id, 'SUPPLEMENT_NOTICE');
      expect(doc).toMatchObject({
        kind: 'SUPPLEMENT_NOTICE',
        title: '行政复议补正通知书',
        status: 'ISSUED',
        number: `区府复补〔2026〕${next}号`,
        issuedOn: TODAY,
        subjectId: supplemented.supplementRequests[0].id,
      });
      expectFrame(text, `区府复补〔2026〕${next}号`, '行政复议补正通知书', APPLICANT);
      expect(text[4]).toBe(
        `你不服${act()}，于2026年2月26日提出的行政复议申请，本机关已收悉。` +
          `经审查，该申请材料不齐全或者表述不清楚，无法判断是否符合${ARL}第三十条第一款规定。` +
          `根据${ARL}第三十一条第一款的规定，请你补正下列事项：`,
      );
      expect(text[5]).toBe('一、提供申请人的身份证明复印件。');
      expect(text[6]).toBe('二、写明具体的行政复议请求。');
      expect(text[7]).toBe(
        '请你自收到本通知之日起十日内，即最迟于2026年3月12日，向本机关提交补正材料。',
      );
      expect(joined(text)).toContain(`视为你放弃行政复议申请`);
    });

    it('受理通知书 (Art. 30): accepted, ordinary procedure, the decision due in 60 days', async () => {
      const c = await accepted();
      // 2026-02-27 + 60 days = Tuesday 2026-04-28, a working day.
      expect(c.decisionDueOn).toBe('2026-04-28');
      const next = (await lastSeq('ACCEPTANCE_NOTICE')) + 1;
      const { doc, text } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      expect(doc.number).toBe(`区府复受〔2026〕${next}号`);
      expectFrame(text, `区府复受〔2026〕${next}号`, '行政复议受理通知书', APPLICANT);
      expect(text[4]).toBe(
        `你不服${act()}，于2026年2月26日提出的行政复议申请，本机关已收悉。` +
          `经审查，该申请符合${ARL}第三十条第一款规定，本机关决定予以受理。`,
      );
      expect(text[5]).toContain(
        `本案适用普通程序审理。根据${ARL}第六十二条第一款的规定，本机关将自受理申请之日起六十日内，即最迟于2026年4月28日作出行政复议决定`,
      );
      expect(joined(text)).toContain(`${ARL}第十七条`);
      expect(text.at(-4)).toBe('特此通知。');
    });

    it('不予受理决定书 (Art. 30 ¶2): the party blocks, the reasons, the right to sue', async () => {
      const c = await registered();
      await step(reviewer, c.id, '/acceptance', {
        accepted: false,
        reason: '申请人于2025年6月3日知道该行政行为，其申请超过法定申请期限',
        decidedOn: TODAY,
      });
      const next = (await lastSeq('NON_ACCEPTANCE_DECISION')) + 1;
      const { text } = await issued(c.id, 'NON_ACCEPTANCE_DECISION');
      expectFrame(text, `区府复不受〔2026〕${next}号`, '不予受理行政复议申请决定书', APPLICANT);
      expect(text.slice(4, 7)).toEqual([
        `申请人：${APPLICANT}，住址：${ADDRESS}。`,
        `被申请人：${agencyName}。`,
        '法定代表人：王五，局长。',
      ]);
      expect(text[7]).toBe(
        `申请人${APPLICANT}不服被申请人${act()}，于2026年2月26日向本机关申请行政复议。`,
      );
      expect(text[8]).toBe(
        '经审查，申请人于2025年6月3日知道该行政行为，其申请超过法定申请期限。' +
          `该申请不符合${ARL}第三十条第一款规定的受理条件。根据${ARL}第三十条第二款的规定，本机关决定：不予受理。`,
      );
      expect(text[9]).toBe(
        '申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。',
      );
    });

    it('答复通知书 (Art. 48): to the respondent, ten days, with the application copy attached', async () => {
      const c = await accepted();
      const next = (await lastSeq('ANSWER_NOTICE')) + 1;
      const { text } = await issued(c.id, 'ANSWER_NOTICE');
      expectFrame(text, `区府复答〔2026〕${next}号`, '行政复议答复通知书', agencyName);
      expect(text[4]).toBe(
        `申请人${APPLICANT}不服你单位于2026年1月15日作出的行政处罚决定（${ACT_NUMBER}），` +
          `于2026年2月26日向本机关申请行政复议（${c.number}），本机关已于2026年2月27日依法受理，适用普通程序审理。`,
      );
      // Not received yet: no last day to name.
      expect(text[5]).toBe(
        `根据${ARL}第四十八条的规定，现将行政复议申请书副本发送你单位。` +
          '请你单位自收到行政复议申请书副本之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。',
      );
      expect(joined(text)).toContain(`依照${ARL}第七十条的规定，视为该行政行为没有证据、依据。`);
      expect(text.at(-4)).toBe('附件：行政复议申请书副本');
    });

    it('中止 and 恢复审理通知书 (Art. 39): the ground’s item, the days, to every party', async () => {
      const c = await accepted();
      await step(officer, c.id, '/suspension', {
        ground: 'AWAITING_OTHER_CASE',
        reason: '本案需以区人民法院（2026）0105民初123号案件的审理结果为依据',
        suspendedOn: '2026-02-28',
      });
      const [suspension] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM case_suspensions WHERE case_id = $1`,
        [c.id],
      );
      // Not resumed yet: no resumption notice.
      expectError(
        await draftReq(officer.token, c.id, { kind: 'RESUMPTION_NOTICE' }),
        409,
        'DOCUMENT_NOT_AVAILABLE',
      );
      const nextS = (await lastSeq('SUSPENSION_NOTICE')) + 1;
      const s = await issued(c.id, 'SUSPENSION_NOTICE', { subjectId: suspension.id });
      expect(s.doc.subjectId).toBe(suspension.id);
      expectFrame(
        s.text,
        `区府复中〔2026〕${nextS}号`,
        '行政复议中止审理通知书',
        `${APPLICANT}、${agencyName}`,
      );
      expect(s.text[4]).toBe(
        `申请人${APPLICANT}不服被申请人${act()}申请行政复议一案（${c.number}），本机关已于2026年2月27日依法受理。`,
      );
      expect(s.text[5]).toBe(
        '本案审理中，本案需以区人民法院（2026）0105民初123号案件的审理结果为依据，' +
          `属于${ARL}第三十九条第一款第八项规定的“行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结”情形。` +
          '根据该项规定，本机关决定自2026年2月28日起中止本案的审理。',
      );
      // Item 8 does not lapse into a termination after 60 days (Art. 41 item 5: items 1, 2, 4).
      expect(joined(s.text)).not.toContain('第四十一条');
      expect(s.text.at(-4)).toBe(`根据${ARL}第三十九条第三款的规定，特此书面告知。`);

      await step(officer, c.id, '/resumption', { resumedOn: TODAY });
      const nextR = (await lastSeq('RESUMPTION_NOTICE')) + 1;
      const r = await issued(c.id, 'RESUMPTION_NOTICE');
      expect(r.doc.subjectId).toBe(suspension.id);
      expectFrame(
        r.text,
        `区府复恢〔2026〕${nextR}号`,
        '行政复议恢复审理通知书',
        `${APPLICANT}、${agencyName}`,
      );
      expect(r.text.slice(4, 6)).toEqual([
        `申请人${APPLICANT}不服被申请人${act()}申请行政复议一案（${c.number}），本机关于2026年2月28日中止审理。`,
        `现中止审理的原因已经消除，根据${ARL}第三十九条第二款的规定，本机关决定自2026年3月2日起恢复本案的审理。`,
      ]);
    });

    it('延期审理通知书 (Art. 62 ¶1): the reason approved, thirty days, the new last day', async () => {
      const c = await accepted();
      const extended = await step(reviewer, c.id, '/extension', {
        reason: '涉及多名当事人，需要进一步调查核实',
        days: 30,
      });
      // 2026-02-27 + 60 + 30 = Thursday 2026-05-28, a working day.
      expect(extended.decisionDueOn).toBe('2026-05-28');
      const next = (await lastSeq('EXTENSION_NOTICE')) + 1;
      const { text } = await issued(c.id, 'EXTENSION_NOTICE');
      expectFrame(
        text,
        `区府复延〔2026〕${next}号`,
        '行政复议延期审理通知书',
        `${APPLICANT}、${agencyName}`,
      );
      expect(text[5]).toBe(
        '本案情况复杂（涉及多名当事人，需要进一步调查核实），不能在规定期限内作出行政复议决定。' +
          `经行政复议机构的负责人批准，根据${ARL}第六十二条第一款的规定，本案的审理期限延长三十日，本机关将最迟于2026年5月28日作出行政复议决定。`,
      );
    });

    it('终止行政复议决定书 (Art. 41 item 1): withdrawn, no right to sue', async () => {
      const c = await accepted();
      await step(reviewer, c.id, '/termination', { reason: 'WITHDRAWN', concludedOn: TODAY });
      const next = (await lastSeq('TERMINATION_DECISION')) + 1;
      const { text } = await issued(c.id, 'TERMINATION_DECISION');
      expectFrame(text, `区府复终〔2026〕${next}号`, '行政复议终止决定书', APPLICANT);
      expect(text[4]).toBe(`申请人：${APPLICANT}，住址：${ADDRESS}。`);
      expect(joined(text)).toContain(
        `申请人${APPLICANT}不服被申请人${act()}，于2026年2月26日向本机关申请行政复议，本机关于2026年2月27日依法受理。`,
      );
      expect(joined(text)).toContain(
        '行政复议期间，申请人向本机关申请撤回行政复议申请，经审查，行政复议机构准予撤回。',
      );
      expect(joined(text)).toContain(
        `根据${ARL}第四十一条第一项的规定，本机关决定：终止本案的行政复议。`,
      );
      expect(joined(text)).not.toContain('提起行政诉讼');
    });

    it('决定书, 维持 (Art. 68): the parties, the history, the order, in effect on service', async () => {
      const c = await upheld();
      const next = (await lastSeq('DECISION')) + 1;
      const { text } = await issued(c.id, 'DECISION');
      expectFrame(text, `区府复决〔2026〕${next}号`, '行政复议决定书', APPLICANT);
      expect(text.slice(4, 7)).toEqual([
        `申请人：${APPLICANT}，住址：${ADDRESS}。`,
        `被申请人：${agencyName}。`,
        '法定代表人：王五，局长。',
      ]);
      expect(text[7]).toBe(
        `申请人${APPLICANT}不服被申请人${act()}，于2026年2月26日向本机关申请行政复议，本机关于2026年2月27日依法受理。本案适用普通程序审理。现已审理终结。`,
      );
      expect(text[8]).toBe(`申请人请求：撤销被申请人作出的${ACT_NUMBER}行政处罚决定。`);
      expect(text[9]).toBe('申请人称：被申请人认定事实不清。');
      expect(joined(text)).toContain('被申请人未提出书面答复。');
      expect(joined(text)).toContain(
        '本机关认为：被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。',
      );
      expect(joined(text)).toContain(
        `根据${ARL}第六十八条的规定，本机关决定：维持被申请人${act()}。`,
      );
      expect(joined(text)).toContain(
        '申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。',
      );
      expect(text.at(-4)).toBe(
        `依照${ARL}第七十五条第二款的规定，本决定书自送达之日起发生法律效力。`,
      );
      // An upholding decision orders nothing: no Art. 77 paragraph.
      expect(joined(text)).not.toContain('第七十七条');
    });

    it('决定书, 撤销 (Art. 64) with a remake in 30 days; then the 意见书 (Art. 76) to the respondent', async () => {
      const c = await decided({
        type: 'REVOKE',
        reasoning: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利，违反法定程序。',
        legalBasis: [`${ARL}第六十四条第一款第三项`],
        remakeWithinDays: 30,
      });
      const next = (await lastSeq('DECISION')) + 1;
      const { text } = await issued(c.id, 'DECISION');
      expectFrame(text, `区府复决〔2026〕${next}号`, '行政复议决定书', APPLICANT);
      const i = text.indexOf(`根据${ARL}第六十四条第一款第三项的规定，本机关决定：`);
      expect(i).toBeGreaterThan(0);
      expect(text.slice(i + 1, i + 3)).toEqual([
        `一、撤销被申请人${act()}。`,
        '二、责令被申请人自收到本决定书之日起三十日内重新作出行政行为。',
      ]);
      expect(joined(text)).toContain(`（${ARL}第六十四条第二款）`);
      expect(joined(text)).toContain(`依照${ARL}第七十七条第二款的规定责令其限期履行`);
      expect(joined(text)).not.toContain('维持');

      await step(
        officer,
        c.id,
        '/recommendation-letters',
        {
          kind: 'OPINION',
          agencyId: w.agencyId,
          issuedOn: TODAY,
          content: '在作出行政处罚决定前未依法告知当事人陈述、申辩的权利\n案卷材料归档不规范',
        },
        201,
      );
      const nextO = (await lastSeq('OPINION_LETTER')) + 1;
      const o = await issued(c.id, 'OPINION_LETTER');
      expectFrame(o.text, `区府复意〔2026〕${nextO}号`, '行政复议意见书', agencyName);
      expect(o.text.slice(4, 8)).toEqual([
        `本机关在办理申请人${APPLICANT}不服被申请人${act()}申请行政复议一案（${c.number}）过程中，发现你单位的有关行政行为存在下列违法或者不当的问题：`,
        '在作出行政处罚决定前未依法告知当事人陈述、申辩的权利。',
        '案卷材料归档不规范。',
        `根据${ARL}第七十六条的规定，现向你单位制发行政复议意见书。请你单位依法纠正相关违法或者不当的行政行为，并自收到本意见书之日起六十日内，将纠正情况报送本机关。`,
      ]);
      expect(joined(o.text)).toContain(`${ARL}第七十七条第二款`);
      // No recommendation letter was issued on this case.
      expectError(
        await draftReq(officer.token, c.id, { kind: 'RECOMMENDATION_LETTER' }),
        409,
        'DOCUMENT_NOT_AVAILABLE',
      );
    });

    it('409 DOCUMENT_NOT_AVAILABLE for a kind the case has no record for, writing nothing', async () => {
      const c = await registered();
      for (const kind of [
        'DECISION',
        'ACCEPTANCE_NOTICE',
        'SUSPENSION_NOTICE',
        'TERMINATION_DECISION',
      ]) {
        await refusedAndNothingWritten(
          c.id,
          () => draftReq(officer.token, c.id, { kind }),
          (res) => expectError(res, 409, 'DOCUMENT_NOT_AVAILABLE'),
        );
      }
      expect(await list(c.id)).toEqual([]);
    });
  });

  describe('the draft', () => {
    it('is generated afresh from the records, marked （草稿，未编号）, dated today', async () => {
      const c = await accepted();
      const d = await draft(c.id, 'ACCEPTANCE_NOTICE');
      expect(d).toMatchObject({
        status: 'DRAFT',
        number: null,
        issuedOn: null,
        materialId: null,
        sha256: null,
        services: [],
      });
      const first = await download(c.id, d.id);
      expect(first.res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(first.res.headers.etag).toBe(`"${sha256(first.bytes)}"`);
      const text = await paragraphsOf(first.bytes);
      expect(text[1]).toBe('（草稿，未编号）');
      expect(joined(text)).toContain('即最迟于2026年4月28日');
      // Extended: the draft says the new day at once.
      await step(reviewer, c.id, '/extension', { reason: '案情复杂', days: 10 });
      t.clock.set(at('2026-03-03'));
      const again = await paragraphsOf((await download(c.id, d.id)).bytes);
      // 2026-02-27 + 70 = Friday 2026-05-08, a working day.
      expect(joined(again)).toContain('即最迟于2026年5月8日');
      expect(again.at(-2)).toBe('2026年3月3日');
    });
  });

  describe('numbering: gapless per kind and year', () => {
    it('across several cases, one after the other', async () => {
      const cases = [await accepted(), await accepted(), await accepted()];
      const last = await lastSeq('ACCEPTANCE_NOTICE');
      const numbers: (string | null)[] = [];
      for (const c of cases) numbers.push((await issued(c.id, 'ACCEPTANCE_NOTICE')).doc.number);
      expect(numbers).toEqual([1, 2, 3].map((i) => `区府复受〔2026〕${last + i}号`));
    });

    it('ten issued at once on ten cases: the next ten numbers, no gap, no duplicate', async () => {
      const drafts: { caseId: string; id: string }[] = [];
      for (let i = 0; i < 10; i += 1) {
        const c = await accepted();
        drafts.push({ caseId: c.id, id: (await draft(c.id, 'ACCEPTANCE_NOTICE')).id });
      }
      const lastAnswer = await lastSeq('ANSWER_NOTICE');
      const last = await lastSeq('ACCEPTANCE_NOTICE');
      const answers = await Promise.all(
        drafts.map((d, i) => issueReq((i % 2 ? officer : reviewer).token, d.caseId, d.id)),
      );
      for (const res of answers) expectStatus(res, 200);
      const seqs = answers
        .map((res) => /^区府复受〔2026〕(\d+)号$/.exec((res.body as DocumentBody).number!)![1])
        .map(Number)
        .sort((a, b) => a - b);
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => last + i));
      expect(await lastSeq('ACCEPTANCE_NOTICE')).toBe(last + 10);
      // Every acceptance notice ever issued this year, 1…n without a hole.
      const all = await t.db.query<{ seq: number }[]>(
        `SELECT seq FROM case_documents WHERE kind = 'ACCEPTANCE_NOTICE' AND year = 2026 ORDER BY seq`,
      );
      expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
      // Another kind has its own sequence, untouched by these.
      expect(await lastSeq('ANSWER_NOTICE')).toBe(lastAnswer);
      const c = await accepted();
      const { doc } = await issued(c.id, 'ANSWER_NOTICE');
      expect(doc.number).toBe(`区府复答〔2026〕${lastAnswer + 1}号`);
    });

    it('a new year starts again at 1 (or after the last of that year)', async () => {
      const c = await accepted();
      const d = await draft(c.id, 'ACCEPTANCE_NOTICE');
      t.clock.set(at('2027-01-04'));
      const last2027 = await lastSeq('ACCEPTANCE_NOTICE', 2027);
      const doc = await issue(c.id, d.id);
      expect(doc).toMatchObject({
        number: `区府复受〔2027〕${last2027 + 1}号`,
        issuedOn: '2027-01-04',
      });
      const text = await paragraphsOf((await download(c.id, d.id)).bytes);
      expectFrame(text, doc.number!, '行政复议受理通知书', APPLICANT, '2027年1月4日');
    });
  });

  describe('issuing freezes the document', () => {
    it('the same bytes at every download, their SHA-256 in the view and the ETag, kept as a material', async () => {
      const c = await accepted();
      const d = await draft(c.id, 'ACCEPTANCE_NOTICE');
      const doc = await issue(c.id, d.id);
      expect(doc).toMatchObject({ status: 'ISSUED', issuedOn: TODAY, version: 2 });
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
      const one = await download(c.id, d.id);
      const two = await download(c.id, d.id, reviewer.token);
      expect(one.bytes.equals(two.bytes)).toBe(true);
      expect(sha256(one.bytes)).toBe(doc.sha256);
      expect(one.res.headers.etag).toBe(`"${doc.sha256}"`);
      expect(one.res.headers['content-disposition']).toContain(
        encodeURIComponent(`行政复议受理通知书（${doc.number}）.docx`),
      );

      const materials = await w.get(officer.token, `/cases/${c.id}/materials`).expect(200);
      const items = (materials.body as { items: { id: string; kind: string; sha256: string }[] })
        .items;
      expect(items).toContainEqual(
        expect.objectContaining({
          id: doc.materialId,
          kind: 'DECISION_DOCUMENT',
          sha256: doc.sha256,
        }),
      );
      const asMaterial = await w
        .get(officer.token, `/cases/${c.id}/materials/${doc.materialId}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((asMaterial.body as Buffer).equals(one.bytes)).toBe(true);

      // The records change afterwards: the issued document does not.
      await step(reviewer, c.id, '/extension', { reason: '案情复杂', days: 30 });
      t.clock.set(at('2026-03-09'));
      const later = await download(c.id, d.id);
      expect(later.bytes.equals(one.bytes)).toBe(true);
      const text = await paragraphsOf(later.bytes);
      expect(joined(text)).toContain('即最迟于2026年4月28日');
      expect(text.at(-2)).toBe('2026年3月2日');
      // A new draft says what the records say now.
      const fresh = await draft(c.id, 'ACCEPTANCE_NOTICE');
      expect(joined(await paragraphsOf((await download(c.id, fresh.id)).bytes))).toContain(
        '即最迟于2026年5月28日',
      );
    });

    it('a correction supersedes: the old keeps its number, the new takes the next; only the new is served', async () => {
      const c = await accepted();
      const { doc: old } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      const oldSeq = Number(/〔2026〕(\d+)号/.exec(old.number!)![1]);
      const correction = await draft(c.id, 'ACCEPTANCE_NOTICE', { supersedesId: old.id });
      expect(correction).toMatchObject({ status: 'DRAFT', supersedesId: old.id });
      // Not superseded until the correction is issued.
      expect((await list(c.id)).find((x) => x.id === old.id)!.status).toBe('ISSUED');
      const last = await lastSeq('ACCEPTANCE_NOTICE');
      const fixed = await issue(c.id, correction.id);
      expect(fixed.number).toBe(`区府复受〔2026〕${last + 1}号`);
      expect(last + 1).toBeGreaterThan(oldSeq);
      const docs = await list(c.id);
      expect(docs.find((x) => x.id === old.id)).toMatchObject({
        status: 'SUPERSEDED',
        number: old.number,
        sha256: old.sha256,
        materialId: old.materialId,
      });
      expect(docs.find((x) => x.id === fixed.id)).toMatchObject({
        status: 'ISSUED',
        supersedesId: old.id,
      });
      // Its bytes are kept.
      expect(sha256((await download(c.id, old.id)).bytes)).toBe(old.sha256);

      await refusedAndNothingWritten(
        c.id,
        () =>
          serveReq(officer.token, c.id, old.id, {
            method: 'DIRECT',
            recipient: APPLICANT,
            deliveredOn: TODAY,
          }),
        (res) => expectError(res, 409, 'DOCUMENT_SUPERSEDED'),
      );
      // Corrected once: superseding it again is refused.
      await refusedAndNothingWritten(
        c.id,
        () => draftReq(officer.token, c.id, { kind: 'ACCEPTANCE_NOTICE', supersedesId: old.id }),
        (res) => expectFieldError(res, 'supersedesId', 'NOT_SUPERSEDABLE'),
      );
      await serve(c.id, fixed.id, { method: 'DIRECT', recipient: APPLICANT, deliveredOn: TODAY });
    });

    it('400 NOT_SUPERSEDABLE: a draft, a document of another kind or of another case', async () => {
      const c = await accepted();
      const aDraft = await draft(c.id, 'ACCEPTANCE_NOTICE');
      const { doc: answer } = await issued(c.id, 'ANSWER_NOTICE');
      const other = await accepted();
      const { doc: elsewhere } = await issued(other.id, 'ACCEPTANCE_NOTICE');
      for (const supersedesId of [
        aDraft.id,
        answer.id,
        elsewhere.id,
        '00000000-0000-4000-8000-000000000000',
      ]) {
        await refusedAndNothingWritten(
          c.id,
          () => draftReq(officer.token, c.id, { kind: 'ACCEPTANCE_NOTICE', supersedesId }),
          (res) => expectFieldError(res, 'supersedesId', 'NOT_SUPERSEDABLE'),
        );
      }
    });

    it('two corrections of one document: the second draft is refused (409 ALREADY_SUPERSEDED)', async () => {
      const c = await accepted();
      const { doc: old } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      await draft(c.id, 'ACCEPTANCE_NOTICE', { supersedesId: old.id });
      const res = await draftReq(officer.token, c.id, {
        kind: 'ACCEPTANCE_NOTICE',
        supersedesId: old.id,
      });
      expect({ status: res.status, code: (res.body as ErrorBody).code }).toEqual({
        status: 409,
        code: 'ALREADY_SUPERSEDED',
      });
    });
  });

  describe('refusals write nothing', () => {
    it('issuing twice: 409 DOCUMENT_ISSUED, no number used', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      await refusedAndNothingWritten(
        c.id,
        () => issueReq(reviewer.token, c.id, doc.id),
        (res) => expectError(res, 409, 'DOCUMENT_ISSUED'),
      );
    });

    it('serving a draft: 409 DOCUMENT_NOT_ISSUED', async () => {
      const c = await accepted();
      const d = await draft(c.id, 'ACCEPTANCE_NOTICE');
      await refusedAndNothingWritten(
        c.id,
        () =>
          serveReq(officer.token, c.id, d.id, {
            method: 'DIRECT',
            recipient: APPLICANT,
            deliveredOn: TODAY,
          }),
        (res) => expectError(res, 409, 'DOCUMENT_NOT_ISSUED'),
      );
    });

    it('deliveredOn before the issue day or in the future; a proof of another case; a bad method', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      const other = await accepted();
      const proof = await w.t
        .http()
        .post(`/api/v1/cases/${other.id}/materials`)
        .set('authorization', `Bearer ${officer.token}`)
        .field('kind', 'OTHER')
        .attach('file', pdf(), { filename: '送达回证.pdf', contentType: 'application/pdf' });
      expectStatus(proof, 201);
      const otherMaterial = (proof.body as { id: string }).id;
      const serveWith = (body: Record<string, unknown>) => () =>
        serveReq(officer.token, c.id, doc.id, {
          method: 'DIRECT',
          recipient: APPLICANT,
          deliveredOn: TODAY,
          ...body,
        });
      const bad: [Record<string, unknown>, string, string][] = [
        [{ deliveredOn: '2026-03-01' }, 'deliveredOn', 'DATE_OUT_OF_ORDER'],
        [{ deliveredOn: '2026-03-03' }, 'deliveredOn', 'DATE_IN_FUTURE'],
        [{ deliveredOn: '2026-3-2' }, 'deliveredOn', undefined as unknown as string],
        [{ proofMaterialId: otherMaterial }, 'proofMaterialId', 'UNKNOWN_MATERIAL'],
        [{ method: 'CARRIER_PIGEON' }, 'method', undefined as unknown as string],
        [{ recipient: '' }, 'recipient', undefined as unknown as string],
      ];
      for (const [body, field, code] of bad) {
        await refusedAndNothingWritten(c.id, serveWith(body), (res) =>
          expectFieldError(res, field, code),
        );
      }
      // The proof of this case is fine.
      const own = await w.t
        .http()
        .post(`/api/v1/cases/${c.id}/materials`)
        .set('authorization', `Bearer ${officer.token}`)
        .field('kind', 'OTHER')
        .attach('file', pdf(), { filename: '送达回证.pdf', contentType: 'application/pdf' });
      expectStatus(own, 201);
      const served = await serve(c.id, doc.id, {
        method: 'POST',
        recipient: APPLICANT,
        deliveredOn: TODAY,
        proofMaterialId: (own.body as { id: string }).id,
      });
      expect(served.services).toEqual([
        expect.objectContaining({
          method: 'POST',
          recipient: APPLICANT,
          deliveredOn: TODAY,
          servedOn: TODAY,
          proofMaterialId: (own.body as { id: string }).id,
        }),
      ]);
    });

    it('drafting: an unknown kind, a subject for a kind that has one per case, an unknown subject', async () => {
      const c = await accepted();
      await step(officer, c.id, '/suspension', {
        ground: 'OTHER',
        reason: '需等待另案结果',
        suspendedOn: TODAY,
      });
      const [suspension] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM case_suspensions WHERE case_id = $1`,
        [c.id],
      );
      const other = await accepted();
      await step(officer, other.id, '/suspension', {
        ground: 'OTHER',
        reason: '需等待另案结果',
        suspendedOn: TODAY,
      });
      const [otherSuspension] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM case_suspensions WHERE case_id = $1`,
        [other.id],
      );
      const bad: [Record<string, unknown>, string, string | undefined][] = [
        [{ kind: 'BIRTHDAY_CARD' }, 'kind', undefined],
        [{}, 'kind', undefined],
        [{ kind: 'ACCEPTANCE_NOTICE', subjectId: suspension.id }, 'subjectId', 'NO_SUBJECT'],
        [
          { kind: 'SUSPENSION_NOTICE', subjectId: otherSuspension.id },
          'subjectId',
          'UNKNOWN_SUBJECT',
        ],
        [{ kind: 'SUSPENSION_NOTICE', subjectId: 'not-a-uuid' }, 'subjectId', 'INVALID_UUID'],
      ];
      for (const [body, field, code] of bad) {
        await refusedAndNothingWritten(
          c.id,
          () => draftReq(officer.token, c.id, body),
          (res) => expectFieldError(res, field, code),
        );
      }
      expect((await draft(c.id, 'SUSPENSION_NOTICE', { subjectId: suspension.id })).subjectId).toBe(
        suspension.id,
      );
    });

    it('an unknown document: 404 DOCUMENT_NOT_FOUND; one of another case too', async () => {
      const c = await accepted();
      const other = await accepted();
      const d = await draft(other.id, 'ACCEPTANCE_NOTICE');
      for (const did of [d.id, '00000000-0000-4000-8000-000000000000']) {
        await refusedAndNothingWritten(
          c.id,
          () => issueReq(reviewer.token, c.id, did),
          (res) => expectError(res, 404, 'DOCUMENT_NOT_FOUND'),
        );
        expectError(await fileRefused(officer.token, c.id, did), 404, 'DOCUMENT_NOT_FOUND');
      }
    });
  });

  describe('service feeds the rules that run from it', () => {
    it('serving the 补正通知书 later than recorded moves the applicant’s ten working days (Art. 31 ¶1)', async () => {
      const c = await registered();
      const supplemented = await step(
        officer,
        c.id,
        '/supplement-requests',
        { items: ['提供申请人的身份证明复印件'], noticeServedOn: '2026-02-27' },
        201,
      );
      expect(supplemented.supplementRequests[0].dueOn).toBe('2026-03-12');
      const { doc } = await issued(c.id, 'SUPPLEMENT_NOTICE');
      t.clock.set(at('2026-03-04'));
      // The postal return says the applicant received it on Tuesday 2026-03-03; ten working days
      // from then: 3-4, 5, 6, 9, 10, 11, 12, 13, 16, 17 → Tuesday 2026-03-17.
      await serve(c.id, doc.id, {
        method: 'POST',
        recipient: APPLICANT,
        deliveredOn: '2026-03-03',
      });
      const after = await read(c.id);
      expect(after.supplementDueOn).toBe('2026-03-17');
      expect(after.supplementRequests[0]).toMatchObject({
        noticeServedOn: '2026-03-03',
        dueOn: '2026-03-17',
      });
      // A second service (on an agent) moves nothing.
      await serve(c.id, doc.id, {
        method: 'DIRECT',
        recipient: '代理人',
        deliveredOn: '2026-03-04',
      });
      expect((await read(c.id)).supplementDueOn).toBe('2026-03-17');
    });

    it('serving the 决定书 puts the decision in effect on that day (Art. 75 ¶2), once', async () => {
      const c = await upheld();
      const { doc } = await issued(c.id, 'DECISION');
      t.clock.set(at('2026-03-05'));
      const served = await serve(c.id, doc.id, {
        method: 'DIRECT',
        recipient: APPLICANT,
        deliveredOn: '2026-03-04',
      });
      expect(served.services).toEqual([
        expect.objectContaining({
          method: 'DIRECT',
          deliveredOn: '2026-03-04',
          servedOn: '2026-03-04',
        }),
      ]);
      const after = await read(c.id);
      expect(after).toMatchObject({ status: 'DECIDED', outcome: 'UPHOLD' });
      expect(after.decision).toMatchObject({ status: 'APPROVED', servedOn: '2026-03-04' });
      expect(await lastEvent(c.id)).toMatchObject({
        event: 'SERVE_DOCUMENT',
        fromStatus: 'DECIDED',
        toStatus: 'DECIDED',
        data: expect.objectContaining({
          documentId: doc.id,
          number: doc.number,
          servedOn: '2026-03-04',
          fed: expect.objectContaining({ servedOn: '2026-03-04' }),
        }),
      });

      // The copy served on the respondent the next day: recorded, the decision unchanged.
      const again = await serve(c.id, doc.id, {
        method: 'POST',
        recipient: agencyName,
        deliveredOn: '2026-03-05',
      });
      expect(again.services.map((s) => [s.recipient, s.servedOn])).toEqual([
        [APPLICANT, '2026-03-04'],
        [agencyName, '2026-03-05'],
      ]);
      expect((await read(c.id)).decision).toMatchObject({ servedOn: '2026-03-04' });
      expect((await lastEvent(c.id)).data).not.toHaveProperty('fed');
      // Its own route agrees: served already.
      expectError(
        await w.post(officer.token, `/cases/${c.id}/decision/service`, { servedOn: '2026-03-05' }),
        409,
        'DECISION_ALREADY_SERVED',
      );
    });

    it('公告送达: the decision served thirty days after publication (CPL Art. 95)', async () => {
      const c = await upheld();
      const { doc } = await issued(c.id, 'DECISION');
      t.clock.set(at('2026-04-10'));
      // Published Thursday 2026-03-05: + 30 days, across the end of March → Saturday 2026-04-04,
      // in the Qingming holiday (04-04 to 04-06): the period ends on the first working day after
      // it (CPL Art. 85 ¶3), Tuesday 2026-04-07.
      const served = await serve(c.id, doc.id, {
        method: 'PUBLIC_NOTICE',
        recipient: APPLICANT,
        deliveredOn: '2026-03-05',
      });
      expect(served.services[0]).toMatchObject({
        method: 'PUBLIC_NOTICE',
        deliveredOn: '2026-03-05',
        servedOn: '2026-04-07',
      });
      expect((await read(c.id)).decision).toMatchObject({ servedOn: '2026-04-07' });
    });

    // A 公告送达 is recorded when the notice is published; the day it counts as service (published
    // + 30, CPL Art. 95) is then ahead, fixed by the law already, and the decision takes effect
    // that day (Art. 75 ¶2).
    it('a public notice published today is recorded, the decision in effect thirty days on', async () => {
      const c = await upheld();
      const { doc } = await issued(c.id, 'DECISION');
      const res = await serveReq(officer.token, c.id, doc.id, {
        method: 'PUBLIC_NOTICE',
        recipient: APPLICANT,
        deliveredOn: TODAY,
      });
      expectStatus(res, 201);
      // 2026-03-02 + 30 days, across the end of March → Wednesday 2026-04-01, a working day.
      expect((res.body as DocumentBody).services[0]).toMatchObject({
        deliveredOn: TODAY,
        servedOn: '2026-04-01',
      });
      expect((await read(c.id)).decision).toMatchObject({ servedOn: '2026-04-01' });
    });

    it('serving the 答复通知书 records the copy sent and received: the answer is due in 10 working days (Art. 48)', async () => {
      const c = await accepted();
      const before = await read(c.id);
      expect(before).toMatchObject({
        answerCopySentOn: null,
        answerCopyReceivedOn: null,
        answerDueOn: null,
      });
      const { doc } = await issued(c.id, 'ANSWER_NOTICE');
      t.clock.set(at('2026-03-04'));
      await serve(c.id, doc.id, {
        method: 'DIRECT',
        recipient: agencyName,
        deliveredOn: '2026-03-03',
      });
      // Received Tuesday 2026-03-03; ten working days, two weekends skipped:
      // 3-4, 5, 6, 9, 10, 11, 12, 13, 16, 17 → Tuesday 2026-03-17.
      // Sent on the issue day, Monday 3-02; due seven working days from acceptance on Friday
      // 2-27 (Saturday 2-28 a make-up working day): 2-28, 3-2, 3, 4, 5, 6, 9 → 2026-03-09.
      expect(await read(c.id)).toMatchObject({
        answerCopySentOn: TODAY,
        answerCopyDueOn: '2026-03-09',
        answerCopyReceivedOn: '2026-03-03',
        answerDueOn: '2026-03-17',
      });
      // A second service changes nothing of it.
      t.clock.set(at('2026-03-06'));
      await serve(c.id, doc.id, {
        method: 'ELECTRONIC',
        recipient: agencyName,
        deliveredOn: '2026-03-06',
      });
      expect(await read(c.id)).toMatchObject({
        answerCopyReceivedOn: '2026-03-03',
        answerDueOn: '2026-03-17',
      });
      // A new draft names the last day now.
      const fresh = await draft(c.id, 'ANSWER_NOTICE');
      expect(joined(await paragraphsOf((await download(c.id, fresh.id)).bytes))).toContain(
        '请你单位自收到行政复议申请书副本之日起十日内，即最迟于2026年3月17日，提出书面答复',
      );
    });

    it('serving another document feeds nothing: the case is unchanged but its version', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      const before = await read(c.id);
      await serve(c.id, doc.id, { method: 'DIRECT', recipient: APPLICANT, deliveredOn: TODAY });
      const after = await read(c.id);
      const { version: v1, updatedAt: u1, ...rest1 } = before as FullCase & { updatedAt: string };
      const { version: v2, updatedAt: u2, ...rest2 } = after as FullCase & { updatedAt: string };
      expect(rest2).toEqual(rest1);
      expect([v1, u1, v2, u2].every((x) => x !== undefined)).toBe(true);
    });
  });

  describe('who may', () => {
    it('an agent of another office: 404 on everything; a liaison: 403', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      const outsider = cast.otherAgent.token;
      expectError(await w.get(outsider, `/cases/${c.id}/documents`), 404, 'CASE_NOT_FOUND');
      expectError(await fileRefused(outsider, c.id, doc.id), 404, 'CASE_NOT_FOUND');
      await refusedAndNothingWritten(
        c.id,
        () =>
          serveReq(outsider, c.id, doc.id, {
            method: 'DIRECT',
            recipient: APPLICANT,
            deliveredOn: TODAY,
          }),
        (res) => expectError(res, 404, 'CASE_NOT_FOUND'),
      );
      expectError(await w.get(cast.liaison.token, `/cases/${c.id}/documents`), 403, 'FORBIDDEN');
    });

    it('VIEWER lists but does not download (403); ADMIN lists and downloads', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      expect((await list(c.id, cast.viewer.token)).map((d) => d.number)).toEqual([doc.number]);
      await refusedAndNothingWritten(
        c.id,
        () => fileRefused(cast.viewer.token, c.id, doc.id),
        (res) => expectError(res, 403, 'FORBIDDEN'),
      );
      expect(sha256((await download(c.id, doc.id, w.admin)).bytes)).toBe(doc.sha256);
    });

    it('an agent of the office lists, downloads and records a service, but neither drafts nor issues', async () => {
      const c = await accepted();
      const { doc } = await issued(c.id, 'ACCEPTANCE_NOTICE');
      const agent = cast.agent;
      expect((await list(c.id, agent.token)).map((d) => d.id)).toEqual([doc.id]);
      expect(sha256((await download(c.id, doc.id, agent.token)).bytes)).toBe(doc.sha256);
      const served = await serve(
        c.id,
        doc.id,
        { method: 'LEFT_AT_PREMISES', recipient: APPLICANT, deliveredOn: TODAY },
        agent,
      );
      expect(served.services).toEqual([
        expect.objectContaining({ method: 'LEFT_AT_PREMISES', servedOn: TODAY }),
      ]);
      await refusedAndNothingWritten(
        c.id,
        () => draftReq(agent.token, c.id, { kind: 'ACCEPTANCE_NOTICE' }),
        (res) => expectError(res, 403, 'FORBIDDEN'),
      );
      const d = await draft(c.id, 'ANSWER_NOTICE');
      for (const token of [agent.token, cast.viewer.token, w.admin]) {
        await refusedAndNothingWritten(
          c.id,
          () => issueReq(token, c.id, d.id),
          (res) => expectError(res, 403, 'FORBIDDEN'),
        );
      }
      for (const token of [cast.viewer.token, w.admin, cast.liaison.token]) {
        await refusedAndNothingWritten(
          c.id,
          () =>
            serveReq(token, c.id, doc.id, {
              method: 'DIRECT',
              recipient: APPLICANT,
              deliveredOn: TODAY,
            }),
          (res) => expectError(res, 403, 'FORBIDDEN'),
        );
      }
    });

    it('every write and download is audited with its actor', async () => {
      const c = await accepted();
      const d = await draft(c.id, 'ACCEPTANCE_NOTICE');
      const res = await issueReq(reviewer.token, c.id, d.id);
      expectStatus(res, 200);
      expect(await auditRowsOf(res)).toBe(1);
      const dl = await fileReq(officer.token, c.id, d.id);
      expectStatus(dl, 200);
      const rows = await t.db.query<{ action: string; actor_id: string }[]>(
        `SELECT action, actor_id FROM audit_log WHERE request_id = $1`,
        [dl.headers['x-request-id']],
      );
      expect(rows).toEqual([{ action: 'document.downloaded', actor_id: officer.id }]);
      const events = await w.events(c.id);
      expect(events.slice(-2)).toEqual(['DRAFT_DOCUMENT', 'ISSUE_DOCUMENT']);
    });
  });
});
