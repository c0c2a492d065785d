/**
 * The facts a document says (texts/facts.ts), read from the case's records in one EntityManager
 * (the caller's transaction, so an issued document and its number see one state). The composers
 * (texts/) turn them into words; this file only reads.
 */
import { EntityManager, In, Not } from 'typeorm';
import { caseNotFound } from '../access/access.rules';
import { AppError } from '../common/app-error';
import { toLocalDate } from '../common/local-date';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CaseApplicantEntity } from '../cases/case-applicant.entity';
import { CaseEntity } from '../cases/case.entity';
import {
  ACT_TYPE_LABELS,
  OUTCOME_LABELS,
  Outcome,
  PartyRole,
  PROCEDURE_LABELS,
  SIMPLIFIED_GROUND_LABELS,
  SimplifiedGround,
  TERMINATION_REASON_LABELS,
  TerminationReason,
} from '../cases/case.enums';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { SupplementRequestEntity } from '../cases/supplement-request.entity';
import { SupplementStatus } from '../cases/supplement-request.enums';
import { AgencyEntity } from '../organizations/agency.entity';
import { PartyEntity } from '../parties/party.entity';
import { DecisionEntity } from '../review/decision.entity';
import { DecisionStatus } from '../review/decision.enums';
import { FormalHearingEntity } from '../review/formal-hearing.entity';
import {
  AGREEMENT_RULING_LABELS,
  FORMAL_HEARING_REASON_LABELS,
  FormalHearingStatus,
  ReviewMediationStatus,
  SUSPENSION_GROUND_LABELS,
  SuspensionGround,
} from '../review/proceedings.enums';
import { RecommendationLetterEntity } from '../review/recommendation-letter.entity';
import { LetterKind } from '../review/recommendation-letter.enums';
import { RespondentAnswerEntity } from '../review/respondent-answer.entity';
import { ReviewMediationEntity } from '../review/review-mediation.entity';
import { SuspensionEntity } from '../review/suspension.entity';
import { DocumentKind } from './document.enums';
import type {
  DocumentFacts,
  ExtensionFacts,
  HearingFacts,
  LetterFacts,
  MediationFacts,
  DecisionFacts,
  RefusalFacts,
  SupplementFacts,
  SuspensionFacts,
  TerminationFacts,
} from './texts/facts';

export type * from './texts/facts';

/** 409 DOCUMENT_NOT_AVAILABLE: the case has no record the document speaks of. */
function notAvailable(kind: DocumentKind, lacking: string): AppError {
  return AppError.conflict(
    'DOCUMENT_NOT_AVAILABLE',
    `A ${kind} document needs ${lacking}, which this case does not have`,
  );
}

/** The record `subjectId` names, or the case's latest; none, or one of another case: null. */
async function subjectOrLatest<T extends { caseId: string }>(
  subjectId: string | null,
  byId: () => Promise<T | null>,
  latest: () => Promise<T | null>,
  caseId: string,
): Promise<T | null> {
  if (subjectId === null) return latest();
  const found = await byId();
  return found && found.caseId === caseId ? found : null;
}

/** Art. 39 ¶1's item for each ground: the enum follows the article's order. */
const SUSPENSION_ITEMS: Record<SuspensionGround, number> = Object.fromEntries(
  Object.values(SuspensionGround).map((g, i) => [g, i + 1]),
) as Record<SuspensionGround, number>;

function suspensionFacts(s: SuspensionEntity): SuspensionFacts {
  return {
    ground: s.ground,
    groundLabel: s.ground ? SUSPENSION_GROUND_LABELS[s.ground] : null,
    groundItem: s.ground ? SUSPENSION_ITEMS[s.ground] : null,
    reason: s.reason,
    suspendedOn: s.suspendedOn,
    noticeServedOn: s.noticeServedOn,
    resumedOn: s.resumedOn,
    resumptionNoticeServedOn: s.resumptionNoticeServedOn,
  };
}

/** The uuid columns reject anything else: an id that is not one names no record. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything a `kind` document of the case says. `subjectId` names the step's record where a case
 * may have several (a supplement request, a suspension, a 听证, a letter); without it the latest
 * is taken. `organName` is the reconsideration organ's name, from configuration.
 *
 * Throws 404 CASE_NOT_FOUND for an unknown case, 409 DOCUMENT_NOT_AVAILABLE when the case has no
 * record the kind needs (an acceptance notice before acceptance, a decision before approval…).
 */
export async function loadDocumentFacts(
  em: EntityManager,
  caseId: string,
  kind: DocumentKind,
  subjectId: string | null,
  organName: string,
): Promise<DocumentFacts> {
  const c = UUID.test(caseId) ? await em.findOneBy(CaseEntity, { id: caseId }) : null;
  if (!c) throw caseNotFound();
  const subject = subjectId !== null && !UUID.test(subjectId) ? null : subjectId;
  const unknownSubject = subjectId !== null && subject === null;

  const applicants = await em.find(CaseApplicantEntity, {
    where: { caseId },
    order: { position: 'ASC' },
  });
  const parties = await em.find(PartyEntity, { where: { caseId }, order: { createdAt: 'ASC' } });
  const respondent = await em.findOneByOrFail(AgencyEntity, { id: c.respondentId });

  const facts: DocumentFacts = {
    kind,
    organName,
    caseNumber: c.number,
    dated: null,
    applicants: applicants.map((a) => ({ kind: a.kind, name: a.name, address: a.address })),
    thirdParties: parties
      .filter((p) => p.role === PartyRole.THIRD_PARTY)
      .map((p) => ({ kind: p.kind, name: p.name, address: p.address })),
    representatives: parties
      .filter((p) => p.role === PartyRole.AGENT || p.role === PartyRole.REPRESENTATIVE)
      .map((p) => ({
        role: p.role === PartyRole.AGENT ? ('AGENT' as const) : ('REPRESENTATIVE' as const),
        name: p.name,
        actsFor: p.actsFor,
      })),
    respondent: {
      name: respondent.name,
      headName: respondent.headName,
      headTitle: respondent.headTitle,
    },
    act: {
      type: c.actType,
      typeLabel: ACT_TYPE_LABELS[c.actType],
      documentNumber: c.actDocumentNumber,
      actOn: c.actOn,
      summary: c.actSummary,
    },
    requests: c.requests,
    factsAndReasons: c.factsAndReasons,
    receivedOn: c.receivedOn,
    procedure: c.procedure,
    procedureLabel: c.procedure ? PROCEDURE_LABELS[c.procedure] : null,
    simplifiedGroundLabel: c.simplifiedGround ? SIMPLIFIED_GROUND_LABELS[c.simplifiedGround] : null,
    simplifiedByAgreement: c.simplifiedGround === SimplifiedGround.PARTIES_AGREE,
    acceptedOn: c.acceptedOn,
    deemedAccepted: c.deemedAccepted,
    acceptanceDueOn: c.acceptanceDueOn,
    supplementFulfilledOn: null,
    decisionDueOn: c.decisionDueOn,
    answerCopyReceivedOn: c.answerCopyReceivedOn,
    answerDueOn: c.answerDueOn,
    supplement: null,
    nonAcceptance: null,
    dismissal: null,
    hearing: null,
    suspension: null,
    extension: null,
    termination: null,
    mediation: null,
    decision: null,
    letter: null,
  };
  const lacking = (what: string): AppError => notAvailable(kind, what);
  if (unknownSubject) throw lacking(`the record ${subjectId}`);
  const accepted = (): string => {
    if (!c.acceptedOn) throw lacking('an acceptance');
    return c.acceptedOn;
  };

  switch (kind) {
    case DocumentKind.SUPPLEMENT_NOTICE: {
      const r = await subjectOrLatest(
        subject,
        () => em.findOneBy(SupplementRequestEntity, { id: subject! }),
        () =>
          em.findOne(SupplementRequestEntity, { where: { caseId }, order: { createdAt: 'DESC' } }),
        caseId,
      );
      if (!r) throw lacking('a supplement request');
      const supplement: SupplementFacts = {
        items: r.items,
        noticeSentOn: r.noticeSentOn,
        noticeServedOn: r.noticeServedOn,
        dueOn: r.dueOn,
        extensionReason: r.extensionReason,
        extendedOn: r.extendedOn,
      };
      return { ...facts, supplement, dated: r.noticeSentOn };
    }
    case DocumentKind.ACCEPTANCE_NOTICE: {
      const acceptedOn = accepted();
      const fulfilled = await em.findOne(SupplementRequestEntity, {
        where: { caseId, status: SupplementStatus.FULFILLED },
        order: { createdAt: 'DESC' },
      });
      return {
        ...facts,
        supplementFulfilledOn: fulfilled?.fulfilledOn ?? null,
        dated: c.deemedAccepted ? (c.acceptanceRecordedOn ?? acceptedOn) : acceptedOn,
      };
    }
    case DocumentKind.NON_ACCEPTANCE_DECISION: {
      if (c.outcome !== Outcome.NOT_ACCEPTED || !c.concludedOn) throw lacking('a refusal');
      const nonAcceptance: RefusalFacts = {
        decidedOn: c.concludedOn,
        reason: c.notAcceptedReason ?? '',
      };
      return { ...facts, nonAcceptance, dated: c.concludedOn };
    }
    case DocumentKind.APPLICATION_DISMISSAL: {
      if (c.outcome !== Outcome.APPLICATION_DISMISSED || !c.concludedOn) {
        throw lacking('a dismissal of the application');
      }
      const dismissal: RefusalFacts = { decidedOn: c.concludedOn, reason: c.dismissalReason ?? '' };
      return { ...facts, dismissal, dated: c.concludedOn };
    }
    case DocumentKind.ANSWER_NOTICE:
      accepted();
      return { ...facts, dated: c.answerCopySentOn };
    case DocumentKind.HEARING_NOTICE: {
      accepted();
      const h = await subjectOrLatest(
        subject,
        () => em.findOneBy(FormalHearingEntity, { id: subject! }),
        () =>
          em.findOne(FormalHearingEntity, {
            where: { caseId, status: Not(FormalHearingStatus.CANCELLED) },
            order: { createdAt: 'DESC' },
          }),
        caseId,
      );
      if (!h) throw lacking('a 听证 scheduled');
      const hearing: HearingFacts = {
        reason: h.reason,
        reasonLabel: FORMAL_HEARING_REASON_LABELS[h.reason],
        noticeServedOn: h.noticeServedOn,
        heldOn: h.heldOn,
        place: h.place,
        matters: h.matters,
      };
      return { ...facts, hearing };
    }
    case DocumentKind.SUSPENSION_NOTICE:
    case DocumentKind.RESUMPTION_NOTICE: {
      accepted();
      const resumption = kind === DocumentKind.RESUMPTION_NOTICE;
      const s = await subjectOrLatest(
        subject,
        () => em.findOneBy(SuspensionEntity, { id: subject! }),
        () =>
          em.findOne(SuspensionEntity, {
            where: { caseId },
            order: { suspendedOn: 'DESC' },
          }),
        caseId,
      );
      if (!s) throw lacking('a suspension');
      if (resumption && !s.resumedOn) throw lacking('a resumption');
      return {
        ...facts,
        suspension: suspensionFacts(s),
        dated: resumption ? s.resumedOn : s.suspendedOn,
      };
    }
    case DocumentKind.EXTENSION_NOTICE: {
      accepted();
      if (c.extensionDays <= 0 || !c.decisionDueOn) throw lacking('an extension');
      // The extension's reason is kept only with its event (ReviewService.extend).
      const event = await em.findOne(AuditEntryEntity, {
        where: { entityType: 'case', entityId: caseId, action: CaseEvent.EXTEND },
        order: { id: 'DESC' },
      });
      const data = (event?.after?.data ?? {}) as {
        reason?: unknown;
        days?: unknown;
        decisionDueOn?: unknown;
      };
      const approvedOn = event ? toLocalDate(event.at) : null;
      const extension: ExtensionFacts = {
        days: c.extensionDays,
        reason: typeof data.reason === 'string' ? data.reason : null,
        approvedOn,
        // The deadline as it stands: a suspension after the extension moves it again.
        decisionDueOn: c.decisionDueOn,
      };
      return { ...facts, extension, dated: approvedOn };
    }
    case DocumentKind.TERMINATION_DECISION: {
      if (c.outcome !== Outcome.TERMINATED || !c.terminationReason || !c.concludedOn) {
        throw lacking('a termination');
      }
      const lapsed =
        c.terminationReason === TerminationReason.SUSPENSION_LAPSED
          ? await em.findOne(SuspensionEntity, {
              where: { caseId },
              order: { suspendedOn: 'DESC' },
            })
          : null;
      const termination: TerminationFacts = {
        reason: c.terminationReason,
        reasonLabel: TERMINATION_REASON_LABELS[c.terminationReason],
        decidedOn: c.concludedOn,
        lapsedSuspension: lapsed ? suspensionFacts(lapsed) : null,
      };
      return { ...facts, termination, dated: c.concludedOn };
    }
    case DocumentKind.MEDIATION_STATEMENT: {
      accepted();
      const m = await em.findOne(ReviewMediationEntity, {
        where: {
          caseId,
          status: In([ReviewMediationStatus.OPEN, ReviewMediationStatus.IN_EFFECT]),
        },
        order: { startedOn: 'DESC', createdAt: 'DESC' },
      });
      if (!m || !m.agreement) throw lacking('a mediation agreement');
      const mediation: MediationFacts = {
        startedOn: m.startedOn,
        agreement: m.agreement,
        effectiveOn: m.effectiveOn,
      };
      return { ...facts, mediation, dated: m.effectiveOn };
    }
    case DocumentKind.DECISION: {
      accepted();
      const d = await em.findOne(DecisionEntity, {
        where: { caseId, status: DecisionStatus.APPROVED },
        order: { createdAt: 'DESC' },
      });
      if (!d || !d.decidedOn) throw lacking('an approved decision');
      const answer = await em.findOneBy(RespondentAnswerEntity, { caseId });
      const hearings = await em.find(FormalHearingEntity, {
        where: { caseId, status: FormalHearingStatus.HELD },
        order: { heldOn: 'ASC' },
      });
      const decision: DecisionFacts = {
        type: d.type,
        typeLabel: OUTCOME_LABELS[d.type],
        reasoning: d.reasoning,
        legalBasis: d.legalBasis,
        decidedOn: d.decidedOn,
        remakeWithinDays: d.remakeWithinDays,
        agreementRuling: d.agreementRuling,
        agreementRulingLabel: d.agreementRuling ? AGREEMENT_RULING_LABELS[d.agreementRuling] : null,
        compensationRuling: d.compensationRuling,
        compensationAmountYuan: d.compensationAmountYuan,
        answerSummary: answer?.summary ?? null,
        answeredOn: answer?.answeredOn ?? c.answeredOn,
        hearingsHeldOn: hearings.map((h) => h.heldOn),
        // ARL Art. 10 但书: no law makes a district government's decision final.
        final: false,
      };
      return { ...facts, decision, dated: d.decidedOn };
    }
    case DocumentKind.OPINION_LETTER:
    case DocumentKind.RECOMMENDATION_LETTER: {
      const letterKind =
        kind === DocumentKind.OPINION_LETTER ? LetterKind.OPINION : LetterKind.RECOMMENDATION;
      const l = await subjectOrLatest(
        subject,
        () => em.findOne(RecommendationLetterEntity, { where: { id: subject! } }),
        () =>
          em.findOne(RecommendationLetterEntity, {
            where: { caseId, kind: letterKind },
            order: { issuedOn: 'DESC', createdAt: 'DESC' },
          }),
        caseId,
      );
      if (!l || l.kind !== letterKind) throw lacking(`a ${letterKind.toLowerCase()} letter`);
      const agency =
        l.agencyId === respondent.id
          ? respondent
          : await em.findOneByOrFail(AgencyEntity, { id: l.agencyId });
      const letter: LetterFacts = {
        kind: l.kind,
        agencyName: agency.name,
        toRespondent: l.agencyId === c.respondentId,
        issuedOn: l.issuedOn,
        content: l.content,
      };
      return { ...facts, letter, dated: l.issuedOn };
    }
  }
  const unknownKind: never = kind;
  throw new Error(`no facts for the document kind ${String(unknownKind)}`);
}
