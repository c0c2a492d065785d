/**
 * Document numbers (文号) and the day of service (docs/domain.md, "Documents and service"). Pure.
 */
import { addCalendarDays, CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { LocalDate } from '../../common/local-date';
import { ServiceMethod } from '../document.enums';

/**
 * 区府复受〔2026〕17号: the kind's prefix, the year in 六角括号 〔〕 and the sequence number without
 * leading zeros (GB/T 9704-2012 §7.2.4 发文字号).
 */
export const documentNumber = (prefix: string, year: number, seq: number): string =>
  `${prefix}〔${year}〕${seq}号`;

/**
 * The day the law counts as service, from the day of the act (ARL Art. 88 → CPL):
 * - 直接送达: the day the recipient signs the return (CPL Art. 87);
 * - 留置送达: the day it is left at the residence (CPL Art. 89, 即视为送达);
 * - 电子送达: the day it reaches the recipient's system (CPL Art. 90 ¶2);
 * - 邮寄送达: the day of receipt on the postal return (CPL Art. 91);
 * - 公告送达: thirty days after the notice is published (CPL Art. 95, 自发出公告之日起，经过三十日), a
 *   period whose last day, when a holiday, moves to the first working day after it (CPL Art. 85 ¶3).
 */
export function servedOn(
  cal: CalendarExceptions,
  method: ServiceMethod,
  deliveredOn: LocalDate,
): LocalDate {
  return method === ServiceMethod.PUBLIC_NOTICE
    ? addCalendarDays(cal, deliveredOn, 30)
    : deliveredOn;
}
