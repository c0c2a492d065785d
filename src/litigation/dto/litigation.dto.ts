import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  buildMessage,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  isISO8601,
  IsOptional,
  IsUUID,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { isInstant as isStorableInstant } from '../../common/instant';
import { PageQuery } from '../../common/pagination';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import {
  ABSENCE_REASON_LABELS,
  AbsenceReason,
  ATTENDEE_ROLE_LABELS,
  AttendeeRole,
  HEAD_APPEARANCE_LABELS,
  HeadAppearance,
  HearingStatus,
} from '../hearing.enums';
import {
  JUDGMENT_KIND_LABELS,
  JudgmentKind,
  LITIGATION_STAGE_LABELS,
  LitigationStage,
} from '../litigation-case.enums';

/** Date and time with seconds optional, and an offset (`Z` or `±hh:mm`) required. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant with its offset, e.g. 2026-03-10T09:30:00+08:00 (docs/architecture.md: "instants are ISO 8601
 * with offset"). ISO 8601 alone also admits a bare date, week dates and local times without an
 * offset, which would be read in the server's own time zone or not at all.
 */
export const isInstant = (value: unknown): boolean =>
  typeof value === 'string' &&
  INSTANT.test(value) &&
  isISO8601(value, { strict: true, strictSeparator: true }) &&
  // As Postgres reads a timestamptz (no year 0, no offset beyond ±15:59), or it fails in SQL.
  isStorableInstant(value);

const IsInstant = (): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be an ISO 8601 instant with offset, e.g. 2026-03-20T09:30:00+08:00`,
        ),
      },
    },
    { context: { code: 'INVALID_INSTANT' } },
  );

export class CreateLitigationCaseDto {
  @ApiProperty({ example: '某区人民法院', description: 'The court of first instance' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '(2026)浙0105行初12号', description: "The first instance's case number" })
  @IsText(100)
  courtCaseNumber!: string;

  @ApiProperty({ example: '张三' })
  @IsText(200)
  plaintiff!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'The agencies sued (被告), in the order the complaint lists them. After an upholding ' +
      'reconsideration decision the original agency and the reconsideration organ are both ' +
      'defendants (ALL Art. 26 ¶2): 400 CO_DEFENDANTS_REQUIRED otherwise',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true, context: { code: 'INVALID_UUID' } })
  defendantAgencyIds!: string[];

  @ApiProperty({ example: '行政处罚', description: '案由' })
  @IsText(2000)
  cause!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The reconsideration case it came from' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  reconsiderationCaseId?: string;

  @ApiProperty({ example: '2026-03-01', description: 'Day the suit was filed (立案)' })
  @IsLocalDate()
  filedOn!: string;
}

export class ListLitigationCasesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Lawsuits with this agency as a defendant' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId?: string;
}

/** `POST /litigation-cases/:id/instances`: an appeal, a retrial, or a first instance remanded. */
export class OpenInstanceDto {
  @ApiProperty({
    enum: LitigationStage,
    enumName: 'LitigationStage',
    description: describeLabels(LITIGATION_STAGE_LABELS),
  })
  @IsEnum(LitigationStage)
  stage!: LitigationStage;

  @ApiProperty({ example: '某市中级人民法院' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '(2026)浙01行终8号' })
  @IsText(100)
  courtCaseNumber!: string;

  @ApiProperty({ example: '2026-06-01', description: 'Day the court filed it (立案)' })
  @IsLocalDate()
  filedOn!: string;
}

export class ScheduleHearingDto {
  @ApiProperty({ example: '2026-03-20T09:30:00+08:00', description: 'ISO 8601 with offset' })
  @IsInstant()
  scheduledAt!: string;

  @ApiProperty({ example: '某区人民法院' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '第三法庭' })
  @IsText(100)
  courtroom!: string;
}

/** `{scheduledAt}` reschedules; `{status: CANCELLED}` cancels. */
export class UpdateHearingDto {
  @ApiPropertyOptional({ example: '2026-03-27T09:30:00+08:00' })
  @ValidateIf((d: UpdateHearingDto) => d.status === undefined || d.scheduledAt !== undefined)
  @IsInstant()
  scheduledAt?: string;

  @ApiPropertyOptional({ enum: [HearingStatus.CANCELLED] })
  @IsOptional()
  @IsIn([HearingStatus.CANCELLED])
  status?: HearingStatus.CANCELLED;

  @ApiPropertyOptional({ example: '第五法庭' })
  @IsOptional()
  @IsText(100)
  courtroom?: string;
}

/** `POST .../hearings/:hid/court-notices`: the court's 出庭通知书 for a defendant's head (Art. 5). */
export class CourtNoticeDto {
  @ApiProperty({ format: 'uuid', description: 'The defendant whose head the court noticed' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId!: string;

  @ApiProperty({ example: '2026-03-15', description: 'Day the notice was served on the agency' })
  @IsLocalDate()
  servedOn!: string;
}

/**
 * `POST .../hearings/:hid/attendance`: the office's record of who appeared for one defendant
 * (SPC 2020 Arts. 2, 6, 8–9). Recorded again, it replaces the office's earlier record.
 */
export class AttendanceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The defendant; may be left out when the lawsuit has one',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId?: string;

  @ApiProperty({
    enum: AttendeeRole,
    enumName: 'AttendeeRole',
    nullable: true,
    description: `Who appeared; null when nobody did. ${describeLabels(ATTENDEE_ROLE_LABELS)}`,
  })
  @ValidateIf((d: AttendanceDto) => d.attendeeRole !== null)
  @IsEnum(AttendeeRole)
  attendeeRole!: AttendeeRole | null;

  @ApiPropertyOptional({ example: '王五', description: 'Required when someone appeared' })
  @ValidateIf((d: AttendanceDto) => d.attendeeRole != null || d.attendeeName !== undefined)
  @IsText(50)
  attendeeName?: string;

  @ApiPropertyOptional({ example: '局长', description: 'Required when someone appeared' })
  @ValidateIf((d: AttendanceDto) => d.attendeeRole != null || d.attendeeTitle !== undefined)
  @IsText(50)
  attendeeTitle?: string;

  @ApiPropertyOptional({
    description:
      "The head's identity proof was submitted to the court (Art. 6); without it a head is " +
      'deemed absent. Default false',
  })
  @IsOptional()
  @IsBoolean()
  identityProofSubmitted?: boolean;

  @ApiPropertyOptional({
    enum: AbsenceReason,
    enumName: 'AbsenceReason',
    description: `Why the head could not appear (Art. 8); only when no head appeared. ${describeLabels(ABSENCE_REASON_LABELS)}`,
  })
  @IsOptional()
  @IsEnum(AbsenceReason)
  absenceReason?: AbsenceReason;

  @ApiPropertyOptional({
    example: '区政府常务会议通知（加盖公章）',
    description: 'What proves the reason (Art. 9: sealed, or signed by the principal head)',
  })
  @IsOptional()
  @IsText(500)
  absenceProof?: string;
}

export class JudgmentDto {
  @ApiProperty({
    enum: JudgmentKind,
    enumName: 'JudgmentKind',
    description: `How the open instance ended, as it stands for the agency. ${describeLabels(JUDGMENT_KIND_LABELS)}`,
  })
  @IsEnum(JudgmentKind)
  kind!: JudgmentKind;

  @ApiProperty({ example: '2026-05-01' })
  @IsLocalDate()
  judgedOn!: string;
}

/** `POST /litigation-cases/:id/judicial-recommendations` (司法建议). */
export class JudicialRecommendationDto {
  @ApiProperty({ format: 'uuid', description: 'The agency that must answer' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId!: string;

  @ApiProperty({ example: '某区人民法院' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '(2026)浙0105司建3号' })
  @IsText(100)
  documentNumber!: string;

  @ApiProperty({ example: '建议规范行政处罚告知程序' })
  @IsText(2000)
  summary!: string;

  @ApiProperty({ example: '2026-05-10' })
  @IsLocalDate()
  receivedOn!: string;

  @ApiProperty({ example: '2026-07-10', description: 'The day the court asked the answer by' })
  @IsLocalDate()
  dueOn!: string;
}

/** `POST .../judicial-recommendations/:rid/answer`. */
export class AnswerRecommendationDto {
  @ApiProperty({ example: '2026-06-20' })
  @IsLocalDate()
  answeredOn!: string;

  @ApiProperty({ example: '已修订行政处罚告知书格式并组织培训' })
  @IsText(2000)
  answer!: string;
}

export class LiaisonReportView {
  @ApiProperty({ description: 'Who the agency said would attend (acknowledging the letter)' })
  attendeeName!: string;
  @ApiProperty() attendeeTitle!: string;
  @ApiProperty() acknowledgedAt!: string;
}

/** One defendant at one hearing. */
export class AppearanceView {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ type: String, nullable: true }) courtNoticeServedOn!: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The notice was served at least three days before the hearing (Art. 5 ¶2)',
  })
  courtNoticeTimely!: boolean | null;
  @ApiProperty({
    enum: HeadAppearance,
    enumName: 'HeadAppearance',
    nullable: true,
    description: `The office's record, as the head's duty counts it; null until recorded. ${describeLabels(HEAD_APPEARANCE_LABELS)}`,
  })
  appearance!: HeadAppearance | null;
  @ApiProperty({ enum: AttendeeRole, enumName: 'AttendeeRole', nullable: true })
  attendeeRole!: AttendeeRole | null;
  @ApiProperty({ type: String, nullable: true }) attendeeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) attendeeTitle!: string | null;
  @ApiProperty() identityProofSubmitted!: boolean;
  @ApiProperty({ enum: AbsenceReason, enumName: 'AbsenceReason', nullable: true })
  absenceReason!: AbsenceReason | null;
  @ApiProperty({ type: String, nullable: true }) absenceProof!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedAt!: string | null;
  @ApiProperty({
    type: LiaisonReportView,
    nullable: true,
    description: "The agency liaison's report; never counted (only the office's record is)",
  })
  liaisonReport!: LiaisonReportView | null;
}

export class HearingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) litigationCaseId!: string;
  @ApiProperty({ format: 'uuid' }) instanceId!: string;
  @ApiProperty() scheduledAt!: string;
  @ApiProperty() court!: string;
  @ApiProperty() courtroom!: string;
  @ApiProperty({ enum: HearingStatus, enumName: 'HearingStatus' }) status!: HearingStatus;
  @ApiProperty({ type: [AppearanceView], description: 'One per defendant' })
  appearances!: AppearanceView[];
  @ApiProperty() version!: number;
}

export class HeadDutyView {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({
    enum: HeadAppearance,
    enumName: 'HeadAppearance',
    nullable: true,
    description: 'Per case and instance (SPC 2020 Art. 7); null while no hearing was held',
  })
  duty!: HeadAppearance | null;
}

export class InstanceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: LitigationStage, enumName: 'LitigationStage' }) stage!: LitigationStage;
  @ApiProperty() court!: string;
  @ApiProperty() courtCaseNumber!: string;
  @ApiProperty() filedOn!: string;
  @ApiProperty({ enum: JudgmentKind, enumName: 'JudgmentKind', nullable: true })
  judgment!: JudgmentKind | null;
  @ApiProperty({ type: String, nullable: true }) judgedOn!: string | null;
  @ApiProperty({ type: [HeadDutyView], description: "Each defendant's head, in this instance" })
  headDuties!: HeadDutyView[];
}

export class DefendantView {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() name!: string;
}

export class JudicialRecommendationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) litigationCaseId!: string;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() court!: string;
  @ApiProperty() documentNumber!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ type: String, nullable: true }) answeredOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
  @ApiProperty({ description: 'Unanswered and past its due day' }) overdue!: boolean;
  @ApiProperty() version!: number;
}

export class LitigationCaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() plaintiff!: string;
  @ApiProperty({ type: [DefendantView] }) defendants!: DefendantView[];
  @ApiProperty() cause!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reconsiderationCaseId!: string | null;
  @ApiProperty() filedOn!: string;
  @ApiProperty({
    type: [InstanceView],
    description: 'In the order they opened; the last is current',
  })
  instances!: InstanceView[];
  @ApiProperty({ type: [HearingView] }) hearings!: HearingView[];
  @ApiProperty({ type: [JudicialRecommendationView] })
  judicialRecommendations!: JudicialRecommendationView[];
  @ApiProperty() version!: number;
}
