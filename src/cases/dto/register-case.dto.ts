import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { describeLabels } from '../../common/enum-labels';
import { IsUnifiedSocialCreditCode } from '../../common/validators/credit-code';
import { IsDecimal } from '../../common/validators/decimal';
import { IsResidentIdNumber } from '../../common/validators/id-number';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsChinesePhone } from '../../common/validators/phone';
import {
  ACT_TYPE_LABELS,
  ActType,
  APPLICANT_KIND_LABELS,
  ApplicantKind,
  CHANNEL_LABELS,
  Channel,
} from '../case.enums';

export class ApplicantDto {
  @ApiProperty({
    enum: ApplicantKind,
    enumName: 'ApplicantKind',
    description: describeLabels(APPLICANT_KIND_LABELS),
  })
  @IsEnum(ApplicantKind)
  kind!: ApplicantKind;

  @ApiProperty({ example: '张三', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  name!: string;

  @ApiPropertyOptional({
    example: '11010519491231002X',
    description: 'Resident ID number; required for PERSON',
  })
  @ValidateIf((a: ApplicantDto) => a.kind === ApplicantKind.PERSON || a.idNumber !== undefined)
  @IsResidentIdNumber()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  )
  idNumber?: string;

  @ApiPropertyOptional({
    example: '91350100M000100Y43',
    description: 'Unified social credit code; required for ORGANISATION',
  })
  @ValidateIf(
    (a: ApplicantDto) => a.kind === ApplicantKind.ORGANISATION || a.creditCode !== undefined,
  )
  @IsUnifiedSocialCreditCode()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  )
  creditCode?: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @IsChinesePhone()
  phone?: string;

  @ApiPropertyOptional({ example: '某镇某村3组', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  address?: string;
}

export class ActDto {
  @ApiProperty({ enum: ActType, enumName: 'ActType', description: describeLabels(ACT_TYPE_LABELS) })
  @IsEnum(ActType)
  type!: ActType;

  @ApiPropertyOptional({ example: '某市监罚〔2026〕12号', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  documentNumber?: string;

  @ApiPropertyOptional({ example: '2026-01-10', description: 'Date of the act (local date)' })
  @IsOptional()
  @IsLocalDate()
  actOn?: string;

  @ApiPropertyOptional({
    example: '2026-01-12',
    description: 'Day the applicant knew of the act; the 60-day window runs from here',
  })
  @IsOptional()
  @IsLocalDate()
  knownOn?: string;

  @ApiPropertyOptional({ example: 2000, description: 'Amount at stake in yuan (fines, fees)' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(999_999_999_999)
  amountYuan?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  summary?: string;

  @ApiPropertyOptional({
    description:
      'The act was made on the spot (当场作出): a simplified-procedure ground, Art. 53 ¶1 (1)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  onTheSpot?: boolean;

  @ApiPropertyOptional({
    description: 'The act is a warning or public criticism (警告或者通报批评): Art. 53 ¶1 (2)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  warningOrCriticism?: boolean;

  @ApiPropertyOptional({
    description:
      'The application concerns immovable property (因不动产): the outer limit is 20 years from the act, not 5 (Art. 21)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  immovableProperty?: boolean;
}

/** The facts of the application period beyond the act's dates (ARL 2023 Art. 20 ¶¶1–3). */
export class ApplicationPeriodDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 61,
    maximum: 3650,
    example: 90,
    description:
      'A law gives a period longer than 60 days (Art. 20 ¶1 但书): its length in days, counted from act.knownOn',
  })
  @IsOptional()
  @IsInt()
  @Min(61)
  @Max(3650)
  statutoryPeriodDays?: number;

  @ApiPropertyOptional({
    description:
      'The agency did not tell the applicant of the right to apply, the organ and the period (Art. 20 ¶3): the period runs from learnedOfRightOn, at most one year from act.knownOn',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  notInformedOfRight?: boolean;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description:
      'Required when notInformedOfRight, allowed only then: the day the applicant learned of the right (local date), from act.knownOn to receivedOn',
  })
  @ValidateIf(
    (d: ApplicationPeriodDto) => d.notInformedOfRight === true || d.learnedOfRightOn !== undefined,
  )
  @IsLocalDate()
  learnedOfRightOn?: string;

  @ApiPropertyOptional({
    example: '2026-01-20',
    format: 'date',
    description:
      'Force majeure or another good reason held the application up (Art. 20 ¶2) from this day (local date); with obstacleEndedOn and obstacleReason',
  })
  @ValidateIf(hasObstacle)
  @IsLocalDate()
  obstacleFrom?: string;

  @ApiPropertyOptional({
    example: '2026-02-10',
    description:
      'The day the obstacle ended (障碍消除之日, local date), from obstacleFrom to receivedOn: the period continues from it',
  })
  @ValidateIf(hasObstacle)
  @IsLocalDate()
  obstacleEndedOn?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'What the obstacle was (不可抗力或者其他正当理由)',
  })
  @ValidateIf(hasObstacle)
  @IsString()
  @MinLength(1)
  @MaxChars(2000)
  obstacleReason?: string;
}

/** An obstacle (Art. 20 ¶2) is given whole, its two days and its reason, or not at all. */
function hasObstacle(d: ApplicationPeriodDto): boolean {
  return (
    d.obstacleFrom !== undefined ||
    d.obstacleEndedOn !== undefined ||
    d.obstacleReason !== undefined
  );
}

/** `POST /cases` (docs/architecture.md, "API conventions"). */
export class RegisterCaseDto {
  @ApiProperty({
    enum: Channel,
    enumName: 'Channel',
    description: `${describeLabels(CHANNEL_LABELS)}. Agents always file as AGENT_POINT for their office.`,
  })
  @IsEnum(Channel)
  channel!: Channel;

  @ApiPropertyOptional({ format: 'uuid', description: 'Filing office; required for AGENT_POINT' })
  @ValidateIf((d: RegisterCaseDto) => d.channel === Channel.AGENT_POINT || d.officeId !== undefined)
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  officeId?: string;

  @ApiProperty({
    example: '2026-03-02',
    description: 'Date of receipt (local date), not in the future',
  })
  @IsLocalDate()
  receivedOn!: string;

  @ApiProperty({ type: [ApplicantDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ApplicantDto)
  applicants!: ApplicantDto[];

  @ApiProperty({ format: 'uuid', description: 'The agency whose act is challenged (被申请人)' })
  @IsUUID('all', { context: { code: 'INVALID_UUID' } })
  respondentId!: string;

  @ApiProperty({ type: ActDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActDto)
  act!: ActDto;

  @ApiProperty({ description: 'The applicant’s requests (复议请求)', maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxChars(5000)
  requests!: string;

  @ApiPropertyOptional({ description: 'Facts and reasons (事实和理由)', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxChars(20000)
  factsAndReasons?: string;

  @ApiPropertyOptional({
    description: 'The case concerns an enterprise (涉企案件)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  enterpriseRelated?: boolean;

  @ApiPropertyOptional({
    description:
      'Every party agreed to the simplified procedure (当事人各方同意, Art. 53 ¶2): a simplified-procedure ground',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  partiesAgreeSimplified?: boolean;

  @ApiPropertyOptional({
    type: ApplicationPeriodDto,
    description:
      'The facts of Arts. 20–21 beyond act.actOn and act.knownOn: a longer statutory period, not being informed of the right, an obstacle',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationPeriodDto)
  applicationPeriod?: ApplicationPeriodDto;
}
