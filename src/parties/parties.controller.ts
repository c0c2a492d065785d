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
import { AddPartyDto, PartyView } from './dto/party.dto';
import { PartiesService } from './parties.service';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];

@ApiTags('cases')
@ApiNotFoundResponse({
  description: 'CASE_NOT_FOUND (no such case, or one of another office for agents)',
})
@Controller('cases/:id/parties')
export class PartiesController {
  constructor(private readonly parties: PartiesService) {}

  @Post()
  @ApiOperation({
    summary: '登记第三人、代表人或委托代理人 / Add a third party, representative or agent',
    description:
      'Arts. 15–17. Agents (代办点) add parties to their own office’s cases. AGENT: a person acting for an applicant or third party of the case, at most two each. REPRESENTATIVE: on a case of more than 5 applicants, at most 5 (Reg. 2007 Art. 8). THIRD_PARTY: not one of the applicants. joinedOn between receivedOn and today. Any open case (event ADD_PARTY).',
  })
  // Township agents register the agents villagers appoint, for their own office's cases.
  @Authenticated(Role.OFFICER, Role.REVIEWER, Role.AGENT)
  @ApiCreatedResponse({ type: PartyView })
  @ApiConflictResponse({
    description:
      'CASE_STATE_CONFLICT (the case is closed), CASE_VERSION_CONFLICT, AGENT_LIMIT_REACHED, REPRESENTATIVE_NOT_ALLOWED, REPRESENTATIVE_LIMIT_REACHED, PARTY_EXISTS',
  })
  add(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: AddPartyDto,
  ): Promise<PartyView> {
    return this.parties.add(actor, id, dto);
  }

  @Get()
  @ApiOperation({
    summary: '案件当事人列表 / List the parties of a case',
    description:
      'Third parties, representatives and agents in the order they were added; ID and phone numbers masked for VIEWER. The read is audited (case.read).',
  })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [PartyView] })
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PartyView[]> {
    return this.parties.list(actor, id);
  }
}
