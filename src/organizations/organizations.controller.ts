import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiErrors } from '../common/api-docs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: '行政机关列表 / List agencies' })
  @Authenticated()
  @ApiPage(AgencyView)
  list(@Query() query: PageQuery): Promise<Page<AgencyView>> {
    return this.orgs.listAgencies(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看行政机关 / Get an agency' })
  @ApiOkResponse({ type: AgencyView })
  @Authenticated()
  get(@IdParam() id: string): Promise<AgencyView> {
    return this.orgs.getAgency(id);
  }

  @Post()
  @ApiOperation({ summary: '新增行政机关 / Create an agency' })
  @ApiErrors([409, 'AGENCY_NAME_TAKEN'])
  @ApiCreatedResponse({ type: AgencyView })
  @Authenticated(Role.ADMIN)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgencyDto): Promise<AgencyView> {
    return this.orgs.createAgency(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改行政机关 / Update an agency' })
  @ApiErrors([409, 'AGENCY_NAME_TAKEN'])
  @ApiOkResponse({ type: AgencyView })
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
  @ApiOperation({ summary: '司法所（代办点）列表 / List judicial offices' })
  @Authenticated()
  @ApiPage(JudicialOfficeView)
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<Page<JudicialOfficeView>> {
    return this.orgs.listOffices(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看司法所 / Get a judicial office' })
  @ApiOkResponse({ type: JudicialOfficeView })
  @Authenticated()
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<JudicialOfficeView> {
    return this.orgs.getOffice(actor, id);
  }

  @Post()
  @ApiOperation({ summary: '新增司法所 / Create a judicial office' })
  @ApiErrors([409, 'JUDICIAL_OFFICE_NAME_TAKEN'])
  @ApiCreatedResponse({ type: JudicialOfficeView })
  @Authenticated(Role.ADMIN)
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateJudicialOfficeDto,
  ): Promise<JudicialOfficeView> {
    return this.orgs.createOffice(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改司法所 / Update a judicial office' })
  @ApiErrors([409, 'JUDICIAL_OFFICE_NAME_TAKEN'])
  @ApiOkResponse({ type: JudicialOfficeView })
  @Authenticated(Role.ADMIN)
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: UpdateJudicialOfficeDto,
  ): Promise<JudicialOfficeView> {
    return this.orgs.updateOffice(actor, id, dto);
  }
}
