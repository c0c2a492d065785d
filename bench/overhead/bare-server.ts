/**
 * The bare servers of the `overhead` benchmark, one per process: `node bare-server.js fastify`
 * (Fastify 5 alone) or `node bare-server.js nest` (Nest 11 on @nestjs/platform-fastify, one
 * controller, no guards, pipes, interceptors or logger). Both answer GET /health/live with
 * `{"status":"ok"}` on 127.0.0.1:$PORT, and nothing else of the app.
 *
 * Started by bench/overhead/bare.ts from a plain-JavaScript transpilation of this file (no
 * ts-node hooks in the measured process, as the app runs compiled). It stops on SIGTERM/SIGINT,
 * and when its stdin closes: the bench process holds the other end, so a bench killed outright
 * does not leave it behind.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import Fastify from 'fastify';

@Controller('health')
class LiveController {
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [LiveController] })
class BareModule {}

async function listen(kind: string, port: number): Promise<() => Promise<void>> {
  if (kind === 'fastify') {
    const app = Fastify();
    // A handler returning a promise, as an async one does (Fastify sends what it resolves to).
    app.get('/health/live', () => Promise.resolve({ status: 'ok' }));
    await app.listen({ port, host: '127.0.0.1' });
    return () => app.close();
  }
  if (kind === 'nest') {
    const app = await NestFactory.create(BareModule, new FastifyAdapter(), { logger: false });
    await app.listen(port, '127.0.0.1');
    return () => app.close();
  }
  throw new Error(`usage: bare-server (fastify|nest), PORT in the environment; got ${kind}`);
}

async function main(): Promise<void> {
  const kind = process.argv[2] ?? '';
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`PORT must be set: ${process.env.PORT}`);
  const close = await listen(kind, port);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    const timer = setTimeout(() => process.exit(0), 5_000);
    timer.unref();
    void close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
