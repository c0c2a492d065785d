import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { CaseView } from '../cases/dto/case.view';
import { ApiErrors } from '../common/api-docs';
import { IdParam } from '../common/id-param';
import { AnswersService } from './answers.service';
import { AnswerCopyDto, AnswerDto, AnswerView } from './dto/answer.dto';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

@ApiTags('review and decision')
@Controller('cases/:id')
export class AnswersController {
  constructor(private readonly answers: AnswersService) {}

  @Post('answer-copy')
  @ApiOperation({
    summary:
      '发送答复通知（申请书副本）及被申请人收到 / Record the copy sent to the respondent and its receipt',
    description:
      'Art. 48 (simplified Art. 54). Each date is recorded once: repeating the recorded dates changes nothing; ' +
      'a later call adds receivedOn (sentOn left out or equal to the recorded day). The receipt sets answerDueOn. ' +
      'A copy sent after answerCopyDueOn is recorded, with late: true in the timeline.',
  })
  @HttpCode(200)
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiOkResponse({ type: CaseView, description: 'The case with its answer clock' })
  @ApiErrors(
    [404, 'CASE_NOT_FOUND (no such case, or one of another office)'],
    [
      409,
      'CASE_STATE_CONFLICT (not under review or suspended), CASE_VERSION_CONFLICT, ANSWER_COPY_ALREADY_SENT, ANSWER_COPY_ALREADY_RECEIVED (another date was recorded)',
    ],
  )
  recordCopy(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: AnswerCopyDto,
  ): Promise<CaseView> {
    return this.answers.recordCopy(a, id, dto);
  }

  @Post('answer')
  @ApiOperation({
    summary: '登记被申请人书面答复 / Record the respondent’s written answer',
    description:
      'Art. 48 (simplified Art. 54), once, after the copy’s receipt is recorded. An answer after answerDueOn is ' +
      'recorded with late: true (Art. 70: the act is deemed to have no evidence or basis).',
  })
  @Authenticated(Role.OFFICER, Role.REVIEWER)
  @ApiCreatedResponse({ type: AnswerView })
  @ApiErrors(
    [404, 'CASE_NOT_FOUND (no such case, or one of another office)'],
    [
      409,
      'CASE_STATE_CONFLICT, CASE_VERSION_CONFLICT, ANSWER_COPY_NOT_RECEIVED, ANSWER_ALREADY_RECORDED',
    ],
  )
  recordAnswer(
    @CurrentActor() a: Actor,
    @IdParam() id: string,
    @Body() dto: AnswerDto,
  ): Promise<AnswerView> {
    return this.answers.recordAnswer(a, id, dto);
  }

  @Get('answer')
  @ApiOperation({ summary: '查看被申请人答复 / Get the respondent’s answer' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: AnswerView })
  @ApiErrors([
    404,
    'CASE_NOT_FOUND (no such case, or one of another office for agents), ANSWER_NOT_FOUND (none recorded)',
  ])
  get(@CurrentActor() a: Actor, @IdParam() id: string): Promise<AnswerView> {
    return this.answers.get(a, id);
  }
}
