import { Workbook } from 'exceljs';
import { OUTCOME_LABELS, Outcome } from '../cases/case.enums';
import { JUDGMENT_KIND_LABELS, JudgmentKind } from '../litigation/litigation-case.enums';
import {
  LitigationFigures,
  Ratio,
  ReconsiderationFigures,
  roundedRate,
} from './rules/figures.rules';
import { Report } from './statistics.service';

/**
 * A rate: the fraction rounded half up (on the exact ratio) to a tenth of a percent, e.g. 0.235
 * for 23.5%; null when it is undefined (nothing to divide by). The xlsx writes it as a number
 * formatted `0.0%`, the CSV as the text `23.5%`.
 */
class Rate {
  constructor(readonly tenths: number | null) {}

  get fraction(): number | null {
    return this.tenths === null ? null : this.tenths / 1000;
  }

  toString(): string {
    const t = this.tenths;
    return t === null ? '' : `${Math.floor(t / 10)}.${t % 10}%`;
  }
}

type Value = number | string | Rate | null;
type Column<F> = [header: string, value: (f: F) => Value];

const rate = (r: Ratio): Rate => new Rate(roundedRate(r, 1000));

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
  ['视为受理', (f) => f.deemedAccepted],
  ['举行听证', (f) => f.formalHearingsHeld],
  ['听证负责人参加', (f) => f.formalHearingHeadAttended],
  ['听证负责人参加率', (f) => rate(f.formalHearingHeadAttendanceRate)],
];

const LITIGATION: Column<LitigationFigures>[] = [
  ['应诉案件', (f) => f.lawsuits],
  ['出庭提示函', (f) => f.reminderLetters],
  // Per case and instance: the official rate (SPC 2020 Art. 7).
  ['已开庭审级', (f) => f.instancesHeard],
  ['负责人出庭审级', (f) => f.instancesHeadAttended],
  ['正当理由未出庭审级', (f) => f.instancesHeadExcused],
  ['负责人出庭率（按案件审级）', (f) => rate(f.headAttendanceRate)],
  // Per hearing.
  ['开庭庭次', (f) => f.hearingsHeld],
  ['负责人出庭庭次', (f) => f.hearingsHeadAttended],
  ['正当理由未出庭庭次', (f) => f.hearingsHeadExcused],
  ['负责人出庭率（按庭次）', (f) => rate(f.headAttendanceRateByHearing)],
  ['审结', (f) => f.judgments],
  ...Object.values(JudgmentKind).map((k): Column<LitigationFigures> => [
    JUDGMENT_KIND_LABELS[k],
    (f) => f.byJudgment[k],
  ]),
  ['败诉', (f) => f.lost],
  ['败诉率', (f) => rate(f.lossRate)],
  ['收到司法建议', (f) => f.judicialRecommendations],
  ['回复司法建议', (f) => f.judicialRecommendationsAnswered],
  ['司法建议逾期未复', (f) => f.judicialRecommendationsOverdue],
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

function rows<F>(sheet: Sheet<F>): Value[][] {
  const { report, columns } = sheet;
  const line = (label: string, f: F): Value[] => [label, ...columns.map(([, value]) => value(f))];
  return [
    [sheet.groupHeader, ...columns.map(([header]) => header)],
    ...report.groups.map((g) => line(g.label, g.figures)),
    line('合计', report.total),
  ];
}

/** `YYYY-MM` (a month grouping's key and label) as the first day of that month, for Excel. */
const monthDate = (label: string): Date | null => {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
};

const PERCENT_FORMAT = '0.0%';
const MONTH_FORMAT = 'yyyy-mm';

/**
 * One worksheet per grouping, Chinese headers, a total row last; what Excel and WPS can compute
 * with: counts and rates are numeric cells (rates formatted `0.0%`), a month is a real date
 * (formatted `yyyy-mm`), the header row is frozen and carries an autofilter.
 */
export async function toXlsx(sheets: AnySheet[]): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Fuyi';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const byMonth = sheet.report.groupBy === 'month';
    for (const [index, values] of rows(sheet as Sheet<unknown>).entries()) {
      const row = ws.addRow([]);
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        if (v instanceof Rate) {
          cell.value = v.fraction;
          cell.numFmt = PERCENT_FORMAT;
        } else if (byMonth && index > 0 && i === 0 && typeof v === 'string' && monthDate(v)) {
          cell.value = monthDate(v);
          cell.numFmt = MONTH_FORMAT;
        } else {
          cell.value = v;
        }
      });
    }
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
    ws.columns.forEach((c) => (c.width = 14));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A text cell Excel or WPS would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) is prefixed with `'`, so a name typed into the service cannot run as one
 * when the CSV is opened (CSV injection).
 */
export const neutralised = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const csvCell = (v: Value): string => {
  const s = v === null ? '' : typeof v === 'number' ? String(v) : neutralised(String(v));
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
