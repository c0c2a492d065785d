import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { IdParam } from '../common/id-param';
import {
  CommitteeOpinionDto,
  CommitteeReferralView,
  FormalHearingView,
  RecordFormalHearingDto,
  RecordViewsDto,
  ReferToCommitteeDto,
  ReviewWarningsView,
  ScheduleFormalHearingDto,
  ViewsHeardView,
} from './dto/proceedings.dto';
import { ProceedingsService } from './proceedings.service';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];
const CASE_WORKERS = [Role.OFFICER, Role.REVIEWER];

const WRITE_CONFLICTS =
  'CASE_STATE_CONFLICT (not under review or suspended), CASE_VERSION_CONFLICT';

/**
 * The review's proceedings (ARL 2023 Arts. 49–52): the parties' views, formal hearings (听证), the
 * reconsideration committee, and the warnings they leave for the decision.
 */
@ApiTags('review and decision')
@ApiNotFoundResponse({
  description:
    'CASE_NOT_FOUND (no such case, or one of another office for agents), FORMAL_HEARING_NOT_FOUND, COMMITTEE_REFERRAL_NOT_FOUND',
})
@Controller('cases/:id')
export class ProceedingsController {
  constructor(private readonly proceedings: ProceedingsService) {}

  // ---- the parties' views (Art. 49) -----------------------------------------------------------

  @Post('views')
  @ApiOperation({
    summary: '记录听取当事人意见 / Record the parties’ views heard (Art. 49)',
    description:
      'Under review or suspended (event RECORD_VIEWS). Heard in person, online or by phone and recorded; WRITTEN when the parties could not be heard for their own reasons (书面审理). heardOn between acceptedOn and today. Under the ordinary procedure a case without any such record carries the warning VIEWS_NOT_HEARD.',
  })
  @Authenticated(...CASE_WORKERS)
  @ApiCreatedResponse({ type: ViewsHeardView })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  recordViews(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: RecordViewsDto,
  ): Promise<ViewsHeardView> {
    return this.proceedings.recordViews(actor, id, dto);
  }

  @Get('views')
  @ApiOperation({ summary: '听取意见记录 / List the parties’ views heard' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [ViewsHeardView] })
  listViews(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ViewsHeardView[]> {
    return this.proceedings.listViews(actor, id);
  }

  // ---- formal hearings (Arts. 50–51) ----------------------------------------------------------

  @Post('formal-hearings')
  @ApiOperation({
    summary: '通知听证 / Notice a formal hearing (Arts. 50–51)',
    description:
      'Under review or suspended (event SCHEDULE_FORMAL_HEARING). The written notice of the time, place and matters reaches the parties 5 working days before the hearing, the day of service not counted (Art. 51 para 1, Art. 88 para 2): heldOn on or after the 5th working day after noticeServedOn, else 400 FORMAL_HEARING_NOTICE_LATE on noticeServedOn. noticeServedOn between acceptedOn and today; heldOn may lie ahead.',
  })
  @Authenticated(...CASE_WORKERS)
  @ApiCreatedResponse({ type: FormalHearingView })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  scheduleFormalHearing(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ScheduleFormalHearingDto,
  ): Promise<FormalHearingView> {
    return this.proceedings.scheduleFormalHearing(actor, id, dto);
  }

  @Post('formal-hearings/:hid/record')
  @ApiOperation({
    summary: '登记听证举行情况 / Record a formal hearing as held or not held',
    description:
      'Once (event RECORD_FORMAL_HEARING). held: true, not before its day, with the respondent’s attendance (Art. 51 para 3: the head attended; or the head’s reason for not attending and the staff member sent, else 400 HEAD_ABSENCE_UNEXPLAINED) and the 听证笔录 (Art. 61 para 2). held: false with the reason it was not held.',
  })
  @HttpCode(200)
  @Authenticated(...CASE_WORKERS)
  @ApiOkResponse({ type: FormalHearingView })
  @ApiConflictResponse({
    description: `FORMAL_HEARING_ALREADY_RECORDED, FORMAL_HEARING_NOT_DUE (recorded as held before its day), ${WRITE_CONFLICTS}`,
  })
  recordFormalHearing(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('hid') hid: string,
    @Body() dto: RecordFormalHearingDto,
  ): Promise<FormalHearingView> {
    return this.proceedings.recordFormalHearing(actor, id, hid, dto);
  }

  @Get('formal-hearings')
  @ApiOperation({ summary: '听证记录 / List the formal hearings of a case' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [FormalHearingView] })
  listFormalHearings(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
  ): Promise<FormalHearingView[]> {
    return this.proceedings.listFormalHearings(actor, id);
  }

  // ---- the reconsideration committee (Art. 52) ------------------------------------------------

  @Post('committee-referrals')
  @ApiOperation({
    summary: '提请行政复议委员会咨询 / Refer the case to the reconsideration committee (Art. 52)',
    description:
      'The office refers (REVIEWER), on a ground of Art. 52 para 2; under review or suspended (event REFER_TO_COMMITTEE). referredOn between acceptedOn and today. Until its opinion is recorded the case carries the warning COMMITTEE_OPINION_PENDING.',
  })
  @Authenticated(Role.REVIEWER)
  @ApiCreatedResponse({ type: CommitteeReferralView })
  @ApiConflictResponse({ description: WRITE_CONFLICTS })
  referToCommittee(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ReferToCommitteeDto,
  ): Promise<CommitteeReferralView> {
    return this.proceedings.referToCommittee(actor, id, dto);
  }

  @Post('committee-referrals/:rid/opinion')
  @ApiOperation({
    summary: '记录行政复议委员会咨询意见 / Record the committee’s opinion (Art. 52 para 3)',
    description:
      'Once (event RECORD_COMMITTEE_OPINION); opinionOn between referredOn and today. The decision takes it as an important reference (Art. 61 para 3).',
  })
  @HttpCode(200)
  @Authenticated(...CASE_WORKERS)
  @ApiOkResponse({ type: CommitteeReferralView })
  @ApiConflictResponse({
    description: `COMMITTEE_OPINION_ALREADY_RECORDED, ${WRITE_CONFLICTS}`,
  })
  recordCommitteeOpinion(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('rid') rid: string,
    @Body() dto: CommitteeOpinionDto,
  ): Promise<CommitteeReferralView> {
    return this.proceedings.recordCommitteeOpinion(actor, id, rid, dto);
  }

  @Get('committee-referrals')
  @ApiOperation({
    summary: '行政复议委员会咨询记录 / List the committee referrals and their opinions',
  })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [CommitteeReferralView] })
  listCommitteeReferrals(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
  ): Promise<CommitteeReferralView[]> {
    return this.proceedings.listCommitteeReferrals(actor, id);
  }

  // ---- the warnings of a decision draft -------------------------------------------------------

  @Get('review-warnings')
  @ApiOperation({
    summary: '审理程序提示 / What the decision draft should look at now',
    description:
      'VIEWS_NOT_HEARD (ordinary procedure, no views recorded: Art. 49), FORMAL_HEARING_NOT_RECORDED (a formal hearing noticed and not recorded: Arts. 51, 61 para 2), COMMITTEE_OPINION_PENDING (referred to the committee, its opinion not recorded: Arts. 52 para 3, 61 para 3). Warnings, not refusals, for the drafter and the approver.',
  })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: ReviewWarningsView })
  warnings(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ReviewWarningsView> {
    return this.proceedings.warnings(actor, id);
  }
}
