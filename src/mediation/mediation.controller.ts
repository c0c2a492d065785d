import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
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
  MediationOutcomeDto,
  RecordMediationSessionDto,
  StartPreMediationDto,
} from './dto/mediation.dto';
import { MediationService } from './mediation.service';

@ApiTags('pre-case mediation')
@ApiConflictResponse({
  description: 'CASE_STATE_CONFLICT (with the current status), CASE_VERSION_CONFLICT',
})
@Controller('cases/:id/pre-mediation')
export class MediationController {
  constructor(private readonly mediation: MediationService) {}

  @Post()
  @ApiOperation({ summary: '启动案前调解 / Start pre-case mediation' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: CaseView, description: 'RECEIVED → PRE_MEDIATION' })
  start(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: StartPreMediationDto,
  ): Promise<CaseView> {
    return this.mediation.start(actor, id, dto);
  }

  @Post('sessions')
  @ApiOperation({ summary: '记录调解 / Record a mediation session' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: CaseView, description: 'A session recorded; status unchanged' })
  recordSession(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: RecordMediationSessionDto,
  ): Promise<CaseView> {
    return this.mediation.recordSession(actor, id, dto);
  }

  @Post('outcome')
  @ApiOperation({ summary: '调解结果 / Record the mediation outcome' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'SUCCEEDED → MEDIATED; FAILED → RECEIVED' })
  conclude(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: MediationOutcomeDto,
  ): Promise<CaseView> {
    return this.mediation.conclude(actor, id, dto);
  }
}
