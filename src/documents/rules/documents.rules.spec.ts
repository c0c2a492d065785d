import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { ServiceMethod } from '../document.enums';
import { documentNumber, servedOn } from './documents.rules';

describe('documentNumber (GB/T 9704 §7.2.4 发文字号)', () => {
  it('prefix, the year in 六角括号, the sequence without leading zeros', () => {
    expect(documentNumber('区府复受', 2026, 17)).toBe('区府复受〔2026〕17号');
    expect(documentNumber('区府复决', 2027, 1)).toBe('区府复决〔2027〕1号');
    expect(documentNumber('临复受', 2026, 1024)).toBe('临复受〔2026〕1024号');
  });

  it('uses the hexagonal brackets 〔〕, not 【】 [] or （）', () => {
    const n = documentNumber('区府复补', 2026, 3);
    expect(n).not.toMatch(/[[\]【】（）()]/);
    expect(n).toMatch(/^区府复补〔2026〕3号$/);
  });
});

describe('servedOn (ARL Art. 88 → CPL Arts. 87–95)', () => {
  it.each([
    [ServiceMethod.DIRECT, '2026-03-02'],
    [ServiceMethod.LEFT_AT_PREMISES, '2026-03-02'],
    [ServiceMethod.ELECTRONIC, '2026-03-02'],
    [ServiceMethod.POST, '2026-03-02'],
  ])('%s: served on the day of the act', (method, expected) => {
    expect(servedOn(cn, method, '2026-03-02')).toBe(expected);
  });

  it('公告送达: thirty days after publication (CPL Art. 95), across a month end', () => {
    // 2026-03-02 + 30 days: March has 31 days → 2026-04-01.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-03-02')).toBe('2026-04-01');
    // February 2026 has 28 days: 2026-02-10 + 30 → 2026-03-12.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-02-10')).toBe('2026-03-12');
    // Across the year end: 2026-12-15 + 30 → 2027-01-14.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-12-15')).toBe('2027-01-14');
    // A leap February: 2028-02-01 + 30 → 2028-03-02.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2028-02-01')).toBe('2028-03-02');
  });

  it('公告送达 ending on a holiday: the first working day after it (CPL Art. 85 ¶3)', () => {
    // 2026-09-01 + 30 days = 2026-10-01, National Day (10-01 to 10-07 off, 10-10 a make-up
    // working Saturday): served on 2026-10-08, the first working day after the holiday.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-09-01')).toBe('2026-10-08');
    // A thirtieth day on a weekend: 2026-06-06 + 30 = 2026-07-06 is a Monday (no roll);
    // 2026-06-05 + 30 = 2026-07-05, a Sunday → Monday 2026-07-06.
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-06-06')).toBe('2026-07-06');
    expect(servedOn(cn, ServiceMethod.PUBLIC_NOTICE, '2026-06-05')).toBe('2026-07-06');
  });
});
