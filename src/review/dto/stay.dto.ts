import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, ValidateIf } from 'class-validator';
import { describeLabels } from '../../common/enum-labels';
import { IsLocalDate } from '../../common/validators/local-date.validator';
import { IsText } from '../../common/validators/text';
import {
  STAY_DECISION_LABELS,
  STAY_GROUND_LABELS,
  StayDecision,
  StayGround,
} from '../enforcement-stay.enums';

/** `POST /cases/:id/stays`: a stay of the act's enforcement requested or in force (Art. 42). */
export class RequestStayDto {
  @ApiProperty({
    enum: StayGround,
    enumName: 'StayGround',
    description: `${describeLabels(STAY_GROUND_LABELS)}. PARTY_REQUEST waits for the organ's decision; the other grounds stay enforcement at once (应当停止执行). ORGAN_DEEMS_NECESSARY is the organ's own decision: REVIEWER only.`,
  })
  @IsEnum(StayGround)
  ground!: StayGround;

  @ApiPropertyOptional({
    example: '孙九',
    maxLength: 100,
    description:
      'Who asked: an applicant or third party of the case, named as filed; required for PARTY_REQUEST, not given otherwise',
  })
  @ValidateIf(
    (d: RequestStayDto) => d.ground === StayGround.PARTY_REQUEST || d.requestedBy !== undefined,
  )
  @IsText(100)
  requestedBy?: string;

  @ApiProperty({
    example: '2026-03-02',
    description:
      'Day the request was received or the ground arose; not before receivedOn, not in the future',
  })
  @IsLocalDate()
  requestedOn!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why enforcement should stop' })
  @IsText(2000)
  reason!: string;
}

/** `POST /cases/:id/stays/:sid/decision`: the organ decides a party's request (Art. 42 (3)). */
export class DecideStayDto {
  @ApiProperty({
    enum: StayDecision,
    enumName: 'StayDecision',
    description: describeLabels(STAY_DECISION_LABELS),
  })
  @IsEnum(StayDecision)
  decision!: StayDecision;

  @ApiProperty({
    example: '2026-03-05',
    description: 'Not before requestedOn, not in the future',
  })
  @IsLocalDate()
  decidedOn!: string;

  @ApiProperty({
    maxLength: 2000,
    description: 'Why the request is or is not reasonable (认为其要求合理)',
  })
  @IsText(2000)
  reason!: string;
}

/** A stay of enforcement as the API shows it. */
export class StayView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    enum: StayGround,
    enumName: 'StayGround',
    description: describeLabels(STAY_GROUND_LABELS),
  })
  ground!: StayGround;
  @ApiProperty({ type: String, nullable: true, description: 'Who asked (PARTY_REQUEST)' })
  requestedBy!: string | null;
  @ApiProperty({ example: '2026-03-02' }) requestedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({
    enum: StayDecision,
    enumName: 'StayDecision',
    nullable: true,
    description: `${describeLabels(STAY_DECISION_LABELS)}; null while a party's request awaits the decision`,
  })
  decision!: StayDecision | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-05' }) decidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reasons of the decision' })
  decisionReason!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who recorded it' }) createdBy!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who decided' })
  decidedBy!: string | null;
  @ApiProperty({ example: '2026-03-02T09:15:00.000Z' }) createdAt!: string;
}
