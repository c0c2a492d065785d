import { Controller, Get, Module } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/authenticated.decorator';
import {
  ACT_TYPE_LABELS,
  APPLICANT_KIND_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  PROCEDURE_LABELS,
} from '../cases/case.enums';
import { SUPPLEMENT_STATUS_LABELS } from '../cases/supplement-request.enums';
import { DAY_KIND_LABELS } from '../calendar/rules/working-days.rules';
import { AGENCY_KIND_LABELS } from '../organizations/agency.enums';
import { ROLE_LABELS } from '../access/role';

/** Every enum a client shows, with its Chinese label; one place to add the next one. */
const ENUMS: Record<string, Record<string, string>> = {
  Role: ROLE_LABELS,
  AgencyKind: AGENCY_KIND_LABELS,
  DayKind: DAY_KIND_LABELS,
  CaseStatus: CASE_STATUS_LABELS,
  Channel: CHANNEL_LABELS,
  ApplicantKind: APPLICANT_KIND_LABELS,
  ActType: ACT_TYPE_LABELS,
  Procedure: PROCEDURE_LABELS,
  Outcome: OUTCOME_LABELS,
  SupplementStatus: SUPPLEMENT_STATUS_LABELS,
};

export class EnumValueView {
  @ApiProperty({ example: 'REVOKE' }) value!: string;
  @ApiProperty({ example: '撤销' }) label!: string;
}

@ApiTags('meta')
@ApiExtraModels(EnumValueView)
@Controller('meta')
export class MetaController {
  @Get('enums')
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
      Object.entries(ENUMS).map(([name, labels]) => [
        name,
        Object.entries(labels).map(([value, label]) => ({ value, label })),
      ]),
    );
  }
}

@Module({ controllers: [MetaController] })
export class MetaModule {}
