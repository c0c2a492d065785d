import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsString,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { Procedure, PROCEDURE_LABELS } from '../case.enums';

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
