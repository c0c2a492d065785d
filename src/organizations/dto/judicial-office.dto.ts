import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';
import { MaxChars } from '../../common/validators/text';
import { JudicialOfficeEntity } from '../judicial-office.entity';

export class CreateJudicialOfficeDto {
  @ApiProperty({ example: '城关司法所' })
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  name!: string;

  @ApiProperty({ example: '城关镇' })
  @IsString()
  @MinLength(1)
  @MaxChars(100)
  township!: string;
}

/** Every field optional, none nullable. */
export class UpdateJudicialOfficeDto extends PartialType(CreateJudicialOfficeDto, {
  skipNullProperties: false,
}) {}

export class JudicialOfficeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() township!: string;
  @ApiProperty() version!: number;

  static of(o: JudicialOfficeEntity): JudicialOfficeView {
    const { id, name, township, version } = o;
    return { id, name, township, version };
  }
}
