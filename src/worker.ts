/** Entry point of the worker role: BullMQ processors and job schedulers, no HTTP. */
import 'reflect-metadata';
import { createWorkerContext } from './app.factory';

createWorkerContext().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
