import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { IdParam } from '../common/id-param';
import { ApiPage, Page } from '../common/pagination';
import { Role } from '../access/role';
import { AlertsService } from './alerts.service';
import { AlertView, ListAlertsQuery } from './dto/alert.dto';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: '预警列表 / List alerts' })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiPage(AlertView)
  list(@CurrentActor() actor: Actor, @Query() query: ListAlertsQuery): Promise<Page<AlertView>> {
    return this.alerts.list(actor, query);
  }

  @Post(':id/acknowledgement')
  @ApiOperation({ summary: '确认预警 / Acknowledge an alert' })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: AlertView, description: 'Idempotent: a second call changes nothing' })
  acknowledge(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<AlertView> {
    return this.alerts.acknowledge(actor, id);
  }
}
