import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 2023 law at intake: deemed acceptance (Art. 30 ¶3), the simplified-procedure grounds
 * (Art. 53), the application periods (Arts. 20–21), the supplement notice's dates (Art. 31),
 * withdrawal before acceptance, dismissal of an accepted application (Art. 33), third parties and
 * agents (Arts. 15–17), the respondent's answer clock (Arts. 48, 54) and stays (Art. 42).
 * New enum values are added, never re-created, so the hand-made indexes on `cases` stay.
 */
export class LawAtIntake1796404611084 implements MigrationInterface {
  name = 'LawAtIntake1796404611084';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."party_role" AS ENUM('THIRD_PARTY', 'REPRESENTATIVE', 'AGENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "role" "public"."party_role" NOT NULL, "kind" "public"."applicant_kind" NOT NULL, "name" character varying(100) NOT NULL, "id_number" character varying(18), "credit_code" character varying(18), "phone" character varying(20), "address" character varying(200), "acts_for" character varying(100), "joined_on" date NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_06bc2ff7e3027f10692a04bd22b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_parties_case_idx" ON "case_parties"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."stay_ground" AS ENUM('RESPONDENT_DEEMS_NECESSARY', 'ORGAN_DEEMS_NECESSARY', 'PARTY_REQUEST', 'LAW_REQUIRES')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."stay_decision" AS ENUM('STAYED', 'REFUSED')`);
    await queryRunner.query(
      `CREATE TABLE "enforcement_stays" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "ground" "public"."stay_ground" NOT NULL, "requested_by" character varying(100), "requested_on" date NOT NULL, "reason" text NOT NULL, "decision" "public"."stay_decision", "decided_on" date, "decision_reason" text, "created_by" uuid NOT NULL, "decided_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cf189f456ff8b059bcb197b604" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "enforcement_stays_case_idx" ON "enforcement_stays"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "respondent_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "answered_on" date NOT NULL, "summary" text NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "basis" jsonb NOT NULL DEFAULT '[]', "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "respondent_answers_case_key" UNIQUE ("case_id"), CONSTRAINT "PK_42afc54b81a9b96bc8da7d1cf11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "act_on_the_spot" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "act_warning_or_criticism" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "parties_agree_simplified" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "immovable_property" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "statutory_period_days" smallint`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "not_informed_of_right" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "learned_of_right_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "obstacle_from" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "obstacle_ended_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "obstacle_reason" text`);
    await queryRunner.query(
      `CREATE TYPE "public"."application_timeliness" AS ENUM('IN_TIME', 'LATE', 'TIME_BARRED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "application_timeliness" "public"."application_timeliness" NOT NULL DEFAULT 'IN_TIME'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."simplified_ground" AS ENUM('ON_THE_SPOT', 'WARNING_OR_CRITICISM', 'SMALL_AMOUNT', 'INFORMATION_DISCLOSURE', 'PARTIES_AGREE')`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "simplified_ground" "public"."simplified_ground"`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "acceptance_recorded_on" date`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "deemed_accepted" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "answer_copy_due_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "answer_copy_sent_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "answer_copy_received_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "answer_due_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "answered_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "dismissal_reason" text`);
    await queryRunner.query(`ALTER TABLE "case_supplement_requests" ADD "notice_sent_on" date`);
    await queryRunner.query(
      `UPDATE "case_supplement_requests" SET "notice_sent_on" = "notice_served_on"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_supplement_requests" ALTER COLUMN "notice_sent_on" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "case_supplement_requests" ADD "extension_reason" text`);
    await queryRunner.query(`ALTER TABLE "case_supplement_requests" ADD "extended_on" date`);
    await queryRunner.query(`ALTER TYPE "public"."case_status" ADD VALUE 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TYPE "public"."case_status" ADD VALUE 'APPLICATION_DISMISSED'`);
    await queryRunner.query(`ALTER TYPE "public"."case_outcome" ADD VALUE 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TYPE "public"."case_outcome" ADD VALUE 'APPLICATION_DISMISSED'`);
    await queryRunner.query(`ALTER TYPE "public"."deadline_kind" ADD VALUE 'ANSWER_COPY'`);
    await queryRunner.query(`ALTER TYPE "public"."deadline_kind" ADD VALUE 'ANSWER'`);
    await queryRunner.query(
      `ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_stays" ADD CONSTRAINT "enforcement_stays_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "respondent_answers" ADD CONSTRAINT "respondent_answers_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "cases_deemed_accepted_idx" ON "cases" ("accepted_on") WHERE "deemed_accepted"`,
    );
  }

  public down(): Promise<void> {
    // Postgres cannot drop an enum value; restore from the backup taken before migrating.
    return Promise.reject(
      new Error('LawAtIntake1796404611084 cannot be reverted: enum values cannot be dropped'),
    );
  }
}
