/**
 * The office's templates, rendered for real: the default template from templates/documents (what
 * scripts/document-template.ts writes), filled, and read back with mammoth as a reader of .docx
 * files would; broken templates and settings stop the start naming what is missing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Env } from '../config/env';
import { attachmentLines, DocumentTemplates, PLACEHOLDERS } from './document-templates';
import { DocumentKind } from './document.enums';
import { compose } from './texts';
import { documentFacts } from './texts/facts-fixture';

const DEFAULTS = 'templates/documents';

async function templatesFrom(dir: string): Promise<DocumentTemplates> {
  const t = new DocumentTemplates({ DOCUMENT_TEMPLATES_DIR: dir } as Env);
  await t.onModuleInit();
  return t;
}

/** The text of a .docx, one paragraph a line, empty lines dropped. */
async function lines(bytes: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A template with these paragraphs, written with the docx library. */
async function template(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return Packer.toBuffer(doc);
}

const allBut = (...left: string[]): string[] =>
  PLACEHOLDERS.filter((p) => !left.includes(p)).map((p) => `{{${p}}}`);

describe('DocumentTemplates with the default template', () => {
  let templates: DocumentTemplates;

  beforeAll(async () => {
    templates = await templatesFrom(DEFAULTS);
  });

  it('reads the office settings: organ, heading, issuer, seal and a prefix per kind', () => {
    expect(templates.settings).toMatchObject({
      organName: '某某区人民政府',
      heading: '某某区人民政府',
      issuer: '某某区人民政府',
      seal: '（印章）',
    });
    expect(templates.settings.numberPrefixes[DocumentKind.ACCEPTANCE_NOTICE]).toBe('区府复受');
    expect(Object.keys(templates.settings.numberPrefixes).sort()).toEqual(
      Object.values(DocumentKind).sort(),
    );
  });

  it('an acceptance notice: heading, 文号, title, recipient, body, issuer, date and seal, in order', async () => {
    const c = compose(DocumentKind.ACCEPTANCE_NOTICE, documentFacts());
    const bytes = await templates.render(DocumentKind.ACCEPTANCE_NOTICE, c, {
      number: '区府复受〔2026〕17号',
      date: '2026年3月4日',
    });
    // A .docx: a zip whose first bytes are PK.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await lines(bytes);
    expect(text).toEqual([
      '某某区人民政府',
      '区府复受〔2026〕17号',
      '行政复议受理通知书',
      '张三：',
      ...c.body,
      '某某区人民政府',
      '2026年3月4日',
      '（印章）',
    ]);
    // The words of the composition, checked by hand for a few.
    expect(c.body[0]).toBe(
      '你不服临江市滨河区市场监督管理局于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号），于2026年2月27日提出的行政复议申请，本机关已收悉。经审查，该申请符合《中华人民共和国行政复议法》第三十条第一款规定，本机关决定予以受理。',
    );
    expect(text.join('\n')).toContain('即最迟于2026年5月6日作出行政复议决定');
    expect(text.join('\n')).not.toMatch(/\{\{|\}\}/);
  });

  it('an answer notice: addressed to the respondent, with its attachments line', async () => {
    const c = compose(
      DocumentKind.ANSWER_NOTICE,
      documentFacts({ kind: DocumentKind.ANSWER_NOTICE }),
    );
    const text = await lines(
      await templates.render(DocumentKind.ANSWER_NOTICE, c, {
        number: '区府复答〔2026〕3号',
        date: '2026年3月5日',
      }),
    );
    expect(text.slice(0, 4)).toEqual([
      '某某区人民政府',
      '区府复答〔2026〕3号',
      '行政复议答复通知书',
      '临江市滨河区市场监督管理局：',
    ]);
    expect(text).toContain('附件：行政复议申请书副本');
    // The attachments line after the body, before the issuer.
    expect(text.indexOf('附件：行政复议申请书副本')).toBe(4 + c.body.length);
    expect(text.slice(-3)).toEqual(['某某区人民政府', '2026年3月5日', '（印章）']);
    expect(text.join('')).toContain('自收到行政复议申请书副本之日起十日内，即最迟于2026年3月23日');
  });

  it('several attachments: numbered, one a line, the names aligned under the first (GB/T 9704 §7.3.3)', async () => {
    expect(attachmentLines([])).toEqual([]);
    expect(attachmentLines(['行政复议申请书副本'])).toEqual(['附件：行政复议申请书副本']);
    // 附件： is three characters wide: three ideographic spaces align the next names.
    expect(attachmentLines(['甲', '乙', '丙'])).toEqual([
      '附件：1. 甲',
      '\u3000\u3000\u30002. 乙',
      '\u3000\u3000\u30003. 丙',
    ]);
    const bytes = await templates.render(
      DocumentKind.OPINION_LETTER,
      {
        title: '行政复议意见书',
        recipient: '某局',
        body: ['正文一。', '正文二。'],
        attachments: ['甲', '乙'],
      },
      { number: '区府复意〔2026〕1号', date: '2026年5月8日' },
    );
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('附件：1. 甲\n\n\u3000\u3000\u30002. 乙\n');
    expect(await lines(bytes)).toEqual([
      '某某区人民政府',
      '区府复意〔2026〕1号',
      '行政复议意见书',
      '某局：',
      '正文一。',
      '正文二。',
      '附件：1. 甲',
      '2. 乙',
      '某某区人民政府',
      '2026年5月8日',
      '（印章）',
    ]);
  });

  it('a draft has no number: （草稿，未编号）', async () => {
    const c = compose(DocumentKind.DECISION, documentFacts({ kind: DocumentKind.DECISION }));
    const text = await lines(
      await templates.render(DocumentKind.DECISION, c, { number: null, date: '2026年4月30日' }),
    );
    expect(text[1]).toBe('（草稿，未编号）');
    expect(text).toContain('行政复议决定书');
    expect(text).toContain(
      '依照《中华人民共和国行政复议法》第七十五条第二款的规定，本决定书自送达之日起发生法律效力。',
    );
  });

  it('the body paragraphs carry the template’s 正文 style; fonts as GB/T 9704 names them', async () => {
    const c = compose(DocumentKind.ACCEPTANCE_NOTICE, documentFacts());
    const bytes = await templates.render(DocumentKind.ACCEPTANCE_NOTICE, c, {
      number: '区府复受〔2026〕17号',
      date: '2026年3月4日',
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const bodyParagraphs = xml
      .match(/<w:p[ >].*?<\/w:p>/gs)!
      .filter((p) => p.includes('本机关决定予以受理'));
    expect(bodyParagraphs).toHaveLength(1);
    expect(bodyParagraphs[0]).toContain('<w:pStyle w:val="FuyiBody"/>');
    expect(styles).toContain('w:styleId="FuyiBody"');
    expect(styles).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
  });
});

describe('DocumentTemplates refusing to start', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fuyi-templates-'));
    copyFileSync(join(DEFAULTS, 'office.json'), join(dir, 'office.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a default template without {{seal}}: throws naming the file and the placeholder', async () => {
    writeFileSync(join(dir, 'default.docx'), await template(allBut('seal')));
    const t = new DocumentTemplates({ DOCUMENT_TEMPLATES_DIR: dir } as Env);
    await expect(t.onModuleInit()).rejects.toThrow(
      `${join(dir, 'default.docx')} lacks the placeholder(s) {{seal}}`,
    );
  });

  it('names every placeholder missing', async () => {
    writeFileSync(join(dir, 'default.docx'), await template(allBut('number', 'body')));
    const t = new DocumentTemplates({ DOCUMENT_TEMPLATES_DIR: dir } as Env);
    await expect(t.onModuleInit()).rejects.toThrow(
      /lacks the placeholder\(s\) \{\{number\}\}, \{\{body\}\}/,
    );
  });

  it('a complete template of its own is accepted; a kind’s own template without {{date}} is refused', async () => {
    writeFileSync(join(dir, 'default.docx'), await template(allBut()));
    await expect(templatesFrom(dir)).resolves.toBeInstanceOf(DocumentTemplates);
    writeFileSync(join(dir, 'DECISION.docx'), await template(allBut('date')));
    const t = new DocumentTemplates({ DOCUMENT_TEMPLATES_DIR: dir } as Env);
    await expect(t.onModuleInit()).rejects.toThrow(
      `${join(dir, 'DECISION.docx')} lacks the placeholder(s) {{date}}`,
    );
  });

  it('a kind’s own template is used for that kind only', async () => {
    writeFileSync(join(dir, 'default.docx'), readFileSync(join(DEFAULTS, 'default.docx')));
    writeFileSync(join(dir, 'DECISION.docx'), await template(['自定义决定书模板', ...allBut()]));
    const t = await templatesFrom(dir);
    const c = { title: 'T', recipient: 'R', body: ['B'], attachments: [] };
    const stamp = { number: 'N', date: 'D' };
    expect((await lines(await t.render(DocumentKind.DECISION, c, stamp)))[0]).toBe(
      '自定义决定书模板',
    );
    expect(await lines(await t.render(DocumentKind.ACCEPTANCE_NOTICE, c, stamp))).not.toContain(
      '自定义决定书模板',
    );
  });

  it('office.json without a prefix for a kind: throws naming it', async () => {
    copyFileSync(join(DEFAULTS, 'default.docx'), join(dir, 'default.docx'));
    const settings = JSON.parse(readFileSync(join(DEFAULTS, 'office.json'), 'utf8')) as {
      numberPrefixes: Record<string, string>;
    };
    delete settings.numberPrefixes.DECISION;
    settings.numberPrefixes.HEARING_NOTICE = '  ';
    writeFileSync(join(dir, 'office.json'), JSON.stringify(settings));
    const t = new DocumentTemplates({ DOCUMENT_TEMPLATES_DIR: dir } as Env);
    await expect(t.onModuleInit()).rejects.toThrow(
      `${join(dir, 'office.json')}: missing or empty numberPrefixes.HEARING_NOTICE, numberPrefixes.DECISION`,
    );
  });

  it('office.json without its issuer: throws naming it', async () => {
    copyFileSync(join(DEFAULTS, 'default.docx'), join(dir, 'default.docx'));
    const settings = JSON.parse(readFileSync(join(DEFAULTS, 'office.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete settings.issuer;
    writeFileSync(join(dir, 'office.json'), JSON.stringify(settings));
    await expect(templatesFrom(dir)).rejects.toThrow(/missing or empty issuer$/);
  });
});
