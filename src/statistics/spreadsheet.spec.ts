import { Workbook } from 'exceljs';
import { Outcome } from '../cases/case.enums';
import { litigationFigures, reconsiderationFigures } from './rules/figures.rules';
import { litigationSheet, neutralised, reconsiderationSheet, toCsv, toXlsx } from './spreadsheet';

const figures = reconsiderationFigures({
  received: 5,
  preCaseMediated: 1,
  onTime: 15,
  byOutcome: { [Outcome.REVOKE]: 4, [Outcome.UPHOLD]: 13 },
  pending: 2,
  overdue: 0,
  recommendationLetters: 1,
  deemedAccepted: 0,
  formalHearingsHeld: 3,
  formalHearingHeadAttended: 2,
});

/** What exceljs reads (its typings predate the generic Buffer of @types/node). */
type XlsxData = Parameters<Workbook['xlsx']['load']>[0];

const sheets = () => [
  reconsiderationSheet('行政复议-按被申请人', '被申请人', {
    from: '2020-01-01',
    to: '2020-12-31',
    groupBy: 'respondent',
    total: figures,
    groups: [{ key: 'a', label: '区"城管",局', figures }],
  }),
  litigationSheet('行政应诉-按被告', '被告机关', {
    from: '2020-01-01',
    to: '2020-12-31',
    groupBy: null,
    total: litigationFigures({
      lawsuits: 1,
      reminderLetters: 1,
      hearingsHeld: 0,
      hearingsHeadAttended: 0,
      hearingsHeadExcused: 0,
      instancesHeard: 0,
      instancesHeadAttended: 0,
      instancesHeadExcused: 0,
      byJudgment: {},
      judicialRecommendations: 0,
      judicialRecommendationsAnswered: 0,
      judicialRecommendationsOverdue: 0,
    }),
    groups: [],
  }),
];

describe('toCsv', () => {
  const lines = (): string[] => toCsv(sheets()).slice(1).split('\r\n');

  it('UTF-8 with a BOM, CRLF lines, each grouping headed by its name', () => {
    const csv = toCsv(sheets());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines()[0]).toBe('行政复议-按被申请人');
    expect(lines()).toContain('行政应诉-按被告');
  });

  it('Chinese headers, quoted labels, rates to one decimal, the total last', () => {
    const [, header, group, total] = lines();
    const columns = header.split(',');
    expect(columns.slice(0, 5)).toEqual([
      '被申请人',
      '办理案件',
      '案前调解',
      '新收案件',
      '新收及旧存结案',
    ]);
    expect(group.startsWith('"区""城管"",局",18,1,5,17,4,')).toBe(true);
    const cells = total.split(',');
    expect(cells[0]).toBe('合计');
    expect(cells[columns.indexOf('纠错率')]).toBe('23.5%'); // 4 / 17
    expect(cells[columns.indexOf('按期结案率')]).toBe('88.2%'); // 15 / 17
    // 听证 (Art. 51 para 3): held, the head attending, and the rate, the last columns.
    expect(columns.slice(-3)).toEqual(['举行听证', '听证负责人参加', '听证负责人参加率']);
    expect(cells.slice(-3)).toEqual(['3', '2', '66.7%']); // 2 / 3, rounded half up
  });

  it('litigation: both attendance rates, judgments by kind, recommendations', () => {
    const lawsuitLines = lines().slice(lines().indexOf('行政应诉-按被告'));
    expect(lawsuitLines[1].split(',')).toEqual([
      '被告机关',
      '应诉案件',
      '出庭提示函',
      // Per case and instance, the official rate (SPC 2020 Art. 7), then per hearing.
      '已开庭审级',
      '负责人出庭审级',
      '正当理由未出庭审级',
      '负责人出庭率（按案件审级）',
      '开庭庭次',
      '负责人出庭庭次',
      '正当理由未出庭庭次',
      '负责人出庭率（按庭次）',
      '审结',
      '判决驳回诉讼请求',
      '裁定驳回起诉',
      '撤诉',
      '调解结案',
      '判决撤销',
      '判决履行',
      '判决确认违法',
      '判决确认无效',
      '判决变更',
      '判决赔偿或补偿',
      '发回重审',
      '败诉',
      '败诉率',
      '收到司法建议',
      '回复司法建议',
      '司法建议逾期未复',
    ]);
  });

  it('a rate without a value is an empty cell', () => {
    const lawsuitLines = lines().slice(lines().indexOf('行政应诉-按被告'));
    expect(lawsuitLines[2]).toBe(`合计,1,1,0,0,0,,0,0,0,,0,${'0,'.repeat(11)}0,,0,0,0`);
  });

  it('the figures of a litigation group in their columns', () => {
    const f = litigationFigures({
      lawsuits: 3,
      reminderLetters: 4,
      hearingsHeld: 6,
      hearingsHeadAttended: 2,
      hearingsHeadExcused: 1,
      instancesHeard: 3,
      instancesHeadAttended: 2,
      instancesHeadExcused: 1,
      byJudgment: { CLAIMS_REJECTED: 2, REVOKED: 1, REMANDED: 1 },
      judicialRecommendations: 2,
      judicialRecommendationsAnswered: 1,
      judicialRecommendationsOverdue: 1,
    });
    const csv = toCsv([
      litigationSheet('行政应诉-按月份', '月份', {
        from: '2020-01-01',
        to: '2020-01-31',
        groupBy: 'month',
        total: f,
        groups: [{ key: '2020-01', label: '2020-01', figures: f }],
      }),
    ]);
    const [, header, january] = csv.slice(1).split('\r\n');
    const cell = (h: string): string => january.split(',')[header.split(',').indexOf(h)];
    expect(cell('负责人出庭率（按案件审级）')).toBe('66.7%'); // 2 / 3
    expect(cell('负责人出庭率（按庭次）')).toBe('33.3%'); // 2 / 6
    expect(cell('正当理由未出庭审级')).toBe('1');
    expect(cell('审结')).toBe('3'); // the remand concludes nothing
    expect(cell('发回重审')).toBe('1');
    expect(cell('败诉')).toBe('1');
    expect(cell('败诉率')).toBe('33.3%');
    expect(cell('司法建议逾期未复')).toBe('1');
  });
});

describe('toXlsx', () => {
  it('one worksheet per grouping, numbers as numbers', async () => {
    const book = new Workbook();
    await book.xlsx.load((await toXlsx(sheets())) as unknown as XlsxData);
    expect(book.worksheets.map((w) => w.name)).toEqual(['行政复议-按被申请人', '行政应诉-按被告']);
    const ws = book.getWorksheet('行政复议-按被申请人')!;
    expect(ws.getRow(1).getCell(1).value).toBe('被申请人');
    expect(ws.getRow(2).getCell(1).value).toBe('区"城管",局');
    expect(ws.getRow(2).getCell(2).value).toBe(18);
    expect(ws.getRow(3).getCell(1).value).toBe('合计');
  });
});

describe('toXlsx, for Excel and WPS', () => {
  const load = async (s = sheets()): Promise<Workbook> => {
    const book = new Workbook();
    await book.xlsx.load((await toXlsx(s)) as unknown as XlsxData);
    return book;
  };

  it('rates are numeric cells formatted 0.0%, an undefined rate an empty cell', async () => {
    const ws = (await load()).getWorksheet('行政复议-按被申请人')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const cell = ws.getRow(3).getCell(header.indexOf('纠错率') + 1);
    expect(cell.value).toBe(0.235); // 4 / 17, rounded half up to a tenth of a percent
    expect(cell.numFmt).toBe('0.0%');
    expect(ws.getRow(3).getCell(header.indexOf('按期结案率') + 1).value).toBe(0.882);
    expect(ws.getRow(3).getCell(header.indexOf('听证负责人参加率') + 1).value).toBe(0.667);
    const lawsuits = (await load()).getWorksheet('行政应诉-按被告')!;
    const rate = lawsuits.getRow(2).getCell(7); // 负责人出庭率（按案件审级）
    expect(lawsuits.getRow(1).getCell(7).value).toBe('负责人出庭率（按案件审级）');
    expect(rate.value).toBeNull();
    expect(lawsuits.getRow(2).getCell(2).value).toBe(1);
  });

  it('months are dates formatted yyyy-mm; the total stays text', async () => {
    const byMonth = reconsiderationSheet('行政复议-按月份', '月份', {
      from: '2020-01-01',
      to: '2020-02-29',
      groupBy: 'month',
      total: figures,
      groups: [
        { key: '2020-01', label: '2020-01', figures },
        { key: '2020-02', label: '2020-02', figures },
      ],
    });
    const ws = (await load([byMonth])).getWorksheet('行政复议-按月份')!;
    const jan = ws.getRow(2).getCell(1);
    expect(jan.value).toEqual(new Date(Date.UTC(2020, 0, 1)));
    expect(jan.numFmt).toBe('yyyy-mm');
    expect(ws.getRow(3).getCell(1).value).toEqual(new Date(Date.UTC(2020, 1, 1)));
    expect(ws.getRow(4).getCell(1).value).toBe('合计');
  });

  it('the header row is frozen and carries an autofilter over every column', async () => {
    const ws = (await load()).getWorksheet('行政应诉-按被告')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:AB1');
  });
});

describe('CSV injection', () => {
  it.each(['=1+2', '+86 123', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'a cell beginning %j is prefixed with a quote',
    (label) => {
      expect(neutralised(label)).toBe(`'${label}`);
    },
  );

  it('other text is left alone, numbers too', () => {
    expect(neutralised('区城管局')).toBe('区城管局');
    expect(neutralised('a=b')).toBe('a=b');
    const csv = toCsv(sheets()).slice(1).split('\r\n');
    expect(csv[csv.length - 2].split(',').slice(0, 3)).toEqual(['合计', '1', '1']); // 合计 of lawsuits
  });

  it('a group label that would be a formula is neutralised in the file', () => {
    const [sheet] = sheets();
    sheet.report.groups = [
      { key: 'x', label: '=HYPERLINK("http://evil","x")', figures: sheet.report.total },
      { key: 'y', label: '-1', figures: sheet.report.total },
    ] as typeof sheet.report.groups;
    const lines = toCsv([sheet]).slice(1).split('\r\n');
    expect(lines[2].startsWith(`"'=HYPERLINK(""http://evil"",""x"")",`)).toBe(true);
    expect(lines[3].startsWith(`'-1,`)).toBe(true);
  });
});
