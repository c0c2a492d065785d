/**
 * Deemed acceptance and the review period's end (ARL 2023 Art. 30 ¶2–3), against the real State
 * Council calendar: every review period below was worked out by hand from
 * cn-workday-calendar.json (5 working days, the first day not counted, make-up days counting).
 *
 * Art. 30 ¶2: 对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理并说明理由……
 * Art. 30 ¶3: 行政复议申请的审查期限届满，行政复议机关未作出不予受理决定的，审查期限届满之日起视为受理。
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { Procedure } from '../case.enums';
import {
  acceptanceDueOn,
  answerCopyDueOn,
  decisionDueOn,
  legalAcceptance,
  mayRefuseOn,
} from './deadlines.rules';

describe('legalAcceptance: the day the decision clock runs from (Art. 30 ¶3)', () => {
  it.each([
    // received, recorded, legal day, deemed, why
    ['2024-09-27', '2024-10-08', '2024-10-08', false, 'within the period across National Day'],
    ['2024-09-27', '2024-10-10', '2024-10-10', false, 'on its last day (make-up 9-29 counted)'],
    ['2024-09-27', '2024-10-11', '2024-10-10', true, 'a day late: deemed on the last day'],
    ['2024-09-27', '2024-10-21', '2024-10-10', true, 'recorded much later: still the last day'],
    [
      '2026-02-13',
      '2026-03-02',
      '2026-02-27',
      true,
      'Spring Festival 2026: make-up Sat 2-14, 2-15…2-23 off, due Fri 2-27; recorded Mon 3-2',
    ],
    [
      '2026-02-27',
      '2026-03-05',
      '2026-03-05',
      false,
      'make-up Sat 2-28 counts: due Thu 3-5, not Fri 3-6',
    ],
    ['2026-02-27', '2026-03-06', '2026-03-05', true, 'Fri 3-6 is already a day late'],
  ])(
    'received %s, recorded %s → accepted %s, deemed %s (%s)',
    (received, recorded, legal, deemed) => {
      expect(legalAcceptance(acceptanceDueOn(cn, received), recorded)).toEqual({
        acceptedOn: legal,
        deemed,
      });
    },
  );

  it('a late record no longer delays the decision deadline: 60 days run from the deemed day', () => {
    // Received 2024-09-27, review period ends 2024-10-10; recorded 2024-10-21. Ordinary procedure:
    // 60 calendar days from 10-10 is Mon 12-09 (the first day not counted), a working day.
    const { acceptedOn } = legalAcceptance(acceptanceDueOn(cn, '2024-09-27'), '2024-10-21');
    expect(decisionDueOn(cn, acceptedOn, Procedure.ORDINARY)).toBe('2024-12-09');
    // Recorded on 10-21 as its own day, it would have been 12-20: eleven days too late.
    expect(decisionDueOn(cn, '2024-10-21', Procedure.ORDINARY)).toBe('2024-12-20');
  });

  it('the answer copy is due 7 working days from the legal day (Art. 48), not from the record', () => {
    // From Thu 2024-10-10: Fri 10-11, make-up Sat 10-12, Mon 10-14 … Fri 10-18 is the seventh.
    expect(answerCopyDueOn(cn, '2024-10-10', Procedure.ORDINARY)).toBe('2024-10-18');
    // Simplified (Art. 54): 3 working days: 10-11, 10-12 (make-up), 10-14.
    expect(answerCopyDueOn(cn, '2024-10-10', Procedure.SIMPLIFIED)).toBe('2024-10-14');
  });
});

describe('mayRefuseOn: a refusal only within the review period (Art. 30 ¶2)', () => {
  it.each([
    ['2024-09-27', '2024-09-30', true, 'Monday within the period'],
    ['2024-09-27', '2024-10-10', true, 'the last day, after National Day'],
    ['2024-09-27', '2024-10-11', false, 'the day after: accepted by law, dismiss under Art. 33'],
    ['2025-12-31', '2026-01-08', true, 'across the year end: make-up Sun 1-4 counts, due Thu 1-8'],
    ['2025-12-31', '2026-01-09', false, 'Fri 1-9 is a day late'],
  ])('received %s, refused %s → %p (%s)', (received, decidedOn, allowed) => {
    expect(mayRefuseOn(acceptanceDueOn(cn, received), decidedOn)).toBe(allowed);
  });
});
