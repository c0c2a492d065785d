import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery, ToBoolean } from '../../common/pagination';
import { describeLabels } from '../../common/enum-labels';
import { ALERT_LEVEL_LABELS, AlertLevel, DEADLINE_KIND_LABELS, DeadlineKind } from '../alert.enums';

export class ListAlertsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only alerts not yet acknowledged' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  open?: boolean;
}

export class AlertView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Case alerts' })
  caseId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '临复〔2026〕17号' })
  caseNumber!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Attendance alerts' })
  hearingId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '(2026)浙0105行初12号' })
  courtCaseNumber!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officerId!: string | null;
  @ApiProperty({
    enum: DeadlineKind,
    enumName: 'DeadlineKind',
    description: describeLabels(DEADLINE_KIND_LABELS),
  })
  deadline!: DeadlineKind;
  @ApiProperty({ example: '2026-03-09' }) dueOn!: string;
  @ApiProperty({
    enum: AlertLevel,
    enumName: 'AlertLevel',
    description: describeLabels(ALERT_LEVEL_LABELS),
  })
  level!: AlertLevel;
  @ApiProperty() raisedAt!: string;
  @ApiProperty({ type: String, nullable: true }) acknowledgedAt!: string | null;
}
