import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewAndLitigation1795634723101 implements MigrationInterface {
  name = 'ReviewAndLitigation1795634723101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."judgment_outcome" AS ENUM('AGENCY_WON', 'AGENCY_LOST', 'WITHDRAWN', 'SETTLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "litigation_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court" character varying(100) NOT NULL, "court_case_number" character varying(100) NOT NULL, "plaintiff" character varying(200) NOT NULL, "defendant_agency_id" uuid NOT NULL, "cause" text NOT NULL, "reconsideration_case_id" uuid, "filed_on" date NOT NULL, "judgment" "public"."judgment_outcome", "judged_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "litigation_cases_court_number_key" UNIQUE ("court", "court_case_number"), CONSTRAINT "PK_8bffd2113feff8ae89f36c87dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "litigation_cases_filed_idx" ON "litigation_cases"  ("filed_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "litigation_cases_agency_idx" ON "litigation_cases"  ("defendant_agency_id", "filed_on", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hearing_status" AS ENUM('SCHEDULED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hearings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "litigation_case_id" uuid NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "court" character varying(100) NOT NULL, "courtroom" character varying(100) NOT NULL, "status" "public"."hearing_status" NOT NULL, "head_attended" boolean, "attendee_name" character varying(50), "attendee_title" character varying(50), "attendance_recorded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_79d1a17d4ddd70a11c44bf3b42c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "hearings_scheduled_idx" ON "hearings"  ("scheduled_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "hearings_case_idx" ON "hearings"  ("litigation_case_id", "scheduled_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."deadline_kind" AS ENUM('ACCEPTANCE', 'DECISION', 'ATTENDANCE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."alert_level" AS ENUM('DUE_SOON', 'OVERDUE')`);
    await queryRunner.query(
      `CREATE TABLE "alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_id" uuid NOT NULL, "case_id" uuid, "hearing_id" uuid, "officer_id" uuid, "deadline" "public"."deadline_kind" NOT NULL, "due_on" date NOT NULL, "level" "public"."alert_level" NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" uuid, CONSTRAINT "alerts_once_key" UNIQUE ("subject_id", "deadline", "due_on", "level"), CONSTRAINT "PK_60f895662df096bfcdfab7f4b96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "alerts_raised_idx" ON "alerts"  ("raised_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "alerts_officer_idx" ON "alerts"  ("officer_id", "raised_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."decision_status" AS ENUM('DRAFT', 'APPROVED', 'RETURNED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "type" "public"."case_outcome" NOT NULL, "reasoning" text NOT NULL, "legal_basis" jsonb NOT NULL, "status" "public"."decision_status" NOT NULL, "drafted_by" uuid NOT NULL, "reviewed_by" uuid, "review_comment" text, "decided_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac40768ba7036428b02e3ad6f4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_decisions_one_draft_idx" ON "case_decisions"  ("case_id") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_decisions_case_idx" ON "case_decisions"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mediation_status" AS ENUM('OPEN', 'SUCCEEDED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pre_mediations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "mediator_name" character varying(50) NOT NULL, "started_on" date NOT NULL, "status" "public"."mediation_status" NOT NULL, "concluded_on" date, "agreement" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_136d662a212b21c18caf87c0877" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "pre_mediations_one_open_idx" ON "pre_mediations"  ("case_id") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "pre_mediations_case_idx" ON "pre_mediations"  ("case_id", "started_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mediation_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mediation_id" uuid NOT NULL, "held_on" date NOT NULL, "summary" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce9ebea65a0c9443fab7ce7ac61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mediation_sessions_mediation_idx" ON "mediation_sessions"  ("mediation_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."letter_kind" AS ENUM('RECOMMENDATION', 'OPINION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendation_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" "public"."letter_kind" NOT NULL, "agency_id" uuid NOT NULL, "issued_on" date NOT NULL, "content" text NOT NULL, "issued_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0526c0909dbfae844370f37e26" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendation_letters_issued_idx" ON "recommendation_letters"  ("issued_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendation_letters_case_idx" ON "recommendation_letters"  ("case_id", "issued_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_suspensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "reason" text NOT NULL, "suspended_on" date NOT NULL, "resumed_on" date, CONSTRAINT "PK_f9c60fae8a5d9002d54c6b9cc1b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_suspensions_case_idx" ON "case_suspensions"  ("case_id", "suspended_on") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."reminder_kind" AS ENUM('LETTER', 'EVE_NOTICE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."reminder_status" AS ENUM('PENDING', 'ISSUED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hearing_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "kind" "public"."reminder_kind" NOT NULL, "hearing_at" TIMESTAMP WITH TIME ZONE NOT NULL, "send_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."reminder_status" NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE, "recipient" character varying(120), "text" text, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" uuid, "attendee_name" character varying(50), "attendee_title" character varying(50), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_letters_once_key" UNIQUE ("hearing_id", "kind", "hearing_at"), CONSTRAINT "PK_fa26295f55517fe3a5ceba492b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reminder_letters_issued_idx" ON "reminder_letters"  ("issued_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "reminder_letters_agency_idx" ON "reminder_letters"  ("agency_id", "issued_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "reminder_letters_due_idx" ON "reminder_letters"  ("send_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'DELIVERED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "payload" jsonb NOT NULL, "status" "public"."delivery_status" NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox"  ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "suspended_on" date`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "suspended_days" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "extension_days" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."termination_reason" AS ENUM('WITHDRAWN', 'SETTLED', 'MEDIATED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "termination_reason" "public"."termination_reason"`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_agency_fk" FOREIGN KEY ("defendant_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_case_fk" FOREIGN KEY ("reconsideration_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearings" ADD CONSTRAINT "hearings_case_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "litigation_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_hearing_fk" FOREIGN KEY ("hearing_id") REFERENCES "hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_officer_fk" FOREIGN KEY ("officer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" ADD CONSTRAINT "case_decisions_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pre_mediations" ADD CONSTRAINT "pre_mediations_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_mediation_fk" FOREIGN KEY ("mediation_id") REFERENCES "pre_mediations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_letters" ADD CONSTRAINT "recommendation_letters_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_letters" ADD CONSTRAINT "recommendation_letters_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_suspensions" ADD CONSTRAINT "case_suspensions_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" ADD CONSTRAINT "reminder_letters_hearing_fk" FOREIGN KEY ("hearing_id") REFERENCES "hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" ADD CONSTRAINT "reminder_letters_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_letter_fk" FOREIGN KEY ("letter_id") REFERENCES "reminder_letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_outbox" DROP CONSTRAINT "notification_outbox_letter_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" DROP CONSTRAINT "reminder_letters_agency_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" DROP CONSTRAINT "reminder_letters_hearing_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_suspensions" DROP CONSTRAINT "case_suspensions_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_letters" DROP CONSTRAINT "recommendation_letters_agency_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_letters" DROP CONSTRAINT "recommendation_letters_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" DROP CONSTRAINT "mediation_sessions_mediation_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pre_mediations" DROP CONSTRAINT "pre_mediations_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" DROP CONSTRAINT "case_decisions_case_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_officer_fk"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_hearing_fk"`);
    await queryRunner.query(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_case_fk"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP CONSTRAINT "hearings_case_fk"`);
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" DROP CONSTRAINT "litigation_cases_case_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" DROP CONSTRAINT "litigation_cases_agency_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "termination_reason"`);
    await queryRunner.query(`DROP TYPE "public"."termination_reason"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "extension_days"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "suspended_days"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "suspended_on"`);
    await queryRunner.query(`DROP INDEX "public"."notification_outbox_due_idx"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_letters_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_letters_agency_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_letters_issued_idx"`);
    await queryRunner.query(`DROP TABLE "reminder_letters"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_status"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_kind"`);
    await queryRunner.query(`DROP INDEX "public"."case_suspensions_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_suspensions"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_letters_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_letters_issued_idx"`);
    await queryRunner.query(`DROP TABLE "recommendation_letters"`);
    await queryRunner.query(`DROP TYPE "public"."letter_kind"`);
    await queryRunner.query(`DROP INDEX "public"."mediation_sessions_mediation_idx"`);
    await queryRunner.query(`DROP TABLE "mediation_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."pre_mediations_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pre_mediations_one_open_idx"`);
    await queryRunner.query(`DROP TABLE "pre_mediations"`);
    await queryRunner.query(`DROP TYPE "public"."mediation_status"`);
    await queryRunner.query(`DROP INDEX "public"."case_decisions_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_decisions_one_draft_idx"`);
    await queryRunner.query(`DROP TABLE "case_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."decision_status"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_officer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."alerts_raised_idx"`);
    await queryRunner.query(`DROP TABLE "alerts"`);
    await queryRunner.query(`DROP TYPE "public"."alert_level"`);
    await queryRunner.query(`DROP TYPE "public"."deadline_kind"`);
    await queryRunner.query(`DROP INDEX "public"."hearings_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hearings_scheduled_idx"`);
    await queryRunner.query(`DROP TABLE "hearings"`);
    await queryRunner.query(`DROP TYPE "public"."hearing_status"`);
    await queryRunner.query(`DROP INDEX "public"."litigation_cases_agency_idx"`);
    await queryRunner.query(`DROP INDEX "public"."litigation_cases_filed_idx"`);
    await queryRunner.query(`DROP TABLE "litigation_cases"`);
    await queryRunner.query(`DROP TYPE "public"."judgment_outcome"`);
  }
}
