import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import {
  Procedure,
  PROCEDURE_LABELS,
  SIMPLIFIED_GROUND_LABELS,
  SimplifiedGround,
} from '../case.enums';

/** `POST /cases/:id/supplement-requests` (补正通知). */
export class RequestSupplementDto {
  @ApiProperty({ type: [String], example: ['身份证复印件', '行政处罚决定书'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxChars(500, { each: true })
  items!: string[];

  @ApiProperty({ example: '2026-03-04', description: 'Day the notice reached the applicant' })
  @IsLocalDate()
  noticeServedOn!: string;

  @ApiPropertyOptional({
    example: '2026-03-03',
    description:
      'Day the office sent the notice (default: noticeServedOn); within 5 working days of receipt (Art. 31 ¶1)',
  })
  @IsOptional()
  @IsLocalDate()
  noticeSentOn?: string;
}

/** `POST /cases/:id/supplement-requests/:rid/extension`: a longer reply period (Art. 31 ¶2). */
export class ExtendSupplementDto {
  @ApiProperty({ example: '2026-03-25', description: 'The new last day to supplement' })
  @IsLocalDate()
  dueOn!: string;

  @ApiProperty({ description: 'The good reason (正当理由) the applicant gave', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxChars(2000)
  reason!: string;

  @ApiProperty({ example: '2026-03-17', description: 'Day the office granted the extension' })
  @IsLocalDate()
  extendedOn!: string;
}

/** `POST /cases/:id/withdrawal`: the applicant withdraws before acceptance. */
export class WithdrawApplicationDto {
  @ApiProperty({ example: '2026-03-05', description: 'Day the withdrawal was received' })
  @IsLocalDate()
  withdrawnOn!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxChars(2000)
  reason?: string;
}

/** `POST /cases/:id/application-dismissal`: 驳回申请 (Art. 33), REVIEWER only. */
export class DismissApplicationDto {
  @ApiProperty({
    description: 'Which condition of Art. 30 ¶1 the application fails, and why',
    maxLength: 5000,
  })
  @IsString()
  @MinLength(1)
  @MaxChars(5000)
  reason!: string;

  @ApiProperty({ example: '2026-04-10', description: 'Day of the decision' })
  @IsLocalDate()
  decidedOn!: string;
}

/** `POST /cases/:id/supplement-requests/:rid/fulfil`. */
export class FulfilSupplementDto {
  @ApiProperty({
    example: '2026-03-10',
    description: 'Day the supplemented material was received; the acceptance clock restarts here',
  })
  @IsLocalDate()
  receivedOn!: string;
}

/**
 * `POST /cases/:id/acceptance`: `{accepted: true, procedure, acceptedOn}` (OFFICER, REVIEWER) or
 * `{accepted: false, reason, decidedOn}` (REVIEWER only).
 */
export class AcceptanceDto {
  @ApiProperty({ description: 'true: 受理; false: 不予受理' })
  @IsBoolean()
  accepted!: boolean;

  @ApiPropertyOptional({
    enum: Procedure,
    enumName: 'Procedure',
    description: `When accepted. ${describeLabels(PROCEDURE_LABELS)}`,
  })
  @ValidateIf((d: AcceptanceDto) => d.accepted === true || d.procedure !== undefined)
  @IsEnum(Procedure)
  procedure?: Procedure;

  @ApiPropertyOptional({
    example: '2026-03-05',
    description: 'When accepted: the day of acceptance',
  })
  @ValidateIf((d: AcceptanceDto) => d.accepted === true || d.acceptedOn !== undefined)
  @IsLocalDate()
  acceptedOn?: string;

  @ApiPropertyOptional({
    enum: SimplifiedGround,
    enumName: 'SimplifiedGround',
    description: `With the simplified procedure: the Art. 53 ground relied on, one the case's facts support (CaseView.simplifiedGrounds). ${describeLabels(SIMPLIFIED_GROUND_LABELS)}`,
  })
  @IsOptional()
  @IsEnum(SimplifiedGround)
  simplifiedGround?: SimplifiedGround;

  @ApiPropertyOptional({ description: 'When not accepted: the reasons', maxLength: 5000 })
  @ValidateIf((d: AcceptanceDto) => d.accepted === false || d.reason !== undefined)
  @IsString()
  @MinLength(1)
  @MaxChars(5000)
  reason?: string;

  @ApiPropertyOptional({
    example: '2026-03-05',
    description: 'When not accepted: the day of the decision',
  })
  @ValidateIf((d: AcceptanceDto) => d.accepted === false || d.decidedOn !== undefined)
  @IsLocalDate()
  decidedOn?: string;
}
