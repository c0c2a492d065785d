import { LetterKind } from '../../review/recommendation-letter.enums';
import { DocumentKind } from '../document.enums';
import { compose } from '.';
import type { Composition } from './composition';
import { documentFacts } from './facts-fixture';
import type { LetterFacts } from './facts';

const text = (c: Composition): string => c.body.join('\n');
const letter = documentFacts().letter!;

describe('行政复议意见书 (ARL Art. 76)', () => {
  it('goes to the agency, states the problems and asks for the report within sixty days', () => {
    const c = compose(
      DocumentKind.OPINION_LETTER,
      documentFacts({ kind: DocumentKind.OPINION_LETTER }),
    );
    expect(c.title).toBe('行政复议意见书');
    expect(c.recipient).toBe('临江市滨河区市场监督管理局');
    expect(text(c)).toContain('本机关在办理申请人张三不服被申请人临江市滨河区市场监督管理局');
    expect(text(c)).toContain('一案（滨复〔2026〕17号）过程中');
    expect(c.body).toContain('在作出行政处罚决定前未依法告知当事人陈述、申辩的权利。');
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法》第七十六条的规定，现向你单位制发行政复议意见书。请你单位依法纠正相关违法或者不当的行政行为，并自收到本意见书之日起六十日内，将纠正情况报送本机关。',
    );
    expect(text(c)).toContain('第七十七条第二款');
  });

  it('to another agency than the respondent, without Art. 77', () => {
    const other: LetterFacts = {
      ...letter,
      agencyName: '临江市滨河区柳岸街道办事处',
      toRespondent: false,
    };
    const c = compose(DocumentKind.OPINION_LETTER, documentFacts({ letter: other }));
    expect(c.recipient).toBe('临江市滨河区柳岸街道办事处');
    expect(text(c)).not.toContain('第七十七条');
  });
});

describe('行政复议建议书 (Reg. 2007 Art. 57 ¶2)', () => {
  it('cites the regulation and makes the recommendations', () => {
    const c = compose(
      DocumentKind.RECOMMENDATION_LETTER,
      documentFacts({
        letter: {
          ...letter,
          kind: LetterKind.RECOMMENDATION,
          content: '建议统一行政处罚告知书格式',
        },
      }),
    );
    expect(c.title).toBe('行政复议建议书');
    expect(c.recipient).toBe('临江市滨河区市场监督管理局');
    expect(text(c)).toContain('法律、法规、规章实施中存在带有普遍性的问题');
    expect(text(c)).toContain(
      '根据《中华人民共和国行政复议法实施条例》第五十七条第二款的规定，现就完善制度和改进行政执法提出如下建议：',
    );
    expect(c.body).toContain('建议统一行政处罚告知书格式。');
    expect(text(c)).not.toContain('六十日');
  });
});
