import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unfiltered listing's keyset index (received_on, id) also carries every column the
 * statistics read, so a period's figures are an index-only scan instead of a walk of the whole
 * table (docs/benchmarks.md, statistics). Built without blocking writes; CONCURRENTLY cannot run
 * inside a transaction, hence `transaction = false`.
 */
export class StatisticsCoveringIndex1795637000000 implements MigrationInterface {
  name = 'StatisticsCoveringIndex1795637000000';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    // An interrupted CONCURRENTLY build leaves an invalid index behind: start afresh.
    await queryRunner.query(
      `DROP INDEX CONCURRENTLY IF EXISTS "public"."cases_received_covering_idx"`,
    );
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS "cases_received_covering_idx" ON "cases" ("received_on", "id")
         INCLUDE ("concluded_on", "outcome", "accepted_on", "acceptance_due_on", "decision_due_on",
                  "supplement_due_on", "current_due_on", "respondent_id", "office_id")`,
    );
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "public"."cases_received_idx"`);
    await queryRunner.query(
      `ALTER INDEX "public"."cases_received_covering_idx" RENAME TO "cases_received_idx"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cases_received_idx"`);
    await queryRunner.query(`CREATE INDEX "cases_received_idx" ON "cases" ("received_on", "id")`);
  }
}
