import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '../access/actor';
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
  @ApiPage(UserView)
  list(@Query() query: PageQuery): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
