import fc from 'fast-check';
import { ReminderKind } from '../reminder-letter.enums';
import { planLetters, ReminderOffsets } from './reminder-plan.rules';

const DAY = 86_400_000;
const DEFAULTS: ReminderOffsets = { letterDays: 7, eveDays: 1 };
const at = (iso: string): Date => new Date(iso);
/** The plan as `{kind: ISO send time}`, easy to compare. */
const plan = (hearing: string, now: string, offsets = DEFAULTS): Record<string, string> =>
  Object.fromEntries(
    planLetters(at(hearing), at(now), offsets).map((p) => [p.kind, p.sendAt.toISOString()]),
  );

describe('planLetters', () => {
  const hearing = '2026-03-20T09:30:00+08:00';

  it('plans the letter 7 days and the eve notice 1 day before a hearing far ahead', () => {
    expect(plan(hearing, '2026-03-02T09:00:00+08:00')).toEqual({
      LETTER: at('2026-03-13T09:30:00+08:00').toISOString(),
      EVE_NOTICE: at('2026-03-19T09:30:00+08:00').toISOString(),
    });
  });

  it('lists the letter first, then the eve notice', () => {
    const kinds = planLetters(at(hearing), at('2026-03-02T09:00:00+08:00'), DEFAULTS).map(
      (p) => p.kind,
    );
    expect(kinds).toEqual([ReminderKind.LETTER, ReminderKind.EVE_NOTICE]);
  });

  it('follows the configured offsets', () => {
    expect(plan(hearing, '2026-03-02T09:00:00+08:00', { letterDays: 10, eveDays: 2 })).toEqual({
      LETTER: at('2026-03-10T09:30:00+08:00').toISOString(),
      EVE_NOTICE: at('2026-03-18T09:30:00+08:00').toISOString(),
    });
  });

  it('sends the letter at once when its moment has passed, the eve notice on time', () => {
    const now = '2026-03-17T09:30:00+08:00'; // 3 days ahead
    expect(plan(hearing, now)).toEqual({
      LETTER: at(now).toISOString(),
      EVE_NOTICE: at('2026-03-19T09:30:00+08:00').toISOString(),
    });
  });

  it('sends both at once for a hearing less than a day ahead', () => {
    const now = '2026-03-20T08:00:00+08:00';
    expect(plan(hearing, now)).toEqual({
      LETTER: at(now).toISOString(),
      EVE_NOTICE: at(now).toISOString(),
    });
  });

  it('sends on the exact boundary at that moment (now is the send time)', () => {
    const now = '2026-03-13T09:30:00+08:00'; // exactly 7 days ahead
    expect(plan(hearing, now).LETTER).toBe(at(now).toISOString());
  });

  it.each([
    ['a hearing that already happened', '2026-03-21T09:00:00+08:00'],
    ['a hearing happening right now', hearing],
    ['a hearing a millisecond ago', '2026-03-20T09:30:00.001+08:00'],
  ])('plans nothing for %s', (_what, now) => {
    expect(planLetters(at(hearing), at(now), DEFAULTS)).toEqual([]);
  });

  it('plans the eve notice at the hearing itself when eveDays is 0', () => {
    expect(plan(hearing, '2026-03-02T09:00:00+08:00', { letterDays: 7, eveDays: 0 })).toEqual({
      LETTER: at('2026-03-13T09:30:00+08:00').toISOString(),
      EVE_NOTICE: at(hearing).toISOString(),
    });
  });

  it('returns fresh dates (callers may not alias the inputs)', () => {
    const h = at(hearing);
    const now = at('2026-03-20T08:00:00+08:00');
    for (const p of planLetters(h, now, DEFAULTS)) {
      expect(p.sendAt).not.toBe(now);
      expect(p.sendAt).not.toBe(h);
    }
  });

  describe('properties', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    const offsets = fc.record({
      letterDays: fc.integer({ min: 1, max: 60 }),
      eveDays: fc.integer({ min: 0, max: 10 }),
    });

    it('a hearing ahead gets exactly one of each kind, never before now nor after the hearing', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 90 * DAY }), offsets, (now, ahead, o) => {
          const hearingAt = new Date(now + ahead);
          const planned = planLetters(hearingAt, new Date(now), o);
          expect(planned.map((p) => p.kind).sort()).toEqual(['EVE_NOTICE', 'LETTER']);
          for (const p of planned) {
            expect(p.sendAt.getTime()).toBeGreaterThanOrEqual(now);
            expect(p.sendAt.getTime()).toBeLessThanOrEqual(hearingAt.getTime());
          }
        }),
      );
    });

    it('each send time is its offset before the hearing, or now when that has passed', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 90 * DAY }), offsets, (now, ahead, o) => {
          const hearingAt = now + ahead;
          const planned = planLetters(new Date(hearingAt), new Date(now), o);
          const days = { LETTER: o.letterDays, EVE_NOTICE: o.eveDays };
          for (const p of planned) {
            expect(p.sendAt.getTime()).toBe(Math.max(hearingAt - days[p.kind] * DAY, now));
          }
        }),
      );
    });

    it('a hearing not ahead gets nothing', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 0, max: 90 * DAY }), offsets, (now, ago, o) => {
          expect(planLetters(new Date(now - ago), new Date(now), o)).toEqual([]);
        }),
      );
    });
  });
});
