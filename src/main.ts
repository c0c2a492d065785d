/**
 * Entry point. APP_ROLE=all (default) serves the HTTP API and runs the workers in one process;
 * APP_ROLE=api serves HTTP only; APP_ROLE=worker runs the workers only (same as src/worker.ts).
 */
import 'reflect-metadata';
import { createHttpApp, createWorkerContext, failStart, listenOptions } from './app.factory';
import { validateEnv } from './config/env';
import { createDatabaseIfMissing, databaseOf } from './database/database-admin';

async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env);
  if (env.APP_ROLE === 'worker') {
    await createWorkerContext();
    return;
  }
  // A first start on a fresh server creates the database it is pointed at, then migrates it.
  if (env.RUN_MIGRATIONS && (await createDatabaseIfMissing(env.DATABASE_URL))) {
    console.log(`Created database ${databaseOf(env.DATABASE_URL)}`);
  }
  const app = await createHttpApp();
  await app.listen(listenOptions(env));
}

bootstrap().catch(failStart);
