/**
 * The rules of the review's proceedings, each with the article it follows, against the real State
 * Council calendar 2023–2026 (the seed data). Every expected date was worked out by hand from
 * cn-workday-calendar.json; the test names give the count. Working days: the first day (the day
 * the notice is served) is not counted, weekends and holidays are skipped, make-up working days
 * (调休上班) count. The error codes and messages are those the API answers with
 * (test/review-proceedings.e2e-spec.ts asserts them end to end).
 */
import { cnCalendar as cn } from '../../calendar/calendar-fixture';
import { CalendarExceptions } from '../../calendar/rules/working-days.rules';
import { Procedure } from '../../cases/case.enums';
import { thrown } from '../../../test/support/thrown';
import { FormalHearingStatus, ViewsMethod } from '../proceedings.enums';
import {
  checkFormalHearingNotice,
  checkFormalHearingRecord,
  checkHeadAttendance,
  earliestFormalHearingDay,
  FormalHearingRecord,
  isFormalHearingNoticeInTime,
  ReviewFacts,
  ReviewWarningCode,
  reviewWarnings,
} from './proceedings.rules';

const noExceptions: CalendarExceptions = new Map();

const fieldError = (field: string, code: string, message: string): unknown => ({
  status: 400,
  body: {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'Request validation failed',
    details: [expect.objectContaining({ field, code, message })],
  },
});

const codeOf = (f: () => unknown): [string, string] => {
  const { details } = thrown(f).body as { details: { field: string; code: string }[] };
  return [details[0].field, details[0].code];
};

// ARL 2023 Art. 51 ¶1: 行政复议机构组织听证的，应当于举行听证的五日前将听证的时间、地点和拟听证事项
// 书面通知当事人。Art. 88 ¶2: 本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，
// 不含法定休假日。CPL Art. 85 ¶2 (through ARL Art. 88 ¶1): 期间开始的时和日，不计算在期间内。
describe('earliestFormalHearingDay: the 5th working day after the notice reached the parties', () => {
  it.each([
    [
      '2024-03-04',
      '2024-03-11',
      'Monday, no holiday: Tue 3-5, Wed 3-6, Thu 3-7, Fri 3-8, Mon 3-11 — the day of service is not counted',
    ],
    [
      '2026-02-11',
      '2026-02-25',
      'Wednesday before Spring Festival 2026: Thu 2-12, Fri 2-13, make-up Sat 2-14, 2-15…2-23 off, Tue 2-24, Wed 2-25',
    ],
    [
      '2026-02-26',
      '2026-03-04',
      'Thursday 2026-02-26: Fri 2-27, make-up Sat 2-28, Mon 3-2, Tue 3-3, Wed 3-4',
    ],
    [
      '2024-09-27',
      '2024-10-10',
      'Friday before National Day 2024: make-up Sun 9-29, Mon 9-30, 10-1…10-7 off, 10-8, 10-9, 10-10',
    ],
    [
      '2025-12-30',
      '2026-01-07',
      'across the year end: Wed 12-31, 1-1…1-3 off, make-up Sun 1-4, Mon 1-5, Tue 1-6, Wed 1-7',
    ],
    [
      '2025-10-03',
      '2025-10-14',
      'served on holiday Friday 2025-10-03: 10-4…10-8 off, Thu 10-9, Fri 10-10, make-up Sat 10-11, Mon 10-13, Tue 10-14',
    ],
  ])('served %s → held on %s at the earliest (%s)', (servedOn, earliest) => {
    expect(earliestFormalHearingDay(cn, servedOn)).toBe(earliest);
  });

  it('would be Thursday 2026-03-05 without the calendar: the make-up Saturday moves it a day earlier', () => {
    expect(earliestFormalHearingDay(noExceptions, '2026-02-26')).toBe('2026-03-05');
  });

  it('a notice served on a day off counts as served on the working day before it', () => {
    // Tuesday 2025-09-30, the last working day before National Day, and holiday 2025-10-03.
    expect(earliestFormalHearingDay(cn, '2025-09-30')).toBe(
      earliestFormalHearingDay(cn, '2025-10-03'),
    );
    // Friday 2024-03-01 and Sunday 2024-03-03: Mon 3-4 … Fri 3-8 either way.
    expect(earliestFormalHearingDay(cn, '2024-03-01')).toBe('2024-03-08');
    expect(earliestFormalHearingDay(cn, '2024-03-03')).toBe('2024-03-08');
  });
});

describe('isFormalHearingNoticeInTime / checkFormalHearingNotice (Art. 51 ¶1)', () => {
  it.each([
    ['2026-02-26', '2026-03-03', false, 'the 4th working day after service'],
    ['2026-02-26', '2026-03-04', true, 'the 5th: the earliest day'],
    ['2026-02-26', '2026-03-20', true, 'later'],
    ['2026-02-11', '2026-02-24', false, 'across Spring Festival: 4 working days'],
    ['2026-02-11', '2026-02-25', true, 'across Spring Festival: 5 working days'],
    ['2026-02-26', '2026-02-26', false, 'the day of service itself'],
  ])('served %s, held %s → %s (%s)', (servedOn, heldOn, inTime) => {
    expect(isFormalHearingNoticeInTime(cn, servedOn, heldOn)).toBe(inTime);
    if (inTime) expect(() => checkFormalHearingNotice(cn, servedOn, heldOn)).not.toThrow();
    else
      expect(codeOf(() => checkFormalHearingNotice(cn, servedOn, heldOn))).toEqual([
        'noticeServedOn',
        'FORMAL_HEARING_NOTICE_LATE',
      ]);
  });

  it('refuses a hearing on the Saturday before the 5th working day, although counting back from it finds five', () => {
    // Served Monday 2024-03-04; Saturday 3-9 is preceded by Mon 3-4 … Fri 3-8, but the parties'
    // five working days after service end on Monday 3-11.
    expect(isFormalHearingNoticeInTime(cn, '2024-03-04', '2024-03-09')).toBe(false);
    expect(isFormalHearingNoticeInTime(cn, '2024-03-04', '2024-03-11')).toBe(true);
  });

  it('answers 400 on noticeServedOn with the earliest day as {limit}', () => {
    const e = thrown(() => checkFormalHearingNotice(cn, '2026-02-26', '2026-03-03'));
    expect(e).toEqual(
      fieldError(
        'noticeServedOn',
        'FORMAL_HEARING_NOTICE_LATE',
        'the notice of a formal hearing reaches the parties 5 working days before it (Art. 51 para 1): served on 2026-02-26, the hearing is held on 2026-03-04 at the earliest, not 2026-03-03',
      ),
    );
    const [detail] = (e.body as { details: { i18n?: unknown }[] }).details;
    expect(detail.i18n).toEqual({ params: { limit: '2026-03-04' } });
  });
});

// ARL 2023 Art. 51 ¶3: 被申请人的负责人应当参加听证。不能参加的，应当说明理由并委托相应的工作人员参加听证。
describe('checkHeadAttendance (Art. 51 ¶3)', () => {
  const attended: FormalHearingRecord = {
    held: true,
    respondentHeadAttended: true,
    respondentAttendeeName: '王五',
    respondentAttendeeTitle: '局长',
    record: '听证笔录',
  };
  const absent: FormalHearingRecord = {
    held: true,
    respondentHeadAttended: false,
    respondentAttendeeName: '赵六',
    respondentAttendeeTitle: '法制科科长',
    headAbsenceReason: '局长出差',
    record: '听证笔录',
  };

  it('the head attended', () => {
    expect(() => checkHeadAttendance(attended)).not.toThrow();
  });

  it('the head absent, with the reason and a staff member sent in their place', () => {
    expect(() => checkHeadAttendance(absent)).not.toThrow();
  });

  it.each([
    ['headAbsenceReason', { ...absent, headAbsenceReason: undefined }],
    ['headAbsenceReason', { ...absent, headAbsenceReason: '  ' }],
    ['respondentAttendeeName', { ...absent, respondentAttendeeName: undefined }],
  ])(
    'the head absent without the reason or the delegate → 400 HEAD_ABSENCE_UNEXPLAINED on %s',
    (field, r) => {
      expect(codeOf(() => checkHeadAttendance(r))).toEqual([field, 'HEAD_ABSENCE_UNEXPLAINED']);
    },
  );

  it('no reason of absence for a head who attended (NOT_ALLOWED)', () => {
    expect(thrown(() => checkHeadAttendance({ ...attended, headAbsenceReason: '出差' }))).toEqual(
      fieldError(
        'headAbsenceReason',
        'NOT_ALLOWED',
        'headAbsenceReason is not given when the respondent’s head attended (Art. 51 para 3)',
      ),
    );
  });

  describe('checkFormalHearingRecord: held, or not held and why', () => {
    it('a held hearing: the attendance rule applies', () => {
      expect(() => checkFormalHearingRecord(attended)).not.toThrow();
      expect(
        codeOf(() => checkFormalHearingRecord({ ...absent, headAbsenceReason: undefined })),
      ).toEqual(['headAbsenceReason', 'HEAD_ABSENCE_UNEXPLAINED']);
      expect(codeOf(() => checkFormalHearingRecord({ ...attended, reason: '延期' }))).toEqual([
        'reason',
        'NOT_ALLOWED',
      ]);
    });

    it('a hearing not held: its reason, none of the attendance or the record', () => {
      expect(() =>
        checkFormalHearingRecord({ held: false, reason: '申请人撤回听证请求' }),
      ).not.toThrow();
      for (const field of [
        'respondentHeadAttended',
        'respondentAttendeeName',
        'respondentAttendeeTitle',
        'headAbsenceReason',
        'record',
      ] as const) {
        const r: FormalHearingRecord = { held: false, reason: '延期', [field]: absent[field] };
        expect(codeOf(() => checkFormalHearingRecord(r))).toEqual([field, 'NOT_ALLOWED']);
      }
    });
  });
});

describe('reviewWarnings: what a decision draft carries', () => {
  const none: ReviewFacts = {
    procedure: Procedure.ORDINARY,
    viewsHeard: [{ method: ViewsMethod.IN_PERSON }],
    formalHearings: [],
    committeeReferrals: [],
  };
  const codes = (f: ReviewFacts): ReviewWarningCode[] => reviewWarnings(f).map((w) => w.code);

  it('nothing to look at: ordinary, the parties heard, no hearing or referral open', () => {
    expect(reviewWarnings(none)).toEqual([]);
  });

  // Art. 49: 适用普通程序审理的行政复议案件，行政复议机构应当当面或者通过互联网、电话等方式听取当事人的
  // 意见，并将听取的意见记录在案。因当事人原因不能听取意见的，可以书面审理。
  describe('VIEWS_NOT_HEARD (Art. 49)', () => {
    it('ordinary procedure with no views recorded', () => {
      const [w] = reviewWarnings({ ...none, viewsHeard: [] });
      expect(w).toEqual({
        code: ReviewWarningCode.VIEWS_NOT_HEARD,
        message: expect.stringContaining('行政复议法第四十九条') as string,
        ids: [],
      });
    });

    it.each(Object.values(ViewsMethod))('a record by %s counts (WRITTEN is 书面审理)', (method) => {
      expect(codes({ ...none, viewsHeard: [{ method }] })).toEqual([]);
    });

    it.each([Procedure.SIMPLIFIED, null])('not asked of procedure %s', (procedure) => {
      expect(codes({ ...none, procedure, viewsHeard: [] })).toEqual([]);
    });
  });

  // Art. 61 ¶2: 经过听证的行政复议案件，行政复议机关应当根据听证笔录、审查认定的事实和证据，依照本法
  // 作出行政复议决定。
  describe('FORMAL_HEARING_NOT_RECORDED (Arts. 51, 61 ¶2)', () => {
    const hearing = (id: string, status: FormalHearingStatus, heldOn = '2026-03-04') => ({
      id,
      heldOn,
      status,
    });

    it('a hearing noticed and not yet recorded, each named', () => {
      const [w] = reviewWarnings({
        ...none,
        formalHearings: [
          hearing('h1', FormalHearingStatus.SCHEDULED, '2026-03-04'),
          hearing('h2', FormalHearingStatus.HELD, '2026-02-25'),
          hearing('h3', FormalHearingStatus.SCHEDULED, '2026-03-20'),
        ],
      });
      expect(w.code).toBe(ReviewWarningCode.FORMAL_HEARING_NOT_RECORDED);
      expect(w.ids).toEqual(['h1', 'h3']);
      expect(w.message).toContain('2026-03-04、2026-03-20');
      expect(w.message).toContain('第六十一条第二款');
    });

    it.each([FormalHearingStatus.HELD, FormalHearingStatus.CANCELLED])(
      'none once recorded %s',
      (status) => {
        expect(codes({ ...none, formalHearings: [hearing('h', status)] })).toEqual([]);
      },
    );
  });

  // Art. 52 ¶3: 行政复议机构应当记录行政复议委员会的咨询意见。Art. 61 ¶3: 提请行政复议委员会提出咨询意见
  // 的行政复议案件，行政复议机关应当将咨询意见作为作出行政复议决定的重要参考依据。
  describe('COMMITTEE_OPINION_PENDING (Arts. 52 ¶3, 61 ¶3)', () => {
    it('a referral without its opinion', () => {
      const [w] = reviewWarnings({
        ...none,
        committeeReferrals: [
          { id: 'r1', referredOn: '2026-02-27', opinionOn: null },
          { id: 'r2', referredOn: '2026-02-20', opinionOn: '2026-02-26' },
        ],
      });
      expect(w).toEqual({
        code: ReviewWarningCode.COMMITTEE_OPINION_PENDING,
        message: expect.stringContaining('2026-02-27') as string,
        ids: ['r1'],
      });
      expect(w.message).toContain('第六十一条第三款');
    });

    it('none once the opinion is recorded', () => {
      expect(
        codes({
          ...none,
          committeeReferrals: [{ id: 'r', referredOn: '2026-02-27', opinionOn: '2026-03-02' }],
        }),
      ).toEqual([]);
    });
  });

  it('all three at once, in the order of the articles', () => {
    expect(
      codes({
        procedure: Procedure.ORDINARY,
        viewsHeard: [],
        formalHearings: [{ id: 'h', heldOn: '2026-03-04', status: FormalHearingStatus.SCHEDULED }],
        committeeReferrals: [{ id: 'r', referredOn: '2026-02-27', opinionOn: null }],
      }),
    ).toEqual([
      ReviewWarningCode.VIEWS_NOT_HEARD,
      ReviewWarningCode.FORMAL_HEARING_NOT_RECORDED,
      ReviewWarningCode.COMMITTEE_OPINION_PENDING,
    ]);
  });
});
