import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { ApiPage, Page, PageQuery } from '../common/pagination';
import { Role } from '../access/role';
import { AgencyView, CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';
import {
  CreateJudicialOfficeDto,
  JudicialOfficeView,
  UpdateJudicialOfficeDto,
} from './dto/judicial-office.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly orgs: OrganizationsService) {}

  @Get()
  @Authenticated()
  @ApiPage(AgencyView)
  list(@Query() query: PageQuery): Promise<Page<AgencyView>> {
    return this.orgs.listAgencies(query);
  }

  @Get(':id')
  @Authenticated()
  get(@IdParam() id: string): Promise<AgencyView> {
    return this.orgs.getAgency(id);
  }

  @Post()
  @Authenticated(Role.ADMIN)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgencyDto): Promise<AgencyView> {
    return this.orgs.createAgency(actor, dto);
  }

  @Patch(':id')
  @Authenticated(Role.ADMIN)
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: UpdateAgencyDto,
  ): Promise<AgencyView> {
    return this.orgs.updateAgency(actor, id, dto);
  }
}

@ApiTags('judicial-offices')
@Controller('judicial-offices')
export class JudicialOfficesController {
  constructor(private readonly orgs: OrganizationsService) {}

  @Get()
  @Authenticated()
  @ApiPage(JudicialOfficeView)
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Page<JudicialOfficeView>> {
    return this.orgs.listOffices(actor, query);
  }

  @Get(':id')
  @Authenticated()
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<JudicialOfficeView> {
    return this.orgs.getOffice(actor, id);
  }

  @Post()
  @Authenticated(Role.ADMIN)
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateJudicialOfficeDto,
  ): Promise<JudicialOfficeView> {
    return this.orgs.createOffice(actor, dto);
  }

  @Patch(':id')
  @Authenticated(Role.ADMIN)
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: UpdateJudicialOfficeDto,
  ): Promise<JudicialOfficeView> {
    return this.orgs.updateOffice(actor, id, dto);
  }
}
