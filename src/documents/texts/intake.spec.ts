import { ActType, ApplicantKind, Procedure } from '../../cases/case.enums';
import { DocumentKind } from '../document.enums';
import { compose } from '.';
import type { Composition } from './composition';
import { documentFacts } from './facts-fixture';
import type { DocumentFacts } from './facts';

const text = (c: Composition): string => c.body.join('\n');
const of = (kind: DocumentKind, overrides: Partial<DocumentFacts> = {}): Composition =>
  compose(kind, documentFacts({ kind, ...overrides }));

describe('补正通知书 (ARL Art. 31)', () => {
  it('lists every item at once and gives the ten days with their last day', () => {
    const c = of(DocumentKind.SUPPLEMENT_NOTICE, {
      supplement: {
        items: ['提供申请人的身份证明复印件', '写明具体的行政复议请求。'],
        noticeSentOn: '2026-03-24',
        noticeServedOn: '2026-03-25',
        // Ten working days from Wednesday 25 March, across Qingming (4–6 April) → 9 April.
        dueOn: '2026-04-09',
        extensionReason: null,
        extendedOn: null,
      },
    });
    expect(c.title).toBe('行政复议补正通知书');
    expect(c.recipient).toBe('张三');
    expect(c.body).toContain('一、提供申请人的身份证明复印件。');
    expect(c.body).toContain('二、写明具体的行政复议请求。');
    expect(text(c)).toContain(
      '你不服临江市滨河区市场监督管理局于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号），于2026年2月27日提出的行政复议申请，本机关已收悉。',
    );
    expect(text(c)).toContain('《中华人民共和国行政复议法》第三十一条第一款');
    expect(text(c)).toContain(
      '请你自收到本通知之日起十日内，即最迟于2026年4月9日，向本机关提交补正材料。',
    );
    expect(text(c)).toContain('第三十一条第二款的规定，视为你放弃行政复议申请，并记录在案');
    expect(text(c)).toContain('无正当理由逾期不补正');
  });

  it('states an extended period as extended (Art. 31 ¶2)', () => {
    const c = of(DocumentKind.SUPPLEMENT_NOTICE, {
      supplement: {
        items: ['提供处罚决定书原件'],
        noticeSentOn: '2026-03-02',
        noticeServedOn: '2026-03-03',
        dueOn: '2026-04-01',
        extensionReason: '申请人住院治疗',
        extendedOn: '2026-03-16',
      },
    });
    expect(text(c)).toContain(
      '本机关已于2026年3月16日依照《中华人民共和国行政复议法》第三十一条第二款的规定将补正期限延长至2026年4月1日',
    );
    expect(text(c)).not.toContain('最迟于');
  });

  it('addresses an organisation as 你单位 and several applicants as 你们', () => {
    const org = of(DocumentKind.SUPPLEMENT_NOTICE, {
      applicants: [
        { kind: ApplicantKind.ORGANISATION, name: '临江某某食品有限公司', address: null },
      ],
    });
    expect(org.recipient).toBe('临江某某食品有限公司');
    expect(text(org)).toMatch(/^你单位不服/);
    const two = of(DocumentKind.SUPPLEMENT_NOTICE, {
      applicants: [
        { kind: ApplicantKind.PERSON, name: '张三', address: null },
        { kind: ApplicantKind.PERSON, name: '李四', address: null },
      ],
    });
    expect(two.recipient).toBe('张三、李四');
    expect(text(two)).toContain('请你们补正下列事项');
  });
});

describe('受理通知书 (Art. 30 ¶1, Arts. 53, 62)', () => {
  it('accepts under Art. 30 ¶1 and gives the ordinary 60 days with their last day', () => {
    const c = of(DocumentKind.ACCEPTANCE_NOTICE);
    expect(c.recipient).toBe('张三');
    expect(text(c)).toContain(
      '于2026年2月27日提出的行政复议申请，本机关已收悉。经审查，该申请符合《中华人民共和国行政复议法》第三十条第一款规定，本机关决定予以受理。',
    );
    expect(text(c)).toContain(
      '本案适用普通程序审理。根据《中华人民共和国行政复议法》第六十二条第一款的规定',
    );
    // 2026-03-04 + 60 = 3 May, in the Labour Day holiday: due 6 May.
    expect(text(c)).toContain('自受理申请之日起六十日内，即最迟于2026年5月6日作出行政复议决定');
    expect(text(c)).toContain('延长期限最多不超过三十日');
    expect(text(c)).toContain('第四十七条');
  });

  it('gives the simplified procedure with its Art. 53 ground and the 30 days', () => {
    const c = of(DocumentKind.ACCEPTANCE_NOTICE, {
      procedure: Procedure.SIMPLIFIED,
      procedureLabel: '简易程序',
      simplifiedGroundLabel: '案件涉及款额三千元以下',
      decisionDueOn: '2026-04-03',
    });
    expect(text(c)).toContain('本案案件涉及款额三千元以下，事实清楚、权利义务关系明确、争议不大');
    expect(text(c)).toContain('第五十三条第一款的规定，适用简易程序审理');
    expect(text(c)).toContain(
      '第六十二条第二款的规定，本机关将自受理申请之日起三十日内，即最迟于2026年4月3日作出',
    );
    expect(text(c)).not.toContain('六十日');
  });

  it('names the parties’ agreement (Art. 53 ¶2)', () => {
    const c = of(DocumentKind.ACCEPTANCE_NOTICE, {
      procedure: Procedure.SIMPLIFIED,
      simplifiedGroundLabel: '当事人各方同意适用简易程序',
      simplifiedByAgreement: true,
    });
    expect(text(c)).toContain(
      '经当事人各方同意，根据《中华人民共和国行政复议法》第五十三条第二款的规定',
    );
  });

  it('says a deemed acceptance is the law’s (Art. 30 ¶3), and a supplement received', () => {
    const c = of(DocumentKind.ACCEPTANCE_NOTICE, {
      deemedAccepted: true,
      acceptanceDueOn: '2026-03-31',
      acceptedOn: '2026-03-31',
      supplementFulfilledOn: '2026-03-24',
    });
    expect(text(c)).toContain('你已于2026年3月24日补正申请材料。');
    expect(text(c)).toContain(
      '该申请的审查期限于2026年3月31日届满，本机关未作出不予受理决定。根据《中华人民共和国行政复议法》第三十条第三款的规定，该申请自2026年3月31日起视为受理。',
    );
    expect(text(c)).not.toContain('决定予以受理');
  });
});

describe('不予受理决定书 (Art. 30 ¶2)', () => {
  it('opens with the parties, gives the reason, Art. 30 ¶2 and the right to sue', () => {
    const c = of(DocumentKind.NON_ACCEPTANCE_DECISION);
    expect(c.title).toBe('不予受理行政复议申请决定书');
    expect(c.recipient).toBe('张三');
    expect(c.body.slice(0, 4)).toEqual([
      '申请人：张三，住址：临江市滨河区柳岸路8号3单元201室。',
      '委托代理人：李律师。',
      '被申请人：临江市滨河区市场监督管理局。',
      '法定代表人：王五，局长。',
    ]);
    expect(text(c)).toContain(
      '经审查，申请人于2025年10月9日知道该行政行为，其申请超过法定申请期限。',
    );
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法》第三十条第二款的规定，本机关决定：不予受理。',
    );
    expect(text(c)).toContain(
      '申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。',
    );
    expect(text(c)).not.toContain('依法受理');
  });

  it('does not double the 经审查 a recorded reason begins with', () => {
    const c = of(DocumentKind.NON_ACCEPTANCE_DECISION, {
      nonAcceptance: {
        decidedOn: '2026-03-05',
        reason: '经审查，该申请不属于本机关管辖，申请人可以向临江市人民政府申请行政复议。',
      },
    });
    expect(text(c)).toContain(
      '经审查，该申请不属于本机关管辖，申请人可以向临江市人民政府申请行政复议。该申请不符合',
    );
    expect(text(c)).not.toContain('经审查，经审查');
  });
});

describe('驳回行政复议申请决定书 (Art. 33)', () => {
  it('recalls the acceptance, the reason and Art. 33', () => {
    const c = of(DocumentKind.APPLICATION_DISMISSAL);
    expect(c.title).toBe('驳回行政复议申请决定书');
    expect(text(c)).toContain(
      '于2026年2月27日向本机关申请行政复议，本机关于2026年3月4日依法受理。',
    );
    expect(text(c)).toContain(
      '经查，人民法院已于2026年2月20日受理申请人就同一行政行为提起的行政诉讼。',
    );
    expect(text(c)).not.toContain('经审查，经查');
    expect(text(c)).toContain(
      '该申请不符合《中华人民共和国行政复议法》第三十条第一款规定。根据《中华人民共和国行政复议法》第三十三条的规定，本机关决定：驳回申请人张三的行政复议申请。',
    );
    expect(text(c)).toContain('十五日内，依法向人民法院提起行政诉讼');
  });

  it('tells third parties of the right to sue too', () => {
    const c = of(DocumentKind.APPLICATION_DISMISSAL, {
      thirdParties: [
        { kind: ApplicantKind.ORGANISATION, name: '临江某某超市', address: '滨河路1号' },
      ],
    });
    expect(c.body).toContain('第三人：临江某某超市。');
    expect(text(c)).toContain('申请人、第三人如不服本决定');
  });
});

describe('答复通知书 (Arts. 48, 54)', () => {
  it('goes to the respondent with the copy: ten days under the ordinary procedure (Art. 48)', () => {
    const c = of(DocumentKind.ANSWER_NOTICE);
    expect(c.recipient).toBe('临江市滨河区市场监督管理局');
    expect(c.attachments).toEqual(['行政复议申请书副本']);
    expect(text(c)).toContain(
      '申请人张三不服你单位于2026年1月15日作出的行政处罚决定（滨市监罚〔2026〕8号）',
    );
    expect(text(c)).toContain('本机关已于2026年3月4日依法受理，适用普通程序审理');
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法》第四十八条的规定，现将行政复议申请书副本发送你单位。请你单位自收到行政复议申请书副本之日起十日内，即最迟于2026年3月23日，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。',
    );
    expect(text(c)).toContain('第七十条');
    expect(text(c)).toContain('第四十六条第一款');
  });

  it('gives five days under the simplified procedure (Art. 54 ¶1), and no date before receipt', () => {
    const c = of(DocumentKind.ANSWER_NOTICE, {
      procedure: Procedure.SIMPLIFIED,
      answerCopyReceivedOn: null,
      answerDueOn: null,
    });
    expect(text(c)).toContain('适用简易程序审理');
    expect(text(c)).toContain('第五十四条第一款的规定');
    expect(text(c)).toContain('自收到行政复议申请书副本之日起五日内，提出书面答复');
    expect(text(c)).not.toContain('十日');
    expect(text(c)).not.toContain('第四十八条');
  });

  it('names a failure to act as such', () => {
    const c = of(DocumentKind.ANSWER_NOTICE, {
      act: {
        type: ActType.INACTION,
        typeLabel: '不履行法定职责',
        documentNumber: null,
        actOn: null,
        summary: null,
      },
    });
    expect(text(c)).toContain(
      '申请人张三认为你单位不履行法定职责，于2026年2月27日向本机关申请行政复议',
    );
  });
});
