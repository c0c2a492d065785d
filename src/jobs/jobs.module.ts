/** The BullMQ connection and queues, for producers (API) and consumers (worker) alike. */
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Env } from '../config/env';
import { QueueConnections } from './queue-connections';
import { queuePrefix, QueueName } from './queues';

const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        connection: { url: env.REDIS_URL, maxRetriesPerRequest: null },
        prefix: queuePrefix(env.REDIS_PREFIX),
        defaultJobOptions: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 5_000 },
          removeOnComplete: { count: 1000 },
          removeOnFail: false,
        },
      }),
    }),
    queues,
    DiscoveryModule,
  ],
  providers: [QueueConnections],
  exports: [queues],
})
export class JobsModule {}
