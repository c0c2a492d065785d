/**
 * Entry point. APP_ROLE=all (default) serves the HTTP API and runs the workers in one process;
 * APP_ROLE=api serves HTTP only; APP_ROLE=worker runs the workers only (same as src/worker.ts).
 */
import 'reflect-metadata';
import { createHttpApp, createWorkerContext, listenOptions } from './app.factory';
import { validateEnv } from './config/env';

async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env);
  if (env.APP_ROLE === 'worker') {
    await createWorkerContext();
    return;
  }
  const app = await createHttpApp();
  await app.listen(listenOptions(env));
}

bootstrap().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
