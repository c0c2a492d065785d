import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 2023 law in review: the parties heard (Art. 49), 听证 (Arts. 50–51), the committee
 * (Art. 52), collective discussions and who approves (Arts. 55, 61, 62: the heads of the office
 * and of the organ), mediation in review and its 调解书 (Art. 73), coded suspension and
 * termination grounds (Arts. 39, 41), the decision's companions (Arts. 64, 71, 72), its service
 * (Art. 75) and performance (Arts. 77–78). Enum values are added, never re-created, so the
 * hand-made indexes on `cases` stay.
 */
export class LawInReview1796407178059 implements MigrationInterface {
  name = 'LawInReview1796407178059';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."views_method" AS ENUM('IN_PERSON', 'ONLINE', 'PHONE', 'WRITTEN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_views_heard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "heard_on" date NOT NULL, "method" "public"."views_method" NOT NULL, "heard" character varying(500) NOT NULL, "summary" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16ff0b9ab46858ddbf563b353cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_views_heard_case_idx" ON "case_views_heard"  ("case_id", "heard_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."formal_hearing_reason" AS ENUM('MAJOR_OR_COMPLEX', 'OFFICE_DEEMS_NECESSARY', 'APPLICANT_REQUEST')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."formal_hearing_status" AS ENUM('SCHEDULED', 'HELD', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_formal_hearings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "reason" "public"."formal_hearing_reason" NOT NULL, "notice_served_on" date NOT NULL, "held_on" date NOT NULL, "place" character varying(200) NOT NULL, "matters" text NOT NULL, "status" "public"."formal_hearing_status" NOT NULL, "respondent_head_attended" boolean, "respondent_attendee_name" character varying(100), "respondent_attendee_title" character varying(100), "head_absence_reason" text, "record" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_075bab2f984c33a57ecdaf308eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_formal_hearings_case_idx" ON "case_formal_hearings"  ("case_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."committee_ground" AS ENUM('MAJOR_OR_COMPLEX', 'TECHNICAL', 'ART_24_PARA_2', 'OFFICE_DEEMS_NECESSARY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "committee_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "ground" "public"."committee_ground" NOT NULL, "referred_on" date NOT NULL, "opinion" text, "opinion_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_870589abb5d479c6eda94cb907e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "committee_consultations_case_idx" ON "committee_consultations"  ("case_id", "referred_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "collective_discussions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "held_on" date NOT NULL, "participants" character varying(500) NOT NULL, "conclusion" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0750edccfa114e491bde5310d2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collective_discussions_case_idx" ON "collective_discussions"  ("case_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_mediation_status" AS ENUM('OPEN', 'IN_EFFECT', 'FAILED', 'RETRACTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_mediations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "started_on" date NOT NULL, "status" "public"."review_mediation_status" NOT NULL, "agreement" text, "effective_on" date, "ended_on" date, "end_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f65f2e0ba0b8973ca4ffae9b57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_mediations_one_open_idx" ON "review_mediations"  ("case_id") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_mediations_case_idx" ON "review_mediations"  ("case_id", "started_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "heads_office" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "heads_organ" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "converted_to_ordinary_on" date`);
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "remake_within_days" smallint`);
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_ruling" AS ENUM('CONCLUDE', 'CONTINUE_PERFORMANCE', 'REMEDY', 'COMPENSATE_LOSS', 'REASONABLE_COMPENSATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" ADD "agreement_ruling" "public"."agreement_ruling"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."compensation_ruling" AS ENUM('AWARDED', 'DISMISSED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" ADD "compensation_ruling" "public"."compensation_ruling"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" ADD "compensation_amount_yuan" numeric(14,2)`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."approval_basis" AS ENUM('ORGAN_HEAD', 'COLLECTIVE_DISCUSSION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_decisions" ADD "approval_basis" "public"."approval_basis"`,
    );
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "collective_discussion_id" uuid`);
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "served_on" date`);
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "performance_due_on" date`);
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "performance_reported_on" date`);
    await queryRunner.query(
      `CREATE TYPE "public"."suspension_ground" AS ENUM('APPLICANT_DIED', 'APPLICANT_INCAPACITATED', 'APPLICANT_MISSING', 'APPLICANT_DISSOLVED', 'FORCE_MAJEURE', 'MEDIATION_OR_SETTLEMENT', 'AWAITING_INTERPRETATION', 'AWAITING_OTHER_CASE', 'NORMATIVE_DOCUMENT_REVIEW', 'OTHER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_suspensions" ADD "ground" "public"."suspension_ground"`,
    );
    await queryRunner.query(`ALTER TABLE "case_suspensions" ADD "notice_served_on" date`);
    await queryRunner.query(
      `ALTER TABLE "case_suspensions" ADD "resumption_notice_served_on" date`,
    );
    await queryRunner.query(`ALTER TYPE "public"."case_status" ADD VALUE 'REVIEW_MEDIATED'`);
    await queryRunner.query(`ALTER TYPE "public"."case_outcome" ADD VALUE 'REVIEW_MEDIATED'`);
    await queryRunner.query(`ALTER TYPE "public"."termination_reason" ADD VALUE 'APPLICANT_DIED'`);
    await queryRunner.query(
      `ALTER TYPE "public"."termination_reason" ADD VALUE 'APPLICANT_DISSOLVED'`,
    );
    await queryRunner.query(
      `ALTER TYPE "public"."termination_reason" ADD VALUE 'CRIMINAL_MEASURES'`,
    );
    await queryRunner.query(
      `ALTER TYPE "public"."termination_reason" ADD VALUE 'SUSPENSION_LAPSED'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."deadline_kind" ADD VALUE 'SUSPENSION_LIMIT'`);
    await queryRunner.query(`ALTER TYPE "public"."deadline_kind" ADD VALUE 'PERFORMANCE'`);
    await queryRunner.query(
      `ALTER TABLE "case_views_heard" ADD CONSTRAINT "case_views_heard_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_formal_hearings" ADD CONSTRAINT "case_formal_hearings_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "committee_consultations" ADD CONSTRAINT "committee_consultations_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collective_discussions" ADD CONSTRAINT "collective_discussions_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_mediations" ADD CONSTRAINT "review_mediations_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public down(): Promise<void> {
    // Postgres cannot drop an enum value; restore from the backup taken before migrating.
    return Promise.reject(
      new Error('LawInReview1796407178059 cannot be reverted: enum values cannot be dropped'),
    );
  }
}
