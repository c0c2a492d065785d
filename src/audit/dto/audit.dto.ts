import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { AuditEntryEntity } from '../audit-entry.entity';

/** GET /audit: every filter optional, combined with AND; newest first. */
export class ListAuditQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'auth.login_failed',
    description:
      'Exact action, e.g. auth.login, auth.login_failed, auth.account_locked, auth.session_ended, user.role_changed, user.password_changed',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_.]{1,64}$/, { message: 'action must be lower-case letters, digits, . or _' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who did it' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'entityType must be lower-case letters, digits or _' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'The entity’s id (with entityType)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'entityId must be an id' })
  entityId?: string;
}

export class AuditEntryView {
  @ApiProperty({ example: '1042' }) id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the system' })
  actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: Object, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;

  static of(e: AuditEntryEntity): AuditEntryView {
    return {
      id: String(e.id),
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
    };
  }
}
