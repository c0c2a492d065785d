import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { ApiPage, Page } from '../common/pagination';
import { AuditQueries } from './audit-queries.service';
import { AuditEntryView, ListAuditQuery } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly queries: AuditQueries) {}

  /** The audit log for administrators (security events included), newest first. */
  @Get()
  @ApiOperation({ summary: '查询审计日志 / List the audit log' })
  @Authenticated(Role.ADMIN)
  @ApiPage(AuditEntryView)
  list(@Query() query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    return this.queries.list(query);
  }
}
