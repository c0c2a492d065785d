import { Workbook } from 'exceljs';
import { OUTCOME_LABELS, Outcome } from '../cases/case.enums';
import {
  LitigationFigures,
  Ratio,
  ReconsiderationFigures,
  roundedRate,
} from './rules/figures.rules';
import { Report } from './statistics.service';

type Column<F> = [header: string, value: (f: F) => number | string | null];

/** A percentage to one decimal, rounded half up on the exact fraction; empty when undefined. */
const rate = (r: Ratio): string => {
  const tenths = roundedRate(r, 1000);
  return tenths === null ? '' : `${Math.floor(tenths / 10)}.${tenths % 10}%`;
};

const RECONSIDERATION: Column<ReconsiderationFigures>[] = [
  ['办理案件', (f) => f.handled],
  ['案前调解', (f) => f.preCaseMediated],
  ['新收案件', (f) => f.received],
  ['新收及旧存结案', (f) => f.concluded],
  ...Object.values(Outcome)
    .filter((o) => o !== Outcome.MEDIATED)
    .map((o): Column<ReconsiderationFigures> => [OUTCOME_LABELS[o], (f) => f.byDecision[o] ?? 0]),
  ['实体审理结案', (f) => f.merits],
  ['纠错', (f) => f.corrected],
  ['纠错率', (f) => rate(f.correctionRate)],
  ['期末未结', (f) => f.pending],
  ['期末超期', (f) => f.overdue],
  ['按期结案率', (f) => rate(f.onTimeRate)],
  ['建议书意见书', (f) => f.recommendationLetters],
];

const LITIGATION: Column<LitigationFigures>[] = [
  ['应诉案件', (f) => f.lawsuits],
  ['出庭提示函', (f) => f.reminderLetters],
  ['开庭', (f) => f.hearingsHeld],
  ['负责人出庭', (f) => f.headAttended],
  ['负责人出庭率', (f) => rate(f.headAttendanceRate)],
  ['判决', (f) => f.judgments],
  ['败诉', (f) => f.lost],
  ['败诉率', (f) => rate(f.lossRate)],
];

export interface Sheet<F> {
  name: string;
  groupHeader: string;
  report: Report<F>;
  columns: Column<F>[];
}

export type AnySheet = Sheet<ReconsiderationFigures> | Sheet<LitigationFigures>;

export const reconsiderationSheet = (
  name: string,
  groupHeader: string,
  report: Report<ReconsiderationFigures>,
): AnySheet => ({ name, groupHeader, report, columns: RECONSIDERATION });

export const litigationSheet = (
  name: string,
  groupHeader: string,
  report: Report<LitigationFigures>,
): AnySheet => ({ name, groupHeader, report, columns: LITIGATION });

function rows<F>(sheet: Sheet<F>): (string | number | null)[][] {
  const { report, columns } = sheet;
  const line = (label: string, f: F): (string | number | null)[] => [
    label,
    ...columns.map(([, value]) => value(f)),
  ];
  return [
    [sheet.groupHeader, ...columns.map(([header]) => header)],
    ...report.groups.map((g) => line(g.label, g.figures)),
    line('合计', report.total),
  ];
}

/** One worksheet per grouping, Chinese headers, a total row last. */
export async function toXlsx(sheets: AnySheet[]): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Fuyi';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRows(rows(sheet as Sheet<unknown>));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 14));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Every grouping one after another, each headed by its name; UTF-8 with BOM for Excel. */
export function toCsv(sheets: AnySheet[]): string {
  const blocks = sheets.map((sheet) =>
    [[sheet.name], ...rows(sheet as Sheet<unknown>)]
      .map((r) => r.map(csvCell).join(','))
      .join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
