/**
 * Every queue and job of the service, with each job's payload type. Job names are unique across
 * queues; `assertEveryJobHandled` checks at worker start-up that each has exactly one handler.
 * Producers add jobs through `addJob` (payload checked against JobPayloads); handlers receive
 * `Job<JobPayloads[N]>` (HandlerTable).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  CASES = 'cases',
  ALERTS = 'alerts',
  REMINDERS = 'reminders',
  STATISTICS = 'statistics',
}

export enum JobName {
  PURGE_REFRESH_TOKENS = 'purge-refresh-tokens',
  ABANDON_EXPIRED_SUPPLEMENTS = 'abandon-expired-supplements',
  DEEM_ACCEPTED = 'deem-accepted',
  RAISE_DEADLINE_ALERTS = 'raise-deadline-alerts',
  ISSUE_DUE_LETTERS = 'issue-due-letters',
  DELIVER_NOTIFICATIONS = 'deliver-notifications',
  NIGHTLY_STATISTICS = 'nightly-statistics',
  STATISTICS_SNAPSHOT = 'statistics-snapshot',
}

export interface JobPayloads {
  [JobName.PURGE_REFRESH_TOKENS]: Record<string, never>;
  [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: Record<string, never>;
  [JobName.DEEM_ACCEPTED]: Record<string, never>;
  [JobName.RAISE_DEADLINE_ALERTS]: Record<string, never>;
  [JobName.ISSUE_DUE_LETTERS]: Record<string, never>;
  [JobName.DELIVER_NOTIFICATIONS]: Record<string, never>;
  [JobName.NIGHTLY_STATISTICS]: Record<string, never>;
  [JobName.STATISTICS_SNAPSHOT]: { period: string };
}

/** Kept literal (`as const`): HandlerTable<Q> derives each queue's jobs from it. */
export const QUEUE_OF_JOB = {
  [JobName.PURGE_REFRESH_TOKENS]: QueueName.MAINTENANCE,
  [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: QueueName.CASES,
  [JobName.DEEM_ACCEPTED]: QueueName.CASES,
  [JobName.RAISE_DEADLINE_ALERTS]: QueueName.ALERTS,
  [JobName.ISSUE_DUE_LETTERS]: QueueName.REMINDERS,
  [JobName.DELIVER_NOTIFICATIONS]: QueueName.REMINDERS,
  [JobName.NIGHTLY_STATISTICS]: QueueName.STATISTICS,
  [JobName.STATISTICS_SNAPSHOT]: QueueName.STATISTICS,
} as const satisfies Record<JobName, QueueName>;

/** The job names added to queue Q. */
export type JobsOf<Q extends QueueName> = {
  [N in JobName]: (typeof QUEUE_OF_JOB)[N] extends Q ? N : never;
}[JobName];

/** The job names whose payload is empty (the only ones a schedule can add). */
export type JobWithoutPayload = {
  [N in JobName]: JobPayloads[N] extends Record<string, never> ? N : never;
}[JobName];

/**
 * Queue names wrapped in a Redis Cluster hash tag so each queue's keys share one slot.
 * The prefix comes from REDIS_PREFIX (tests use one per run).
 */
export const queuePrefix = (redisPrefix: string): string => `{${redisPrefix}}`;
