import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { IdParam } from '../common/id-param';
import { ApiPage, Page } from '../common/pagination';
import { Role } from '../access/role';
import { CaseQueriesService } from './case-queries.service';
import {
  AcceptanceDto,
  DismissApplicationDto,
  ExtendSupplementDto,
  FulfilSupplementDto,
  RequestSupplementDto,
  WithdrawApplicationDto,
} from './dto/case-actions.dto';
import { CaseSummaryView, CaseView, RegisteredCaseView, TimelineEventView } from './dto/case.view';
import { ListCasesQuery } from './dto/list-cases.query';
import { RegisterCaseDto } from './dto/register-case.dto';
import { checkIdempotencyKey } from './idempotency';
import { IntakeService } from './intake.service';
import { RegistrationService } from './registration.service';

/** Everyone who works on cases; liaisons of agencies see litigation, not reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

@ApiTags('cases')
@ApiNotFoundResponse({ description: 'No such case, or one of another office (agents)' })
@Controller('cases')
export class CasesController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly queries: CaseQueriesService,
    private readonly intake: IntakeService,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记行政复议申请 / Register an application' })
  @Authenticated(Role.AGENT, Role.OFFICER, Role.REVIEWER)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying with the same key and body returns the first response, not a new case',
  })
  @ApiCreatedResponse({
    type: RegisteredCaseView,
    description:
      'The case, with warnings for the office (a possible duplicate application: Art. 30 ¶1 (7), Art. 74 ¶2)',
    headers: {
      'Idempotent-Replayed': {
        description: '`true` when this is the first response again (same Idempotency-Key and body)',
        schema: { type: 'string', enum: ['true'] },
      },
    },
  })
  @ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED' })
  async register(
    @CurrentActor() actor: Actor,
    @Body() dto: RegisterCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegisteredCaseView> {
    const result = await this.registration.register(actor, dto, checkIdempotencyKey(key), req.body);
    void reply.status(result.status);
    if (result.replayed) void reply.header('idempotent-replayed', 'true');
    return result.body;
  }

  @Get()
  @ApiOperation({ summary: '案件列表与检索 / List and search cases' })
  @Authenticated(...CASE_READERS)
  @ApiPage(CaseSummaryView)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListCasesQuery,
  ): Promise<Page<CaseSummaryView>> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看案件 / Get a case' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: CaseView })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CaseView> {
    return this.queries.get(actor, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '案件流程记录 / The case timeline' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [TimelineEventView] })
  timeline(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TimelineEventView[]> {
    return this.queries.timeline(actor, id);
  }

  @Post(':id/supplement-requests')
  @ApiOperation({ summary: '通知补正 / Request a supplement' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: CaseView, description: 'RECEIVED → AWAITING_SUPPLEMENT' })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT, CASE_VERSION_CONFLICT' })
  requestSupplement(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: RequestSupplementDto,
  ): Promise<CaseView> {
    return this.intake.requestSupplement(actor, id, dto);
  }

  @Post(':id/supplement-requests/:rid/fulfil')
  @ApiOperation({ summary: '补正材料已提交 / Record a supplement as fulfilled' })
  @HttpCode(200)
  @Authenticated(Role.AGENT, Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'AWAITING_SUPPLEMENT → RECEIVED' })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT, SUPPLEMENT_REQUEST_CLOSED' })
  fulfilSupplement(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('rid') rid: string,
    @Body() dto: FulfilSupplementDto,
  ): Promise<CaseView> {
    return this.intake.fulfilSupplement(actor, id, rid, dto);
  }

  @Post(':id/supplement-requests/:rid/extension')
  @ApiOperation({ summary: '延长补正期限 / Extend the supplement period (Art. 31 ¶2)' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'The request and the case carry the new last day' })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT, SUPPLEMENT_REQUEST_CLOSED' })
  extendSupplement(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('rid') rid: string,
    @Body() dto: ExtendSupplementDto,
  ): Promise<CaseView> {
    return this.intake.extendSupplement(actor, id, rid, dto);
  }

  @Post(':id/withdrawal')
  @ApiOperation({ summary: '受理前撤回申请 / Withdraw the application before acceptance' })
  @HttpCode(200)
  @Authenticated(Role.AGENT, Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description: 'RECEIVED, AWAITING_SUPPLEMENT or PRE_MEDIATION → WITHDRAWN',
  })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT (accepted: terminate the review)' })
  withdraw(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: WithdrawApplicationDto,
  ): Promise<CaseView> {
    return this.intake.withdraw(actor, id, dto);
  }

  @Post(':id/application-dismissal')
  @ApiOperation({ summary: '驳回行政复议申请 / Dismiss an accepted application (Art. 33)' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description: 'REVIEWER only: UNDER_REVIEW → APPLICATION_DISMISSED',
  })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT' })
  dismissApplication(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: DismissApplicationDto,
  ): Promise<CaseView> {
    return this.intake.dismissApplication(actor, id, dto);
  }

  @Post(':id/acceptance')
  @ApiOperation({ summary: '受理或不予受理 / Accept or refuse the application' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({
    type: CaseView,
    description:
      'Accepted: → UNDER_REVIEW (recorded after the review period: accepted by law on its last day, Art. 30 ¶3). Not accepted (REVIEWER only, within the review period): → NOT_ACCEPTED',
  })
  @ApiConflictResponse({
    description: 'CASE_STATE_CONFLICT, CASE_VERSION_CONFLICT, ACCEPTANCE_PERIOD_ENDED',
  })
  decideAcceptance(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: AcceptanceDto,
  ): Promise<CaseView> {
    return this.intake.decideAcceptance(actor, id, dto);
  }
}
