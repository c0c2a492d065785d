/**
 * Every queue and job of the service, with each job's payload type. Job names are unique across
 * queues; `assertEveryJobHandled` checks at worker start-up that each has exactly one handler.
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  CASES = 'cases',
}

export enum JobName {
  PURGE_REFRESH_TOKENS = 'purge-refresh-tokens',
  ABANDON_EXPIRED_SUPPLEMENTS = 'abandon-expired-supplements',
}

export interface JobPayloads {
  [JobName.PURGE_REFRESH_TOKENS]: Record<string, never>;
  [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: Record<string, never>;
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.PURGE_REFRESH_TOKENS]: QueueName.MAINTENANCE,
  [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: QueueName.CASES,
};

/**
 * Queue names wrapped in a Redis Cluster hash tag so each queue's keys share one slot.
 * The prefix comes from REDIS_PREFIX (tests use one per run).
 */
export const queuePrefix = (redisPrefix: string): string => `{${redisPrefix}}`;
