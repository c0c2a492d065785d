import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { addJob } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { SnapshotEntity } from './snapshot.entity';
import { StatisticsService } from './statistics.service';

/** First and last day of a period `YYYY` or `YYYY-MM`, cut at `today` (to date). */
export function periodRange(period: string, today: string): { from: string; to: string } {
  const [y, m] = period.split('-');
  const from = m ? `${y}-${m}-01` : `${y}-01-01`;
  const end = m
    ? new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10)
    : `${y}-12-31`;
  return { from, to: end < today ? end : today };
}

/** Snapshots of every grouping for a period, stored by the nightly job or on demand. */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectQueue(QueueName.STATISTICS) private readonly queue: Queue,
  ) {}

  /** Queues a run; the worker computes it. A period that has not begun has nothing to count. */
  async request(actor: Actor, period: string): Promise<{ jobId: string }> {
    const today = this.clock.today();
    if (periodRange(period, today).from > today) {
      throw AppError.invalidField('period', 'PERIOD_IN_FUTURE', `${period} has not begun`);
    }
    await this.dataSource.transaction((em) =>
      this.audit.record(em, actor, {
        action: 'statistics.snapshot_requested',
        entityType: 'statistics_snapshot',
        entityId: period,
      }),
    );
    const job = await addJob(this.queue, JobName.STATISTICS_SNAPSHOT, { period });
    return { jobId: job.id ?? '' };
  }

  /** The nightly run: the year to date and the month to date. */
  async nightly(): Promise<string[]> {
    const today = this.clock.today();
    const periods = [today.slice(0, 4), today.slice(0, 7)];
    for (const p of periods) await this.compute(p);
    return periods;
  }

  /** Computes and stores (replacing) the snapshot of `period`. */
  async compute(period: string): Promise<SnapshotEntity> {
    const { from, to } = periodRange(period, this.clock.today());
    const s = this.statistics;
    const r = await s.reconsiderationBy(null, from, to, ['respondent', 'office', 'month']);
    const figures = {
      reconsideration: {
        total: r.total.total,
        respondent: r.respondent.groups,
        office: r.office.groups,
        month: r.month.groups,
      },
      litigation: {
        total: (await s.litigation(from, to, null)).total,
        respondent: (await s.litigation(from, to, 'respondent')).groups,
        month: (await s.litigation(from, to, 'month')).groups,
      },
    };
    const row = { period, fromDate: from, toDate: to, computedAt: this.clock.now(), figures };
    await this.dataSource.getRepository(SnapshotEntity).upsert(row, ['period']);
    return row;
  }

  list(period?: string): Promise<SnapshotEntity[]> {
    return this.dataSource.getRepository(SnapshotEntity).find({
      where: period ? { period } : {},
      order: { period: 'DESC' },
    });
  }
}
