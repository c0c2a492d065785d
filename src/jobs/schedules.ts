import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Env } from '../config/env';
import { scheduleRepeating } from './job-handlers';
import { JobName, QUEUE_OF_JOB } from './queues';

/** The Env settings holding a cron. */
export type CronSetting = {
  [K in keyof Env]-?: K extends `${string}_CRON` ? (Env[K] extends string ? K : never) : never;
}[keyof Env];

/** Jobs only ever added on demand, never on a schedule. */
export const ON_DEMAND_JOBS = [JobName.STATISTICS_SNAPSHOT] as const;

/** Every other job repeats on a schedule (the reminder sweeps are also added when woken). */
export type RepeatingJob = Exclude<JobName, (typeof ON_DEMAND_JOBS)[number]>;

/** Each repeating job and the Env setting of its cron (Asia/Shanghai). */
export const SCHEDULES: { readonly [N in RepeatingJob]: CronSetting } = {
  [JobName.PURGE_REFRESH_TOKENS]: 'TOKEN_PURGE_CRON',
  [JobName.ABANDON_EXPIRED_SUPPLEMENTS]: 'SUPPLEMENT_EXPIRY_CRON',
  [JobName.DEEM_ACCEPTED]: 'DEEMED_ACCEPTANCE_CRON',
  [JobName.RAISE_DEADLINE_ALERTS]: 'DEADLINE_ALERTS_CRON',
  [JobName.ISSUE_DUE_LETTERS]: 'REMINDER_SWEEP_CRON',
  [JobName.DELIVER_NOTIFICATIONS]: 'REMINDER_SWEEP_CRON',
  [JobName.NIGHTLY_STATISTICS]: 'STATISTICS_SNAPSHOT_CRON',
};

/**
 * Installs every schedule of SCHEDULES on its job's queue when the worker has started (and again
 * on each Redis reconnect: scheduleRepeating), and stops re-installing them on shutdown.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private schedules: { stop: () => void }[] = [];

  constructor(
    private readonly env: Env,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules = (Object.keys(SCHEDULES) as RepeatingJob[]).map((name) =>
      scheduleRepeating(
        this.moduleRef.get<Queue>(getQueueToken(QUEUE_OF_JOB[name]), { strict: false }),
        name,
        this.env[SCHEDULES[name]],
        this.logger,
      ),
    );
  }

  onApplicationShutdown(): void {
    for (const s of this.schedules) s.stop();
  }
}
