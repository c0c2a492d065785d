/** Small pieces of formal Chinese the documents share: dates, numerals, statutes. Pure. */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2026-03-02 → 2026年3月2日 (the form of dates in the body of an official document). */
export function chineseDate(date: string): string {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 30 → 三十, 60 → 六十, 105 → 一百零五 (0–999), as the law writes them. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`out of range: ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const hundreds = `${DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return hundreds;
  if (rest < 10) return `${hundreds}零${DIGITS[rest]}`;
  // 一百一十五, not 一百十五.
  return `${hundreds}${DIGITS[Math.floor(rest / 10)]}十${rest % 10 ? DIGITS[rest % 10] : ''}`;
}

/** 人民币 amounts: 1234.5 → 1234.50元. */
export function yuan(amount: number): string {
  return `${amount.toFixed(2)}元`;
}

export const ARL = '《中华人民共和国行政复议法》';
export const REG_2007 = '《中华人民共和国行政复议法实施条例》';
export const ALL = '《中华人民共和国行政诉讼法》';

/** 第三十条第一款第七项: an article, paragraph and item of a statute. */
export function article(art: number, para?: number, item?: number): string {
  return (
    `第${chineseNumber(art)}条` +
    (para ? `第${chineseNumber(para)}款` : '') +
    (item ? `第${chineseNumber(item)}项` : '')
  );
}

/** 《中华人民共和国行政复议法》第三十条第一款 */
export function arl(art: number, para?: number, item?: number): string {
  return ARL + article(art, para, item);
}

/** A list in running text: 张三、李四 */
export function list(items: readonly string[]): string {
  return items.join('、');
}

/** 一、 二、 … for numbered paragraphs. */
export function ordinal(n: number): string {
  return `${chineseNumber(n)}、`;
}

/** Free text kept by the office, split into paragraphs on line breaks, blank lines dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Ends a sentence taken from free text with 。 unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[。！？；：.!?;:]$/.test(t) ? t : `${t}。`;
}

/** A clause from free text for the middle of a sentence: trailing 。 or ； removed. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;.]+$/, '');
}
