import { Outcome } from '../cases/case.enums';
import { JudgmentKind } from '../litigation/litigation-case.enums';
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
    hearingsHeadAttended: 0,
    hearingsHeadExcused: 0,
    instancesHeard: 0,
    instancesHeadAttended: 0,
    instancesHeadExcused: 0,
    byJudgment: {},
    judicialRecommendations: 0,
    judicialRecommendationsAnswered: 0,
    judicialRecommendationsOverdue: 0,
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
    // 8 hearings held in 7 instances, the head at 7 hearings of 6 instances (one of them heard
    // twice, attended at both); 5 instances concluded, 1 lost (revoked); 2 judicial recommendations.
    const text = renderYearReport(
      2020,
      WORKED,
      lawsuits({
        lawsuits: 12,
        reminderLetters: 9,
        hearingsHeld: 8,
        hearingsHeadAttended: 7,
        instancesHeard: 7,
        instancesHeadAttended: 6,
        byJudgment: {
          [JudgmentKind.CLAIMS_REJECTED]: 3,
          [JudgmentKind.WITHDRAWN]: 1,
          [JudgmentKind.REVOKED]: 1,
          [JudgmentKind.REMANDED]: 1,
        },
        judicialRecommendations: 2,
      }),
    );
    expect(text).toBe(
      '2020年，办理行政复议案件17件（案前调解2件，新收及旧存结案15件，' +
        '其中撤销3件，维持4件，驳回复议请求2件，责令履行0件，不予受理5件，确认违法1件），' +
        '纠错率达40%，发放行政复议建议书3份。' +
        '承办行政应诉案件12件，发出出庭提示函9份，' +
        '行政机关负责人出庭率达86%（按案件审级计；按庭次计88%），' +
        '审结5件，其中败诉1件，败诉率20%，收到司法建议2份。\n',
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
        '承办行政应诉案件0件，发出出庭提示函0份，无开庭，无审结案件，收到司法建议0份。\n',
    );
  });

  it('no merits decision: no correction rate', () => {
    const text = renderYearReport(
      2021,
      reconsideration({ [Outcome.NOT_ACCEPTED]: 2 }, { preCaseMediated: 1 }),
      lawsuits({
        lawsuits: 1,
        hearingsHeld: 3,
        hearingsHeadAttended: 2,
        instancesHeard: 1,
        instancesHeadAttended: 1,
        byJudgment: { [JudgmentKind.WITHDRAWN]: 1 },
      }),
    );
    expect(text).toBe(
      '2021年，办理行政复议案件3件（案前调解1件，新收及旧存结案2件，' +
        '其中撤销0件，维持0件，驳回复议请求0件，责令履行0件，不予受理2件），' +
        '无实体审理结案，发放行政复议建议书0份。' +
        '承办行政应诉案件1件，发出出庭提示函0份，' +
        '行政机关负责人出庭率达100%（按案件审级计；按庭次计67%），' +
        '审结1件，其中败诉0件，败诉率0%，收到司法建议0份。\n',
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
    // 1 of 8 corrected: 12.5% → 13%; 57 of 200 hearings attended: 28.5% → 29%; 1 of 8
    // instances: 12.5% → 13%; 1 of 200 lost: 0.5% → 1%.
    const text = renderYearReport(
      2022,
      reconsideration({ [Outcome.REVOKE]: 1, [Outcome.UPHOLD]: 7 }),
      lawsuits({
        hearingsHeld: 200,
        hearingsHeadAttended: 57,
        instancesHeard: 8,
        instancesHeadAttended: 1,
        byJudgment: { [JudgmentKind.CLAIMS_REJECTED]: 199, [JudgmentKind.VARIED]: 1 },
      }),
    );
    expect(text).toContain('纠错率达13%');
    expect(text).toContain('行政机关负责人出庭率达13%（按案件审级计；按庭次计29%）');
    expect(text).toContain('审结200件，其中败诉1件，败诉率1%');
  });

  it('the seed district: 148 lawsuits, every instance attended, exactly 100%', () => {
    // 148 lawsuits each heard in one instance, the head attending in every one: 170 hearings held
    // (some instances heard more than once), the head at 160 of them (SPC 2020 Art. 7: one
    // attendance in an instance fulfils its duty). Per case and instance 148/148 = 100% exactly;
    // per hearing 160/170 = 94.1% → 94%.
    const f = lawsuits({
      lawsuits: 148,
      reminderLetters: 170,
      hearingsHeld: 170,
      hearingsHeadAttended: 160,
      instancesHeard: 148,
      instancesHeadAttended: 148,
    });
    expect(f.headAttendanceRate).toEqual({ numerator: 148, denominator: 148, rate: 1 });
    const text = renderYearReport(2020, WORKED, f);
    expect(text).toContain(
      '承办行政应诉案件148件，发出出庭提示函170份，' +
        '行政机关负责人出庭率达100%（按案件审级计；按庭次计94%），无审结案件，收到司法建议0份。',
    );
  });

  it('no instance concluded but remands: no loss rate', () => {
    const text = renderYearReport(
      2023,
      WORKED,
      lawsuits({ lawsuits: 2, byJudgment: { [JudgmentKind.REMANDED]: 1 } }),
    );
    expect(text).toContain('承办行政应诉案件2件，发出出庭提示函0份，无开庭，无审结案件，');
  });
});
