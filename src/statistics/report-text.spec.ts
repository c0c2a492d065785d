import { Outcome } from '../cases/case.enums';
import { litigationFigures, LitigationCounts, reconsiderationFigures } from './rules/figures.rules';
import { renderYearReport } from './report-text';

const reconsideration = (
  byOutcome: Partial<Record<Outcome, number>>,
  extra: { preCaseMediated?: number; recommendationLetters?: number } = {},
) =>
  reconsiderationFigures({
    received: 0,
    preCaseMediated: extra.preCaseMediated ?? 0,
    onTime: 0,
    byOutcome,
    pending: 0,
    overdue: 0,
    recommendationLetters: extra.recommendationLetters ?? 0,
    deemedAccepted: 0,
    formalHearingsHeld: 0,
    formalHearingHeadAttended: 0,
  });

const lawsuits = (c: Partial<LitigationCounts> = {}) =>
  litigationFigures({
    lawsuits: 0,
    reminderLetters: 0,
    hearingsHeld: 0,
    headAttended: 0,
    judgments: 0,
    lost: 0,
    ...c,
  });

/** The worked example of docs/domain.md, with two mediations and letters around it. */
const WORKED = reconsideration(
  {
    [Outcome.REVOKE]: 3,
    [Outcome.CONFIRM_ILLEGAL]: 1,
    [Outcome.UPHOLD]: 4,
    [Outcome.DISMISS]: 2,
    [Outcome.NOT_ACCEPTED]: 5,
  },
  { preCaseMediated: 2, recommendationLetters: 3 },
);

describe('renderYearReport', () => {
  it('the paragraph of docs/domain.md, exactly', () => {
    const text = renderYearReport(
      2020,
      WORKED,
      lawsuits({ lawsuits: 12, reminderLetters: 9, hearingsHeld: 8, headAttended: 7 }),
    );
    expect(text).toBe(
      '2020年，办理行政复议案件17件（案前调解2件，新收及旧存结案15件，' +
        '其中撤销3件，维持4件，驳回复议请求2件，责令履行0件，不予受理5件，确认违法1件），' +
        '纠错率达40%，发放行政复议建议书3份。' +
        '承办行政应诉案件12件，发出出庭提示函9份，行政机关负责人出庭率达88%。\n',
    );
  });

  it('the named decisions always; the others, in their order, when there are any', () => {
    const text = renderYearReport(
      2019,
      reconsideration({
        [Outcome.ABANDONED]: 1,
        [Outcome.TERMINATED]: 2,
        [Outcome.CONFIRM_INVALID]: 1,
        [Outcome.ALTER]: 1,
        [Outcome.PARTIAL_REVOKE]: 1,
        [Outcome.ORDER_PERFORMANCE]: 2,
      }),
      lawsuits(),
    );
    expect(text).toBe(
      '2019年，办理行政复议案件8件（案前调解0件，新收及旧存结案8件，' +
        '其中撤销0件，维持0件，驳回复议请求0件，责令履行2件，不予受理0件，' +
        '部分撤销1件，变更1件，确认无效1件，终止2件，视为放弃1件），' +
        '纠错率达100%，发放行政复议建议书0份。' +
        '承办行政应诉案件0件，发出出庭提示函0份，无开庭。\n',
    );
  });

  it('no merits decision: no correction rate', () => {
    const text = renderYearReport(
      2021,
      reconsideration({ [Outcome.NOT_ACCEPTED]: 2 }, { preCaseMediated: 1 }),
      lawsuits({ lawsuits: 1, hearingsHeld: 3, headAttended: 2 }),
    );
    expect(text).toBe(
      '2021年，办理行政复议案件3件（案前调解1件，新收及旧存结案2件，' +
        '其中撤销0件，维持0件，驳回复议请求0件，责令履行0件，不予受理2件），' +
        '无实体审理结案，发放行政复议建议书0份。' +
        '承办行政应诉案件1件，发出出庭提示函0份，行政机关负责人出庭率达67%。\n',
    );
  });

  it('without litigation figures (an office), the reconsideration sentence only', () => {
    expect(renderYearReport(2020, WORKED, null)).toBe(
      '2020年，办理行政复议案件17件（案前调解2件，新收及旧存结案15件，' +
        '其中撤销3件，维持4件，驳回复议请求2件，责令履行0件，不予受理5件，确认违法1件），' +
        '纠错率达40%，发放行政复议建议书3份。\n',
    );
  });

  it('percentages rounded half up to whole numbers', () => {
    // 1 of 8 corrected: 12.5% → 13%; 57 of 200 hearings attended: 28.5% → 29%.
    const text = renderYearReport(
      2022,
      reconsideration({ [Outcome.REVOKE]: 1, [Outcome.UPHOLD]: 7 }),
      lawsuits({ hearingsHeld: 200, headAttended: 57 }),
    );
    expect(text).toContain('纠错率达13%');
    expect(text).toContain('行政机关负责人出庭率达29%');
  });
});
