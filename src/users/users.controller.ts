import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { ApiErrors } from '../common/api-docs';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { ApiPage, Page, PageQuery } from '../common/pagination';
import { CreateUserDto, UpdateUserDto } from './dto/create-user.dto';
import { UserView } from './dto/user.view';
import { Role } from '../access/role';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Authenticated(Role.ADMIN)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: '用户列表 / List users' })
  @ApiPage(UserView)
  list(@Query() query: PageQuery): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看用户 / Get a user' })
  @ApiOkResponse({ type: UserView })
  get(@IdParam() id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: '创建用户 / Create a user' })
  @ApiErrors(409)
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改用户 / Update a user' })
  @ApiErrors(409)
  @ApiOkResponse({ type: UserView })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
