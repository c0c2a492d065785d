import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  buildMessage,
  IsBoolean,
  IsEnum,
  IsIn,
  isISO8601,
  IsOptional,
  IsUUID,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { isInstant as isStorableInstant } from '../../common/instant';
import { PageQuery } from '../../common/pagination';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import { HearingStatus } from '../hearing.enums';
import { JUDGMENT_OUTCOME_LABELS, JudgmentOutcome } from '../litigation-case.enums';

/** Date and time with seconds optional, and an offset (`Z` or `±hh:mm`) required. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant with its offset, e.g. 2026-03-10T09:30:00+08:00 (docs/architecture.md: "instants are ISO 8601
 * with offset"). ISO 8601 alone also admits a bare date, week dates and local times without an
 * offset, which would be read in the server's own time zone or not at all.
 */
export const isInstant = (value: unknown): boolean =>
  typeof value === 'string' &&
  INSTANT.test(value) &&
  isISO8601(value, { strict: true, strictSeparator: true }) &&
  // As Postgres reads a timestamptz (no year 0, no offset beyond ±15:59), or it fails in SQL.
  isStorableInstant(value);

const IsInstant = (): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be an ISO 8601 instant with offset, e.g. 2026-03-20T09:30:00+08:00`,
        ),
      },
    },
    { context: { code: 'INVALID_INSTANT' } },
  );

export class CreateLitigationCaseDto {
  @ApiProperty({ example: '某区人民法院' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '(2026)浙0105行初12号' })
  @IsText(100)
  courtCaseNumber!: string;

  @ApiProperty({ example: '张三' })
  @IsText(200)
  plaintiff!: string;

  @ApiProperty({ format: 'uuid', description: 'The agency sued (被告)' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  defendantAgencyId!: string;

  @ApiProperty({ example: '行政处罚', description: '案由' })
  @IsText(2000)
  cause!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The reconsideration case it came from' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  reconsiderationCaseId?: string;

  @ApiProperty({ example: '2026-03-01', description: 'Day the suit was filed (立案)' })
  @IsLocalDate()
  filedOn!: string;
}

export class ListLitigationCasesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  agencyId?: string;
}

export class ScheduleHearingDto {
  @ApiProperty({ example: '2026-03-20T09:30:00+08:00', description: 'ISO 8601 with offset' })
  @IsInstant()
  scheduledAt!: string;

  @ApiProperty({ example: '某区人民法院' })
  @IsText(100)
  court!: string;

  @ApiProperty({ example: '第三法庭' })
  @IsText(100)
  courtroom!: string;
}

/** `{scheduledAt}` reschedules; `{status: CANCELLED}` cancels. */
export class UpdateHearingDto {
  @ApiPropertyOptional({ example: '2026-03-27T09:30:00+08:00' })
  @ValidateIf((d: UpdateHearingDto) => d.status === undefined || d.scheduledAt !== undefined)
  @IsInstant()
  scheduledAt?: string;

  @ApiPropertyOptional({ enum: [HearingStatus.CANCELLED] })
  @IsOptional()
  @IsIn([HearingStatus.CANCELLED])
  status?: HearingStatus.CANCELLED;

  @ApiPropertyOptional({ example: '第五法庭' })
  @IsOptional()
  @IsText(100)
  courtroom?: string;
}

export class AttendanceDto {
  @ApiProperty({ description: 'The head, or a deputy head in charge, appeared (负责人出庭)' })
  @IsBoolean()
  headAttended!: boolean;

  @ApiProperty({ example: '王五' })
  @IsText(50)
  attendeeName!: string;

  @ApiProperty({ example: '局长' })
  @IsText(50)
  attendeeTitle!: string;
}

export class JudgmentDto {
  @ApiProperty({
    enum: JudgmentOutcome,
    enumName: 'JudgmentOutcome',
    description: describeLabels(JUDGMENT_OUTCOME_LABELS),
  })
  @IsEnum(JudgmentOutcome)
  outcome!: JudgmentOutcome;

  @ApiProperty({ example: '2026-05-01' })
  @IsLocalDate()
  judgedOn!: string;
}

export class HearingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) litigationCaseId!: string;
  @ApiProperty() scheduledAt!: string;
  @ApiProperty() court!: string;
  @ApiProperty() courtroom!: string;
  @ApiProperty({ enum: HearingStatus, enumName: 'HearingStatus' }) status!: HearingStatus;
  @ApiProperty({ type: Boolean, nullable: true }) headAttended!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) attendeeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) attendeeTitle!: string | null;
  @ApiProperty() version!: number;
}

export class LitigationCaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() court!: string;
  @ApiProperty() courtCaseNumber!: string;
  @ApiProperty() plaintiff!: string;
  @ApiProperty({ format: 'uuid' }) defendantAgencyId!: string;
  @ApiProperty() cause!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reconsiderationCaseId!: string | null;
  @ApiProperty() filedOn!: string;
  @ApiProperty({ enum: JudgmentOutcome, enumName: 'JudgmentOutcome', nullable: true })
  judgment!: JudgmentOutcome | null;
  @ApiProperty({ type: String, nullable: true }) judgedOn!: string | null;
  @ApiProperty({ type: [HearingView] }) hearings!: HearingView[];
  @ApiProperty() version!: number;
}
