/**
 * The one description of the database, used by the app (TypeOrmModule) and by the TypeORM CLI
 * (`npm run migration:*`). The schema comes from migrations only, never from synchronize.
 */
import 'dotenv/config';
import 'reflect-metadata';
import { Client, ClientConfig, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { Env, validateEnv } from '../config/env';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Legal dates stay `YYYY-MM-DD` strings: a JS Date would drag a time zone into them.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * A pg client that always has an 'error' listener. pg-pool removes its own when it hands a client
 * out, and TypeORM adds its one a promise tick later: when Postgres shuts down just as a new
 * connection becomes ready (ReadyForQuery and the FATAL in one read), the client would emit
 * 'error' with no listener, which crashes the process. Nothing is lost by listening: the client is
 * marked unusable, its next query fails (answered 503), and the pool discards it on release.
 */
export class ListenedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** How much longer than statement_timeout the client waits for a reply before giving up. */
export const QUERY_TIMEOUT_MARGIN_MS = 2000;

export function dataSourceOptions(env: Env): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    // With a replica, only what asks for it (statistics: createQueryRunner('slave')) reads there.
    ...(env.DATABASE_REPLICA_URL
      ? {
          replication: {
            master: { url: env.DATABASE_URL },
            slaves: [{ url: env.DATABASE_REPLICA_URL }],
            defaultMode: 'master' as const,
          },
        }
      : { url: env.DATABASE_URL }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: env.LOG_LEVEL === 'silent' ? false : ['error', 'warn', 'migration'],
    extra: {
      Client: ListenedClient,
      max: env.DATABASE_POOL_SIZE,
      // Time limits (docs/operations.md, "Time limits"), each answered 503 SERVICE_UNAVAILABLE:
      // - waiting for a pooled connection, a free one or a new one (Postgres away, or every
      //   connection busy): pg-pool's "timeout exceeded when trying to connect";
      connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
      // - a statement running too long (a lock held elsewhere, a runaway plan): the server
      //   cancels it (57014) and the connection stays usable;
      statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
      // - a server that stopped answering at all (frozen, a dead network path): the client gives
      //   up on the reply a little after the server-side limit would have fired.
      query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + QUERY_TIMEOUT_MARGIN_MS,
      application_name: `fuyi-${env.APP_ROLE}`,
      // Short requests on 2 cores: parallel plans for one listing starve the concurrent ones
      // (measured in docs/benchmarks.md). Statistics turn parallelism back on for their scans.
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}

/**
 * The same database without the statement time limits, for migrations (an index built on a large
 * table may rightly take longer than any request should): the CLI and the start-up runner.
 */
export function withoutTimeLimits(options: DataSourceOptions): DataSourceOptions {
  const extra = { ...(options.extra as Record<string, unknown>) };
  delete extra.statement_timeout;
  delete extra.query_timeout;
  return { ...options, extra: { ...extra, max: 1 } };
}

export default new DataSource(withoutTimeLimits(dataSourceOptions(validateEnv(process.env))));
