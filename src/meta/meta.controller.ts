import { Controller, Get, Module } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/authenticated.decorator';
import { ENUM_REGISTRY } from './enum-registry';

export class EnumValueView {
  @ApiProperty({ example: 'REVOKE' }) value!: string;
  @ApiProperty({ example: '撤销' }) label!: string;
}

@ApiTags('meta')
@ApiExtraModels(EnumValueView)
@Controller('meta')
export class MetaController {
  @Get('enums')
  @ApiOperation({ summary: '枚举及中文名称 / Enumerations and their labels' })
  @Authenticated()
  @ApiOkResponse({
    description: 'Enum name → its values with Chinese labels',
    schema: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        items: { $ref: '#/components/schemas/EnumValueView' },
      },
    },
  })
  enums(): Record<string, EnumValueView[]> {
    return Object.fromEntries(
      Object.entries(ENUM_REGISTRY).map(([name, labels]) => [
        name,
        Object.entries(labels).map(([value, label]) => ({ value, label })),
      ]),
    );
  }
}

@Module({ controllers: [MetaController] })
export class MetaModule {}
