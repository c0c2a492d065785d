import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { IdParam } from '../common/id-param';
import { ApiPage, Page } from '../common/pagination';
import {
  AnswerRecommendationDto,
  AttendanceDto,
  CourtNoticeDto,
  CreateLitigationCaseDto,
  HearingView,
  JudgmentDto,
  JudicialRecommendationDto,
  JudicialRecommendationView,
  ListLitigationCasesQuery,
  LitigationCaseView,
  OpenInstanceDto,
  ScheduleHearingDto,
  UpdateHearingDto,
} from './dto/litigation.dto';
import { HearingsService } from './hearings.service';
import { LitigationService } from './litigation.service';

/** The office writes every record of a lawsuit, attendance included. */
const WRITERS = [Role.OFFICER, Role.REVIEWER];
/** Liaisons read the lawsuits their agency is a defendant in (404 for any other). */
const READERS = [Role.ADMIN, Role.OFFICER, Role.REVIEWER, Role.VIEWER, Role.AGENCY_LIAISON];

@ApiTags('litigation response')
@Controller('litigation-cases')
export class LitigationController {
  constructor(
    private readonly litigation: LitigationService,
    private readonly hearings: HearingsService,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记行政应诉案件 / Register a lawsuit (its first instance)' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: LitigationCaseView })
  @ApiConflictResponse({ description: 'LITIGATION_CASE_EXISTS' })
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateLitigationCaseDto,
  ): Promise<LitigationCaseView> {
    return this.litigation.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '行政应诉案件列表 / List lawsuits' })
  @Authenticated(...READERS)
  @ApiPage(LitigationCaseView)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListLitigationCasesQuery,
  ): Promise<Page<LitigationCaseView>> {
    return this.litigation.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看行政应诉案件 / Get a lawsuit' })
  @Authenticated(...READERS)
  @ApiOkResponse({ type: LitigationCaseView })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<LitigationCaseView> {
    return this.litigation.get(actor, id);
  }

  @Post(':id/instances')
  @ApiOperation({ summary: '登记上诉、再审或重审 / Open the next instance' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: LitigationCaseView })
  @ApiConflictResponse({ description: 'INSTANCE_OPEN, STAGE_OUT_OF_ORDER, LITIGATION_CASE_EXISTS' })
  openInstance(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: OpenInstanceDto,
  ): Promise<LitigationCaseView> {
    return this.litigation.openInstance(actor, id, dto);
  }

  @Post(':id/judgment')
  @ApiOperation({ summary: '记录本审级裁判结果 / Record the current instance’s judgment' })
  @HttpCode(200)
  @Authenticated(...WRITERS)
  @ApiOkResponse({ type: LitigationCaseView })
  @ApiConflictResponse({ description: 'LITIGATION_CONCLUDED' })
  judgment(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: JudgmentDto,
  ): Promise<LitigationCaseView> {
    return this.litigation.judgment(actor, id, dto);
  }

  @Post(':id/hearings')
  @ApiOperation({ summary: '安排开庭 / Schedule a hearing in the current instance' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: HearingView, description: 'Plans the letters of every defendant' })
  @ApiConflictResponse({ description: 'LITIGATION_CONCLUDED' })
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ScheduleHearingDto,
  ): Promise<HearingView> {
    return this.hearings.schedule(actor, id, dto);
  }

  @Patch(':id/hearings/:hid')
  @ApiOperation({ summary: '改期或取消开庭 / Reschedule or cancel a hearing' })
  @Authenticated(...WRITERS)
  @ApiOkResponse({
    type: HearingView,
    description: 'Reschedule (letters for the new time only) or cancel (no more letters)',
  })
  @ApiConflictResponse({ description: 'HEARING_CANCELLED' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('hid') hid: string,
    @Body() dto: UpdateHearingDto,
  ): Promise<HearingView> {
    return this.hearings.update(actor, id, hid, dto);
  }

  @Post(':id/hearings/:hid/court-notices')
  @ApiOperation({ summary: '登记法院出庭通知书 / Record the court’s notice to a head' })
  @HttpCode(200)
  @Authenticated(...WRITERS)
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'HEARING_CANCELLED' })
  courtNotice(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('hid') hid: string,
    @Body() dto: CourtNoticeDto,
  ): Promise<HearingView> {
    return this.hearings.recordCourtNotice(actor, id, hid, dto);
  }

  @Post(':id/hearings/:hid/attendance')
  @ApiOperation({ summary: '记录出庭情况 / Record who appeared for a defendant' })
  @HttpCode(200)
  @Authenticated(...WRITERS)
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'HEARING_NOT_HELD, HEARING_CANCELLED' })
  attendance(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('hid') hid: string,
    @Body() dto: AttendanceDto,
  ): Promise<HearingView> {
    return this.hearings.recordAttendance(actor, id, hid, dto);
  }

  @Post(':id/judicial-recommendations')
  @ApiOperation({ summary: '登记司法建议 / Record a judicial recommendation' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: JudicialRecommendationView })
  recommendation(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: JudicialRecommendationDto,
  ): Promise<JudicialRecommendationView> {
    return this.litigation.addRecommendation(actor, id, dto);
  }

  @Post(':id/judicial-recommendations/:rid/answer')
  @ApiOperation({ summary: '登记司法建议的回复 / Record the answer to a recommendation' })
  @HttpCode(200)
  @Authenticated(...WRITERS)
  @ApiOkResponse({ type: JudicialRecommendationView })
  @ApiConflictResponse({ description: 'RECOMMENDATION_ANSWERED' })
  answer(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('rid') rid: string,
    @Body() dto: AnswerRecommendationDto,
  ): Promise<JudicialRecommendationView> {
    return this.litigation.answerRecommendation(actor, id, rid, dto);
  }
}
