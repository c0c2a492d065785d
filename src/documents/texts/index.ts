/**
 * The words of every document (docs/domain.md, "Documents and service"): one composer per
 * DocumentKind, each a pure function of the facts `loadDocumentFacts` gathers. The layout, the
 * heading, the 文号, the date and the seal line are the template's.
 */
import { DocumentKind } from '../document.enums';
import type { Composition } from './composition';
import { decision, mediationStatement } from './decisions';
import type { DocumentFacts } from './facts';
import {
  acceptanceNotice,
  answerNotice,
  applicationDismissal,
  nonAcceptanceDecision,
  supplementNotice,
} from './intake';
import { opinionLetter, recommendationLetter } from './letters';
import {
  extensionNotice,
  hearingNotice,
  resumptionNotice,
  suspensionNotice,
  terminationDecision,
} from './proceedings';

export type Composer = (facts: DocumentFacts) => Composition;

/** Every kind has its composer: the Record's type makes a missing one a compile error. */
export const COMPOSERS: Record<DocumentKind, Composer> = {
  [DocumentKind.SUPPLEMENT_NOTICE]: supplementNotice,
  [DocumentKind.ACCEPTANCE_NOTICE]: acceptanceNotice,
  [DocumentKind.NON_ACCEPTANCE_DECISION]: nonAcceptanceDecision,
  [DocumentKind.APPLICATION_DISMISSAL]: applicationDismissal,
  [DocumentKind.ANSWER_NOTICE]: answerNotice,
  [DocumentKind.HEARING_NOTICE]: hearingNotice,
  [DocumentKind.SUSPENSION_NOTICE]: suspensionNotice,
  [DocumentKind.RESUMPTION_NOTICE]: resumptionNotice,
  [DocumentKind.EXTENSION_NOTICE]: extensionNotice,
  [DocumentKind.TERMINATION_DECISION]: terminationDecision,
  [DocumentKind.MEDIATION_STATEMENT]: mediationStatement,
  [DocumentKind.DECISION]: decision,
  [DocumentKind.OPINION_LETTER]: opinionLetter,
  [DocumentKind.RECOMMENDATION_LETTER]: recommendationLetter,
};

/** The words of a `kind` document for the case the facts describe. */
export function compose(kind: DocumentKind, facts: DocumentFacts): Composition {
  return COMPOSERS[kind](facts);
}

export { chineseDate } from './chinese';
export type { Composition } from './composition';
export type * from './facts';
