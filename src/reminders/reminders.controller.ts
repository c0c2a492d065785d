import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { IdParam } from '../common/id-param';
import { ApiPage, Page } from '../common/pagination';
import { Role } from '../access/role';
import {
  AcknowledgeLetterDto,
  ListReminderLettersQuery,
  ReminderLetterView,
} from './dto/reminder.dto';
import { ReminderLettersService } from './reminder-letters.service';

@ApiTags('litigation response')
@Controller('reminder-letters')
export class RemindersController {
  constructor(private readonly letters: ReminderLettersService) {}

  @Get()
  @ApiOperation({ summary: '出庭提醒函列表 / List reminder letters' })
  @Authenticated(Role.OFFICER, Role.REVIEWER, Role.AGENCY_LIAISON)
  @ApiPage(ReminderLetterView)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListReminderLettersQuery,
  ): Promise<Page<ReminderLetterView>> {
    return this.letters.list(actor, query);
  }

  @Post(':id/acknowledgement')
  @ApiOperation({ summary: '回执出庭提醒函 / Acknowledge a reminder letter' })
  @HttpCode(200)
  @Authenticated(Role.AGENCY_LIAISON, Role.OFFICER)
  @ApiOkResponse({ type: ReminderLetterView, description: 'The agency names who will attend' })
  acknowledge(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: AcknowledgeLetterDto,
  ): Promise<ReminderLetterView> {
    return this.letters.acknowledge(actor, id, dto);
  }
}
