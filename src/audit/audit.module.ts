/** The append-only audit log, written in the same transaction as the change it records. */
import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditQueries } from './audit-queries.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditQueries],
  exports: [AuditService],
})
export class AuditModule {}
