import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-character Chinese names have no trigram, so `ILIKE '%张伟%'` cannot use the trigram index;
 * the list of names can (cases.service.ts `search`). Measured in docs/benchmarks.md.
 */
export class SearchByName1795636000000 implements MigrationInterface {
  name = 'SearchByName1795636000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "cases_applicant_name_list_idx" ON "cases" USING gin (string_to_array("applicant_names", '、'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cases_applicant_name_list_idx"`);
  }
}
