import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /audit?action= (the security events among everything else, newest first) reads an index
 * on (action, id). The audit log is the largest table: built CONCURRENTLY, outside a transaction.
 */
export class AuditActionIndex1796399543164 implements MigrationInterface {
  name = 'AuditActionIndex1796399543164';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    // An interrupted CONCURRENTLY build leaves an invalid index behind: start afresh.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "public"."audit_log_action_idx"`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "audit_log_action_idx" ON "audit_log"  ("action", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_log_action_idx"`);
  }
}
