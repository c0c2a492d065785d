import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { ApiErrors } from '../common/api-docs';
import { IdParam } from '../common/id-param';
import {
  ReviewMediationOutcomeDto,
  ReviewMediationView,
  StartReviewMediationDto,
} from './dto/review-mediation.dto';
import { ReviewMediationService } from './review-mediation.service';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

const NOT_FOUND: [number, string] = [
  404,
  'CASE_NOT_FOUND (no such case, or one of another office for agents)',
];

@ApiTags('review and decision')
@Controller('cases/:id/review-mediation')
export class ReviewMediationController {
  constructor(private readonly mediation: ReviewMediationService) {}

  @Post()
  @ApiOperation({
    summary: '启动行政复议调解 / Start mediation during the review (Arts. 5, 73)',
    description:
      'Under review or suspended (event START_REVIEW_MEDIATION; the status is unchanged). One mediation open at a time. Not the pre-case mediation of /pre-mediation, which comes before acceptance.',
  })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: ReviewMediationView })
  @ApiErrors(NOT_FOUND, [
    409,
    'REVIEW_MEDIATION_OPEN, CASE_STATE_CONFLICT (not under review or suspended), CASE_VERSION_CONFLICT',
  ])
  start(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: StartReviewMediationDto,
  ): Promise<ReviewMediationView> {
    return this.mediation.start(actor, id, dto);
  }

  @Post('outcome')
  @ApiOperation({
    summary: '调解结果 / How the mediation in review ended',
    description:
      'IN_EFFECT (event REVIEW_MEDIATION_IN_EFFECT): the 调解书 signed by every party and sealed by the organ takes effect on effectiveOn (Art. 73 ¶1); the case closes as REVIEW_MEDIATED (调解结案) with outcome REVIEW_MEDIATED and concludedOn effectiveOn, and a suspension in force ends that day (its days count as suspended days). FAILED (调解未达成协议) or RETRACTED (调解书生效前一方反悔), event END_REVIEW_MEDIATION: the case stays under review or suspended and the organ decides (Art. 73 ¶2); a new mediation may start. A settlement (和解, Art. 74) is recorded as a termination with reason SETTLED instead.',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: ReviewMediationView })
  @ApiErrors(NOT_FOUND, [
    409,
    'NO_OPEN_REVIEW_MEDIATION, CASE_STATE_CONFLICT (not under review or suspended), CASE_VERSION_CONFLICT',
  ])
  conclude(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ReviewMediationOutcomeDto,
  ): Promise<ReviewMediationView> {
    return this.mediation.conclude(actor, id, dto);
  }

  @Get()
  @ApiOperation({ summary: '行政复议调解记录 / The mediations of a case during review' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [ReviewMediationView] })
  @ApiErrors(NOT_FOUND)
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ReviewMediationView[]> {
    return this.mediation.list(actor, id);
  }
}
