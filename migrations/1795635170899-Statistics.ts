import { MigrationInterface, QueryRunner } from 'typeorm';

export class Statistics1795635170899 implements MigrationInterface {
  name = 'Statistics1795635170899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statistics_snapshots" ("period" character varying(7) NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_0f3d7e90d91145c12a73a0a37a4" PRIMARY KEY ("period"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "statistics_snapshots"`);
  }
}
