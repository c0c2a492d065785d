import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createHttpApp, ProviderOverride } from '../../src/app.factory';
import { Clock } from '../../src/common/clock';
import { AppRole, validateEnv } from '../../src/config/env';
import { createDatabase, dropDatabase, withDatabase } from '../../src/database/database-admin';
import { dataSourceOptions } from '../../src/database/data-source';
import { checkResponsesAgainstDocument } from './contract';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start = '2026-03-02T09:00:00+08:00') {
    super();
    this.current = new Date(start);
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  http: () => request.Agent;
  clock: TestClock;
  db: DataSource;
  close: () => Promise<void>;
}

/**
 * The real application (every global pipe, filter and guard of production) on the run's database
 * and Redis prefix, listening on a random local port. Env overrides apply to this app only.
 */
export async function startApp(
  options: { role?: AppRole; env?: Record<string, string>; overrides?: ProviderOverride[] } = {},
): Promise<TestApp> {
  const saved = { ...process.env };
  Object.assign(process.env, options.env ?? {});
  const clock = new TestClock();
  try {
    const app = await createHttpApp(
      [{ provide: Clock, useValue: clock }, ...(options.overrides ?? [])],
      options.role ?? 'api',
    );
    checkResponsesAgainstDocument(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const server = app.getHttpServer();
    return {
      app,
      clock,
      db: app.get(DataSource),
      http: () => request.agent(server),
      close: () => app.close(),
    };
  } finally {
    process.env = saved;
  }
}

export const ADMIN = { username: 'admin', password: 'admin-password-for-tests' };

/** Logs in and returns the access token. */
export async function login(t: TestApp, username: string, password: string): Promise<string> {
  const res = await t.http().post('/api/v1/auth/login').send({ username, password }).expect(200);
  return (res.body as { accessToken: string }).accessToken;
}

let counter = 0;
/** A name no other test of this run uses (tests share the run's database). */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/**
 * A migrated database of a suite's own, for suites that count every row (the statistics) or
 * need the whole table to themselves (the last administrator): the run's shared database holds
 * whatever the other suites and their fuzzers registered. `drop` removes it.
 */
export async function privateDatabase(
  purpose: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = withDatabase(
    process.env.DATABASE_URL ?? '',
    `fuyi_test_${purpose}_${randomBytes(4).toString('hex')}`,
  );
  await createDatabase(url);
  const ds = new DataSource({
    ...dataSourceOptions(validateEnv({ ...process.env, DATABASE_URL: url })),
    logging: false,
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' }).finally(() => ds.destroy());
  return { url, drop: () => dropDatabase(url) };
}
