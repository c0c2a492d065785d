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
      // Fail fast when Postgres is away, so the API answers 503 instead of hanging.
      connectionTimeoutMillis: 3000,
      application_name: `fuyi-${env.APP_ROLE}`,
      // Short requests on 2 cores: parallel plans for one listing starve the concurrent ones
      // (measured in docs/benchmarks.md). Statistics turn parallelism back on for their scans.
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}

export default new DataSource(dataSourceOptions(validateEnv(process.env)));
