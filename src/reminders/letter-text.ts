/** The Chinese text of the reminder letters. Pure. */
import { LEGAL_TIME_ZONE } from '../common/local-date';
import { ReminderKind } from './reminder-letter.enums';

export interface LetterFacts {
  kind: ReminderKind;
  agencyName: string;
  headName: string;
  headTitle: string;
  court: string;
  courtroom: string;
  hearingAt: Date;
  plaintiff: string;
  cause: string;
  courtCaseNumber: string;
  issuer: string;
  issuedAt: Date;
}

/** Built once: a sweep renders thousands of letters. */
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const parts = (d: Date): Record<string, string> =>
  Object.fromEntries(FORMAT.formatToParts(d).map((p) => [p.type, p.value]));

/** 2026年3月20日 (en-GB pads month and day to two digits once hours are asked for). */
export function chineseDate(d: Date): string {
  const p = parts(d);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

/** 2026年3月20日9时30分 */
export function chineseDateTime(d: Date): string {
  const p = parts(d);
  return `${chineseDate(d)}${Number(p.hour)}时${p.minute}分`;
}

export function renderLetter(f: LetterFacts): string {
  if (f.kind === ReminderKind.EVE_NOTICE) {
    return (
      `【开庭提醒】${f.agencyName}${f.headName}${f.headTitle}：${f.court}定于` +
      `${chineseDateTime(f.hearingAt)}在${f.courtroom}开庭审理${f.courtCaseNumber}` +
      `${f.plaintiff}诉${f.agencyName}${f.cause}一案，请按时出庭应诉。${f.issuer}`
    );
  }
  return [
    '出庭提示函',
    '',
    `${f.agencyName}：`,
    '',
    `    ${f.court}定于${chineseDateTime(f.hearingAt)}在${f.courtroom}开庭审理${f.plaintiff}诉` +
      `${f.agencyName}${f.cause}一案（${f.courtCaseNumber}）。根据《中华人民共和国行政诉讼法》` +
      `第三条第三款的规定，被诉行政机关负责人应当出庭应诉。请${f.headTitle}${f.headName}` +
      '（或分管负责人）按时出庭应诉，并于收到本函后及时回复出庭人员姓名及职务。',
    '',
    `${f.issuer}`,
    chineseDate(f.issuedAt),
  ].join('\n');
}

/** An issued LETTER's words as a page lays them out (the document of reminder-letters.service). */
export interface LetterLayout {
  title: string;
  recipient: string;
  body: string[];
  issuer: string;
  date: string;
}

/**
 * The parts of a LETTER's frozen text, as renderLetter wrote it: title, salutation, the paragraphs,
 * the issuer and the date, each on its own line, blank lines between the parts.
 */
export function letterLayout(text: string): LetterLayout {
  const lines = text.split('\n');
  const [title, , salutation, ...rest] = lines;
  const date = rest.pop() ?? '';
  const issuer = rest.pop() ?? '';
  return {
    title,
    recipient: salutation.replace(/：$/, ''),
    body: rest.map((l) => l.trim()).filter((l) => l !== ''),
    issuer,
    date,
  };
}
