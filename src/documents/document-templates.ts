import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join, resolve } from 'node:path';
import { Paragraph, patchDetector, patchDocument, PatchType, TextRun } from 'docx';
import { Env } from '../config/env';
import { MaterialView } from '../materials/dto/material.view';
import { DocumentKind } from './document.enums';
import { Composition } from './texts/composition';

/** The media type of a Word document. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A document's file as a controller sends it: what its headers say, and the bytes. */
export interface DocumentFile {
  file: Pick<MaterialView, 'fileName' | 'contentType' | 'sizeBytes' | 'sha256'>;
  stream: Readable;
}

/** A .docx rendered for this download (a draft, a reminder letter): not stored. */
export const generatedFile = (fileName: string, bytes: Buffer): DocumentFile => ({
  file: {
    fileName,
    contentType: DOCX,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  },
  stream: Readable.from(bytes),
});

/** The office's settings beside its templates (templates/documents/office.json). */
export interface OfficeSettings {
  /** The reconsideration organ, as documents name it (本机关). */
  organName: string;
  /** 发文机关标志. */
  heading: string;
  /** 署名. */
  issuer: string;
  /** The line where the seal goes (印章). */
  seal: string;
  /** The 文号 prefix of each kind, e.g. 区府复受. */
  numberPrefixes: Record<DocumentKind, string>;
}

/** What goes on the page besides the composition. */
export interface Stamp {
  /** 文号; a draft has none. */
  number: string | null;
  /** 成文日期, e.g. 2026年3月2日. */
  date: string;
}

/** The placeholders every template must hold (scripts/document-template.ts writes the default). */
export const PLACEHOLDERS = [
  'heading',
  'number',
  'title',
  'recipient',
  'body',
  'attachments',
  'issuer',
  'date',
  'seal',
] as const;

/** The template slot of the hearing reminder letters (not a case document). */
export const LETTER = 'REMINDER_LETTER' as const;

/** The paragraph style of the body (正文) in the template. */
const BODY_STYLE = 'FuyiBody';

const text = (value: string) => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });

const paragraphs = (lines: string[]) => ({
  type: PatchType.DOCUMENT,
  children: lines.map((l) => new Paragraph({ style: BODY_STYLE, children: [new TextRun(l)] })),
});

/**
 * The office's templates, read once at start-up from DOCUMENT_TEMPLATES_DIR: `default.docx` for
 * every kind, or `<KIND>.docx` where the office keeps its own for one kind, and office.json. A
 * template without its placeholders, or settings without a prefix for every kind, stop the start
 * with one line naming the file and what is missing.
 */
@Injectable()
export class DocumentTemplates implements OnModuleInit {
  private templates = new Map<DocumentKind | typeof LETTER, Buffer>();
  private office!: OfficeSettings;

  constructor(private readonly env: Env) {}

  async onModuleInit(): Promise<void> {
    const dir = resolve(this.env.DOCUMENT_TEMPLATES_DIR);
    this.office = readSettings(join(dir, 'office.json'));
    const fallback = join(dir, 'default.docx');
    for (const kind of [...Object.values(DocumentKind), LETTER] as const) {
      const own = join(dir, `${kind}.docx`);
      const path = existsSync(own) ? own : fallback;
      const data = readFileSync(path);
      const found = new Set(await patchDetector({ data }));
      const missing = PLACEHOLDERS.filter((p) => !found.has(p));
      if (missing.length > 0) {
        throw new Error(
          `${path} lacks the placeholder(s) ${missing.map((m) => `{{${m}}}`).join(', ')}`,
        );
      }
      this.templates.set(kind, data);
    }
  }

  get settings(): OfficeSettings {
    return this.office;
  }

  /** The .docx of `kind` with its words and stamp. */
  render(kind: DocumentKind, c: Composition, stamp: Stamp): Promise<Buffer> {
    return this.fill(kind, c, stamp, this.office.issuer);
  }

  /**
   * A hearing reminder letter (出庭提示函, reminders/) as a .docx: its frozen words, signed by the
   * office that sends the letters (ISSUER_NAME), on `REMINDER_LETTER.docx` or the default template.
   */
  renderLetter(c: Composition, stamp: Stamp, issuer: string): Promise<Buffer> {
    return this.fill(LETTER, c, stamp, issuer);
  }

  private async fill(
    kind: DocumentKind | typeof LETTER,
    c: Composition,
    stamp: Stamp,
    issuer: string,
  ): Promise<Buffer> {
    const bytes = await patchDocument({
      outputType: 'nodebuffer',
      data: this.templates.get(kind)!,
      keepOriginalStyles: true,
      patches: {
        heading: text(this.office.heading),
        number: text(stamp.number ?? '（草稿，未编号）'),
        title: text(c.title),
        recipient: text(c.recipient),
        body: paragraphs(c.body),
        attachments: paragraphs(attachmentLines(c.attachments)),
        issuer: text(issuer),
        date: text(stamp.date),
        seal: text(this.office.seal),
      },
    });
    return bytes;
  }
}

/**
 * 附件说明 (GB/T 9704-2012 §7.3.3): 附件：名称, or with several, numbered, one per line under the
 * first, their names aligned.
 */
export function attachmentLines(names: string[]): string[] {
  if (names.length <= 1) return names.map((n) => `附件：${n}`);
  return names.map((n, i) => `${i === 0 ? '附件：' : '　　　'}${i + 1}. ${n}`);
}

function readSettings(path: string): OfficeSettings {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<OfficeSettings>;
  const problems: string[] = [];
  for (const key of ['organName', 'heading', 'issuer', 'seal'] as const) {
    if (typeof raw[key] !== 'string' || raw[key].trim() === '') problems.push(key);
  }
  const prefixes = raw.numberPrefixes ?? ({} as Record<string, unknown>);
  for (const kind of Object.values(DocumentKind)) {
    const p = (prefixes as Record<string, unknown>)[kind];
    if (typeof p !== 'string' || p.trim() === '') problems.push(`numberPrefixes.${kind}`);
  }
  if (problems.length > 0) throw new Error(`${path}: missing or empty ${problems.join(', ')}`);
  return raw as OfficeSettings;
}
