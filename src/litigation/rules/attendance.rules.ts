/**
 * Whether an agency's head fulfilled the duty to appear in court (ALL Art. 3 ¶3), as the Supreme
 * People's Court's 2020 provisions count it (docs/domain.md, "Head attendance"). Pure; the
 * statistics count the same in SQL (statistics/rules/figures.sql.ts, LITIGATION_APPEARANCES).
 */
import { addDays, LocalDate } from '../../common/local-date';
import { AbsenceReason, AttendeeRole, HEAD_ROLES, HeadAppearance } from '../hearing.enums';

/** The office's record of who appeared for one defendant at one hearing. */
export interface AppearanceRecord {
  /** Null: nobody appeared for the agency. */
  attendeeRole: AttendeeRole | null;
  /** The identity proof of the head was submitted to the court (Art. 6 ¶1). */
  identityProofSubmitted: boolean;
  absenceReason: AbsenceReason | null;
  /** What proves the reason (Art. 9 ¶1: sealed, or signed by the principal head). */
  absenceProof: string | null;
}

/**
 * One hearing: a head of Art. 2 ¶1 with the identity proof attended (without it the head is deemed
 * absent, Art. 6 ¶2); a head kept away by a reason of Art. 8 with its proof (Art. 9) is excused;
 * anyone else (a staff member, the head of an entrusted body or a lower agency, Art. 2 ¶2) leaves
 * the head absent.
 */
export function headAppearance(r: AppearanceRecord): HeadAppearance {
  if (r.attendeeRole !== null && HEAD_ROLES.includes(r.attendeeRole)) {
    return r.identityProofSubmitted ? HeadAppearance.ATTENDED : HeadAppearance.ABSENT;
  }
  return r.absenceReason !== null && r.absenceProof !== null
    ? HeadAppearance.EXCUSED
    : HeadAppearance.ABSENT;
}

/** One held hearing of an instance as the duty counts it, in the order they were held. */
export interface HeldHearing {
  /** Null: nothing recorded yet, which counts as absent. */
  appearance: HeadAppearance | null;
  /** The court served its notice for the head to appear (出庭通知书, Art. 5 ¶2). */
  courtNoticed: boolean;
}

/**
 * One instance (一审, 二审 or 再审) for one defendant (Art. 7): a head who attended one of its
 * hearings fulfilled the duty for all of them, unless the court noticed the head to appear again
 * at a later one and the head neither attended it nor was excused. A head who attended none was
 * excused only if excused at every hearing held. Null when no hearing of the instance was held.
 * The duty in one instance does not discharge another (Art. 7 ¶2): each instance is counted alone.
 */
export function instanceDuty(held: readonly HeldHearing[]): HeadAppearance | null {
  if (held.length === 0) return null;
  const first = held.findIndex((h) => h.appearance === HeadAppearance.ATTENDED);
  if (first >= 0) {
    const missedAgain = held
      .slice(first + 1)
      .some(
        (h) =>
          h.courtNoticed &&
          h.appearance !== HeadAppearance.ATTENDED &&
          h.appearance !== HeadAppearance.EXCUSED,
      );
    return missedAgain ? HeadAppearance.ABSENT : HeadAppearance.ATTENDED;
  }
  return held.every((h) => h.appearance === HeadAppearance.EXCUSED)
    ? HeadAppearance.EXCUSED
    : HeadAppearance.ABSENT;
}

/** The court's notice is served at least three days before the hearing (Art. 5 ¶2, 开庭三日前). */
export const courtNoticeTimely = (servedOn: LocalDate, hearingOn: LocalDate): boolean =>
  addDays(servedOn, 3) <= hearingOn;
