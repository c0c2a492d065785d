/**
 * The counting rules of a head's duty to appear in court (ALL Art. 3 ¶3), worked by hand from the
 * Supreme People's Court's 2020 provisions on heads of agencies in court ("SPC 2020").
 */
import { AbsenceReason, AttendeeRole, HeadAppearance } from '../hearing.enums';
import {
  AppearanceRecord,
  courtNoticeTimely,
  headAppearance,
  HeldHearing,
  instanceDuty,
} from './attendance.rules';

const { ATTENDED, EXCUSED, ABSENT } = HeadAppearance;

/** Nobody appeared and nothing excuses it, unless `overrides` say otherwise. */
const record = (overrides: Partial<AppearanceRecord> = {}): AppearanceRecord => ({
  attendeeRole: null,
  identityProofSubmitted: false,
  absenceReason: null,
  absenceProof: null,
  ...overrides,
});

const held = (appearance: HeadAppearance | null, courtNoticed = false): HeldHearing => ({
  appearance,
  courtNoticed,
});

describe('headAppearance: one hearing', () => {
  it.each([
    AttendeeRole.PRINCIPAL,
    AttendeeRole.DEPUTY,
    AttendeeRole.DEPUTY_LEVEL_IN_CHARGE,
    AttendeeRole.OTHER_IN_CHARGE,
  ])('a head of Art. 2 ¶1 (%s) with the identity proof attended (Art. 6 ¶1)', (role) => {
    expect(headAppearance(record({ attendeeRole: role, identityProofSubmitted: true }))).toBe(
      ATTENDED,
    );
  });

  it('the principal head without identity proof is deemed absent (SPC 2020 Art. 6 ¶2)', () => {
    expect(
      headAppearance(
        record({ attendeeRole: AttendeeRole.PRINCIPAL, identityProofSubmitted: false }),
      ),
    ).toBe(ABSENT);
  });

  it('a deputy in charge without identity proof is deemed absent too (Art. 6 ¶2)', () => {
    expect(headAppearance(record({ attendeeRole: AttendeeRole.DEPUTY_LEVEL_IN_CHARGE }))).toBe(
      ABSENT,
    );
  });

  it("an entrusted body's or lower agency's head is not the agency's head, proof or not (Art. 2 ¶2)", () => {
    expect(
      headAppearance(
        record({
          attendeeRole: AttendeeRole.ENTRUSTED_OR_SUBORDINATE_HEAD,
          identityProofSubmitted: true,
        }),
      ),
    ).toBe(ABSENT);
  });

  it('a staff member in the head’s stead leaves the head absent (ALL Art. 3 ¶3; SPC 2020 Art. 10)', () => {
    expect(
      headAppearance(record({ attendeeRole: AttendeeRole.STAFF, identityProofSubmitted: true })),
    ).toBe(ABSENT);
  });

  it('a reason of Art. 8 with its proof excuses the head (SPC 2020 Arts. 8–9)', () => {
    expect(
      headAppearance(
        record({
          attendeeRole: AttendeeRole.STAFF,
          absenceReason: AbsenceReason.IRREPLACEABLE_DUTY,
          absenceProof: '区政府常务会议通知（加盖公章）',
        }),
      ),
    ).toBe(EXCUSED);
  });

  it('nobody there, but force majeure proven: excused (Arts. 8 item 1, 9)', () => {
    expect(
      headAppearance(
        record({ absenceReason: AbsenceReason.FORCE_MAJEURE, absenceProof: '台风红色预警' }),
      ),
    ).toBe(EXCUSED);
  });

  it('a reason without its proof does not excuse (SPC 2020 Art. 9 ¶1: proof required)', () => {
    expect(
      headAppearance(
        record({ attendeeRole: AttendeeRole.STAFF, absenceReason: AbsenceReason.ACCIDENT }),
      ),
    ).toBe(ABSENT);
  });

  it('a proof without a reason does not excuse (Arts. 8–9: reason AND proof)', () => {
    expect(headAppearance(record({ absenceProof: '情况说明' }))).toBe(ABSENT);
  });

  it('nobody there and nothing said: absent (ALL Art. 3 ¶3)', () => {
    expect(headAppearance(record())).toBe(ABSENT);
  });

  it('a head with the proof attended, whatever the record says of absence (Art. 6 ¶1)', () => {
    expect(
      headAppearance(
        record({
          attendeeRole: AttendeeRole.DEPUTY,
          identityProofSubmitted: true,
          absenceReason: AbsenceReason.OTHER_JUSTIFIED,
          absenceProof: '说明',
        }),
      ),
    ).toBe(ATTENDED);
  });
});

describe('instanceDuty: one instance, one defendant', () => {
  it('no hearing held yet: null, nothing to count', () => {
    expect(instanceDuty([])).toBeNull();
  });

  it('a three-hearing instance attended once counts as attended (SPC 2020 Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ABSENT), held(ATTENDED), held(ABSENT)])).toBe(ATTENDED);
  });

  it('attended at the last of three, the earlier two missed: attended (Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ABSENT), held(null), held(ATTENDED)])).toBe(ATTENDED);
  });

  it('attended at the first, the court noticed the head again and the head missed it: absent (Art. 7 ¶1, the exception)', () => {
    expect(instanceDuty([held(ATTENDED), held(ABSENT, true)])).toBe(ABSENT);
  });

  it('the court noticed the head again, the head attended it too: attended (Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ATTENDED), held(ATTENDED, true)])).toBe(ATTENDED);
  });

  it('the court noticed the head again, the head was excused there: attended (Arts. 7–9)', () => {
    expect(instanceDuty([held(ATTENDED), held(EXCUSED, true)])).toBe(ATTENDED);
  });

  it('the court noticed the head again, nothing recorded of that hearing: absent (Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ATTENDED), held(null, true)])).toBe(ABSENT);
  });

  it('a court notice before the attended hearing is not a notice to appear again (Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ABSENT, true), held(ATTENDED), held(ABSENT)])).toBe(ATTENDED);
  });

  it('later hearings without a new notice, missed: still attended (Art. 7 ¶1)', () => {
    expect(instanceDuty([held(ATTENDED), held(ABSENT), held(null)])).toBe(ATTENDED);
  });

  it('excused at every hearing held: excused (SPC 2020 Arts. 8–9)', () => {
    expect(instanceDuty([held(EXCUSED), held(EXCUSED, true), held(EXCUSED)])).toBe(EXCUSED);
  });

  it('excused at one, absent at another, never attended: absent (Arts. 7–9)', () => {
    expect(instanceDuty([held(EXCUSED), held(ABSENT)])).toBe(ABSENT);
  });

  it('excused at one, nothing recorded of the other: absent (Arts. 7–9)', () => {
    expect(instanceDuty([held(EXCUSED), held(null)])).toBe(ABSENT);
  });

  it('one hearing, nothing recorded: absent', () => {
    expect(instanceDuty([held(null)])).toBe(ABSENT);
  });
});

describe('courtNoticeTimely: served at least three days before the hearing (SPC 2020 Art. 5 ¶2)', () => {
  it('served on the 7th for a hearing on the 10th is timely (Art. 5 ¶2)', () => {
    expect(courtNoticeTimely('2026-03-07', '2026-03-10')).toBe(true);
  });

  it('served on the 8th for a hearing on the 10th is not (Art. 5 ¶2)', () => {
    expect(courtNoticeTimely('2026-03-08', '2026-03-10')).toBe(false);
  });

  it('served a month ahead is timely; on the day of the hearing is not (Art. 5 ¶2)', () => {
    expect(courtNoticeTimely('2026-02-10', '2026-03-10')).toBe(true);
    expect(courtNoticeTimely('2026-03-10', '2026-03-10')).toBe(false);
  });

  it('three days across a month end: the 26th of February for the 1st of March (Art. 5 ¶2)', () => {
    expect(courtNoticeTimely('2026-02-26', '2026-03-01')).toBe(true);
    expect(courtNoticeTimely('2026-02-27', '2026-03-01')).toBe(false);
  });
});
