import { Body, Controller, Get, Post } from '@nestjs/common';
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
import { CollectiveDiscussionsService } from './collective-discussions.service';
import { CollectiveDiscussionDto, CollectiveDiscussionView } from './dto/review.dto';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

@ApiTags('review and decision')
@ApiNotFoundResponse({
  description: 'CASE_NOT_FOUND (no such case, or one of another office for agents)',
})
@Controller('cases/:id/collective-discussions')
export class CollectiveDiscussionsController {
  constructor(private readonly discussions: CollectiveDiscussionsService) {}

  @Post()
  @ApiOperation({
    summary: '记录集体讨论 / Record a collective discussion (Art. 61 ¶1)',
    description:
      'Under review or suspended (event RECORD_COLLECTIVE_DISCUSSION); heldOn between acceptedOn and today. An approval of the draft names it (collectiveDiscussionId) to rest on it.',
  })
  @Authenticated(Role.REVIEWER)
  @ApiCreatedResponse({ type: CollectiveDiscussionView })
  @ApiConflictResponse({
    description: 'CASE_STATE_CONFLICT (not under review), CASE_VERSION_CONFLICT',
  })
  record(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: CollectiveDiscussionDto,
  ): Promise<CollectiveDiscussionView> {
    return this.discussions.record(actor, id, dto);
  }

  @Get()
  @ApiOperation({ summary: '集体讨论记录 / List the collective discussions of a case' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [CollectiveDiscussionView] })
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CollectiveDiscussionView[]> {
    return this.discussions.list(actor, id);
  }
}
