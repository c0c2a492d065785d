/**
 * One length rule for text (issue "Security…", item 5): a DTO's limit on a string is the length
 * of the column it is stored in, counted as Postgres counts varchar(n), in code points
 * (`@MaxChars`, src/common/validators/text.ts). class-validator's @MaxLength counts otherwise
 * (100 × "a\uFE0F" passed it and overflowed varchar(100): a 500), so it is used on no stored field.
 * Read from the decorators' metadata (class-validator, TypeORM), so neither side can drift alone,
 * and every text field of every DTO must be listed below: a new one fails until it is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { getMetadataArgsStorage } from 'typeorm';
import { CalendarDayEntity } from './calendar/calendar-day.entity';
import { SetCalendarDayDto } from './calendar/dto/calendar.dto';
import { CaseApplicantEntity } from './cases/case-applicant.entity';
import { CaseEntity } from './cases/case.entity';
import {
  AcceptanceDto,
  DismissApplicationDto,
  ExtendSupplementDto,
  RequestSupplementDto,
  WithdrawApplicationDto,
} from './cases/dto/case-actions.dto';
import { ListCasesQuery } from './cases/dto/list-cases.query';
import {
  ActDto,
  ApplicantDto,
  ApplicationPeriodDto,
  RegisterCaseDto,
} from './cases/dto/register-case.dto';
import { AddPartyDto } from './parties/dto/party.dto';
import { PartyEntity } from './parties/party.entity';
import { AnswerDto, AnswerItemDto } from './review/dto/answer.dto';
import { DecideStayDto, RequestStayDto } from './review/dto/stay.dto';
import { EnforcementStayEntity } from './review/enforcement-stay.entity';
import { RespondentAnswerEntity } from './review/respondent-answer.entity';
import { SupplementRequestEntity } from './cases/supplement-request.entity';
import { charCount, MAX_CHARS } from './common/validators/text';
import { CommitteeConsultationEntity } from './review/committee-consultation.entity';
import {
  CommitteeOpinionDto,
  RecordFormalHearingDto,
  RecordViewsDto,
  ScheduleFormalHearingDto,
} from './review/dto/proceedings.dto';
import { FormalHearingEntity } from './review/formal-hearing.entity';
import { ViewsHeardEntity } from './review/views-heard.entity';
import {
  AnswerRecommendationDto,
  AttendanceDto,
  CreateLitigationCaseDto,
  JudicialRecommendationDto,
  OpenInstanceDto,
  ScheduleHearingDto,
  UpdateHearingDto,
} from './litigation/dto/litigation.dto';
import { DocumentServiceEntity } from './documents/document-service.entity';
import { ServeDocumentDto } from './documents/dto/documents.dto';
import { HearingAppearanceEntity } from './litigation/hearing-appearance.entity';
import { HearingEntity } from './litigation/hearing.entity';
import { JudicialRecommendationEntity } from './litigation/judicial-recommendation.entity';
import { LitigationInstanceEntity } from './litigation/litigation-instance.entity';
import { LitigationCaseEntity } from './litigation/litigation-case.entity';
import {
  MediationOutcomeDto,
  RecordMediationSessionDto,
  StartPreMediationDto,
} from './mediation/dto/mediation.dto';
import { MediationSessionEntity } from './mediation/mediation-session.entity';
import { PreMediationEntity } from './mediation/pre-mediation.entity';
import { AgencyEntity } from './organizations/agency.entity';
import { CreateAgencyDto, UpdateAgencyDto } from './organizations/dto/agency.dto';
import {
  CreateJudicialOfficeDto,
  UpdateJudicialOfficeDto,
} from './organizations/dto/judicial-office.dto';
import { JudicialOfficeEntity } from './organizations/judicial-office.entity';
import { AcknowledgeLetterDto } from './reminders/dto/reminder.dto';
import { ReminderLetterEntity } from './reminders/reminder-letter.entity';
import { DecisionEntity } from './review/decision.entity';
import {
  ApprovalDto,
  CollectiveDiscussionDto,
  ConversionDto,
  DraftDecisionDto,
  ExtensionDto,
  RecommendationLetterDto,
  SuspensionDto,
} from './review/dto/review.dto';
import { CollectiveDiscussionEntity } from './review/collective-discussion.entity';
import { RecommendationLetterEntity } from './review/recommendation-letter.entity';
import { SuspensionEntity } from './review/suspension.entity';
import { ReviewMediationOutcomeDto } from './review/dto/review-mediation.dto';
import { ReviewMediationEntity } from './review/review-mediation.entity';
import { RecordPerformanceDto } from './review/dto/decision-follow-up.dto';
import { CreateUserDto, UpdateUserDto } from './users/dto/create-user.dto';
import { UserEntity } from './users/user.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;
/** Where a field's value goes: an entity's column, or nowhere (with the reason). */
type Destination = [Class, string] | { notStored: string };

/** Every length-limited text field of every DTO, and where it is stored. */
const FIELDS: [Class, string, Destination][] = [
  [ApplicantDto, 'name', [CaseApplicantEntity, 'name']],
  [ApplicantDto, 'address', [CaseApplicantEntity, 'address']],
  [ActDto, 'documentNumber', [CaseEntity, 'actDocumentNumber']],
  [ActDto, 'summary', [CaseEntity, 'actSummary']],
  [RegisterCaseDto, 'requests', [CaseEntity, 'requests']],
  [RegisterCaseDto, 'factsAndReasons', [CaseEntity, 'factsAndReasons']],
  [RequestSupplementDto, 'items', [SupplementRequestEntity, 'items']],
  [AcceptanceDto, 'reason', [CaseEntity, 'notAcceptedReason']],
  [ExtendSupplementDto, 'reason', [SupplementRequestEntity, 'extensionReason']],
  [WithdrawApplicationDto, 'reason', { notStored: 'kept in the audit row of the withdrawal' }],
  [DismissApplicationDto, 'reason', [CaseEntity, 'dismissalReason']],
  [ApplicationPeriodDto, 'obstacleReason', [CaseEntity, 'obstacleReason']],
  [AddPartyDto, 'name', [PartyEntity, 'name']],
  [AddPartyDto, 'address', [PartyEntity, 'address']],
  [AddPartyDto, 'actsFor', [PartyEntity, 'actsFor']],
  [RequestStayDto, 'requestedBy', [EnforcementStayEntity, 'requestedBy']],
  [RequestStayDto, 'reason', [EnforcementStayEntity, 'reason']],
  [DecideStayDto, 'reason', [EnforcementStayEntity, 'decisionReason']],
  [AnswerDto, 'summary', [RespondentAnswerEntity, 'summary']],
  [AnswerItemDto, 'title', [RespondentAnswerEntity, 'evidence']],
  [ListCasesQuery, 'q', { notStored: 'a search term' }],
  [CreateAgencyDto, 'name', [AgencyEntity, 'name']],
  [CreateAgencyDto, 'headName', [AgencyEntity, 'headName']],
  [CreateAgencyDto, 'headTitle', [AgencyEntity, 'headTitle']],
  [UpdateAgencyDto, 'name', [AgencyEntity, 'name']],
  [UpdateAgencyDto, 'headName', [AgencyEntity, 'headName']],
  [UpdateAgencyDto, 'headTitle', [AgencyEntity, 'headTitle']],
  [CreateJudicialOfficeDto, 'name', [JudicialOfficeEntity, 'name']],
  [CreateJudicialOfficeDto, 'township', [JudicialOfficeEntity, 'township']],
  [UpdateJudicialOfficeDto, 'name', [JudicialOfficeEntity, 'name']],
  [UpdateJudicialOfficeDto, 'township', [JudicialOfficeEntity, 'township']],
  [CreateUserDto, 'displayName', [UserEntity, 'displayName']],
  [CreateUserDto, 'password', { notStored: 'hashed (argon2) before it is stored' }],
  [UpdateUserDto, 'displayName', [UserEntity, 'displayName']],
  [UpdateUserDto, 'password', { notStored: 'hashed (argon2) before it is stored' }],
  [CreateLitigationCaseDto, 'court', [LitigationInstanceEntity, 'court']],
  [CreateLitigationCaseDto, 'courtCaseNumber', [LitigationInstanceEntity, 'courtCaseNumber']],
  [OpenInstanceDto, 'court', [LitigationInstanceEntity, 'court']],
  [OpenInstanceDto, 'courtCaseNumber', [LitigationInstanceEntity, 'courtCaseNumber']],
  [CreateLitigationCaseDto, 'plaintiff', [LitigationCaseEntity, 'plaintiff']],
  [CreateLitigationCaseDto, 'cause', [LitigationCaseEntity, 'cause']],
  [ScheduleHearingDto, 'court', [HearingEntity, 'court']],
  [ScheduleHearingDto, 'courtroom', [HearingEntity, 'courtroom']],
  [UpdateHearingDto, 'courtroom', [HearingEntity, 'courtroom']],
  [AttendanceDto, 'attendeeName', [HearingAppearanceEntity, 'attendeeName']],
  [AttendanceDto, 'attendeeTitle', [HearingAppearanceEntity, 'attendeeTitle']],
  [AttendanceDto, 'absenceProof', [HearingAppearanceEntity, 'absenceProof']],
  [JudicialRecommendationDto, 'court', [JudicialRecommendationEntity, 'court']],
  [JudicialRecommendationDto, 'documentNumber', [JudicialRecommendationEntity, 'documentNumber']],
  [JudicialRecommendationDto, 'summary', [JudicialRecommendationEntity, 'summary']],
  [AnswerRecommendationDto, 'answer', [JudicialRecommendationEntity, 'answer']],
  [ServeDocumentDto, 'recipient', [DocumentServiceEntity, 'recipient']],
  [AcknowledgeLetterDto, 'attendeeName', [ReminderLetterEntity, 'attendeeName']],
  [AcknowledgeLetterDto, 'attendeeTitle', [ReminderLetterEntity, 'attendeeTitle']],
  [StartPreMediationDto, 'mediatorName', [PreMediationEntity, 'mediatorName']],
  [RecordMediationSessionDto, 'summary', [MediationSessionEntity, 'summary']],
  [MediationOutcomeDto, 'agreement', [PreMediationEntity, 'agreement']],
  [SetCalendarDayDto, 'name', [CalendarDayEntity, 'name']],
  [SuspensionDto, 'reason', [SuspensionEntity, 'reason']],
  [ExtensionDto, 'reason', { notStored: 'kept in the audit row of the extension (jsonb)' }],
  [DraftDecisionDto, 'reasoning', [DecisionEntity, 'reasoning']],
  [DraftDecisionDto, 'legalBasis', [DecisionEntity, 'legalBasis']],
  [ApprovalDto, 'comment', [DecisionEntity, 'reviewComment']],
  [RecommendationLetterDto, 'content', [RecommendationLetterEntity, 'content']],
  [ConversionDto, 'reason', { notStored: 'kept in the audit row of the conversion (jsonb)' }],
  [CollectiveDiscussionDto, 'participants', [CollectiveDiscussionEntity, 'participants']],
  [CollectiveDiscussionDto, 'conclusion', [CollectiveDiscussionEntity, 'conclusion']],
  [ReviewMediationOutcomeDto, 'agreement', [ReviewMediationEntity, 'agreement']],
  [ReviewMediationOutcomeDto, 'reason', [ReviewMediationEntity, 'endReason']],
  [RecordPerformanceDto, 'summary', { notStored: 'kept in the audit row of the report (jsonb)' }],
  [RecordViewsDto, 'heard', [ViewsHeardEntity, 'heard']],
  [RecordViewsDto, 'summary', [ViewsHeardEntity, 'summary']],
  [ScheduleFormalHearingDto, 'place', [FormalHearingEntity, 'place']],
  [ScheduleFormalHearingDto, 'matters', [FormalHearingEntity, 'matters']],
  [
    RecordFormalHearingDto,
    'respondentAttendeeName',
    [FormalHearingEntity, 'respondentAttendeeName'],
  ],
  [
    RecordFormalHearingDto,
    'respondentAttendeeTitle',
    [FormalHearingEntity, 'respondentAttendeeTitle'],
  ],
  [RecordFormalHearingDto, 'headAbsenceReason', [FormalHearingEntity, 'headAbsenceReason']],
  [RecordFormalHearingDto, 'record', [FormalHearingEntity, 'record']],
  // A hearing not held keeps why in `record` (shown as cancellationReason).
  [RecordFormalHearingDto, 'reason', [FormalHearingEntity, 'record']],
  [CommitteeOpinionDto, 'opinion', [CommitteeConsultationEntity, 'opinion']],
];

/**
 * class-validator's own length checks (UTF-16 units less variation selectors) on fields that are
 * not stored: allowed, as they cannot overflow a column. src/auth/dto/login.dto.ts: compared
 * with stored values, never written.
 */
const MAX_LENGTH_ALLOWED = new Set(['LoginDto', 'RefreshDto', 'LogoutDto']);

const limitsOf = (dto: Class): Map<string, { rule: 'maxChars' | 'maxLength'; max: number }> => {
  const found = new Map<string, { rule: 'maxChars' | 'maxLength'; max: number }>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    if (m.name === MAX_CHARS || m.name === 'maxLength') {
      found.set(m.propertyName, {
        rule: m.name === MAX_CHARS ? 'maxChars' : 'maxLength',
        max: (m.constraints as number[])[0],
      });
    }
  }
  return found;
};

const columnOf = (entity: Class, property: string): { type: unknown; length?: unknown } => {
  const column = getMetadataArgsStorage().columns.find(
    (c) => c.target === entity && c.propertyName === property,
  );
  if (!column) throw new Error(`${entity.name}.${property} is no column`);
  return { type: column.options.type, length: column.options.length };
};

/** Every class exported by a file under src/<capability>/dto/. */
function dtoClasses(): Class[] {
  const classes: Class[] = [];
  for (const capability of readdirSync(__dirname, { withFileTypes: true })) {
    if (!capability.isDirectory()) continue;
    const dir = join(__dirname, capability.name, 'dto');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    } catch {
      continue;
    }
    for (const f of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(dir, f)) as Record<string, unknown>;
      for (const value of Object.values(exported)) {
        if (typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)))
          classes.push(value);
      }
    }
  }
  return classes;
}

describe('the length rule: DTO limits and column lengths agree', () => {
  it.each(FIELDS.map(([dto, field, to]) => [`${dto.name}.${field}`, dto, field, to] as const))(
    '%s',
    (_, dto, field, to) => {
      const limit = limitsOf(dto).get(field);
      expect(limit).toBeDefined();
      if ('notStored' in to) return;
      const [entity, property] = to;
      // Stored: counted as Postgres counts, in code points.
      expect([`${dto.name}.${field}`, limit!.rule]).toEqual([`${dto.name}.${field}`, 'maxChars']);
      const column = columnOf(entity, property);
      if (column.type === 'varchar' || column.type === 'char') {
        expect([`${dto.name}.${field} → ${entity.name}.${property}`, limit!.max]).toEqual([
          `${dto.name}.${field} → ${entity.name}.${property}`,
          column.length,
        ]);
      } else {
        // Unbounded columns: text, text[] or jsonb.
        expect(['text', 'jsonb', 'simple-json']).toContain(column.type);
      }
    },
  );

  it('every length-limited text field of every DTO is listed above', () => {
    const listed = new Set(FIELDS.map(([dto, field]) => `${dto.name}.${field}`));
    const classes = dtoClasses();
    expect(classes.length).toBeGreaterThan(20);
    const unlisted: string[] = [];
    for (const dto of classes) {
      for (const [field, limit] of limitsOf(dto)) {
        const name = `${dto.name}.${field}`;
        if (limit.rule === 'maxLength' && MAX_LENGTH_ALLOWED.has(dto.name)) continue;
        if (!listed.has(name)) unlisted.push(`${name} (${limit.rule} ${limit.max})`);
      }
    }
    expect(unlisted).toEqual([]);
  });
});

describe('charCount counts as Postgres does (char_length, varchar(n))', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['行政复议', 4],
    ['a\uFE0F', 2], // a variation selector is a code point of its own
    ['e\u0301', 2], // so is a combining mark
    ['😀', 1], // an astral character is one
    ['𠀀', 1],
    ['👨‍👩‍👧', 5], // three emoji joined by two ZWJ
    ['🇨🇳', 2], // a flag: two regional indicators
  ])('%p → %d', (s, n) => {
    expect(charCount(s)).toBe(n);
    expect(charCount(s)).toBe([...s].length);
  });
});
