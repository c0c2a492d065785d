/**
 * The application period (ARL 2023 Arts. 20–21) against the real State Council calendar 2023–2026
 * (the seed data, src/calendar/data/cn-workday-calendar.json). Every expected date was worked out
 * by hand; the test names give the count. A period of days from day d ends on d + days (the first
 * day not counted, CPL Art. 85 ¶2); a period of years on the same date years later (29 February in
 * a common year: 28 February); a last day that is not a working day rolls to the next working day,
 * once, at the end (CPL Art. 85 ¶3); make-up working days (调休上班) are working days.
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { thrown } from '../../../test/support/thrown';
import { ApplicationTimeliness } from '../case.enums';
import {
  addYears,
  APPLICATION_PERIOD_DAYS,
  applicationPeriod,
  ApplicationPeriodFacts,
  ApplicationPeriodInput,
  checkApplicationPeriodFacts,
  NOT_INFORMED_LIMIT_YEARS,
  OUTER_LIMIT_YEARS,
  outerLimitOn,
} from './application-period.rules';

const { IN_TIME, LATE, TIME_BARRED } = ApplicationTimeliness;

/** The facts of an application received on `receivedOn`; nothing else recorded unless given. */
const facts = (
  receivedOn: string,
  given: Partial<ApplicationPeriodFacts> = {},
): ApplicationPeriodFacts => ({
  actOn: null,
  knownOn: null,
  receivedOn,
  statutoryPeriodDays: null,
  notInformedOfRight: false,
  learnedOfRightOn: null,
  immovableProperty: false,
  obstacleFrom: null,
  obstacleEndedOn: null,
  ...given,
});

const timeliness = (receivedOn: string, given: Partial<ApplicationPeriodFacts>) =>
  applicationPeriod(cn, facts(receivedOn, given)).timeliness;

describe('the constants are the numbers of the law', () => {
  it('六十日 (Art. 20 ¶1), 一年 (Art. 20 ¶3), 五年 and 二十年 (Art. 21)', () => {
    expect(APPLICATION_PERIOD_DAYS).toBe(60);
    expect(NOT_INFORMED_LIMIT_YEARS).toBe(1);
    expect(OUTER_LIMIT_YEARS).toEqual({ immovableProperty: 20, other: 5 });
  });
});

// CPL 2023 Art. 85 ¶2: 期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。
// Civil Code Art. 202: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。
describe('addYears: the same date years later; 29 February in a common year is 28 February', () => {
  it.each([
    ['2019-10-01', 5, '2024-10-01', 'an ordinary date'],
    ['2024-03-01', 1, '2025-03-01', 'the day after 29 February stays 1 March'],
    ['2024-02-29', 1, '2025-02-28', '2025 has no 29 February: the month’s last day'],
    ['2020-02-29', 5, '2025-02-28', 'five years from a leap day'],
    ['2004-02-29', 20, '2024-02-29', 'twenty years from a leap day lands on a leap day'],
    ['2023-02-28', 1, '2024-02-28', 'not moved to the leap day'],
    ['2025-12-31', 1, '2026-12-31', 'the year end'],
  ])('%s + %i year(s) → %s (%s)', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('refuses what is not a local date', () => {
    expect(() => addYears('2023-02-29', 1)).toThrow(RangeError);
  });
});

// ARL 2023 Art. 20 ¶1: 公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该
// 行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。
describe('Art. 20 ¶1: 60 days from the day the applicant knew of the act', () => {
  describe('knew on 2024-08-02: day 60 is National Day 2024-10-01, so the period ends Tuesday 2024-10-08 (10-1…10-7 off)', () => {
    it.each([
      ['2024-08-02', IN_TIME, 'filed the day they knew'],
      ['2024-10-01', IN_TIME, 'day 60 itself, a holiday (filed online)'],
      ['2024-10-08', IN_TIME, 'the first working day after the holiday, the last day'],
      ['2024-10-09', LATE, 'the day after the rolled-forward last day'],
    ])('received %s → %s (%s)', (receivedOn, expected) => {
      expect(timeliness(receivedOn, { knownOn: '2024-08-02' })).toBe(expected);
    });

    it('says why: runs from 2024-08-02, 60 days, ends 2024-10-08', () => {
      expect(applicationPeriod(cn, facts('2024-10-09', { knownOn: '2024-08-02' }))).toEqual({
        timeliness: LATE,
        periodRunsFrom: '2024-08-02',
        periodDays: 60,
        periodEndsOn: '2024-10-08',
        outerLimitOn: null,
      });
    });
  });

  describe('knew on 2024-03-01: day 60 is Tuesday 2024-04-30 (3-1 + 30 = 3-31, + 30 = 4-30), a working day, no roll', () => {
    it.each([
      ['2024-04-30', IN_TIME, 'day 60'],
      ['2024-05-01', LATE, 'day 61, although it is Labour Day: the period ended on a working day'],
    ])('received %s → %s (%s)', (receivedOn, expected) => {
      expect(timeliness(receivedOn, { knownOn: '2024-03-01' })).toBe(expected);
    });
  });

  it.each([
    [
      '2025-12-19',
      '2026-02-24',
      'day 60 is Spring Festival Tuesday 2026-02-17 (12-19 + 12 = 12-31, + 31 = 1-31, + 17 = 2-17): rolls past 2-15…2-23',
    ],
    [
      '2025-12-16',
      '2026-02-14',
      'day 60 is the make-up working Saturday 2026-02-14 (12-16 + 15 = 12-31, + 31 = 1-31, + 14 = 2-14): no roll',
    ],
    [
      '2024-07-03',
      '2024-09-02',
      'day 60 is Sunday 2024-09-01 (7-3 + 28 = 7-31, + 31 = 8-31, + 1 = 9-1): rolls to Monday',
    ],
  ])('knew on %s → the period ends %s (%s)', (knownOn, endsOn) => {
    const p = applicationPeriod(cn, facts(endsOn, { knownOn }));
    expect([p.periodEndsOn, p.timeliness]).toEqual([endsOn, IN_TIME]);
  });

  it('Spring Festival 2026: knew on 2025-12-19, received Wednesday 2026-02-25, the day after the rolled last day → LATE', () => {
    expect(timeliness('2026-02-25', { knownOn: '2025-12-19' })).toBe(LATE);
  });

  it('make-up Saturday 2026-02-14 is the last day: received Sunday 2026-02-15 (a holiday) → LATE', () => {
    expect(timeliness('2026-02-15', { knownOn: '2025-12-16' })).toBe(LATE);
  });

  describe('但是法律规定的申请期限超过六十日的除外: a law’s longer period replaces the 60 days', () => {
    it('knew on 2024-07-03, a law gives 90 days: day 90 is National Day 2024-10-01 (7-3 + 28 = 7-31, + 31 = 8-31, + 30 = 9-30, + 1 = 10-1) → ends 2024-10-08', () => {
      const p = applicationPeriod(
        cn,
        facts('2024-10-08', { knownOn: '2024-07-03', statutoryPeriodDays: 90 }),
      );
      expect(p).toMatchObject({ timeliness: IN_TIME, periodDays: 90, periodEndsOn: '2024-10-08' });
      expect(timeliness('2024-10-09', { knownOn: '2024-07-03', statutoryPeriodDays: 90 })).toBe(
        LATE,
      );
    });

    it('the same application under the 60 days ended Monday 2024-09-02: LATE', () => {
      expect(timeliness('2024-10-08', { knownOn: '2024-07-03' })).toBe(LATE);
    });

    it('a shorter period does not shorten the 60 days (the longer is taken)', () => {
      const p = applicationPeriod(
        cn,
        facts('2024-04-30', { knownOn: '2024-03-01', statutoryPeriodDays: 30 }),
      );
      expect(p).toMatchObject({ timeliness: IN_TIME, periodDays: 60, periodEndsOn: '2024-04-30' });
    });
  });

  it.each(['2024-10-09', '2026-12-31'])(
    'is IN_TIME when the day the applicant knew is not known, whatever else is recorded (received %s)',
    (receivedOn) => {
      expect(
        applicationPeriod(
          cn,
          facts(receivedOn, {
            notInformedOfRight: true,
            learnedOfRightOn: '2024-01-02',
            obstacleFrom: '2024-02-01',
            obstacleEndedOn: '2024-03-01',
          }),
        ),
      ).toEqual({
        timeliness: IN_TIME,
        periodRunsFrom: null,
        periodDays: 60,
        periodEndsOn: null,
        outerLimitOn: null,
      });
    },
  );
});

// ARL 2023 Art. 20 ¶2: 因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算。
describe('Art. 20 ¶2: the days of the obstacle do not count; the period continues from the day it ended', () => {
  it('knew on 2024-07-15 (day 60 is Friday 2024-09-13: 7-15 + 16 = 7-31, + 31 = 8-31, + 13 = 9-13); obstacle 2024-08-20 → 2024-09-07: 24 days were left on 8-20 (8-20 → 9-13), 9-7 + 24 = National Day 2024-10-01 → ends Tuesday 2024-10-08', () => {
    const given = {
      knownOn: '2024-07-15',
      obstacleFrom: '2024-08-20',
      obstacleEndedOn: '2024-09-07',
    };
    expect(applicationPeriod(cn, facts('2024-10-08', given))).toMatchObject({
      timeliness: IN_TIME,
      periodRunsFrom: '2024-07-15',
      periodEndsOn: '2024-10-08',
    });
    expect(timeliness('2024-10-09', given)).toBe(LATE);
    // Without the obstacle the period ended Friday 2024-09-13.
    expect(timeliness('2024-09-14', { knownOn: '2024-07-15' })).toBe(LATE);
  });

  it('knew on 2024-11-01 (day 60 is Tuesday 2024-12-31); obstacle 2024-12-10 → 2025-01-07: 21 days left, 1-7 + 21 = Spring Festival 2025-01-28 → rolls past 1-28…2-4 to Wednesday 2025-02-05', () => {
    const given = {
      knownOn: '2024-11-01',
      obstacleFrom: '2024-12-10',
      obstacleEndedOn: '2025-01-07',
    };
    expect(applicationPeriod(cn, facts('2025-02-05', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2025-02-05',
    });
    expect(timeliness('2025-02-06', given)).toBe(LATE);
  });

  it('knew on 2024-08-02 (day 60 is 10-01); obstacle 2024-09-01 → 2024-09-12: 30 days left, 9-12 + 30 = make-up Saturday 2024-10-12, which does not roll (adding the 11 days to the rolled 10-08 would give Sat 10-19 → Mon 10-21)', () => {
    const given = {
      knownOn: '2024-08-02',
      obstacleFrom: '2024-09-01',
      obstacleEndedOn: '2024-09-12',
    };
    expect(applicationPeriod(cn, facts('2024-10-12', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2024-10-12',
    });
    expect(timeliness('2024-10-14', given)).toBe(LATE);
  });

  it('an obstacle that began before the period (knew on 2025-01-10 in hospital since 2025-01-05, out on 2025-01-20): all 60 days run from 1-20 → 1-20 + 11 = 1-31, + 28 = 2-28, + 21 = Friday 2025-03-21', () => {
    const given = {
      knownOn: '2025-01-10',
      obstacleFrom: '2025-01-05',
      obstacleEndedOn: '2025-01-20',
    };
    expect(applicationPeriod(cn, facts('2025-03-21', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2025-03-21',
    });
    expect(timeliness('2025-03-24', given)).toBe(LATE);
  });

  it('an obstacle that began after the period ended delayed nothing: knew on 2024-03-01 (ends 2024-04-30), obstacle 2024-05-06 → 2024-06-01, received 2024-06-05 → LATE', () => {
    const given = {
      knownOn: '2024-03-01',
      obstacleFrom: '2024-05-06',
      obstacleEndedOn: '2024-06-01',
    };
    expect(applicationPeriod(cn, facts('2024-06-05', given))).toMatchObject({
      timeliness: LATE,
      periodEndsOn: '2024-04-30',
    });
  });

  it('an obstacle that ended before the period began delayed nothing: knew on 2024-03-01, obstacle 2024-02-01 → 2024-02-20 → still ends 2024-04-30', () => {
    const given = {
      knownOn: '2024-03-01',
      obstacleFrom: '2024-02-01',
      obstacleEndedOn: '2024-02-20',
    };
    expect(applicationPeriod(cn, facts('2024-04-30', given)).periodEndsOn).toBe('2024-04-30');
  });

  it('an obstacle that began during the roll (day 60 National Day 2024-10-01, rolled to 10-08; obstacle 10-03 → Friday 10-25) left no days: the period ends the day the obstacle ended', () => {
    const given = {
      knownOn: '2024-08-02',
      obstacleFrom: '2024-10-03',
      obstacleEndedOn: '2024-10-25',
    };
    expect(applicationPeriod(cn, facts('2024-10-25', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2024-10-25',
    });
    expect(timeliness('2024-10-26', given)).toBe(LATE);
  });

  it('an obstacle of one day (from = ended) adds nothing', () => {
    const given = {
      knownOn: '2024-03-01',
      obstacleFrom: '2024-04-10',
      obstacleEndedOn: '2024-04-10',
    };
    expect(applicationPeriod(cn, facts('2024-04-30', given)).periodEndsOn).toBe('2024-04-30');
  });

  it('an obstacle with only one of its dates is not applied', () => {
    expect(
      applicationPeriod(
        cn,
        facts('2024-06-05', { knownOn: '2024-03-01', obstacleFrom: '2024-04-01' }),
      ).periodEndsOn,
    ).toBe('2024-04-30');
  });
});

// ARL 2023 Art. 20 ¶3: 行政机关作出行政行为时，未告知公民、法人或者其他组织申请行政复议的权利、行政复议
// 机关和申请期限的，申请期限自公民、法人或者其他组织知道或者应当知道申请行政复议的权利、行政复议机关和
// 申请期限之日起计算，但是自知道或者应当知道行政行为内容之日起最长不得超过一年。
describe('Art. 20 ¶3: not told of the right, the period runs from learning of it, at most one year from knowing of the act', () => {
  it('knew of the act on 2024-03-01, learned of the right on Thursday 2024-06-20: 6-20 + 10 = 6-30, + 31 = 7-31, + 19 = Monday 2024-08-19', () => {
    const given = {
      knownOn: '2024-03-01',
      notInformedOfRight: true,
      learnedOfRightOn: '2024-06-20',
    };
    expect(applicationPeriod(cn, facts('2024-08-19', given))).toEqual({
      timeliness: IN_TIME,
      periodRunsFrom: '2024-06-20',
      periodDays: 60,
      periodEndsOn: '2024-08-19',
      outerLimitOn: null,
    });
    expect(timeliness('2024-08-20', given)).toBe(LATE);
    // Told of the right, the same application was late on 2024-05-01 already.
    expect(timeliness('2024-08-19', { knownOn: '2024-03-01' })).toBe(LATE);
  });

  it('the one-year cap: knew of the act on 2024-10-08, learned of the right on 2025-09-01 (+60 would be 2025-10-31), capped at 2025-10-08, the last day of National Day 2025 (10-1…10-8) → Thursday 2025-10-09', () => {
    const given = {
      knownOn: '2024-10-08',
      notInformedOfRight: true,
      learnedOfRightOn: '2025-09-01',
    };
    expect(applicationPeriod(cn, facts('2025-10-09', given))).toMatchObject({
      timeliness: IN_TIME,
      periodRunsFrom: '2025-09-01',
      periodEndsOn: '2025-10-09',
    });
    expect(timeliness('2025-10-10', given)).toBe(LATE);
  });

  it('the cap from a leap day: knew of the act on 2024-02-29, learned on 2025-01-20 (+60 = 2025-03-21) → capped at Friday 2025-02-28 (not 3-1, a Saturday that would roll to Monday 3-3)', () => {
    const given = {
      knownOn: '2024-02-29',
      notInformedOfRight: true,
      learnedOfRightOn: '2025-01-20',
    };
    expect(applicationPeriod(cn, facts('2025-02-28', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2025-02-28',
    });
    expect(timeliness('2025-03-03', given)).toBe(LATE);
  });

  it('does not shorten a law’s longer period: 730 days from knowing on 2024-01-10 (+366 = 2025-01-10, +365 = 2026-01-10, so +730 = Friday 2026-01-09) outlast the one-year cap 2025-01-10', () => {
    const given = {
      knownOn: '2024-01-10',
      statutoryPeriodDays: 730,
      notInformedOfRight: true,
      learnedOfRightOn: '2024-02-01',
    };
    expect(applicationPeriod(cn, facts('2026-01-09', given))).toMatchObject({
      timeliness: IN_TIME,
      periodRunsFrom: '2024-01-10',
      periodDays: 730,
      periodEndsOn: '2026-01-09',
    });
    expect(timeliness('2026-01-12', given)).toBe(LATE);
  });

  it('an obstacle (¶2) tolls the capped period too: the 2025-10-08 cap of the case above, obstacle 2025-09-20 → 2025-10-20 (18 days left on 9-20) → 10-20 + 18 = Friday 2025-11-07', () => {
    const given = {
      knownOn: '2024-10-08',
      notInformedOfRight: true,
      learnedOfRightOn: '2025-09-01',
      obstacleFrom: '2025-09-20',
      obstacleEndedOn: '2025-10-20',
    };
    expect(applicationPeriod(cn, facts('2025-11-07', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2025-11-07',
    });
    expect(timeliness('2025-11-10', given)).toBe(LATE);
  });

  it('learnedOfRightOn not recorded: taken as the day of receipt (known by the time of applying), so only the cap can make it late', () => {
    const given = { knownOn: '2024-03-01', notInformedOfRight: true };
    expect(timeliness('2024-12-02', given)).toBe(IN_TIME);
    // The cap: 2025-03-01 is a Saturday → Monday 2025-03-03.
    expect(applicationPeriod(cn, facts('2025-03-03', given))).toMatchObject({
      timeliness: IN_TIME,
      periodEndsOn: '2025-03-03',
    });
    expect(timeliness('2025-03-04', given)).toBe(LATE);
  });
});

// ARL 2023 Art. 21: 因不动产提出的行政复议申请自行政行为作出之日起超过二十年，其他行政复议申请自行政行为
// 作出之日起超过五年的，行政复议机关不予受理。
describe('Art. 21: 5 years from the act (20 for immovable property) is an outer limit: TIME_BARRED', () => {
  it('acted on 2019-10-01: 5 years end on National Day 2024-10-01 → Tuesday 2024-10-08, though the applicant only knew on 2024-09-20 (whose 60 days run to 2024-11-19)', () => {
    const given = { actOn: '2019-10-01', knownOn: '2024-09-20' };
    expect(applicationPeriod(cn, facts('2024-10-08', given))).toEqual({
      timeliness: IN_TIME,
      periodRunsFrom: '2024-09-20',
      periodDays: 60,
      periodEndsOn: '2024-11-19',
      outerLimitOn: '2024-10-08',
    });
    expect(timeliness('2024-10-09', given)).toBe(TIME_BARRED);
  });

  it('acted on leap day 2020-02-29: 5 years end on Friday 2025-02-28; received Monday 2025-03-03 → TIME_BARRED', () => {
    const given = { actOn: '2020-02-29', knownOn: '2025-02-20' };
    expect(applicationPeriod(cn, facts('2025-02-28', given))).toMatchObject({
      timeliness: IN_TIME,
      outerLimitOn: '2025-02-28',
    });
    expect(timeliness('2025-03-01', given)).toBe(TIME_BARRED);
    expect(timeliness('2025-03-03', given)).toBe(TIME_BARRED);
  });

  it('immovable property, acted on 2006-05-01: 20 years end on Labour Day 2026-05-01 → past 5-1…5-5 to Wednesday 2026-05-06', () => {
    const given = { actOn: '2006-05-01', knownOn: '2026-04-20', immovableProperty: true };
    expect(applicationPeriod(cn, facts('2026-05-06', given))).toMatchObject({
      timeliness: IN_TIME,
      outerLimitOn: '2026-05-06',
    });
    expect(timeliness('2026-05-07', given)).toBe(TIME_BARRED);
  });

  it('the same act not about immovable property was barred after 2011-05-01 (a Sunday; 2011 is outside the calendar, so Monday 2011-05-02)', () => {
    expect(outerLimitOn(cn, '2006-05-01', false)).toBe('2011-05-02');
    expect(timeliness('2026-05-06', { actOn: '2006-05-01', knownOn: '2026-04-20' })).toBe(
      TIME_BARRED,
    );
  });

  it('TIME_BARRED prevails over LATE', () => {
    expect(timeliness('2024-06-03', { actOn: '2018-03-01', knownOn: '2018-03-05' })).toBe(
      TIME_BARRED,
    );
  });

  it('applies without knownOn: acted on 2018-03-01, limit Wednesday 2023-03-01, received 2024-06-03', () => {
    expect(applicationPeriod(cn, facts('2024-06-03', { actOn: '2018-03-01' }))).toEqual({
      timeliness: TIME_BARRED,
      periodRunsFrom: null,
      periodDays: 60,
      periodEndsOn: null,
      outerLimitOn: '2023-03-01',
    });
  });

  it('an obstacle (Art. 20 ¶2) does not move it: acted on 2019-06-03 (limit Monday 2024-06-03), knew 2024-03-20, obstacle 2024-04-01 → 2024-08-01 tolls the period to 2024-09-18, yet received 2024-08-05 → TIME_BARRED', () => {
    const p = applicationPeriod(
      cn,
      facts('2024-08-05', {
        actOn: '2019-06-03',
        knownOn: '2024-03-20',
        obstacleFrom: '2024-04-01',
        obstacleEndedOn: '2024-08-01',
      }),
    );
    // 3-20 + 60 = 5-19; 48 days left on 4-1 (4-1 → 5-19); 8-1 + 48 = Wednesday 9-18.
    expect(p).toEqual({
      timeliness: TIME_BARRED,
      periodRunsFrom: '2024-03-20',
      periodDays: 60,
      periodEndsOn: '2024-09-18',
      outerLimitOn: '2024-06-03',
    });
  });
});

const fieldError = (field: string, code: string, message: string): unknown => ({
  status: 400,
  body: {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Request validation failed',
    details: [{ field, code, message }],
  },
});

describe('checkApplicationPeriodFacts: the dates of Art. 20 ¶¶2–3 in order', () => {
  const ok: ApplicationPeriodInput = {
    actOn: '2024-02-20',
    knownOn: '2024-03-01',
    receivedOn: '2024-08-19',
    notInformedOfRight: true,
    learnedOfRightOn: '2024-06-20',
    obstacleFrom: '2024-07-01',
    obstacleEndedOn: '2024-07-10',
  };

  it('accepts dates in order, the bounds included, and nothing recorded', () => {
    expect(() => checkApplicationPeriodFacts(ok)).not.toThrow();
    expect(() =>
      checkApplicationPeriodFacts({
        ...ok,
        learnedOfRightOn: '2024-03-01',
        obstacleFrom: '2024-08-19',
        obstacleEndedOn: '2024-08-19',
      }),
    ).not.toThrow();
    expect(() =>
      checkApplicationPeriodFacts({
        ...ok,
        notInformedOfRight: false,
        learnedOfRightOn: null,
        obstacleFrom: null,
        obstacleEndedOn: null,
      }),
    ).not.toThrow();
  });

  it.each<[string, Partial<ApplicationPeriodInput>, unknown]>([
    [
      'learnedOfRightOn without notInformedOfRight',
      { notInformedOfRight: false },
      fieldError(
        'applicationPeriod.learnedOfRightOn',
        'NOT_ALLOWED',
        'applicationPeriod.learnedOfRightOn is given only when notInformedOfRight is true (Art. 20 para 3)',
      ),
    ],
    [
      'learned of the right before knowing of the act',
      { learnedOfRightOn: '2024-02-29' },
      fieldError(
        'applicationPeriod.learnedOfRightOn',
        'DATE_OUT_OF_ORDER',
        'applicationPeriod.learnedOfRightOn 2024-02-29 is before act.knownOn 2024-03-01',
      ),
    ],
    [
      'learned of the right before the act, knownOn not given',
      { knownOn: null, learnedOfRightOn: '2024-02-19' },
      fieldError(
        'applicationPeriod.learnedOfRightOn',
        'DATE_OUT_OF_ORDER',
        'applicationPeriod.learnedOfRightOn 2024-02-19 is before act.actOn 2024-02-20',
      ),
    ],
    [
      'learned of the right after applying',
      { learnedOfRightOn: '2024-08-20' },
      fieldError(
        'applicationPeriod.learnedOfRightOn',
        'DATE_OUT_OF_ORDER',
        'applicationPeriod.learnedOfRightOn 2024-08-20 is after receivedOn 2024-08-19',
      ),
    ],
    [
      'the obstacle ended before it began',
      { obstacleFrom: '2024-07-11' },
      fieldError(
        'applicationPeriod.obstacleFrom',
        'DATE_OUT_OF_ORDER',
        'applicationPeriod.obstacleFrom 2024-07-11 is after obstacleEndedOn 2024-07-10',
      ),
    ],
    [
      'the obstacle ended after the application',
      { obstacleEndedOn: '2024-08-20' },
      fieldError(
        'applicationPeriod.obstacleEndedOn',
        'DATE_OUT_OF_ORDER',
        'applicationPeriod.obstacleEndedOn 2024-08-20 is after receivedOn 2024-08-19',
      ),
    ],
  ])('%s → 400 on the field', (_name, change, expected) => {
    expect(thrown(() => checkApplicationPeriodFacts({ ...ok, ...change }))).toEqual(expected);
  });
});
