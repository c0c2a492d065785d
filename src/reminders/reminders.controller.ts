import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DOCX } from '../documents/document-templates';
import { downloadHeaders } from '../materials/download-headers';
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

  @Get(':id/file')
  @ApiOperation({ summary: '下载出庭提示函 / Download a reminder letter (.docx)' })
  @Authenticated(Role.OFFICER, Role.REVIEWER, Role.AGENCY_LIAISON)
  @ApiOkResponse({
    description: 'The issued LETTER’s words on the office’s template',
    content: {
      [DOCX]: {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiConflictResponse({ description: 'NOT_A_LETTER (a day-before notice)' })
  async file(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.letters.file(actor, id);
    void reply.headers(downloadHeaders(file));
    return new StreamableFile(stream);
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
