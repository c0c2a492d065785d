import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reconsideration organ as an agency kind, a co-defendant after an upholding decision (ALL
 * Art. 26 ¶2). On its own: a value added to an enum is usable only once committed, and the next
 * migration indexes it.
 */
export class ReconsiderationOrganKind1796454223393 implements MigrationInterface {
  name = 'ReconsiderationOrganKind1796454223393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."agency_kind" ADD VALUE 'RECONSIDERATION_ORGAN'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."agency_kind_old" AS ENUM('DEPARTMENT', 'TOWNSHIP_GOVERNMENT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "agencies" ALTER COLUMN "kind" TYPE "public"."agency_kind_old" USING "kind"::"text"::"public"."agency_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."agency_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."agency_kind_old" RENAME TO "agency_kind"`);
  }
}
