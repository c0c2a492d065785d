import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MinLength } from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { PageQuery, ToBoolean } from '../../common/pagination';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { ApplicationTimeliness, CaseStatus, Channel } from '../case.enums';

/** `GET /cases` filters; newest receipt first. */
export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CaseStatus, enumName: 'CaseStatus' })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  respondentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  officeId?: string;

  @ApiPropertyOptional({ enum: Channel, enumName: 'Channel' })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Received on or after' })
  @IsOptional()
  @IsLocalDate()
  receivedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Received on or before' })
  @IsOptional()
  @IsLocalDate()
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'Only open cases past the deadline now running' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description: 'Only cases accepted by law, the review period having ended (Art. 30 ¶3)',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  deemedAccepted?: boolean;

  @ApiPropertyOptional({
    enum: ApplicationTimeliness,
    enumName: 'ApplicationTimeliness',
    description: 'Filed within the application period or not (Arts. 20–21)',
  })
  @IsOptional()
  @IsEnum(ApplicationTimeliness)
  applicationTimeliness?: ApplicationTimeliness;

  @ApiPropertyOptional({
    description: 'Only cases whose respondent has not answered in time (Art. 70)',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  answerLate?: boolean;

  @ApiPropertyOptional({ description: 'Case number (or part of it) or applicant name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  q?: string;
}
