import { ActType, ApplicantKind, Outcome } from '../../cases/case.enums';
import { AgreementRuling, CompensationRuling } from '../../review/proceedings.enums';
import { DocumentKind } from '../document.enums';
import { compose } from '.';
import type { Composition } from './composition';
import { decisionCitation } from './decisions';
import { documentFacts } from './facts-fixture';
import type { DecisionFacts, DocumentFacts } from './facts';

const text = (c: Composition): string => c.body.join('\n');
const base = documentFacts().decision!;
const decided = (d: Partial<DecisionFacts>, extra: Partial<DocumentFacts> = {}): Composition =>
  compose(
    DocumentKind.DECISION,
    documentFacts({ kind: DocumentKind.DECISION, decision: { ...base, ...d }, ...extra }),
  );
const ACT =
  '被申请人临江市滨河区市场监督管理局于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号）';

describe('行政复议决定书 (Arts. 61–75)', () => {
  it('opens with the parties, tells the course of the case, the claims, the answer and the reasons', () => {
    const c = decided({});
    expect(c.title).toBe('行政复议决定书');
    // Addressed to the applicant; the respondent gets a copy (the service records it).
    expect(c.recipient).toBe('张三');
    expect(c.body.slice(0, 4)).toEqual([
      '申请人：张三，住址：临江市滨河区柳岸路8号3单元201室。',
      '委托代理人：李律师。',
      '被申请人：临江市滨河区市场监督管理局。',
      '法定代表人：王五，局长。',
    ]);
    expect(text(c)).toContain(
      '申请人张三不服被申请人临江市滨河区市场监督管理局于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号），于2026年2月27日向本机关申请行政复议，本机关于2026年3月4日依法受理。本案适用普通程序审理。本机关于2026年4月1日组织听证。',
    );
    expect(c.body).toContain('申请人请求：撤销被申请人作出的滨市监罚〔2026〕8号行政处罚决定。');
    expect(c.body).toContain('申请人称：被申请人认定事实不清。');
    expect(c.body).toContain('被申请人称：申请人的违法事实清楚，证据确凿，处罚适当，请求维持。');
    expect(c.body).toContain(
      '本机关认为：被申请人作出处罚决定前未告知申请人陈述、申辩的权利，违反法定程序。',
    );
  });

  it('REVOKE with a period to act anew: Art. 64, the recorded basis, Art. 64 ¶2, Art. 77', () => {
    const t = text(decided({}));
    expect(t).toContain(
      '根据《中华人民共和国行政复议法》第六十四条第一款第一项、第二项的规定，本机关决定：',
    );
    expect(t).toContain(`一、撤销${ACT}。`);
    expect(t).toContain('二、责令被申请人自收到本决定书之日起三十日内重新作出行政行为。');
    expect(t).toContain('第六十四条第二款');
    expect(t).toContain('第七十七条第二款');
  });

  it('ends with the right to sue within fifteen days and the effect on service (Art. 75 ¶2)', () => {
    const c = decided({});
    expect(c.body.slice(-2)).toEqual([
      '申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。',
      '依照《中华人民共和国行政复议法》第七十五条第二款的规定，本决定书自送达之日起发生法律效力。',
    ]);
  });

  it('says a final decision is final instead of the right to sue (ARL Art. 10 但书)', () => {
    const t = text(decided({ final: true }));
    expect(t).toContain('本决定为最终裁决。');
    expect(t).not.toContain('提起行政诉讼');
    expect(t).toContain('本决定书自送达之日起发生法律效力');
  });

  it.each([
    [
      Outcome.ALTER,
      '第六十三条',
      `根据《中华人民共和国行政复议法》第六十三条的规定，本机关决定：变更${ACT}。`,
    ],
    [Outcome.PARTIAL_REVOKE, '第六十四条', `本机关决定：部分撤销${ACT}。`],
    [Outcome.CONFIRM_ILLEGAL, '第六十五条', `本机关决定：确认${ACT}违法。`],
    [Outcome.CONFIRM_INVALID, '第六十七条', `本机关决定：确认${ACT}无效。`],
    [Outcome.UPHOLD, '第六十八条', `本机关决定：维持${ACT}。`],
  ])('%s cites %s and orders it', (type, art, order) => {
    const t = text(decided({ type, legalBasis: [], remakeWithinDays: null }));
    expect(t).toContain(`《中华人民共和国行政复议法》${art}`);
    expect(t).toContain(order);
    expect(t).not.toContain('第七十七条');
    expect(t).toContain('十五日内');
  });

  it('ORDER_PERFORMANCE (Art. 66) and DISMISS (Art. 69) on a failure to act', () => {
    const inaction = {
      act: {
        type: ActType.INACTION,
        typeLabel: '不履行法定职责',
        documentNumber: null,
        actOn: null,
        summary: null,
      },
    };
    const perform = text(
      decided({ type: Outcome.ORDER_PERFORMANCE, legalBasis: [], remakeWithinDays: 15 }, inaction),
    );
    expect(perform).toContain(
      '申请人张三认为被申请人临江市滨河区市场监督管理局不履行法定职责，于2026年2月27日',
    );
    expect(perform).toContain(
      '根据《中华人民共和国行政复议法》第六十六条的规定，本机关决定：责令被申请人临江市滨河区市场监督管理局自收到本决定书之日起十五日内履行法定职责。',
    );
    expect(perform).toContain('被申请人应当履行本决定');
    const dismiss = text(
      decided({ type: Outcome.DISMISS, legalBasis: [], remakeWithinDays: null }, inaction),
    );
    expect(dismiss).toContain('第六十九条的规定，本机关决定：驳回申请人张三的行政复议请求。');
  });

  it('adds the agreement and compensation rulings (Arts. 71, 72) as further orders', () => {
    const t = text(
      decided({
        type: Outcome.CONFIRM_ILLEGAL,
        legalBasis: ['《中华人民共和国国家赔偿法》第四条'],
        remakeWithinDays: null,
        agreementRuling: AgreementRuling.REMEDY,
        compensationRuling: CompensationRuling.AWARDED,
        compensationAmountYuan: 5000,
      }),
    );
    expect(t).toContain(
      '根据《中华人民共和国行政复议法》第六十五条、第七十一条第一款、第七十二条第一款、《中华人民共和国国家赔偿法》第四条的规定，本机关决定：',
    );
    expect(t).toContain(`一、确认${ACT}违法。`);
    expect(t).toContain('二、责令被申请人采取补救措施。');
    expect(t).toContain('三、被申请人依法赔偿申请人5000.00元。');
  });

  it('tells the third party of its right to sue, and names it after the respondent', () => {
    const c = decided(
      {},
      {
        thirdParties: [{ kind: ApplicantKind.PERSON, name: '赵六', address: '滨河区江滨路2号' }],
        representatives: [
          { role: 'AGENT', name: '李律师', actsFor: '张三' },
          { role: 'AGENT', name: '钱七', actsFor: '赵六' },
        ],
      },
    );
    expect(c.body.slice(0, 7)).toEqual([
      '申请人：张三，住址：临江市滨河区柳岸路8号3单元201室。',
      '委托代理人：李律师。',
      '被申请人：临江市滨河区市场监督管理局。',
      '法定代表人：王五，局长。',
      '第三人：赵六，住址：滨河区江滨路2号。',
      '委托代理人：钱七。',
      expect.stringMatching(/^申请人张三不服/),
    ]);
    expect(text(c)).toContain('申请人、第三人如不服本决定');
  });

  it('does not name the speaker twice when the record already does', () => {
    const c = decided({
      answerSummary: '被申请人答复称：处罚适当，请求维持。',
      reasoning: '本机关认为：证据不足。',
    });
    expect(c.body).toContain('被申请人称：处罚适当，请求维持。');
    expect(c.body).toContain('本机关认为：证据不足。');
  });

  it('says when the respondent gave no answer', () => {
    expect(text(decided({ answerSummary: null }))).toContain('被申请人未提出书面答复。');
  });
});

describe('decisionCitation', () => {
  it('adds the decision type’s article only when the recorded basis lacks it', () => {
    expect(
      decisionCitation({ ...base, legalBasis: ['《中华人民共和国行政复议法》第六十四条'] }),
    ).toBe('《中华人民共和国行政复议法》第六十四条');
    expect(
      decisionCitation({ ...base, legalBasis: ['《中华人民共和国行政处罚法》第四十四条'] }),
    ).toBe('《中华人民共和国行政复议法》第六十四条、《中华人民共和国行政处罚法》第四十四条');
    // The regulation's Art. 64 is not the law's.
    expect(
      decisionCitation({ ...base, legalBasis: ['《中华人民共和国行政复议法实施条例》第六十四条'] }),
    ).toMatch(/^《中华人民共和国行政复议法》第六十四条、/);
  });
});

describe('行政复议调解书 (Art. 73)', () => {
  it('records the agreement, its effect on signature and seal, and the signature lines', () => {
    const c = compose(
      DocumentKind.MEDIATION_STATEMENT,
      documentFacts({ kind: DocumentKind.MEDIATION_STATEMENT }),
    );
    expect(c.title).toBe('行政复议调解书');
    expect(c.recipient).toBe('张三');
    expect(c.body[0]).toBe('申请人：张三，住址：临江市滨河区柳岸路8号3单元201室。');
    expect(text(c)).toContain(
      '第五条的规定，按照合法、自愿的原则，自2026年3月30日起组织当事人进行调解',
    );
    expect(c.body).toContain('被申请人将罚款数额变更为2000元。');
    expect(c.body).toContain('申请人于2026年5月15日前缴纳罚款。');
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法》第七十三条第一款的规定，本调解书经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力。',
    );
    expect(text(c)).toContain('第七十七条第一款');
    expect(c.body.slice(-2)).toEqual([
      '申请人（签字或者签章）：张三',
      '被申请人（签章）：临江市滨河区市场监督管理局',
    ]);
  });
});
