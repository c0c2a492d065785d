import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { CaseView } from '../cases/dto/case.view';
import { ApiErrors } from '../common/api-docs';
import { IdParam } from '../common/id-param';
import { DecisionFollowUpService } from './decision-follow-up.service';
import { RecordPerformanceDto, ServeDecisionDto } from './dto/decision-follow-up.dto';

const NOT_FOUND: [number, string] = [
  404,
  'CASE_NOT_FOUND (no such case, or one of another office for agents)',
];

@ApiTags('review and decision')
@Controller('cases/:id/decision')
export class DecisionFollowUpController {
  constructor(private readonly followUp: DecisionFollowUpService) {}

  @Post('service')
  @ApiOperation({
    summary: '决定书送达 / Record the service of the decision (Art. 75)',
    description:
      'A DECIDED case (event SERVE_DECISION; it stays DECIDED), once. The decision takes effect on servedOn (Art. 75 ¶2: 一经送达，即发生法律效力). performanceDueOn: the respondent’s last day to perform a decision that orders it to act (Arts. 64, 66, 71, 72; Art. 77); with remakeWithinDays it defaults to servedOn + those calendar days, rolled to a working day.',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'The case; decision.servedOn is set' })
  @ApiErrors(NOT_FOUND, [
    409,
    'DECISION_ALREADY_SERVED, CASE_STATE_CONFLICT (not DECIDED), CASE_VERSION_CONFLICT',
  ])
  serve(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: ServeDecisionDto,
  ): Promise<CaseView> {
    return this.followUp.serve(actor, id, dto);
  }

  @Post('performance')
  @ApiOperation({
    summary: '被申请人履行情况 / Record the respondent’s report of performance (Art. 77)',
    description:
      'A DECIDED case whose decision was served (event RECORD_PERFORMANCE; it stays DECIDED), once; reportedOn between servedOn and today. Ends the PERFORMANCE alert. A report after performanceDueOn is recorded with late: true in the timeline.',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'The case; decision.performanceReportedOn is set' })
  @ApiErrors(NOT_FOUND, [
    409,
    'DECISION_NOT_SERVED, PERFORMANCE_ALREADY_REPORTED, CASE_STATE_CONFLICT (not DECIDED), CASE_VERSION_CONFLICT',
  ])
  recordPerformance(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: RecordPerformanceDto,
  ): Promise<CaseView> {
    return this.followUp.recordPerformance(actor, id, dto);
  }
}
