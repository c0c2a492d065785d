/**
 * The letters to agencies: 行政复议意见书 (ARL Art. 76: the agency reports its correction within
 * sixty days) and 行政复议建议书 (Reg. 2007 Art. 57 ¶2: problems common to the implementation of
 * laws, regulations and rules). Addressed to the agency the letter was issued to. Pure.
 */
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../document.enums';
import { REG_2007, article, arl, paragraphs, sentence } from './chinese';
import { caseName, need } from './common';
import type { Composition } from './composition';
import type { DocumentFacts } from './facts';

/** 意见书 (Art. 76); to the respondent Art. 77 binds it too (履行…意见书). */
export function opinionLetter(f: DocumentFacts): Composition {
  const l = need(f.letter, 'the opinion letter');
  const binding = l.toRespondent
    ? [
        `你单位不履行或者无正当理由拖延履行本意见书的，本机关将依照${arl(77, 2)}的规定责令你单位限期履行，并可以约谈你单位有关负责人或者予以通报批评。`,
      ]
    : [];
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.OPINION_LETTER],
    recipient: l.agencyName,
    body: [
      `本机关在办理${caseName(f)}过程中，发现你单位的有关行政行为存在下列违法或者不当的问题：`,
      ...paragraphs(l.content).map(sentence),
      `根据${arl(76)}的规定，现向你单位制发行政复议意见书。请你单位依法纠正相关违法或者不当的行政行为，并自收到本意见书之日起六十日内，将纠正情况报送本机关。`,
      ...binding,
    ],
    attachments: [],
  };
}

/** 建议书 (Reg. 2007 Art. 57 ¶2: 完善制度和改进行政执法的建议). */
export function recommendationLetter(f: DocumentFacts): Composition {
  const l = need(f.letter, 'the recommendation letter');
  return {
    title: DOCUMENT_KIND_LABELS[DocumentKind.RECOMMENDATION_LETTER],
    recipient: l.agencyName,
    body: [
      `本机关在办理${caseName(f)}过程中，发现法律、法规、规章实施中存在带有普遍性的问题。根据${REG_2007}${article(57, 2)}的规定，现就完善制度和改进行政执法提出如下建议：`,
      ...paragraphs(l.content).map(sentence),
      '请你单位研究办理，并将有关情况函告本机关。',
    ],
    attachments: [],
  };
}
