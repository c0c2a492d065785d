import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ToInteger } from '../../common/pagination';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { Grouping } from '../rules/figures.sql';

const GROUPINGS: Grouping[] = ['respondent', 'office', 'month'];

export class PeriodQuery {
  @ApiProperty({ example: '2026-01-01', description: 'First day (local date), inclusive' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day (local date), inclusive' })
  @IsLocalDate()
  to!: string;
}

export class ReconsiderationQuery extends PeriodQuery {
  @ApiPropertyOptional({
    enum: GROUPINGS,
    description: 'respondent agency, filing office or month',
  })
  @IsOptional()
  @IsIn(GROUPINGS)
  groupBy?: Grouping;
}

export class LitigationQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: ['respondent', 'month'], description: 'defendant agency or month' })
  @IsOptional()
  @IsIn(['respondent', 'month'])
  groupBy?: 'respondent' | 'month';
}

export class ExportQuery extends PeriodQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}

export class YearQuery {
  @ApiProperty({ example: 2026 })
  @ToInteger()
  @IsInt()
  @Min(2000)
  @Max(2999)
  year!: number;
}

/** A year or a month of the years YearQuery allows (2000–2999). */
const PERIOD = /^2\d{3}(-(0[1-9]|1[0-2]))?$/;

export class SnapshotPeriodDto {
  @ApiProperty({
    example: '2026-03',
    description: 'A year (year to date) or a month (month to date)',
  })
  @Matches(PERIOD, {
    message: 'period must be YYYY or YYYY-MM',
    context: { code: 'INVALID_PERIOD' },
  })
  period!: string;
}

export class SnapshotQuery {
  @ApiPropertyOptional({ example: '2026', description: 'One period; all when absent' })
  @IsOptional()
  @Matches(PERIOD, {
    message: 'period must be YYYY or YYYY-MM',
    context: { code: 'INVALID_PERIOD' },
  })
  period?: string;
}
