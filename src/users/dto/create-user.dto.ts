import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { holdsAgency, holdsOffice } from '../../access/access.rules';
import {
  IsBoolean,
  IsEnum,
  IsString,
  IsUUID,
  Matches,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { Role } from '../../access/role';
import { IsAcceptablePassword, PASSWORD_MIN_LENGTH } from './password-policy';

export class CreateUserDto {
  @ApiProperty({ example: 'zhang.san', description: 'Letters, digits, . _ - (3–64)' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'username must be 3–64 letters, digits, . _ or -' })
  username!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  displayName!: string;

  @ApiProperty({
    description:
      'At least 10 characters, of at least 3 of: lower case, upper case, digits, other characters (PASSWORD_TOO_WEAK)',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxChars(200)
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for AGENT: the judicial office they file for',
  })
  @ValidateIf((o: CreateUserDto) => holdsOffice(o.role) || o.officeId !== undefined)
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for AGENCY_LIAISON: the agency they speak for',
  })
  @ValidateIf((o: CreateUserDto) => holdsAgency(o.role) || o.agencyId !== undefined)
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    description:
      'REVIEWER only (400 HEAD_MUST_BE_REVIEWER otherwise): head of the reconsideration office (行政复议机构负责人), who approves an extension (Art. 62 ¶1) and a switch to the ordinary procedure (Art. 55). Default false',
  })
  @ValidateIf((_: CreateUserDto, value: unknown) => value !== undefined)
  @IsBoolean()
  headsOffice?: boolean;

  @ApiPropertyOptional({
    description:
      'REVIEWER only (400 HEAD_MUST_BE_REVIEWER otherwise): head of the reconsideration organ (行政复议机关负责人), whose consent approves a decision (Art. 61 ¶1). Default false',
  })
  @ValidateIf((_: CreateUserDto, value: unknown) => value !== undefined)
  @IsBoolean()
  headsOrgan?: boolean;
}

/** Every field optional, none nullable (a null would reach NOT NULL columns). */
export class UpdateUserDto extends PartialType(
  PickType(CreateUserDto, [
    'displayName',
    'password',
    'role',
    'officeId',
    'agencyId',
    'headsOffice',
    'headsOrgan',
  ] as const),
  { skipNullProperties: false },
) {
  @ApiPropertyOptional({ description: 'false disables login and refresh' })
  @ValidateIf((_: UpdateUserDto, value: unknown) => value !== undefined)
  @IsBoolean()
  active?: boolean;
}
