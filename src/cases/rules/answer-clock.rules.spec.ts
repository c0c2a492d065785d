/**
 * The respondent's answer clock (docs/domain.md, "Deadlines"), against the real State Council
 * calendar 2023–2026 (the seed data). Every expected date was worked out by hand from
 * cn-workday-calendar.json; the test names give the count.
 *
 * ARL 2023 Art. 48: 行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本或者行政复议
 * 申请笔录复印件发送被申请人。被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起十日内，
 * 提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。
 *
 * Art. 54 ¶1: 适用简易程序审理的行政复议案件，行政复议机构应当自受理行政复议申请之日起三日内，将行政复议
 * 申请书副本或者行政复议申请笔录复印件发送被申请人。被申请人应当自收到行政复议申请书副本或者行政复议申请
 * 笔录复印件之日起五日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。
 *
 * Art. 88 ¶2: 本法关于行政复议期间有关"三日"、"五日"、"七日"、"十日"的规定是指工作日，不含法定休假日。
 * So all four periods are working days: weekends and statutory holidays are skipped, make-up
 * working days (调休上班) count, and the first day (acceptance, receipt) is not counted (Civil
 * Procedure Law Art. 85, applied through Art. 88 ¶1).
 *
 * Art. 70: 被申请人不按照本法第四十八条、第五十四条的规定提出书面答复、提交作出行政行为的证据、依据和其他
 * 有关材料的，视为该行政行为没有证据、依据 … — what isAnswerLate() flags for the decision drafter.
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { addCalendarDays, CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { Procedure } from '../case.enums';
import {
  ANSWER_COPY_WORKING_DAYS,
  ANSWER_WORKING_DAYS,
  answerCopyDueOn,
  answerDueOn,
  isAnswerLate,
} from './deadlines.rules';

const { ORDINARY, SIMPLIFIED } = Procedure;
const noExceptions: CalendarExceptions = new Map();

describe('the periods (Arts. 48, 54)', () => {
  it('the copy goes out within 七日 (ordinary) or 三日 (simplified) of acceptance', () => {
    expect(ANSWER_COPY_WORKING_DAYS).toEqual({ [ORDINARY]: 7, [SIMPLIFIED]: 3 });
  });

  it('the respondent answers within 十日 (ordinary) or 五日 (simplified) of its receipt', () => {
    expect(ANSWER_WORKING_DAYS).toEqual({ [ORDINARY]: 10, [SIMPLIFIED]: 5 });
  });
});

describe('answerCopyDueOn: 7 (ordinary) or 3 (simplified) working days from acceptance', () => {
  it.each([
    [
      '2024-03-13',
      ORDINARY,
      '2024-03-22',
      'Wednesday, no holiday: Thu 14, Fri 15, Mon 18 … Fri 22 — the weekend skipped, the first day not counted',
    ],
    ['2024-03-13', SIMPLIFIED, '2024-03-18', 'Wednesday: Thu 14, Fri 15, (weekend) Mon 18'],
    [
      '2024-03-15',
      SIMPLIFIED,
      '2024-03-20',
      'Friday: Mon 18, Tue 19, Wed 20 — three working days, not the calendar Monday 3-18',
    ],
    [
      '2024-09-27',
      ORDINARY,
      '2024-10-12',
      'Friday before National Day 2024: make-up Sun 9-29, Mon 9-30, 10-1…10-7 off, 10-8 … 10-11, make-up Sat 10-12',
    ],
    [
      '2024-09-27',
      SIMPLIFIED,
      '2024-10-08',
      'Friday before National Day 2024: make-up Sun 9-29, Mon 9-30, 10-1…10-7 off, Tue 10-8',
    ],
    [
      '2025-09-30',
      ORDINARY,
      '2025-10-16',
      'Tuesday before National Day + Mid-Autumn 2025: 10-1…10-8 off, Thu 10-9, Fri 10-10, make-up Sat 10-11, Mon 10-13 … Thu 10-16',
    ],
    [
      '2025-09-30',
      SIMPLIFIED,
      '2025-10-11',
      'Tuesday before National Day + Mid-Autumn 2025: 10-1…10-8 off, Thu 10-9, Fri 10-10, make-up Saturday 10-11',
    ],
    [
      '2025-01-24',
      ORDINARY,
      '2025-02-10',
      'Friday before Spring Festival 2025: make-up Sun 1-26, Mon 1-27, 1-28…2-4 off, 2-5, 2-6, 2-7, make-up Sat 2-8, Mon 2-10',
    ],
    [
      '2025-01-24',
      SIMPLIFIED,
      '2025-02-05',
      'Friday before Spring Festival 2025: make-up Sun 1-26, Mon 1-27, 1-28…2-4 off, Wed 2-5',
    ],
    [
      '2026-02-13',
      ORDINARY,
      '2026-03-02',
      'Friday before Spring Festival 2026: make-up Sat 2-14, 2-15…2-23 off, 2-24 … 2-27, make-up Sat 2-28, Mon 3-2',
    ],
    [
      '2026-02-13',
      SIMPLIFIED,
      '2026-02-25',
      'Friday before Spring Festival 2026: make-up Sat 2-14, 2-15…2-23 off, Tue 2-24, Wed 2-25',
    ],
    [
      '2024-10-03',
      SIMPLIFIED,
      '2024-10-10',
      'accepted on a holiday, 2024-10-03 (e.g. a deemed day recorded as such): 10-4…10-7 off, 10-8, 10-9, 10-10',
    ],
  ])('accepted %s, %s → copy due %s (%s)', (acceptedOn, procedure, expected) => {
    expect(answerCopyDueOn(cn, acceptedOn, procedure)).toBe(expected);
  });

  it('would be Tuesday 2024-10-08 without the calendar: the holidays and the make-up days move it to 10-12', () => {
    expect(answerCopyDueOn(noExceptions, '2024-09-27', ORDINARY)).toBe('2024-10-08');
  });

  it('is not the calendar-day period Art. 88 ¶2 rules out: 七日 from 2024-09-27 is not 10-04 rolled to 10-08', () => {
    expect(addCalendarDays(cn, '2024-09-27', 7)).toBe('2024-10-08');
    expect(answerCopyDueOn(cn, '2024-09-27', ORDINARY)).toBe('2024-10-12');
  });
});

describe('answerDueOn: 10 (ordinary) or 5 (simplified) working days from the respondent’s receipt', () => {
  it.each([
    [
      '2024-03-04',
      ORDINARY,
      '2024-03-18',
      'Monday, no holiday: Tue 3-5 … Fri 3-8, Mon 3-11 … Fri 3-15, Mon 3-18',
    ],
    ['2024-03-04', SIMPLIFIED, '2024-03-11', 'Monday: Tue 3-5 … Fri 3-8, (weekend) Mon 3-11'],
    [
      '2024-09-25',
      ORDINARY,
      '2024-10-14',
      'Wednesday before National Day 2024: 9-26, 9-27, make-up Sun 9-29, 9-30, 10-1…10-7 off, 10-8 … 10-11, make-up Sat 10-12, Mon 10-14',
    ],
    [
      '2024-09-25',
      SIMPLIFIED,
      '2024-10-08',
      'Wednesday before National Day 2024: 9-26, 9-27, make-up Sun 9-29, 9-30, 10-1…10-7 off, Tue 10-8',
    ],
    [
      '2024-10-03',
      ORDINARY,
      '2024-10-18',
      'received during the holiday: 10-4…10-7 off, 10-8 … 10-11, make-up Sat 10-12, Mon 10-14 … Fri 10-18',
    ],
    [
      '2024-10-03',
      SIMPLIFIED,
      '2024-10-12',
      'received during the holiday: 10-8 … 10-11, make-up Saturday 10-12',
    ],
    [
      '2026-02-06',
      ORDINARY,
      '2026-02-27',
      'Friday before Spring Festival 2026: 2-9 … 2-13, make-up Sat 2-14, 2-15…2-23 off, 2-24 … 2-27',
    ],
    [
      '2026-02-11',
      SIMPLIFIED,
      '2026-02-25',
      'Wednesday before Spring Festival 2026: 2-12, 2-13, make-up Sat 2-14, 2-15…2-23 off, 2-24, 2-25',
    ],
    [
      '2025-12-31',
      ORDINARY,
      '2026-01-15',
      'across the year end: 1-1…1-3 off, make-up Sun 1-4, 1-5 … 1-9, 1-12 … 1-15',
    ],
    [
      '2025-12-31',
      SIMPLIFIED,
      '2026-01-08',
      'across the year end: 1-1…1-3 off, make-up Sun 1-4, Mon 1-5 … Thu 1-8',
    ],
  ])('received %s, %s → answer due %s (%s)', (receivedOn, procedure, expected) => {
    expect(answerDueOn(cn, receivedOn, procedure)).toBe(expected);
  });

  it('would be Tuesday 2024-10-08 without the calendar for a copy received 2024-09-24 (ordinary); with it, make-up Saturday 10-12', () => {
    // 9-25, 9-26, 9-27, 9-30, 10-1, 10-2, 10-3, 10-4, 10-7, 10-8 without exceptions; with them
    // 9-25, 9-26, 9-27, make-up Sun 9-29, 9-30, 10-8, 10-9, 10-10, 10-11, make-up Sat 10-12.
    expect(answerDueOn(noExceptions, '2024-09-24', ORDINARY)).toBe('2024-10-08');
    expect(answerDueOn(cn, '2024-09-24', ORDINARY)).toBe('2024-10-12');
  });
});

describe('the whole clock, simplified, over Spring Festival 2026', () => {
  it('accepted Wed 2026-02-11 → copy due Sat 2-14; sent 2-13, received 2-24 → answer due Mon 3-2', () => {
    // 2-12, 2-13, make-up Sat 2-14.
    expect(answerCopyDueOn(cn, '2026-02-11', SIMPLIFIED)).toBe('2026-02-14');
    // Received Tue 2-24: 2-25, 2-26, 2-27, make-up Sat 2-28, Mon 3-2.
    expect(answerDueOn(cn, '2026-02-24', SIMPLIFIED)).toBe('2026-03-02');
  });
});

describe('isAnswerLate (Art. 70)', () => {
  // Received Thursday 2024-10-03, ordinary: the last day is Friday 2024-10-18 (above).
  const due = answerDueOn(cn, '2024-10-03', ORDINARY);

  it('has the last day the rows below rely on', () => {
    expect(due).toBe('2024-10-18');
  });

  describe('not answered yet', () => {
    it.each([
      ['2024-10-08', false, 'well before the last day'],
      ['2024-10-17', false, 'the day before the last day'],
      ['2024-10-18', false, 'the last day itself: the respondent may still answer today'],
      ['2024-10-19', true, 'the day after (a Saturday): the period has run out'],
      ['2024-10-21', true, 'the Monday after'],
    ])('on %s → late %s (%s)', (today, late) => {
      expect(isAnswerLate({ answerDueOn: due, answeredOn: null }, today)).toBe(late);
    });
  });

  describe('answered', () => {
    it.each([
      ['2024-10-10', '2025-06-01', false, 'on time, looked at months later'],
      ['2024-10-18', '2024-10-30', false, 'on the last day'],
      ['2024-10-19', '2024-10-19', true, 'the day after the last day'],
      ['2024-11-04', '2024-11-05', true, 'weeks late'],
      ['2024-10-21', '2024-10-21', true, 'late, recorded the same day'],
    ])('on %s, seen on %s → late %s (%s)', (answeredOn, today, late) => {
      expect(isAnswerLate({ answerDueOn: due, answeredOn }, today)).toBe(late);
    });

    it('an answer on time stays on time, whatever day it is looked at', () => {
      for (const today of ['2024-10-18', '2024-10-19', '2026-12-31']) {
        expect(isAnswerLate({ answerDueOn: due, answeredOn: '2024-10-18' }, today)).toBe(false);
      }
    });
  });

  it('is never late while the copy’s receipt is not recorded (no last day yet)', () => {
    for (const today of ['2024-10-19', '2026-12-31']) {
      expect(isAnswerLate({ answerDueOn: null, answeredOn: null }, today)).toBe(false);
    }
  });

  it('simplified: received Wed 2026-02-11 → due Wed 2-25 across the holiday; answered Thu 2-26 is late', () => {
    const simplified = answerDueOn(cn, '2026-02-11', SIMPLIFIED);
    expect(simplified).toBe('2026-02-25');
    expect(isAnswerLate({ answerDueOn: simplified, answeredOn: '2026-02-25' }, '2026-03-02')).toBe(
      false,
    );
    expect(isAnswerLate({ answerDueOn: simplified, answeredOn: '2026-02-26' }, '2026-03-02')).toBe(
      true,
    );
    // Had the holiday not been skipped (five calendar days), 2-16 would have been the last day.
    expect(isAnswerLate({ answerDueOn: simplified, answeredOn: null }, '2026-02-20')).toBe(false);
  });
});
