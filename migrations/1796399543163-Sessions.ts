import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can be ended (src/auth/session.entity.ts): one row per login, the family of its
 * refresh tokens and the `sid` of its access tokens; and the per-account failed-login counts
 * (src/auth/login-attempt.entity.ts). Existing refresh-token families become sessions, ended
 * when every token of theirs is revoked, so that signed-in users keep their refresh tokens.
 */
export class Sessions1796399543163 implements MigrationInterface {
  name = 'Sessions1796399543163';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("username_key" character varying(64) NOT NULL, "failures" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d12789375252ac323f09a73c1ca" PRIMARY KEY ("username_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(32), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sessions_user_open_idx" ON "sessions"  ("user_id") WHERE ended_at IS NULL`,
    );
    // Every existing family becomes a session (a family belongs to one user).
    await queryRunner.query(
      `INSERT INTO "sessions" ("id", "user_id", "created_at", "ended_at", "end_reason")
       SELECT "family_id", min("user_id"::text)::uuid, min("created_at"),
              CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN max("revoked_at") END,
              CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN 'logout' END
         FROM "refresh_tokens" GROUP BY "family_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_session_fk" FOREIGN KEY ("family_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_session_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_open_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
