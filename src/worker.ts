/** Entry point of the worker role: BullMQ processors and job schedulers, no HTTP. */
import 'reflect-metadata';
import { createWorkerContext, failStart } from './app.factory';

createWorkerContext().catch(failStart);
