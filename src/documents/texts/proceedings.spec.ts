import { ApplicantKind, TerminationReason } from '../../cases/case.enums';
import { FormalHearingReason, SuspensionGround } from '../../review/proceedings.enums';
import { DocumentKind } from '../document.enums';
import { compose } from '.';
import type { Composition } from './composition';
import { documentFacts } from './facts-fixture';
import type { DocumentFacts, SuspensionFacts } from './facts';

const text = (c: Composition): string => c.body.join('\n');
const of = (kind: DocumentKind, overrides: Partial<DocumentFacts> = {}): Composition =>
  compose(kind, documentFacts({ kind, ...overrides }));
const CASE =
  '申请人张三不服被申请人临江市滨河区市场监督管理局于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号）申请行政复议一案（滨复〔2026〕17号）';
const THIRD = { kind: ApplicantKind.ORGANISATION, name: '临江某某超市', address: null };

describe('听证通知书 (Arts. 50–51)', () => {
  it('goes to every party with time, place and matters, and calls the respondent’s head', () => {
    const c = of(DocumentKind.HEARING_NOTICE, { thirdParties: [THIRD] });
    expect(c.recipient).toBe('张三、临江某某超市、临江市滨河区市场监督管理局');
    expect(text(c)).toContain(
      `${CASE}，本机关已于2026年3月4日依法受理。申请人请求听证，根据《中华人民共和国行政复议法》第五十条第二款的规定`,
    );
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法》第五十一条第一款的规定，现将听证的时间、地点和拟听证事项通知如下：',
    );
    expect(c.body).toContain('一、听证时间：2026年4月1日。');
    expect(c.body).toContain('二、听证地点：滨河区司法局三楼听证室。');
    expect(c.body).toContain('三、拟听证事项：被申请人认定的违法事实是否清楚；处罚程序是否合法。');
    expect(text(c)).toContain('视为放弃听证权利（《中华人民共和国行政复议法》第五十一条第二款）');
    expect(text(c)).toContain(
      '被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加听证（《中华人民共和国行政复议法》第五十一条第三款）',
    );
    expect(text(c)).toContain('请被申请人临江市滨河区市场监督管理局局长王五参加听证。');
  });

  it('cites Art. 50 ¶1 for a major, difficult or complex case', () => {
    const c = of(DocumentKind.HEARING_NOTICE, {
      hearing: { ...documentFacts().hearing!, reason: FormalHearingReason.MAJOR_OR_COMPLEX },
    });
    expect(text(c)).toContain(
      '因本案案情重大、疑难、复杂，根据《中华人民共和国行政复议法》第五十条第一款的规定',
    );
  });
});

const suspension = (s: Partial<SuspensionFacts>): SuspensionFacts => ({
  ...documentFacts().suspension!,
  ...s,
});

describe('中止审理通知书 (Art. 39)', () => {
  it('names the ground’s item of Art. 39 ¶1, the day, and the resumption to come', () => {
    const c = of(DocumentKind.SUSPENSION_NOTICE);
    expect(c.title).toBe('行政复议中止审理通知书');
    expect(c.recipient).toBe('张三、临江市滨河区市场监督管理局');
    expect(text(c)).toContain(
      '属于《中华人民共和国行政复议法》第三十九条第一款第八项规定的“行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结”情形',
    );
    expect(text(c)).toContain('本机关决定自2026年3月30日起中止本案的审理。');
    expect(text(c)).toContain('第三十九条第二款的规定及时恢复本案的审理');
    expect(text(c)).toContain('第三十九条第三款的规定，特此书面告知');
    expect(text(c)).not.toContain('第四十一条');
  });

  it('warns of the termination after sixty days on items 1, 2 and 4 (Art. 41 item 5)', () => {
    const c = of(DocumentKind.SUSPENSION_NOTICE, {
      suspension: suspension({
        ground: SuspensionGround.APPLICANT_DIED,
        groundItem: 1,
        groundLabel: '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议',
        reason: '申请人于2026年3月20日死亡',
      }),
    });
    expect(text(c)).toContain(
      '第三十九条第一款第一项规定的“作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议”情形',
    );
    expect(text(c)).toContain(
      '中止行政复议满六十日，行政复议中止的原因仍未消除的，本机关将依照《中华人民共和国行政复议法》第四十一条第五项的规定决定终止行政复议。',
    );
  });

  it('cites Art. 39 ¶1 alone for a suspension recorded before grounds were coded', () => {
    const c = of(DocumentKind.SUSPENSION_NOTICE, {
      suspension: suspension({
        ground: null,
        groundItem: null,
        groundLabel: null,
        reason: '申请人因病住院',
      }),
    });
    expect(text(c)).toContain(
      '本案审理中，申请人因病住院。根据《中华人民共和国行政复议法》第三十九条第一款的规定，本机关决定自2026年3月30日起中止',
    );
  });
});

describe('恢复审理通知书 (Art. 39 ¶2)', () => {
  it('recalls the suspension and resumes on the day recorded', () => {
    const c = of(DocumentKind.RESUMPTION_NOTICE);
    expect(text(c)).toContain(`${CASE}，本机关于2026年3月30日中止审理。`);
    expect(text(c)).toContain(
      '现中止审理的原因已经消除，根据《中华人民共和国行政复议法》第三十九条第二款的规定，本机关决定自2026年5月6日起恢复本案的审理。',
    );
  });

  it('needs the resumption', () => {
    expect(() =>
      of(DocumentKind.RESUMPTION_NOTICE, { suspension: suspension({ resumedOn: null }) }),
    ).toThrow(/resumption/);
  });
});

describe('延期审理通知书 (Art. 62 ¶1)', () => {
  it('gives the reason, the approval, the days and the new last day', () => {
    const c = of(DocumentKind.EXTENSION_NOTICE);
    expect(c.recipient).toBe('张三、临江市滨河区市场监督管理局');
    expect(text(c)).toContain('本案适用普通程序审理。');
    expect(text(c)).toContain(
      '本案情况复杂（涉及多名当事人，需要进一步调查核实），不能在规定期限内作出行政复议决定。',
    );
    expect(text(c)).toContain(
      '经行政复议机构的负责人批准，根据《中华人民共和国行政复议法》第六十二条第一款的规定，本案的审理期限延长三十日，本机关将最迟于2026年6月2日作出行政复议决定。',
    );
  });

  it('writes the days in Chinese', () => {
    const c = of(DocumentKind.EXTENSION_NOTICE, {
      extension: { days: 15, reason: null, approvedOn: null, decisionDueOn: '2026-05-21' },
    });
    expect(text(c)).toContain('本案情况复杂，不能在规定期限内');
    expect(text(c)).toContain('延长十五日，本机关将最迟于2026年5月21日作出');
  });
});

describe('终止行政复议决定书 (Art. 41)', () => {
  const terminated = (reason: TerminationReason, extra: Partial<DocumentFacts> = {}): string =>
    text(
      of(DocumentKind.TERMINATION_DECISION, {
        termination: { reason, reasonLabel: '', decidedOn: '2026-04-30', lapsedSuspension: null },
        ...extra,
      }),
    );

  it('a withdrawal allowed: item 1, no right-to-sue notice', () => {
    const t = terminated(TerminationReason.WITHDRAWN);
    expect(t).toContain('申请人：张三，住址：临江市滨河区柳岸路8号3单元201室。');
    expect(t).toContain('行政复议机构准予撤回');
    expect(t).toContain(
      '根据《中华人民共和国行政复议法》第四十一条第一项的规定，本机关决定：终止本案的行政复议。',
    );
    expect(t).not.toContain('提起行政诉讼');
  });

  it('a settlement: items 1 and Art. 74 ¶2, and no second application on the same facts', () => {
    const t = terminated(TerminationReason.SETTLED);
    expect(t).toContain('自愿达成和解');
    expect(t).toContain('根据《中华人民共和国行政复议法》第四十一条第一项、第七十四条第二款的规定');
    expect(t).toContain('申请人不得再以同一事实和理由提出行政复议申请');
  });

  it.each([
    [
      TerminationReason.APPLICANT_DIED,
      '第四十一条第二项',
      '没有近亲属或者其近亲属放弃行政复议权利',
    ],
    [TerminationReason.APPLICANT_DISSOLVED, '第四十一条第三项', '没有权利义务承受人'],
    [TerminationReason.CRIMINAL_MEASURES, '第四十一条第四项', '被采取刑事强制措施'],
  ])('%s: %s', (reason, item, phrase) => {
    const t = terminated(reason);
    expect(t).toContain(
      `《中华人民共和国行政复议法》${item}的规定，本机关决定：终止本案的行政复议。`,
    );
    expect(t).toContain(phrase);
  });

  it('a lapsed suspension: item 5, the suspension recalled, the right to sue', () => {
    const t = terminated(TerminationReason.SUSPENSION_LAPSED, {
      termination: {
        reason: TerminationReason.SUSPENSION_LAPSED,
        reasonLabel: '',
        decidedOn: '2026-05-30',
        lapsedSuspension: suspension({
          groundItem: 4,
          suspendedOn: '2026-03-31',
          resumedOn: '2026-05-30',
        }),
      },
    });
    expect(t).toContain(
      '本机关于2026年3月31日依照《中华人民共和国行政复议法》第三十九条第一款第四项的规定中止行政复议，至今已满六十日，行政复议中止的原因仍未消除。',
    );
    expect(t).toContain('第四十一条第五项');
    expect(t).toContain('申请人如不服本决定，可以自收到本决定书之日起十五日内');
  });
});
