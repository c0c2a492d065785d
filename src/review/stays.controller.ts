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
import { DecideStayDto, RequestStayDto, StayView } from './dto/stay.dto';
import { StaysService } from './stays.service';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

@ApiTags('review and decision')
@ApiNotFoundResponse({
  description: 'CASE_NOT_FOUND (no such case, or one of another office for agents), STAY_NOT_FOUND',
})
@Controller('cases/:id/stays')
export class StaysController {
  constructor(private readonly stays: StaysService) {}

  @Post()
  @ApiOperation({
    summary: '申请或决定停止执行 / Record a stay of enforcement (Art. 42)',
    description:
      'Under review or suspended (event REQUEST_STAY). PARTY_REQUEST (Art. 42 (3)): requestedBy, an applicant or third party of the case, is required; the request awaits the organ’s decision. Any other ground stays enforcement at once: recorded as STAYED on requestedOn. ORGAN_DEEMS_NECESSARY (the organ’s own decision): REVIEWER only, 403 otherwise.',
  })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: StayView })
  @ApiConflictResponse({
    description: 'CASE_STATE_CONFLICT (not under review), CASE_VERSION_CONFLICT',
  })
  request(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: RequestStayDto,
  ): Promise<StayView> {
    return this.stays.request(actor, id, dto);
  }

  @Post(':sid/decision')
  @ApiOperation({
    summary: '决定是否停止执行 / Decide a party’s request to stay enforcement',
    description:
      'The organ decides (REVIEWER): STAYED when it finds the request reasonable, else REFUSED (Art. 42 (3)); once, decidedOn between requestedOn and today (event DECIDE_STAY).',
  })
  @HttpCode(200)
  @Authenticated(Role.REVIEWER)
  @ApiOkResponse({ type: StayView })
  @ApiConflictResponse({
    description:
      'STAY_ALREADY_DECIDED, CASE_STATE_CONFLICT (not under review), CASE_VERSION_CONFLICT',
  })
  decide(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('sid') sid: string,
    @Body() dto: DecideStayDto,
  ): Promise<StayView> {
    return this.stays.decide(actor, id, sid, dto);
  }

  @Get()
  @ApiOperation({ summary: '停止执行记录 / List the stays of enforcement of a case' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [StayView] })
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StayView[]> {
    return this.stays.list(actor, id);
  }
}
