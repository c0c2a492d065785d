import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Litigation as the courts count it: co-defendants (ALL Art. 26 ¶2), instances (一审/二审/再审),
 * each defendant's appearance at each hearing as the office records it (SPC 2020 Arts. 2, 5–9),
 * judgments by kind and judicial recommendations. Existing rows move over: each lawsuit's court,
 * number and judgment become its first instance, its defendant its one defendant, and each
 * hearing's attendance that defendant's appearance (head attended → a principal head with proof,
 * as the office had recorded it; otherwise a staff member). Judgments map AGENCY_WON →
 * CLAIMS_REJECTED, AGENCY_LOST → REVOKED, WITHDRAWN → WITHDRAWN, SETTLED → MEDIATED.
 */
export class LitigationAsCourtsCount1796454223394 implements MigrationInterface {
  name = 'LitigationAsCourtsCount1796454223394';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agencies_one_organ_key" ON "agencies"  ("kind") WHERE kind = 'RECONSIDERATION_ORGAN'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."litigation_stage" AS ENUM('FIRST_INSTANCE', 'SECOND_INSTANCE', 'RETRIAL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."judgment_kind" AS ENUM('CLAIMS_REJECTED', 'SUIT_DISMISSED', 'WITHDRAWN', 'MEDIATED', 'REVOKED', 'PERFORMANCE_ORDERED', 'CONFIRMED_UNLAWFUL', 'CONFIRMED_VOID', 'VARIED', 'COMPENSATION', 'REMANDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "litigation_instances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "litigation_case_id" uuid NOT NULL, "seq" smallint NOT NULL, "stage" "public"."litigation_stage" NOT NULL, "court" character varying(100) NOT NULL, "court_case_number" character varying(100) NOT NULL, "filed_on" date NOT NULL, "judgment" "public"."judgment_kind", "judged_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "litigation_instances_seq_key" UNIQUE ("litigation_case_id", "seq"), CONSTRAINT "litigation_instances_court_number_key" UNIQUE ("court", "court_case_number"), CONSTRAINT "PK_1dc2bad6d83c06bddce0650d7a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."head_appearance" AS ENUM('ATTENDED', 'EXCUSED', 'ABSENT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attendee_role" AS ENUM('PRINCIPAL', 'DEPUTY', 'DEPUTY_LEVEL_IN_CHARGE', 'OTHER_IN_CHARGE', 'ENTRUSTED_OR_SUBORDINATE_HEAD', 'STAFF')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."absence_reason" AS ENUM('FORCE_MAJEURE', 'ACCIDENT', 'IRREPLACEABLE_DUTY', 'OTHER_JUSTIFIED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hearing_appearances" ("hearing_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "court_notice_served_on" date, "appearance" "public"."head_appearance", "attendee_role" "public"."attendee_role", "attendee_name" character varying(50), "attendee_title" character varying(50), "identity_proof_submitted" boolean NOT NULL DEFAULT false, "absence_reason" "public"."absence_reason", "absence_proof" character varying(500), "recorded_at" TIMESTAMP WITH TIME ZONE, "recorded_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a622f060943cbeace912a71f2ff" PRIMARY KEY ("hearing_id", "agency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "hearing_appearances_agency_idx" ON "hearing_appearances"  ("agency_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "judicial_recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "litigation_case_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "court" character varying(100) NOT NULL, "document_number" character varying(100) NOT NULL, "summary" text NOT NULL, "received_on" date NOT NULL, "due_on" date NOT NULL, "answered_on" date, "answer" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b7343d4ed8a8974a7f23c7a18d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "judicial_recommendations_received_idx" ON "judicial_recommendations"  ("received_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "judicial_recommendations_case_idx" ON "judicial_recommendations"  ("litigation_case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "litigation_defendants" ("litigation_case_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_f73bed0d44a02bdcb1cff58e0e1" PRIMARY KEY ("litigation_case_id", "agency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "litigation_defendants_agency_idx" ON "litigation_defendants"  ("agency_id", "litigation_case_id") `,
    );

    // The rows there are, moved over before their old columns go.
    await queryRunner.query(
      `INSERT INTO litigation_instances (litigation_case_id, seq, stage, court, court_case_number,
                                         filed_on, judgment, judged_on)
       SELECT id, 1, 'FIRST_INSTANCE', court, court_case_number, filed_on,
              (CASE judgment WHEN 'AGENCY_WON' THEN 'CLAIMS_REJECTED' WHEN 'AGENCY_LOST' THEN 'REVOKED'
                             WHEN 'WITHDRAWN' THEN 'WITHDRAWN' WHEN 'SETTLED' THEN 'MEDIATED' END
              )::judgment_kind, judged_on
         FROM litigation_cases`,
    );
    await queryRunner.query(
      `INSERT INTO litigation_defendants (litigation_case_id, agency_id, position)
       SELECT id, defendant_agency_id, 1 FROM litigation_cases`,
    );
    await queryRunner.query(`ALTER TABLE "hearings" ADD "instance_id" uuid`);
    await queryRunner.query(
      `UPDATE hearings h SET instance_id = i.id
         FROM litigation_instances i WHERE i.litigation_case_id = h.litigation_case_id`,
    );
    await queryRunner.query(`ALTER TABLE "hearings" ALTER COLUMN "instance_id" SET NOT NULL`);
    await queryRunner.query(
      `INSERT INTO hearing_appearances (hearing_id, agency_id, appearance, attendee_role,
                                        attendee_name, attendee_title, identity_proof_submitted,
                                        recorded_at)
       SELECT h.id, l.defendant_agency_id,
              CASE WHEN h.head_attended THEN 'ATTENDED'
                   WHEN h.head_attended IS NOT NULL THEN 'ABSENT' END::head_appearance,
              CASE WHEN h.head_attended THEN 'PRINCIPAL'
                   WHEN h.head_attended IS NOT NULL THEN 'STAFF' END::attendee_role,
              h.attendee_name, h.attendee_title, COALESCE(h.head_attended, false),
              h.attendance_recorded_at
         FROM hearings h JOIN litigation_cases l ON l.id = h.litigation_case_id`,
    );

    await queryRunner.query(
      `ALTER TABLE "litigation_cases" DROP CONSTRAINT "litigation_cases_agency_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."litigation_cases_agency_idx"`);
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" DROP CONSTRAINT "litigation_cases_court_number_key"`,
    );
    await queryRunner.query(`ALTER TABLE "litigation_cases" DROP COLUMN "judgment"`);
    await queryRunner.query(`DROP TYPE "public"."judgment_outcome"`);
    await queryRunner.query(`ALTER TABLE "litigation_cases" DROP COLUMN "court_case_number"`);
    await queryRunner.query(`ALTER TABLE "litigation_cases" DROP COLUMN "defendant_agency_id"`);
    await queryRunner.query(`ALTER TABLE "litigation_cases" DROP COLUMN "court"`);
    await queryRunner.query(`ALTER TABLE "litigation_cases" DROP COLUMN "judged_on"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "attendee_name"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "attendee_title"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "head_attended"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "attendance_recorded_at"`);

    // One letter per defendant: the key names the agency.
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" DROP CONSTRAINT "reminder_letters_once_key"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" ADD CONSTRAINT "reminder_letters_once_key" UNIQUE ("hearing_id", "agency_id", "kind", "hearing_at")`,
    );

    await queryRunner.query(
      `ALTER TABLE "litigation_instances" ADD CONSTRAINT "litigation_instances_case_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "litigation_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearings" ADD CONSTRAINT "hearings_instance_fk" FOREIGN KEY ("instance_id") REFERENCES "litigation_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing_appearances" ADD CONSTRAINT "hearing_appearances_hearing_fk" FOREIGN KEY ("hearing_id") REFERENCES "hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing_appearances" ADD CONSTRAINT "hearing_appearances_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "judicial_recommendations" ADD CONSTRAINT "judicial_recommendations_case_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "litigation_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "judicial_recommendations" ADD CONSTRAINT "judicial_recommendations_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_defendants" ADD CONSTRAINT "litigation_defendants_case_fk" FOREIGN KEY ("litigation_case_id") REFERENCES "litigation_cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_defendants" ADD CONSTRAINT "litigation_defendants_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  /** Back to one defendant and one instance per lawsuit: a lawsuit's first defendant and instance. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" DROP CONSTRAINT "reminder_letters_once_key"`,
    );
    await queryRunner.query(
      `DELETE FROM reminder_letters r USING hearings h, litigation_defendants d
        WHERE h.id = r.hearing_id AND d.litigation_case_id = h.litigation_case_id
          AND d.agency_id = r.agency_id AND d.position > 1`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_letters" ADD CONSTRAINT "reminder_letters_once_key" UNIQUE ("hearing_id", "kind", "hearing_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."judgment_outcome" AS ENUM('AGENCY_WON', 'AGENCY_LOST', 'WITHDRAWN', 'SETTLED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ADD "court" character varying(100), ADD "court_case_number" character varying(100), ADD "defendant_agency_id" uuid, ADD "judgment" "public"."judgment_outcome", ADD "judged_on" date`,
    );
    await queryRunner.query(
      `UPDATE litigation_cases l SET court = i.court, court_case_number = i.court_case_number,
              judged_on = i.judged_on,
              judgment = (CASE WHEN i.judgment IN ('CLAIMS_REJECTED', 'SUIT_DISMISSED') THEN 'AGENCY_WON'
                               WHEN i.judgment = 'WITHDRAWN' THEN 'WITHDRAWN'
                               WHEN i.judgment = 'MEDIATED' THEN 'SETTLED'
                               WHEN i.judgment IS NOT NULL THEN 'AGENCY_LOST' END)::judgment_outcome
         FROM litigation_instances i WHERE i.litigation_case_id = l.id AND i.seq = 1`,
    );
    await queryRunner.query(
      `UPDATE litigation_cases l SET defendant_agency_id = d.agency_id
         FROM litigation_defendants d WHERE d.litigation_case_id = l.id AND d.position = 1`,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ALTER COLUMN "court" SET NOT NULL, ALTER COLUMN "court_case_number" SET NOT NULL, ALTER COLUMN "defendant_agency_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearings" ADD "attendance_recorded_at" TIMESTAMP WITH TIME ZONE, ADD "head_attended" boolean, ADD "attendee_title" character varying(50), ADD "attendee_name" character varying(50)`,
    );
    await queryRunner.query(
      `UPDATE hearings h SET head_attended = (a.appearance = 'ATTENDED'),
              attendee_name = a.attendee_name, attendee_title = a.attendee_title,
              attendance_recorded_at = a.recorded_at
         FROM hearing_appearances a, litigation_cases l
        WHERE a.hearing_id = h.id AND l.id = h.litigation_case_id
          AND a.agency_id = l.defendant_agency_id AND a.recorded_at IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "hearings" DROP CONSTRAINT "hearings_instance_fk"`);
    await queryRunner.query(`ALTER TABLE "hearings" DROP COLUMN "instance_id"`);
    await queryRunner.query(`DROP TABLE "litigation_defendants"`);
    await queryRunner.query(`DROP TABLE "judicial_recommendations"`);
    await queryRunner.query(`DROP TABLE "hearing_appearances"`);
    await queryRunner.query(`DROP TYPE "public"."absence_reason"`);
    await queryRunner.query(`DROP TYPE "public"."attendee_role"`);
    await queryRunner.query(`DROP TYPE "public"."head_appearance"`);
    await queryRunner.query(`DROP TABLE "litigation_instances"`);
    await queryRunner.query(`DROP TYPE "public"."judgment_kind"`);
    await queryRunner.query(`DROP TYPE "public"."litigation_stage"`);
    await queryRunner.query(`DROP INDEX "public"."agencies_one_organ_key"`);
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_court_number_key" UNIQUE ("court", "court_case_number")`,
    );
    await queryRunner.query(
      `CREATE INDEX "litigation_cases_agency_idx" ON "litigation_cases" ("defendant_agency_id", "filed_on", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_agency_fk" FOREIGN KEY ("defendant_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
