import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate applications (ARL 2023 Art. 30 ¶1 (7), Art. 74 ¶2): registration looks up the earlier
 * cases of each applicant by who they are, the ID number of a person or the credit code of an
 * organisation (RegistrationService, `earlierApplications`), then the case by its primary key.
 * An expression index TypeORM cannot declare (the entity names it, synchronize: false). The table
 * has a row per applicant of every case: built CONCURRENTLY, outside a transaction.
 */
export class DuplicateApplications1796404611085 implements MigrationInterface {
  name = 'DuplicateApplications1796404611085';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    // An interrupted CONCURRENTLY build leaves an invalid index behind: start afresh.
    await queryRunner.query(
      `DROP INDEX CONCURRENTLY IF EXISTS "public"."case_applicants_identity_idx"`,
    );
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "case_applicants_identity_idx" ON "case_applicants" ((COALESCE("id_number", "credit_code")), "kind")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_applicants_identity_idx"`);
  }
}
