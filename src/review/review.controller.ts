import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { CaseView } from '../cases/dto/case.view';
import { IdParam } from '../common/id-param';
import { Role } from '../access/role';
import {
  ApprovalDto,
  AssignmentDto,
  ConversionDto,
  DraftDecisionDto,
  ExtensionDto,
  RecommendationLetterDto,
  RecommendationLetterView,
  ResumptionDto,
  SuspensionDto,
  TerminationDto,
} from './dto/review.dto';
import { ReviewService } from './review.service';

@ApiTags('review and decision')
@ApiConflictResponse({
  description: 'CASE_STATE_CONFLICT (with the current status), CASE_VERSION_CONFLICT',
})
@Controller('cases/:id')
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Post('assignment')
  @ApiOperation({ summary: '指定承办人 / Assign the officer' })
  @HttpCode(200)
  @Authenticated(Role.REVIEWER)
  @ApiOkResponse({ type: CaseView })
  assign(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: AssignmentDto,
  ): Promise<CaseView> {
    return this.reviews.assign(a, id, dto);
  }

  @Post('suspension')
  @ApiOperation({
    summary: '中止审理 / Suspend the review',
    description:
      'On a ground of Art. 39 ¶1; MEDIATION_OR_SETTLEMENT needs bothPartiesAgree true (400 AGREEMENT_REQUIRED). noticeServedOn: the written notice to the parties (Art. 39 ¶3)',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description: 'UNDER_REVIEW → SUSPENDED; the decision clock stops',
  })
  suspend(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: SuspensionDto,
  ): Promise<CaseView> {
    return this.reviews.suspend(a, id, dto);
  }

  @Post('resumption')
  @ApiOperation({
    summary: '恢复审理 / Resume the review',
    description: 'noticeServedOn: the written notice to the parties (Art. 39 ¶3)',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description: 'SUSPENDED → UNDER_REVIEW; the days suspended extend the deadline',
  })
  resume(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: ResumptionDto,
  ): Promise<CaseView> {
    return this.reviews.resume(a, id, dto);
  }

  @Post('extension')
  @ApiOperation({
    summary: '延长审理期限 / Extend the deadline',
    description:
      'Approved by the head of the office (Art. 62 ¶1): a REVIEWER designated headsOffice. noticeServedOn: the written notice to the parties',
  })
  @HttpCode(200)
  @Authenticated(Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'Ordinary procedure only, once, at most 30 days' })
  @ApiForbiddenResponse({ description: 'NOT_OFFICE_HEAD' })
  @ApiConflictResponse({ description: 'EXTENSION_NOT_ALLOWED, ALREADY_EXTENDED' })
  extend(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: ExtensionDto,
  ): Promise<CaseView> {
    return this.reviews.extend(a, id, dto);
  }

  @Post('procedure-conversion')
  @ApiOperation({
    summary: '简易程序转为普通程序 / Switch to the ordinary procedure',
    description:
      'Art. 55, approved by the head of the office (a REVIEWER designated headsOffice). The decision is due 60 days from the original acceptance plus the days suspended (Art. 62 ¶1: 自受理申请之日起), and may then be extended; the answer clocks not yet run are recomputed with the ordinary lengths (Arts. 48, 54)',
  })
  @HttpCode(200)
  @Authenticated(Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'procedure ORDINARY, convertedToOrdinaryOn set' })
  @ApiForbiddenResponse({ description: 'NOT_OFFICE_HEAD' })
  @ApiConflictResponse({ description: 'NOT_SIMPLIFIED; CASE_STATE_CONFLICT (not under review)' })
  convert(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: ConversionDto,
  ): Promise<CaseView> {
    return this.reviews.convert(a, id, dto);
  }

  @Post('termination')
  @ApiOperation({ summary: '终止审理 / Terminate the review', description: 'Art. 41' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: '→ TERMINATED' })
  @ApiForbiddenResponse({ description: 'WITHDRAWAL_NEEDS_APPROVAL (WITHDRAWN, SETTLED: REVIEWER)' })
  @ApiConflictResponse({ description: 'SUSPENSION_GROUND_NOT_LAPSING, SUSPENSION_NOT_LAPSED' })
  terminate(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: TerminationDto,
  ): Promise<CaseView> {
    return this.reviews.terminate(a, id, dto);
  }

  @Post('decision')
  @ApiOperation({ summary: '起草复议决定 / Draft the decision' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: CaseView, description: 'A draft awaiting approval (one at a time)' })
  @ApiConflictResponse({ description: 'DRAFT_PENDING, DISMISS_NOT_INACTION, NO_THIRD_PARTY' })
  draft(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: DraftDecisionDto,
  ): Promise<CaseView> {
    return this.reviews.draftDecision(a, id, dto);
  }

  @Post('decision/approval')
  @ApiOperation({ summary: '审批复议决定 / Approve or send back the decision' })
  @HttpCode(200)
  @Authenticated(Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description:
      'Approved: → DECIDED, with the consent of the head of the organ (a REVIEWER designated headsOrgan) or by the collective discussion named (any REVIEWER), never by the drafter (Art. 61 ¶1). Not approved: the draft goes back',
  })
  @ApiForbiddenResponse({ description: 'APPROVER_IS_DRAFTER, NOT_ORGAN_HEAD' })
  @ApiConflictResponse({ description: 'NO_DRAFT, DISCUSSION_BEFORE_DRAFT' })
  review(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: ApprovalDto,
  ): Promise<CaseView> {
    return this.reviews.review(a, id, dto);
  }

  @Post('recommendation-letters')
  @ApiOperation({ summary: '制发行政复议意见书或建议书 / Issue a recommendation letter' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: RecommendationLetterView })
  issueLetter(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: RecommendationLetterDto,
  ): Promise<RecommendationLetterView> {
    return this.reviews.issueLetter(a, id, dto);
  }
}
