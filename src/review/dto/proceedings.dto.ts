import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, ValidateIf } from 'class-validator';
import { Procedure } from '../../cases/case.enums';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import {
  COMMITTEE_GROUND_LABELS,
  CommitteeGround,
  FORMAL_HEARING_REASON_LABELS,
  FORMAL_HEARING_STATUS_LABELS,
  FormalHearingReason,
  FormalHearingStatus,
  VIEWS_METHOD_LABELS,
  ViewsMethod,
} from '../proceedings.enums';
import { ReviewWarningCode } from '../rules/proceedings.rules';

// ---- the parties' views (Art. 49) -------------------------------------------------------------

/** `POST /cases/:id/views`: the parties' views heard and recorded (听取意见, Art. 49). */
export class RecordViewsDto {
  @ApiProperty({
    example: '2026-02-27',
    description: 'Day the views were heard; not before acceptedOn, not in the future',
  })
  @IsLocalDate()
  heardOn!: string;

  @ApiProperty({
    enum: ViewsMethod,
    enumName: 'ViewsMethod',
    description: `${describeLabels(VIEWS_METHOD_LABELS)}. WRITTEN: the parties could not be heard for their own reasons, and the case is reviewed in writing (Art. 49, second sentence).`,
  })
  @IsEnum(ViewsMethod)
  method!: ViewsMethod;

  @ApiProperty({
    example: '申请人孙九、被申请人委托的法制科科长赵六',
    maxLength: 500,
    description: 'Whose views: the parties heard, as named',
  })
  @IsText(500)
  heard!: string;

  @ApiProperty({ maxLength: 20000, description: 'The views as recorded (记录在案)' })
  @IsText(20000)
  summary!: string;
}

/** A hearing of the parties' views as the API shows it. */
export class ViewsHeardView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '2026-02-27' }) heardOn!: string;
  @ApiProperty({
    enum: ViewsMethod,
    enumName: 'ViewsMethod',
    description: describeLabels(VIEWS_METHOD_LABELS),
  })
  method!: ViewsMethod;
  @ApiProperty({ description: 'Whose views' }) heard!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'uuid', description: 'The user who recorded it' }) recordedBy!: string;
  @ApiProperty({ example: '2026-02-27T09:15:00.000Z' }) createdAt!: string;
}

// ---- formal hearings (听证, Arts. 50–51) -------------------------------------------------------

/** `POST /cases/:id/formal-hearings`: a formal hearing noticed to the parties (Arts. 50–51). */
export class ScheduleFormalHearingDto {
  @ApiProperty({
    enum: FormalHearingReason,
    enumName: 'FormalHearingReason',
    description: `Why (Art. 50): ${describeLabels(FORMAL_HEARING_REASON_LABELS)}`,
  })
  @IsEnum(FormalHearingReason)
  reason!: FormalHearingReason;

  @ApiProperty({
    example: '2026-02-26',
    description:
      'Day the written notice (time, place, matters) reached the parties; not before acceptedOn, not in the future. At least 5 working days before heldOn, the day of service not counted (Art. 51 para 1, Art. 88 para 2): else 400 FORMAL_HEARING_NOTICE_LATE naming this field, with the earliest day the hearing may be held',
  })
  @IsLocalDate()
  noticeServedOn!: string;

  @ApiProperty({
    example: '2026-03-04',
    description: 'Day the hearing is held; may lie in the future',
  })
  @IsLocalDate()
  heldOn!: string;

  @ApiProperty({ example: '区司法局第一会议室', maxLength: 200 })
  @IsText(200)
  place!: string;

  @ApiProperty({ maxLength: 5000, description: '拟听证事项: the matters the hearing is on' })
  @IsText(5000)
  matters!: string;
}

/**
 * `POST /cases/:id/formal-hearings/:hid/record`: held (with the respondent's attendance, Art. 51
 * ¶3, and the 听证笔录) or not held (with the reason).
 */
export class RecordFormalHearingDto {
  @ApiProperty({ description: 'Whether the hearing was held' })
  @IsBoolean()
  held!: boolean;

  @ApiPropertyOptional({
    description:
      'Held: the respondent’s head attended (被申请人的负责人应当参加听证, Art. 51 para 3). Required when held, not given otherwise',
  })
  @ValidateIf(
    (d: RecordFormalHearingDto) => d.held === true || d.respondentHeadAttended !== undefined,
  )
  @IsBoolean()
  respondentHeadAttended?: boolean;

  @ApiPropertyOptional({
    example: '王五',
    maxLength: 100,
    description:
      'Held: who attended for the respondent, the head, or the staff member the head sent (委托相应的工作人员). Required when held',
  })
  @ValidateIf(
    (d: RecordFormalHearingDto) => d.held === true || d.respondentAttendeeName !== undefined,
  )
  @IsText(100)
  respondentAttendeeName?: string;

  @ApiPropertyOptional({
    example: '局长',
    maxLength: 100,
    description: 'Their title. Required when held',
  })
  @ValidateIf(
    (d: RecordFormalHearingDto) => d.held === true || d.respondentAttendeeTitle !== undefined,
  )
  @IsText(100)
  respondentAttendeeTitle?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description:
      'Held, the head absent: why (应当说明理由); else 400 HEAD_ABSENCE_UNEXPLAINED. Not given when the head attended',
  })
  @ValidateIf((d: RecordFormalHearingDto) => d.headAbsenceReason !== undefined)
  @IsText(2000)
  headAbsenceReason?: string;

  @ApiPropertyOptional({
    maxLength: 50000,
    description: 'Held: 听证笔录, what the decision rests on (Art. 61 para 2). Required when held',
  })
  @ValidateIf((d: RecordFormalHearingDto) => d.held === true || d.record !== undefined)
  @IsText(50000)
  record?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Not held: why. Required when not held, not given otherwise',
  })
  @ValidateIf((d: RecordFormalHearingDto) => d.held === false || d.reason !== undefined)
  @IsText(2000)
  reason?: string;
}

/** A formal hearing as the API shows it. */
export class FormalHearingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    enum: FormalHearingReason,
    enumName: 'FormalHearingReason',
    description: describeLabels(FORMAL_HEARING_REASON_LABELS),
  })
  reason!: FormalHearingReason;
  @ApiProperty({ example: '2026-02-26' }) noticeServedOn!: string;
  @ApiProperty({ example: '2026-03-04' }) heldOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ description: '拟听证事项' }) matters!: string;
  @ApiProperty({
    enum: FormalHearingStatus,
    enumName: 'FormalHearingStatus',
    description: `${describeLabels(FORMAL_HEARING_STATUS_LABELS)}; SCHEDULED until recorded`,
  })
  status!: FormalHearingStatus;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The respondent’s head attended (Art. 51 para 3); null unless HELD',
  })
  respondentHeadAttended!: boolean | null;
  @ApiProperty({ type: String, nullable: true, description: 'The head, or the delegate' })
  respondentAttendeeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) respondentAttendeeTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the head did not attend' })
  headAbsenceReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '听证笔录; null unless HELD' })
  record!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was not held; null unless CANCELLED',
  })
  cancellationReason!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who noticed it' }) createdBy!: string;
  @ApiProperty({ example: '2026-02-26T09:15:00.000Z' }) createdAt!: string;
}

// ---- the reconsideration committee (Art. 52) --------------------------------------------------

/** `POST /cases/:id/committee-referrals`: the office asks the committee's opinion (Art. 52 ¶2). */
export class ReferToCommitteeDto {
  @ApiProperty({
    enum: CommitteeGround,
    enumName: 'CommitteeGround',
    description: `Art. 52 para 2: ${describeLabels(COMMITTEE_GROUND_LABELS)}`,
  })
  @IsEnum(CommitteeGround)
  ground!: CommitteeGround;

  @ApiProperty({
    example: '2026-02-27',
    description: 'Not before acceptedOn, not in the future',
  })
  @IsLocalDate()
  referredOn!: string;
}

/** `POST /cases/:id/committee-referrals/:rid/opinion`: the committee's opinion recorded (¶3). */
export class CommitteeOpinionDto {
  @ApiProperty({ maxLength: 20000, description: '咨询意见, as the committee gave it' })
  @IsText(20000)
  opinion!: string;

  @ApiProperty({
    example: '2026-03-02',
    description: 'Day the opinion was given; not before referredOn, not in the future',
  })
  @IsLocalDate()
  opinionOn!: string;
}

/** A referral to the committee and its opinion, as the API shows them. */
export class CommitteeReferralView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    enum: CommitteeGround,
    enumName: 'CommitteeGround',
    description: describeLabels(COMMITTEE_GROUND_LABELS),
  })
  ground!: CommitteeGround;
  @ApiProperty({ example: '2026-02-27' }) referredOn!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The committee’s opinion (Art. 61 para 3: an important reference of the decision); null until recorded',
  })
  opinion!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-02' }) opinionOn!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who referred the case' })
  createdBy!: string;
  @ApiProperty({ example: '2026-02-27T09:15:00.000Z' }) createdAt!: string;
}

// ---- the warnings of a decision draft ---------------------------------------------------------

/** Something the drafter and the approver should look at before the decision; not a refusal. */
export class ReviewWarningView {
  @ApiProperty({
    enum: ReviewWarningCode,
    enumName: 'ReviewWarningCode',
    description:
      'VIEWS_NOT_HEARD: ordinary procedure, no views recorded (Art. 49); FORMAL_HEARING_NOT_RECORDED: a formal hearing noticed and not recorded (Arts. 51, 61 para 2); COMMITTEE_OPINION_PENDING: referred to the committee, no opinion recorded (Arts. 52 para 3, 61 para 3)',
  })
  code!: ReviewWarningCode;
  @ApiProperty({ description: 'In Chinese, for the office, with the article' }) message!: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The formal hearings or referrals it is about; empty for VIEWS_NOT_HEARD',
  })
  ids!: string[];
}

/** `GET /cases/:id/review-warnings`. */
export class ReviewWarningsView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    enum: Procedure,
    enumName: 'Procedure',
    nullable: true,
    description: 'The procedure the warnings were read under; null before acceptance',
  })
  procedure!: Procedure | null;
  @ApiProperty({ type: [ReviewWarningView], description: 'Empty when there is nothing to look at' })
  warnings!: ReviewWarningView[];
}
