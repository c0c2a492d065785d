import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { withoutTimeLimits } from './data-source';

/**
 * Runs pending migrations at start-up (RUN_MIGRATIONS, default true), before any start-up work
 * that needs the schema. A Postgres advisory lock lets several replicas start at once: one
 * migrates, the others wait and then find nothing to do.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger(MigrationRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.env.RUN_MIGRATIONS) return;
    const runner = this.dataSource.createQueryRunner();
    try {
      // Polled, not waited for in pg_advisory_lock: a session blocked in that statement holds a
      // snapshot, and a migration building an index CONCURRENTLY waits for every older snapshot,
      // so the two would wait on each other (Postgres then cancels one of them).
      for (;;) {
        const rows = (await runner.query(
          `SELECT pg_try_advisory_lock(hashtext('fuyi:migrations')) AS locked`,
        )) as { locked: boolean }[];
        if (rows[0].locked) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // On connections of their own, free of the requests' statement_timeout (data-source.ts).
      const migrations = new DataSource(withoutTimeLimits(this.dataSource.options));
      await migrations.initialize();
      const ran = await migrations
        .runMigrations({ transaction: 'each' })
        .finally(() => migrations.destroy());
      if (ran.length > 0) this.logger.log(`Ran migrations: ${ran.map((m) => m.name).join(', ')}`);
    } finally {
      await runner
        .query(`SELECT pg_advisory_unlock(hashtext('fuyi:migrations'))`)
        .catch(() => undefined);
      await runner.release();
    }
  }
}
