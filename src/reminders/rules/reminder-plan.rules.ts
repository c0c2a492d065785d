/**
 * Which reminder letters a hearing gets, and when (docs/domain.md, "Litigation response and hearing
 * reminders"). Pure.
 */
import { ReminderKind } from '../reminder-letter.enums';

export interface ReminderOffsets {
  /** Days before the hearing for the formal letter (出庭提示函). */
  letterDays: number;
  /** Days before the hearing for the day-before notice. */
  eveDays: number;
}

export interface PlannedLetter {
  kind: ReminderKind;
  sendAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * A hearing ahead gets each letter at its offset, or at once when that moment has passed; a
 * hearing already past (entered as a record) gets none.
 */
export function planLetters(hearingAt: Date, now: Date, offsets: ReminderOffsets): PlannedLetter[] {
  if (hearingAt.getTime() <= now.getTime()) return [];
  const at = (days: number): Date =>
    new Date(Math.max(hearingAt.getTime() - days * DAY_MS, now.getTime()));
  return [
    { kind: ReminderKind.LETTER, sendAt: at(offsets.letterDays) },
    { kind: ReminderKind.EVE_NOTICE, sendAt: at(offsets.eveDays) },
  ];
}
