import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { ApiErrors } from '../common/api-docs';
import { AuthService } from './auth.service';
import { Authenticated, CurrentActor, Public } from '../access/authenticated.decorator';
import { LoginDto, LogoutDto, RefreshDto } from './dto/login.dto';
import { MeDto, TokenPairDto } from './dto/token-pair.dto';
import { LoginThrottled } from './login-throttle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @ApiOperation({ summary: '登录 / Log in' })
  @ApiErrors([401, 'INVALID_CREDENTIALS'], 423)
  @ApiOkResponse({ type: TokenPairDto })
  @HttpCode(200)
  @Public()
  @LoginThrottled()
  @ApiTooManyRequestsResponse({ description: 'Too many login attempts from this client' })
  login(@Body() dto: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(dto.username, dto.password);
  }

  @Post('refresh')
  @ApiOperation({ summary: '刷新令牌 / Refresh the tokens' })
  @ApiErrors([401, 'INVALID_REFRESH_TOKEN: log in again'])
  @ApiOkResponse({ type: TokenPairDto })
  @HttpCode(200)
  @Public()
  @LoginThrottled()
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @ApiOperation({ summary: '退出登录 / Log out' })
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'The session (or every session) is ended' })
  logout(@CurrentActor() actor: Actor, @Body() dto: LogoutDto): Promise<void> {
    return this.auth.logout(actor, dto.refreshToken);
  }

  @Get('me')
  @ApiOperation({ summary: '当前用户 / The signed-in user' })
  @ApiOkResponse({ type: MeDto })
  @Authenticated()
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor);
  }
}
