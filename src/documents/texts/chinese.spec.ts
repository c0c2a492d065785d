import {
  arl,
  article,
  chineseDate,
  chineseNumber,
  clause,
  paragraphs,
  sentence,
  yuan,
} from './chinese';

describe('chineseDate', () => {
  it.each([
    ['2026-03-02', '2026年3月2日'],
    ['2026-02-28', '2026年2月28日'],
    ['2026-12-31', '2026年12月31日'],
    ['2027-01-01', '2027年1月1日'],
    ['2024-10-10', '2024年10月10日'],
  ])('%s → %s', (date, chinese) => expect(chineseDate(date)).toBe(chinese));

  it('refuses what is not a local date', () => {
    expect(() => chineseDate('2026-3-2')).toThrow(RangeError);
    expect(() => chineseDate('')).toThrow(RangeError);
  });
});

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [30, '三十'],
    [39, '三十九'],
    [60, '六十'],
    [100, '一百'],
    [105, '一百零五'],
    [115, '一百一十五'],
    [990, '九百九十'],
  ])('%i → %s', (n, chinese) => expect(chineseNumber(n)).toBe(chinese));

  it('refuses what the documents never write', () => {
    expect(() => chineseNumber(-1)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
    expect(() => chineseNumber(1000)).toThrow(RangeError);
  });
});

describe('citations', () => {
  it('names article, paragraph and item as the law is cited', () => {
    expect(article(30)).toBe('第三十条');
    expect(article(30, 1)).toBe('第三十条第一款');
    expect(article(39, 1, 8)).toBe('第三十九条第一款第八项');
    expect(article(41, undefined, 5)).toBe('第四十一条第五项');
    expect(arl(62, 1)).toBe('《中华人民共和国行政复议法》第六十二条第一款');
  });
});

describe('free text', () => {
  it('splits paragraphs and closes sentences once', () => {
    expect(paragraphs(' 甲\r\n\n乙 \n')).toEqual(['甲', '乙']);
    expect(sentence('甲')).toBe('甲。');
    expect(sentence('甲。')).toBe('甲。');
    expect(sentence('甲：')).toBe('甲：');
    expect(clause('甲；')).toBe('甲');
    expect(yuan(2000)).toBe('2000.00元');
  });
});
