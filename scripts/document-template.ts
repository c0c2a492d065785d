/**
 * Writes the default document template, templates/documents/default.docx: the layout of the
 * national standard for official documents (GB/T 9704-2012: A4, 版心 156 × 225 mm, 天头 37 mm,
 * 订口 28 mm; 发文机关标志 and 标题 in 方正小标宋简体, 正文 in 仿宋_GB2312 三号 at 28 pt lines, dates in
 * Arabic numerals) with the {{placeholders}} src/documents/docx-render.ts fills. An office replaces
 * the file with its own (its heading, seal line, fonts) and keeps the placeholders and the
 * paragraph style 正文 (FuyiBody); nothing in the code changes.
 *
 *   npm run documents:template
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';

const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
/** 三号 is 16 pt; docx counts half-points. */
const SIZE_3 = 32;
/** 二号 is 22 pt. */
const SIZE_2 = 44;
/** Fixed 28 pt lines: 22 lines of 28 characters on the 225 mm type area. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const RED = 'C00000';

const line = (
  text: string,
  options: {
    font?: string;
    size?: number;
    color?: string;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    style?: string;
    border?: boolean;
  } = {},
): Paragraph =>
  new Paragraph({
    alignment: options.align,
    style: options.style,
    spacing: LINE,
    border: options.border
      ? { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } }
      : undefined,
    children: [
      new TextRun({
        text,
        font: options.font ?? BODY_FONT,
        size: options.size ?? SIZE_3,
        color: options.color,
      }),
    ],
  });

const doc = new Document({
  creator: 'Fuyi',
  styles: {
    default: { document: { run: { font: BODY_FONT, size: SIZE_3 } } },
    paragraphStyles: [
      {
        id: 'FuyiBody',
        name: '正文',
        basedOn: 'Normal',
        run: { font: BODY_FONT, size: SIZE_3 },
        paragraph: {
          spacing: LINE,
          // 首行缩进两字.
          indent: { firstLine: 640 },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
    ],
  },
  sections: [
    {
      properties: {
        page: {
          size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
          margin: {
            top: convertMillimetersToTwip(37),
            bottom: convertMillimetersToTwip(35),
            left: convertMillimetersToTwip(28),
            right: convertMillimetersToTwip(26),
          },
        },
      },
      children: [
        line('{{heading}}', {
          font: TITLE_FONT,
          size: SIZE_2,
          color: RED,
          align: AlignmentType.CENTER,
        }),
        line('{{number}}', { align: AlignmentType.CENTER, border: true }),
        line(''),
        line('{{title}}', { font: TITLE_FONT, size: SIZE_2, align: AlignmentType.CENTER }),
        line(''),
        line('{{recipient}}：'),
        line('{{body}}', { style: 'FuyiBody' }),
        line('{{attachments}}', { style: 'FuyiBody' }),
        line(''),
        line('{{issuer}}', { align: AlignmentType.RIGHT }),
        line('{{date}}', { align: AlignmentType.RIGHT }),
        line('{{seal}}', { align: AlignmentType.RIGHT }),
      ],
    },
  ],
});

void Packer.toBuffer(doc).then((bytes) => {
  const path = join(__dirname, '..', 'templates', 'documents', 'default.docx');
  writeFileSync(path, bytes);
  console.log(`wrote ${path} (${bytes.length} bytes)`);
});
