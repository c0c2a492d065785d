import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MinLength, ValidateIf } from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { IsLocalDate } from '../../common/validators/local-date.validator';

export class StartPreMediationDto {
  @ApiProperty({ example: '李调解员', maxLength: 50 })
  @IsString()
  @MinLength(1)
  @MaxChars(50)
  mediatorName!: string;

  @ApiPropertyOptional({ example: '2026-03-03', description: 'Day mediation began; default today' })
  @IsOptional()
  @IsLocalDate()
  startedOn?: string;
}

export class RecordMediationSessionDto {
  @ApiProperty({ example: '2026-03-04' })
  @IsLocalDate()
  heldOn!: string;

  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @MinLength(1)
  @MaxChars(10000)
  summary!: string;
}

export const MEDIATION_OUTCOMES = ['SUCCEEDED', 'FAILED'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export class MediationOutcomeDto {
  @ApiProperty({ enum: MEDIATION_OUTCOMES, description: 'SUCCEEDED: 调解成功; FAILED: 调解不成' })
  @IsIn(MEDIATION_OUTCOMES)
  outcome!: MediationOutcome;

  @ApiProperty({ example: '2026-03-05' })
  @IsLocalDate()
  concludedOn!: string;

  @ApiPropertyOptional({
    description: 'The agreement reached (required when SUCCEEDED)',
    maxLength: 10000,
  })
  @ValidateIf((d: MediationOutcomeDto) => d.outcome === 'SUCCEEDED' || d.agreement !== undefined)
  @IsString()
  @MinLength(1)
  @MaxChars(10000)
  agreement?: string;
}
