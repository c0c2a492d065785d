/** Every entity of the schema, one list for the app and the CLI. */
import { AlertEntity } from '../alerts/alert.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { CaseApplicantEntity } from '../cases/case-applicant.entity';
import { CaseNumberCounterEntity } from '../cases/case-number-counter.entity';
import { CaseEntity } from '../cases/case.entity';
import { DecisionEntity } from '../review/decision.entity';
import { MediationSessionEntity } from '../mediation/mediation-session.entity';
import { PreMediationEntity } from '../mediation/pre-mediation.entity';
import { RecommendationLetterEntity } from '../review/recommendation-letter.entity';
import { SuspensionEntity } from '../review/suspension.entity';
import { IdempotencyKeyEntity } from '../cases/idempotency-key.entity';
import { SupplementRequestEntity } from '../cases/supplement-request.entity';
import { HearingEntity } from '../litigation/hearing.entity';
import { HearingAppearanceEntity } from '../litigation/hearing-appearance.entity';
import { JudicialRecommendationEntity } from '../litigation/judicial-recommendation.entity';
import { LitigationCaseEntity } from '../litigation/litigation-case.entity';
import { LitigationDefendantEntity } from '../litigation/litigation-defendant.entity';
import { LitigationInstanceEntity } from '../litigation/litigation-instance.entity';
import { NotificationEntity } from '../reminders/notification.entity';
import { ReminderLetterEntity } from '../reminders/reminder-letter.entity';
import { SnapshotEntity } from '../statistics/snapshot.entity';
import { MaterialEntity } from '../materials/material.entity';
import { DocumentEntity } from '../documents/document.entity';
import { DocumentNumberCounterEntity } from '../documents/document-number-counter.entity';
import { DocumentServiceEntity } from '../documents/document-service.entity';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { UserEntity } from '../users/user.entity';
import { PartyEntity } from '../parties/party.entity';
import { EnforcementStayEntity } from '../review/enforcement-stay.entity';
import { RespondentAnswerEntity } from '../review/respondent-answer.entity';
import { ViewsHeardEntity } from '../review/views-heard.entity';
import { FormalHearingEntity } from '../review/formal-hearing.entity';
import { CommitteeConsultationEntity } from '../review/committee-consultation.entity';
import { CollectiveDiscussionEntity } from '../review/collective-discussion.entity';
import { ReviewMediationEntity } from '../review/review-mediation.entity';

export const ENTITIES = [
  AuditEntryEntity,
  RefreshTokenEntity,
  SessionEntity,
  LoginAttemptEntity,
  CalendarDayEntity,
  AgencyEntity,
  JudicialOfficeEntity,
  UserEntity,
  CaseEntity,
  CaseApplicantEntity,
  CaseNumberCounterEntity,
  SupplementRequestEntity,
  IdempotencyKeyEntity,
  MaterialEntity,
  DocumentEntity,
  DocumentServiceEntity,
  DocumentNumberCounterEntity,
  DecisionEntity,
  PreMediationEntity,
  MediationSessionEntity,
  SuspensionEntity,
  RecommendationLetterEntity,
  AlertEntity,
  LitigationCaseEntity,
  HearingEntity,
  ReminderLetterEntity,
  LitigationDefendantEntity,
  LitigationInstanceEntity,
  HearingAppearanceEntity,
  JudicialRecommendationEntity,
  NotificationEntity,
  SnapshotEntity,
  PartyEntity,
  EnforcementStayEntity,
  RespondentAnswerEntity,
  ViewsHeardEntity,
  FormalHearingEntity,
  CommitteeConsultationEntity,
  CollectiveDiscussionEntity,
  ReviewMediationEntity,
];
