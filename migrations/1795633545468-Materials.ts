import { MigrationInterface, QueryRunner } from 'typeorm';

export class Materials1795633545468 implements MigrationInterface {
  name = 'Materials1795633545468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."material_kind" AS ENUM('APPLICATION', 'IDENTITY', 'EVIDENCE', 'SUPPLEMENT', 'DECISION_DOCUMENT', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_materials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" "public"."material_kind" NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_80e11ff164310c79ff14b7816b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_materials_case_idx" ON "case_materials"  ("case_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_materials" DROP CONSTRAINT "case_materials_case_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."case_materials_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_materials"`);
    await queryRunner.query(`DROP TYPE "public"."material_kind"`);
  }
}
