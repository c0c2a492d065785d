import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createHttpApp, ProviderOverride } from '../../src/app.factory';
import { Clock } from '../../src/common/clock';
import { AppRole } from '../../src/config/env';

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
