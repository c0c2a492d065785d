import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { AppError } from '../common/app-error';
import { Role } from '../access/role';
import { CalendarService } from './calendar.service';
import {
  AddWorkingDaysQuery,
  CalendarDayView,
  LocalDateView,
  SetCalendarDayDto,
} from './dto/calendar.dto';
import { LocalDateParam } from './local-date.param';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('add-working-days')
  @ApiOperation({ summary: '计算工作日后的日期 / Add working days to a date' })
  @ApiOkResponse({ type: LocalDateView })
  @Authenticated()
  async addWorkingDays(@Query() q: AddWorkingDaysQuery): Promise<LocalDateView> {
    try {
      return { date: await this.calendar.addWorkingDays(q.from, q.days) };
    } catch (e) {
      // The arithmetic refuses dates past 2999 (and a calendar with a year of days off).
      if (!(e instanceof RangeError)) throw e;
      throw AppError.invalidField('days', 'DATE_OUT_OF_RANGE', `No answer: ${e.message}`);
    }
  }

  @Get(':year')
  @ApiOperation({ summary: '查询某年的工作日历 / Calendar of a year' })
  @ApiOkResponse({ type: [CalendarDayView] })
  @Authenticated()
  @ApiParam({ name: 'year', example: 2024 })
  year(
    @Param(
      'year',
      new ParseIntPipe({
        exceptionFactory: () =>
          AppError.invalidField('year', 'INVALID_YEAR', 'year must be a year such as 2024'),
      }),
    )
    year: number,
  ): Promise<CalendarDayView[]> {
    if (year < 1900 || year > 2999)
      throw AppError.invalidField('year', 'INVALID_YEAR', 'year must be a year such as 2024');
    return this.calendar.year(year);
  }

  @Put('days/:date')
  @ApiOperation({ summary: '设置某日为工作日或休息日 / Set a day as working or off' })
  @ApiOkResponse({ type: CalendarDayView })
  @Authenticated(Role.ADMIN)
  @ApiParam({ name: 'date', example: '2026-10-09' })
  setDay(
    @CurrentActor() actor: Actor,
    @LocalDateParam('date') date: string,
    @Body() dto: SetCalendarDayDto,
  ): Promise<CalendarDayView> {
    return this.calendar.setDay(actor, date, dto);
  }

  @Delete('days/:date')
  @ApiOperation({ summary: '恢复某日的默认安排 / Clear a day back to the default' })
  @HttpCode(204)
  @Authenticated(Role.ADMIN)
  @ApiParam({ name: 'date', example: '2026-10-09' })
  @ApiNoContentResponse({ description: 'The day follows the Monday–Friday default again' })
  clearDay(@CurrentActor() actor: Actor, @LocalDateParam('date') date: string): Promise<void> {
    return this.calendar.clearDay(actor, date);
  }
}
