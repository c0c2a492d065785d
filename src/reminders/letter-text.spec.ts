import {
  chineseDate,
  chineseDateTime,
  LetterFacts,
  letterLayout,
  renderLetter,
} from './letter-text';
import { ReminderKind } from './reminder-letter.enums';

const facts = (overrides: Partial<LetterFacts> = {}): LetterFacts => ({
  kind: ReminderKind.LETTER,
  agencyName: '区市场监督管理局',
  headName: '王五',
  headTitle: '局长',
  court: '某区人民法院',
  courtroom: '第三法庭',
  hearingAt: new Date('2026-03-20T09:30:00+08:00'),
  plaintiff: '张三',
  cause: '行政处罚',
  courtCaseNumber: '(2026)浙0105行初12号',
  issuer: '区人民政府行政复议办公室',
  issuedAt: new Date('2026-03-13T09:30:00+08:00'),
  ...overrides,
});

describe('chineseDate / chineseDateTime (Asia/Shanghai)', () => {
  it.each([
    ['2026-03-20T09:30:00+08:00', '2026年3月20日', '2026年3月20日9时30分'],
    ['2026-03-20T01:30:00Z', '2026年3月20日', '2026年3月20日9时30分'],
    ['2026-03-20T13:00:00+08:00', '2026年3月20日', '2026年3月20日13时00分'],
    ['2026-03-20T00:05:00+08:00', '2026年3月20日', '2026年3月20日0时05分'],
    ['2026-03-19T23:59:00+08:00', '2026年3月19日', '2026年3月19日23时59分'],
    // 16:00 UTC on New Year's Eve is midnight of the new year in Shanghai.
    ['2026-12-31T16:00:00Z', '2027年1月1日', '2027年1月1日0时00分'],
    ['2026-11-05T14:45:00+08:00', '2026年11月5日', '2026年11月5日14时45分'],
  ])('%s → %s, %s', (iso, date, dateTime) => {
    expect(chineseDate(new Date(iso))).toBe(date);
    expect(chineseDateTime(new Date(iso))).toBe(dateTime);
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(chineseDateTime(new Date('2026-03-20T09:30:00+08:00'))).toBe('2026年3月20日9时30分');
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('renderLetter', () => {
  describe('the formal letter (出庭提示函)', () => {
    const text = renderLetter(facts());
    const lines = text.split('\n');

    it('is titled and addressed to the defendant agency', () => {
      expect(lines[0]).toBe('出庭提示函');
      expect(lines).toContain('区市场监督管理局：');
    });

    it('names the court, the hearing time in Shanghai, the courtroom and the case', () => {
      expect(text).toContain(
        '某区人民法院定于2026年3月20日9时30分在第三法庭开庭审理张三诉区市场监督管理局行政处罚一案' +
          '（(2026)浙0105行初12号）',
      );
    });

    it('cites the law and asks the head by title and name to appear', () => {
      expect(text).toContain('《中华人民共和国行政诉讼法》第三条第三款');
      expect(text).toContain('请局长王五（或分管负责人）按时出庭应诉');
      expect(text).toContain('回复出庭人员姓名及职务');
    });

    it('is signed by the issuer and dated the day of issue', () => {
      expect(lines.slice(-2)).toEqual(['区人民政府行政复议办公室', '2026年3月13日']);
    });

    it('dates by the Shanghai day of issue, not the UTC one', () => {
      const late = renderLetter(facts({ issuedAt: new Date('2026-03-12T16:30:00Z') }));
      expect(late.split('\n').at(-1)).toBe('2026年3月13日');
    });

    it('is the whole expected text', () => {
      expect(text).toBe(
        [
          '出庭提示函',
          '',
          '区市场监督管理局：',
          '',
          '    某区人民法院定于2026年3月20日9时30分在第三法庭开庭审理张三诉区市场监督管理局' +
            '行政处罚一案（(2026)浙0105行初12号）。根据《中华人民共和国行政诉讼法》第三条第三款的' +
            '规定，被诉行政机关负责人应当出庭应诉。请局长王五（或分管负责人）按时出庭应诉，并于收到' +
            '本函后及时回复出庭人员姓名及职务。',
          '',
          '区人民政府行政复议办公室',
          '2026年3月13日',
        ].join('\n'),
      );
    });
  });

  describe('the day-before notice', () => {
    const text = renderLetter(facts({ kind: ReminderKind.EVE_NOTICE }));

    it('is one line addressed to the head by name and title', () => {
      expect(text).not.toContain('\n');
      expect(text.startsWith('【开庭提醒】区市场监督管理局王五局长：')).toBe(true);
    });

    it('names the court, time, courtroom, case number and parties, and is signed', () => {
      expect(text).toBe(
        '【开庭提醒】区市场监督管理局王五局长：某区人民法院定于2026年3月20日9时30分在第三法庭' +
          '开庭审理(2026)浙0105行初12号张三诉区市场监督管理局行政处罚一案，请按时出庭应诉。' +
          '区人民政府行政复议办公室',
      );
    });
  });

  it('renders what it is given: another agency, head, court and courtroom', () => {
    const text = renderLetter(
      facts({
        agencyName: '城关镇人民政府',
        headName: '李四',
        headTitle: '镇长',
        court: '某市中级人民法院',
        courtroom: '第一审判庭',
        courtCaseNumber: '(2026)浙01行初3号',
        hearingAt: new Date('2026-04-01T06:15:00Z'),
      }),
    );
    expect(text).toContain('城关镇人民政府：');
    expect(text).toContain('某市中级人民法院定于2026年4月1日14时15分在第一审判庭');
    expect(text).toContain('张三诉城关镇人民政府行政处罚一案（(2026)浙01行初3号）');
    expect(text).toContain('请镇长李四');
  });
});

describe('letterLayout (the .docx of an issued letter)', () => {
  it('gives back the parts renderLetter wrote, for the page', () => {
    const layout = letterLayout(renderLetter(facts()));
    expect(layout).toEqual({
      title: '出庭提示函',
      recipient: '区市场监督管理局',
      body: [
        '某区人民法院定于2026年3月20日9时30分在第三法庭开庭审理张三诉区市场监督管理局行政处罚一案' +
          '（(2026)浙0105行初12号）。根据《中华人民共和国行政诉讼法》第三条第三款的规定，' +
          '被诉行政机关负责人应当出庭应诉。请局长王五（或分管负责人）按时出庭应诉，' +
          '并于收到本函后及时回复出庭人员姓名及职务。',
      ],
      issuer: '区人民政府行政复议办公室',
      date: '2026年3月13日',
    });
  });
});
