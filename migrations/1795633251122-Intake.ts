import { MigrationInterface, QueryRunner } from 'typeorm';

export class Intake1795633251122 implements MigrationInterface {
  name = 'Intake1795633251122';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."case_status" AS ENUM('RECEIVED', 'AWAITING_SUPPLEMENT', 'ABANDONED', 'PRE_MEDIATION', 'MEDIATED', 'NOT_ACCEPTED', 'UNDER_REVIEW', 'SUSPENDED', 'TERMINATED', 'DECIDED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_channel" AS ENUM('WINDOW', 'ONLINE', 'MAIL', 'AGENT_POINT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."act_type" AS ENUM('PENALTY', 'LICENSING', 'COERCIVE_MEASURE', 'INFORMATION_DISCLOSURE', 'INACTION', 'EXPROPRIATION', 'REGISTRATION', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_procedure" AS ENUM('SIMPLIFIED', 'ORDINARY')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_outcome" AS ENUM('REVOKE', 'PARTIAL_REVOKE', 'ALTER', 'CONFIRM_ILLEGAL', 'CONFIRM_INVALID', 'ORDER_PERFORMANCE', 'UPHOLD', 'DISMISS', 'NOT_ACCEPTED', 'TERMINATED', 'MEDIATED', 'ABANDONED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(40) NOT NULL, "year" smallint NOT NULL, "seq" integer NOT NULL, "status" "public"."case_status" NOT NULL, "channel" "public"."case_channel" NOT NULL, "office_id" uuid, "respondent_id" uuid NOT NULL, "received_on" date NOT NULL, "act_type" "public"."act_type" NOT NULL, "act_document_number" character varying(100), "act_on" date, "known_on" date, "act_amount_yuan" numeric(14,2), "act_summary" text, "requests" text NOT NULL, "facts_and_reasons" text, "enterprise_related" boolean NOT NULL DEFAULT false, "applicant_names" text NOT NULL, "application_late" boolean NOT NULL, "suggested_procedure" "public"."case_procedure" NOT NULL, "procedure" "public"."case_procedure", "acceptance_clock_from" date NOT NULL, "acceptance_due_on" date NOT NULL, "supplement_due_on" date, "accepted_on" date, "decision_due_on" date, "current_due_on" date, "concluded_on" date, "outcome" "public"."case_outcome", "not_accepted_reason" text, "assigned_officer_id" uuid, "registered_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "cases_year_seq_key" UNIQUE ("year", "seq"), CONSTRAINT "cases_number_key" UNIQUE ("number"), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cases_current_due_idx" ON "cases"  ("current_due_on") `);
    await queryRunner.query(
      `CREATE INDEX "cases_respondent_received_idx" ON "cases"  ("respondent_id", "received_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "cases_office_received_idx" ON "cases"  ("office_id", "received_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "cases_status_received_idx" ON "cases"  ("status", "received_on", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "cases_received_idx" ON "cases"  ("received_on", "id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."applicant_kind" AS ENUM('PERSON', 'ORGANISATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_applicants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."applicant_kind" NOT NULL, "name" character varying(100) NOT NULL, "id_number" character varying(18), "credit_code" character varying(18), "phone" character varying(20), "address" character varying(200), CONSTRAINT "PK_ab988eda21de6134ab60a5063c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_applicants_case_idx" ON "case_applicants"  ("case_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_number_counters" ("year" smallint NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_3b97a397250d2bcac5c85a4c3a6" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("actor_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "status_code" smallint, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a5af0c11ea21dd7a2593421498" PRIMARY KEY ("actor_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."supplement_status" AS ENUM('OPEN', 'FULFILLED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_supplement_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "items" jsonb NOT NULL, "notice_served_on" date NOT NULL, "due_on" date NOT NULL, "status" "public"."supplement_status" NOT NULL, "fulfilled_on" date, "requested_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33bafb4b09a5f9025bb4905de76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_supplement_requests_case_idx" ON "case_supplement_requests"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_office_fk" FOREIGN KEY ("office_id") REFERENCES "judicial_offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_respondent_fk" FOREIGN KEY ("respondent_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "cases_officer_fk" FOREIGN KEY ("assigned_officer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_applicants" ADD CONSTRAINT "case_applicants_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_supplement_requests" ADD CONSTRAINT "case_supplement_requests_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: search by case number or applicant name (ILIKE '%…%') through trigrams.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "cases_applicant_names_trgm_idx" ON "cases" USING gin (("number" || ' ' || "applicant_names") gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cases_applicant_names_trgm_idx"`);
    await queryRunner.query(
      `ALTER TABLE "case_supplement_requests" DROP CONSTRAINT "case_supplement_requests_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_applicants" DROP CONSTRAINT "case_applicants_case_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_officer_fk"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_respondent_fk"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_office_fk"`);
    await queryRunner.query(`DROP INDEX "public"."case_supplement_requests_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_supplement_requests"`);
    await queryRunner.query(`DROP TYPE "public"."supplement_status"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "case_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."case_applicants_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_applicants"`);
    await queryRunner.query(`DROP TYPE "public"."applicant_kind"`);
    await queryRunner.query(`DROP INDEX "public"."cases_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_status_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_office_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_respondent_received_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cases_current_due_idx"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP TYPE "public"."case_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."case_procedure"`);
    await queryRunner.query(`DROP TYPE "public"."act_type"`);
    await queryRunner.query(`DROP TYPE "public"."case_channel"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
  }
}
