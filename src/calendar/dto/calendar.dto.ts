import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { ToInteger } from '../../common/pagination';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { describeLabels } from '../../common/enum-labels';
import { DAY_KIND_LABELS, DayKind } from '../rules/working-days.rules';

const KINDS: DayKind[] = ['HOLIDAY', 'WORKDAY'];

export class CalendarDayView {
  @ApiProperty({ example: '2024-10-01', description: 'Local date (Asia/Shanghai)' })
  date!: string;

  @ApiProperty({
    enum: KINDS,
    enumName: 'DayKind',
    description: describeLabels(DAY_KIND_LABELS),
  })
  kind!: DayKind;

  @ApiProperty({ example: '国庆节' })
  name!: string;
}

export class SetCalendarDayDto {
  @ApiProperty({
    enum: KINDS,
    enumName: 'DayKind',
    description: describeLabels(DAY_KIND_LABELS),
  })
  @IsIn(KINDS)
  kind!: DayKind;

  @ApiProperty({ example: '国庆节' })
  @IsString()
  @MinLength(1)
  @MaxChars(50)
  name!: string;
}

export class AddWorkingDaysQuery {
  @ApiProperty({ example: '2024-09-27', description: 'Start date; not counted' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: 5, minimum: 0, maximum: 366 })
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(366)
  days!: number;
}

export class LocalDateView {
  @ApiProperty({ example: '2024-10-10' })
  date!: string;
}
