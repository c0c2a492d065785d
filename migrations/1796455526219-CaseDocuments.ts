import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents (文书) of a case, their service (送达, ARL Art. 88) and their numbers (文号), gapless
 * per kind and year.
 */

export class CaseDocuments1796455526219 implements MigrationInterface {
  name = 'CaseDocuments1796455526219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."document_kind" AS ENUM('SUPPLEMENT_NOTICE', 'ACCEPTANCE_NOTICE', 'NON_ACCEPTANCE_DECISION', 'APPLICATION_DISMISSAL', 'ANSWER_NOTICE', 'HEARING_NOTICE', 'SUSPENSION_NOTICE', 'RESUMPTION_NOTICE', 'EXTENSION_NOTICE', 'TERMINATION_DECISION', 'MEDIATION_STATEMENT', 'DECISION', 'OPINION_LETTER', 'RECOMMENDATION_LETTER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."document_status" AS ENUM('DRAFT', 'ISSUED', 'SUPERSEDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" "public"."document_kind" NOT NULL, "subject_id" uuid, "status" "public"."document_status" NOT NULL, "number" character varying(60), "year" smallint, "seq" integer, "issued_on" date, "issued_by" uuid, "material_id" uuid, "sha256" character(64), "supersedes_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "case_documents_supersedes_key" UNIQUE ("supersedes_id"), CONSTRAINT "case_documents_number_check" CHECK ((status = 'DRAFT') = (number IS NULL)), CONSTRAINT "case_documents_number_key" UNIQUE ("kind", "year", "seq"), CONSTRAINT "PK_9a2d2ceeefa232f683c414986ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_documents_case_idx" ON "case_documents"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_number_counters" ("kind" "public"."document_kind" NOT NULL, "year" smallint NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_381062268156d26ff5fb01050a6" PRIMARY KEY ("kind", "year"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_method" AS ENUM('DIRECT', 'LEFT_AT_PREMISES', 'ELECTRONIC', 'POST', 'PUBLIC_NOTICE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_document_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "method" "public"."service_method" NOT NULL, "recipient" character varying(200) NOT NULL, "delivered_on" date NOT NULL, "served_on" date NOT NULL, "proof_material_id" uuid, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b13b15358c083f48513444b4463" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_document_services_document_idx" ON "case_document_services"  ("document_id", "served_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_material_fk" FOREIGN KEY ("material_id") REFERENCES "case_materials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "case_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_document_services" ADD CONSTRAINT "case_document_services_document_fk" FOREIGN KEY ("document_id") REFERENCES "case_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_document_services" ADD CONSTRAINT "case_document_services_proof_fk" FOREIGN KEY ("proof_material_id") REFERENCES "case_materials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_document_services" DROP CONSTRAINT "case_document_services_proof_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_document_services" DROP CONSTRAINT "case_document_services_document_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_supersedes_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_material_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_documents" DROP CONSTRAINT "case_documents_case_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."case_document_services_document_idx"`);
    await queryRunner.query(`DROP TABLE "case_document_services"`);
    await queryRunner.query(`DROP TYPE "public"."service_method"`);
    await queryRunner.query(`DROP TABLE "document_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."case_documents_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_documents"`);
    await queryRunner.query(`DROP TYPE "public"."document_status"`);
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
  }
}
