/**
 * The application period (申请期限) of ARL 2023 Arts. 20–21: until when an application may be
 * made, and whether this one was (docs/domain.md, "Deadlines"). Pure: the calendar's exceptions
 * are passed in; errors are the API's AppError.
 *
 * How the periods are counted (ARL 2023 Art. 88 ¶1 sends the computation of periods to the Civil
 * Procedure Law; CPL 2023 Art. 85: 期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。期间届满
 * 的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期):
 *
 * - A period of days from a day `d` ends on `d + days` (the first day not counted).
 * - A period of years from `d` ends on the same month and day `years` later. A period that starts
 *   on 29 February and ends in a common year ends on 28 February: the CPL says nothing of a
 *   missing day, and the Civil Code, Art. 202 (按照年、月计算期间的，到期月的对应日为期间的最后一日；
 *   没有对应日的，月末日为期间的最后一日) ends it on the last day of the month (addYears).
 * - Every last day, of days or of years, is moved to the next working day when it is not one
 *   (weekends and holidays; make-up working days count as working days), once, at the end: as
 *   every calendar-day period of the code (working-days.rules.ts, docs/domain.md "Counting days").
 */
import { addDays, daysBetween, isLeapYear, isLocalDate, LocalDate } from '../../common/local-date';
import {
  CalendarExceptions,
  rollForwardToWorkingDay,
} from '../../calendar/rules/working-days.rules';
import { AppError } from '../../common/app-error';
import { ApplicationTimeliness } from '../case.enums';
import { notAfter, notBefore } from './date-order.rules';

/** Art. 20 ¶1: 六十日, from the day the applicant knew (or should have known) of the act. */
export const APPLICATION_PERIOD_DAYS = 60;

/** Art. 20 ¶3: not informed of the right, at most one year from knowing of the act. */
export const NOT_INFORMED_LIMIT_YEARS = 1;

/** Art. 21: the outer limit from the day of the act, 20 years for immovable property, else 5. */
export const OUTER_LIMIT_YEARS = { immovableProperty: 20, other: 5 } as const;

/** What Arts. 20–21 look at, as registered (null: not recorded). */
export interface ApplicationPeriodFacts {
  /** The day the act was made (行政行为作出之日): Art. 21 counts from it. */
  actOn: LocalDate | null;
  /** The day the applicant knew or should have known of the act: Art. 20 ¶1 counts from it. */
  knownOn: LocalDate | null;
  /** The day the application was received. */
  receivedOn: LocalDate;
  /** A longer period a law gives (Art. 20 ¶1 但书), in days; null: none. */
  statutoryPeriodDays: number | null;
  /** The agency did not tell of the right to apply, the organ and the period (Art. 20 ¶3)… */
  notInformedOfRight: boolean;
  /** …and the applicant learned of them on this day. */
  learnedOfRightOn: LocalDate | null;
  /** 因不动产 (Art. 21): the outer limit is 20 years. */
  immovableProperty: boolean;
  /** Force majeure or another good reason (Art. 20 ¶2) held the application up from… */
  obstacleFrom: LocalDate | null;
  /** …until this day, when the obstacle ended (障碍消除之日). */
  obstacleEndedOn: LocalDate | null;
}

/** The timeliness of an application and the dates behind it, for the officer to see why. */
export interface ApplicationPeriod {
  timeliness: ApplicationTimeliness;
  /** The day the period counts from: knownOn, or learnedOfRightOn under Art. 20 ¶3; null: unknown. */
  periodRunsFrom: LocalDate | null;
  /** Its length in days: 60, or the longer period a law gives (Art. 20 ¶1). */
  periodDays: number;
  /** Its last day, after Art. 20 ¶¶2–3 and the roll to a working day; null: knownOn unknown. */
  periodEndsOn: LocalDate | null;
  /** The last day of Art. 21's outer limit, rolled to a working day; null: actOn unknown. */
  outerLimitOn: LocalDate | null;
}

/**
 * The same month and day `years` later; 29 February in a common year is 28 February (the month's
 * last day, Civil Code Art. 202: 没有对应日的，月末日为期间的最后一日). Unrolled.
 */
export function addYears(date: LocalDate, years: number): LocalDate {
  if (!isLocalDate(date)) throw new RangeError(`not a local date: ${String(date)}`);
  if (!Number.isInteger(years)) throw new RangeError(`years must be whole: ${years}`);
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

const later = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
const earlier = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);

/**
 * Art. 21's outer limit: 20 years from the act for immovable property, 5 otherwise, rolled to a
 * working day. An application received after it is not accepted, whatever Art. 20 says.
 *
 * ARL 2023 Art. 21: 因不动产提出的行政复议申请自行政行为作出之日起超过二十年，其他行政复议申请自行政
 * 行为作出之日起超过五年的，行政复议机关不予受理。
 */
export function outerLimitOn(
  cal: CalendarExceptions,
  actOn: LocalDate,
  immovableProperty: boolean,
): LocalDate {
  const years = immovableProperty ? OUTER_LIMIT_YEARS.immovableProperty : OUTER_LIMIT_YEARS.other;
  return rollForwardToWorkingDay(cal, addYears(actOn, years));
}

/**
 * The application period of Art. 20, before the roll to a working day: where it runs from and its
 * unrolled last day.
 *
 * ¶1: `periodDays` (60, or a law's longer period) from knownOn.
 *
 * ¶3: not informed of the right, the period runs from learnedOfRightOn (taken as receivedOn when
 * not recorded: the applicant knew of the right by the time they applied at the latest) and ends
 * no later than one year from knownOn. It never ends before the ¶1 period from knownOn would: ¶3
 * protects an applicant the agency failed to inform, it does not shorten a law's longer period
 * (the law is silent; this is the code's reading).
 *
 * ¶2: the days of the obstacle do not count. The period continues from the day the obstacle ended
 * (自障碍消除之日起继续计算) with the days it still had when the obstacle began: with F the first
 * day of the obstacle, T the day it ended, S the day the period runs from and E its unrolled last
 * day, the days left on F are `E − max(F, S)` (all of them when the obstacle began before the
 * period), and the new last day is `T + (E − max(F, S))`. F itself is counted as a day of the
 * period and T is not (it is the first day of the continued period, not counted: CPL Art. 85 ¶2),
 * so an obstacle adds `T − F` days, as a suspension does to the decision period. The obstacle
 * counts only when it "耽误" the period: it began no later than the period's (rolled) last day and
 * ended after the day it runs from; one that began on a day the period had reached only by the roll
 * leaves no days, and the period ends on T. Applied after ¶3, so a capped ¶3 period is tolled too.
 *
 * ARL 2023 Art. 20: 公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政
 * 行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。
 * 因不可抗力或者其他正当理由耽误法定申请期限的，申请期限自障碍消除之日起继续计算。
 * 行政机关作出行政行为时，未告知公民、法人或者其他组织申请行政复议的权利、行政复议机关和申请期限的，
 * 申请期限自公民、法人或者其他组织知道或者应当知道申请行政复议的权利、行政复议机关和申请期限之日起
 * 计算，但是自知道或者应当知道行政行为内容之日起最长不得超过一年。
 */
function period(
  cal: CalendarExceptions,
  f: ApplicationPeriodFacts & { knownOn: LocalDate },
  periodDays: number,
): { runsFrom: LocalDate; endsOn: LocalDate } {
  // ¶1
  let runsFrom = f.knownOn;
  let end = addDays(f.knownOn, periodDays);
  // ¶3
  if (f.notInformedOfRight) {
    const learnedOn = later(f.learnedOfRightOn ?? f.receivedOn, f.knownOn);
    const informedEnd = earlier(
      addDays(learnedOn, periodDays),
      addYears(f.knownOn, NOT_INFORMED_LIMIT_YEARS),
    );
    if (informedEnd > end) {
      runsFrom = learnedOn;
      end = informedEnd;
    }
  }
  // ¶2
  const { obstacleFrom: from, obstacleEndedOn: endedOn } = f;
  if (
    from !== null &&
    endedOn !== null &&
    from <= rollForwardToWorkingDay(cal, end) &&
    endedOn > runsFrom
  ) {
    const daysLeft = Math.max(0, daysBetween(later(from, runsFrom), end));
    end = later(end, addDays(endedOn, daysLeft));
  }
  return { runsFrom, endsOn: end };
}

/**
 * Was the application made in time? TIME_BARRED after Art. 21's outer limit (inadmissible, 不予受理,
 * whatever Art. 20 gives); LATE after Art. 20's period (ARL 2023 Art. 30 ¶1 (4): 在法定申请期限内
 * 提出, decided at acceptance); IN_TIME otherwise, and when the facts to judge are missing: no
 * knownOn, no period (no actOn, no outer limit). Both last days are inclusive: received on the last
 * day is in time. See `period` for Art. 20 and `outerLimitOn` for Art. 21; Art. 20 ¶2's obstacle
 * does not move Art. 21's outer limit (超过五年的，不予受理 admits no exception).
 */
export function applicationPeriod(
  cal: CalendarExceptions,
  f: ApplicationPeriodFacts,
): ApplicationPeriod {
  const periodDays = Math.max(APPLICATION_PERIOD_DAYS, f.statutoryPeriodDays ?? 0);
  const limit = f.actOn === null ? null : outerLimitOn(cal, f.actOn, f.immovableProperty);
  const p = f.knownOn === null ? null : period(cal, { ...f, knownOn: f.knownOn }, periodDays);
  const periodEndsOn = p === null ? null : rollForwardToWorkingDay(cal, p.endsOn);
  const timeliness =
    limit !== null && f.receivedOn > limit
      ? ApplicationTimeliness.TIME_BARRED
      : periodEndsOn !== null && f.receivedOn > periodEndsOn
        ? ApplicationTimeliness.LATE
        : ApplicationTimeliness.IN_TIME;
  return {
    timeliness,
    periodRunsFrom: p?.runsFrom ?? null,
    periodDays,
    periodEndsOn,
    outerLimitOn: limit,
  };
}

/** The facts of Art. 20 ¶¶2–3 as a registration gives them, with their field names. */
export interface ApplicationPeriodInput {
  actOn: LocalDate | null;
  knownOn: LocalDate | null;
  receivedOn: LocalDate;
  notInformedOfRight: boolean;
  learnedOfRightOn: LocalDate | null;
  obstacleFrom: LocalDate | null;
  obstacleEndedOn: LocalDate | null;
}

const FIELD = 'applicationPeriod';

/**
 * The dates of Art. 20 ¶¶2–3 in order (400 VALIDATION_FAILED on the field):
 * learnedOfRightOn only when not informed of the right (NOT_ALLOWED), and then no earlier than
 * the day the applicant knew of the act (or, that unknown, the act) and no later than receipt
 * (one learns of the right before applying); the obstacle from ≤ ended ≤ receipt (the obstacle
 * ended by the time the application was made). Required-ness is the DTO's.
 */
export function checkApplicationPeriodFacts(f: ApplicationPeriodInput): void {
  const learned = `${FIELD}.learnedOfRightOn`;
  if (f.learnedOfRightOn !== null) {
    if (!f.notInformedOfRight) {
      throw AppError.invalidField(
        learned,
        'NOT_ALLOWED',
        `${learned} is given only when notInformedOfRight is true (Art. 20 para 3)`,
      );
    }
    if (f.knownOn !== null) notBefore(learned, f.learnedOfRightOn, f.knownOn, 'act.knownOn');
    else if (f.actOn !== null) notBefore(learned, f.learnedOfRightOn, f.actOn, 'act.actOn');
    notAfter(learned, f.learnedOfRightOn, f.receivedOn, 'receivedOn');
  }
  if (f.obstacleFrom !== null && f.obstacleEndedOn !== null) {
    notAfter(`${FIELD}.obstacleFrom`, f.obstacleFrom, f.obstacleEndedOn, 'obstacleEndedOn');
    notAfter(`${FIELD}.obstacleEndedOn`, f.obstacleEndedOn, f.receivedOn, 'receivedOn');
  }
}
