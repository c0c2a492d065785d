import { WorkerHost } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue, RedisClient, Worker } from 'bullmq';

/** The value, or null when the promise fails or takes longer than `ms`. */
const settleWithin = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([
    promise.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref()),
  ]);

/**
 * Every queue's and worker's Redis connections while Redis is away: errors are logged once per
 * cause (BullMQ prints each failed reconnect to stderr otherwise), and shutdown does not wait for
 * Redis to return. A normal close sends QUIT and lets the worker finish its job in hand, which
 * both wait on commands ioredis holds until it reconnects; with Redis unreachable the connections
 * are closed by force instead (a job in hand is then taken up again by the stalled-job check).
 */
@Injectable()
export class QueueConnections
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  /** Queues exist once providers do; workers only after @nestjs/bullmq's onModuleInit. */
  onModuleInit(): void {
    this.owners().forEach((owner) => this.watch(owner));
  }

  onApplicationBootstrap(): void {
    this.owners().forEach((owner) => this.watch(owner));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.owners().map(async (owner) => {
        if (await this.connected(owner)) return; // the ordinary close follows
        this.logger.warn(`Redis unreachable: closing ${owner.name} without waiting for it`);
        await (owner instanceof Worker ? owner.close(true) : owner.backend.close(true));
      }),
    );
  }

  private async connected(owner: Queue | Worker): Promise<boolean> {
    const pending = [owner.backend.client, owner.backend.blockingClient].filter(
      (c): c is Promise<RedisClient> => c !== undefined,
    );
    const clients = await Promise.all(pending.map((c) => settleWithin(c, 500)));
    return clients.every((c) => c?.status === 'ready');
  }

  private readonly watched = new WeakSet<Queue | Worker>();

  private watch(owner: Queue | Worker): void {
    if (this.watched.has(owner)) return;
    this.watched.add(owner);
    let last = '';
    const log = (e: Error): void => {
      if (e.message === last) return;
      last = e.message;
      this.logger.warn(`Redis connection of ${owner.name}: ${e.message}`);
    };
    if (owner instanceof Worker) owner.on('error', log);
    else owner.on('error', log);
  }

  private owners(): (Queue | Worker)[] {
    return this.discovery.getProviders().flatMap((wrapper): (Queue | Worker)[] => {
      const instance: unknown = wrapper.instance;
      if (instance instanceof Queue) return [instance];
      if (instance instanceof WorkerHost) {
        try {
          const worker: unknown = instance.worker;
          return worker instanceof Worker ? [worker] : [];
        } catch {
          return []; // not started (manual registration)
        }
      }
      return [];
    });
  }
}
