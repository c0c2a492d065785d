import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { Env } from '../config/env';

interface Claimed {
  id: string;
  letter_id: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** How long a claimed notification is left alone before another run may retry it. */
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 12;
const TIMEOUT_MS = 5_000;

/** 1, 2, 4 … minutes, at most an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);

/**
 * Delivers the notification outbox through the configured webhook (NOTIFY_WEBHOOK_URL), at least
 * once, with backoff; the letter id goes along as Idempotency-Key so receivers can drop repeats.
 * Without a webhook the in-app listing (GET /reminder-letters) is the channel and rows are marked
 * delivered at once.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /**
   * Delivers what is due, batch after batch, until nothing due is left or `budgetMs` has passed
   * (well within the lease, so no other run takes up a batch still in hand). One batch per run
   * would deliver 100 letters a minute: a sweep issues up to thousands at once.
   */
  async deliverDue(
    batch = 100,
    budgetMs = LEASE_MS / 2,
  ): Promise<{ delivered: number; failed: number }> {
    const started = Date.now();
    const total = { delivered: 0, failed: 0 };
    for (;;) {
      const { claimed, delivered, failed } = await this.deliverBatch(batch);
      total.delivered += delivered;
      total.failed += failed;
      if (claimed < batch || Date.now() - started >= budgetMs) return total;
    }
  }

  private async deliverBatch(
    batch: number,
  ): Promise<{ claimed: number; delivered: number; failed: number }> {
    const now = this.clock.now();
    // Claim with a lease, so the HTTP calls happen outside any transaction. For an UPDATE,
    // TypeORM answers [rows, affected], not the rows.
    const [claimed] = await this.dataSource.query<[Claimed[], number]>(
      `UPDATE notification_outbox o SET next_attempt_at = $2, attempts = o.attempts + 1
         FROM (SELECT id FROM notification_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= $1
                ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE o.id = due.id
        RETURNING o.id, o.letter_id, o.payload, o.attempts`,
      [now, new Date(now.getTime() + LEASE_MS), batch],
    );
    const delivered: string[] = [];
    let failed = 0;
    for (const n of claimed) {
      const error = await this.send(n);
      if (error === null) {
        delivered.push(n.id);
      } else {
        failed += 1;
        const giveUp = n.attempts >= MAX_ATTEMPTS;
        await this.dataSource.query(
          `UPDATE notification_outbox SET status = $2, next_attempt_at = $3, last_error = $4
            WHERE id = $1`,
          [
            n.id,
            giveUp ? 'FAILED' : 'PENDING',
            new Date(this.clock.now().getTime() + backoffMs(n.attempts)),
            error.slice(0, 1000),
          ],
        );
        this.logger.warn(
          `Delivery of letter ${n.letter_id} failed (attempt ${n.attempts}): ${error}`,
        );
      }
    }
    if (delivered.length > 0) {
      await this.dataSource.query(
        `UPDATE notification_outbox SET status = 'DELIVERED', delivered_at = $2, last_error = NULL
          WHERE id = ANY($1::uuid[])`,
        [delivered, this.clock.now()],
      );
    }
    return { claimed: claimed.length, delivered: delivered.length, failed };
  }

  /** null when delivered, else why not. */
  private async send(n: Claimed): Promise<string | null> {
    const url = this.env.NOTIFY_WEBHOOK_URL;
    if (!url) return null;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': n.letter_id },
        body: JSON.stringify(n.payload),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return res.ok ? null : `HTTP ${res.status}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
}
