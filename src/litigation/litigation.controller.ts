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
import { IdParam } from '../common/id-param';
import { ApiPage, Page } from '../common/pagination';
import { Role } from '../access/role';
import {
  AttendanceDto,
  CreateLitigationCaseDto,
  HearingView,
  JudgmentDto,
  ListLitigationCasesQuery,
  LitigationCaseView,
  ScheduleHearingDto,
  UpdateHearingDto,
} from './dto/litigation.dto';
import { LitigationService } from './litigation.service';

const WRITERS = [Role.OFFICER, Role.REVIEWER];
/** Liaisons read their own agency's lawsuits (404 for any other). */
const READERS = [Role.ADMIN, Role.OFFICER, Role.REVIEWER, Role.VIEWER, Role.AGENCY_LIAISON];

@ApiTags('litigation response')
@Controller('litigation-cases')
export class LitigationController {
  constructor(private readonly litigation: LitigationService) {}

  @Post()
  @ApiOperation({ summary: '登记行政应诉案件 / Register a lawsuit' })
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

  @Post(':id/hearings')
  @ApiOperation({ summary: '安排开庭 / Schedule a hearing' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: HearingView, description: 'Plans its reminder letters' })
  schedule(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ScheduleHearingDto,
  ): Promise<HearingView> {
    return this.litigation.scheduleHearing(actor, id, dto);
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
    return this.litigation.updateHearing(actor, id, hid, dto);
  }

  @Post(':id/hearings/:hid/attendance')
  @ApiOperation({ summary: '记录出庭情况 / Record hearing attendance' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER, Role.AGENCY_LIAISON)
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'HEARING_NOT_HELD, HEARING_CANCELLED' })
  attendance(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('hid') hid: string,
    @Body() dto: AttendanceDto,
  ): Promise<HearingView> {
    return this.litigation.recordAttendance(actor, id, hid, dto);
  }

  @Post(':id/judgment')
  @ApiOperation({ summary: '记录裁判结果 / Record the judgment' })
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
}
