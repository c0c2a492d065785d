import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Env } from '../config/env';
import { addJob } from '../jobs/job-handlers';
import { JobName, QueueName } from '../jobs/queues';
import { renderLetter } from './letter-text';
import { DeliveryStatus } from './notification.enums';
import { planLetters, ReminderOffsets } from './rules/reminder-plan.rules';
import { ReminderLetterEntity } from './reminder-letter.entity';
import { LetterStatus, ReminderKind } from './reminder-letter.enums';

interface DueLetter {
  id: string;
  kind: ReminderKind;
  hearing_id: string;
  hearing_at: Date;
  court: string;
  courtroom: string;
  plaintiff: string;
  cause: string;
  court_case_number: string;
  agency_name: string;
  head_name: string;
  head_title: string;
}

/** reminder_letters.recipient is varchar(120); an agency name alone may take 100 of them. */
const RECIPIENT_MAX = 120;

/** 区市场监督管理局局长王五, cut to the column (by characters, never inside a surrogate pair). */
export function recipientOf(d: {
  agency_name: string;
  head_title: string;
  head_name: string;
}): string {
  const full = `${d.agency_name}${d.head_title}${d.head_name}`;
  const chars = Array.from(full);
  if (chars.length <= RECIPIENT_MAX) return full;
  // Keep the head's title and name whole: they say who is addressed.
  const head = Array.from(`${d.head_title}${d.head_name}`);
  return chars.slice(0, RECIPIENT_MAX - head.length).join('') + head.join('');
}

/**
 * Hearing reminder letters. The letters a hearing implies are rows written in the hearing's own
 * transaction; a sweep (the worker, every minute, and at once when something is due) issues the
 * due ones. Redis only carries the wake-up calls, so its loss delays letters but never loses or
 * duplicates one: issuing is a conditional PENDING → ISSUED update under SKIP LOCKED.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
  ) {}

  private get offsets(): ReminderOffsets {
    return { letterDays: this.env.REMINDER_LETTER_DAYS, eveDays: this.env.REMINDER_EVE_DAYS };
  }

  /**
   * In the hearing's transaction: plan its letters for its (new) time, one set for each defendant
   * (`agencyIds`), whose head each set is addressed to. Returns how many are pending for it now.
   * A letter for this very time that was cancelled before it went out (the hearing was moved away
   * and back, or "rescheduled" to the time it had) is planned again: the unique key would
   * otherwise leave that time without any letter. An issued one stays as it is.
   */
  async plan(
    em: EntityManager,
    hearing: { id: string; scheduledAt: Date },
    agencyIds: string[],
  ): Promise<number> {
    const planned = planLetters(hearing.scheduledAt, this.clock.now(), this.offsets);
    if (planned.length === 0) return 0;
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO reminder_letters (hearing_id, agency_id, kind, hearing_at, send_at, status)
       SELECT $1, a.agency_id, p.kind::reminder_kind, $2, p.send_at, 'PENDING'
         FROM unnest($3::text[], $4::timestamptz[]) AS p(kind, send_at)
        CROSS JOIN unnest($5::uuid[]) AS a(agency_id)
       ON CONFLICT ON CONSTRAINT reminder_letters_once_key DO UPDATE
          SET status = 'PENDING', send_at = EXCLUDED.send_at
        WHERE reminder_letters.status = 'CANCELLED'
       RETURNING id`,
      [
        hearing.id,
        hearing.scheduledAt,
        planned.map((p) => p.kind),
        planned.map((p) => p.sendAt),
        agencyIds,
      ],
    );
    return rows.length;
  }

  /** In the hearing's transaction: letters not yet issued will never be. */
  async cancelPending(em: EntityManager, hearingId: string): Promise<void> {
    await em.update(
      ReminderLetterEntity,
      { hearingId, status: LetterStatus.PENDING },
      { status: LetterStatus.CANCELLED },
    );
  }

  /** After commit: ask the worker to sweep now. Best effort: the scheduled sweep is the backstop. */
  wake(): void {
    const added = addJob(this.queue, JobName.ISSUE_DUE_LETTERS, {}, { removeOnComplete: true });
    const timeout = new Promise((resolve) => setTimeout(resolve, 1000).unref());
    void Promise.race([added, timeout]).catch((e: Error) =>
      this.logger.warn(`Could not wake the reminder sweep (${e.message}); it runs on schedule`),
    );
  }

  /** Issues every letter due at `now`, in batches; returns how many were issued. */
  async issueDue(now: Date = this.clock.now(), batch = 500): Promise<{ issued: number }> {
    let issued = 0;
    for (;;) {
      const n = await this.issueBatch(now, batch);
      issued += n.issued;
      if (n.claimed < batch) break;
    }
    if (issued > 0) {
      this.logger.log(`Issued ${issued} reminder letter(s)`);
      void addJob(this.queue, JobName.DELIVER_NOTIFICATIONS, {}, { removeOnComplete: true }).catch(
        () => undefined,
      );
    }
    return { issued };
  }

  private issueBatch(now: Date, batch: number): Promise<{ claimed: number; issued: number }> {
    return this.dataSource.transaction(async (em) => {
      const due = await em.query<DueLetter[]>(
        `SELECT r.id, r.kind, r.hearing_id, r.hearing_at, h.court, h.courtroom, l.plaintiff,
                l.cause, i.court_case_number, a.name AS agency_name, a.head_name, a.head_title
           FROM reminder_letters r
           JOIN hearings h ON h.id = r.hearing_id
           JOIN litigation_cases l ON l.id = h.litigation_case_id
           JOIN litigation_instances i ON i.id = h.instance_id
           JOIN agencies a ON a.id = r.agency_id
          WHERE r.status = 'PENDING' AND r.send_at <= $1
          ORDER BY r.send_at
          LIMIT $2
          FOR UPDATE OF r SKIP LOCKED`,
        [now, batch],
      );
      // A letter for a hearing already past (the service was down through it) is moot.
      const moot = due.filter((d) => d.hearing_at.getTime() <= now.getTime()).map((d) => d.id);
      const live = due.filter((d) => d.hearing_at.getTime() > now.getTime());
      if (moot.length > 0) {
        await em.query(`UPDATE reminder_letters SET status = 'CANCELLED' WHERE id = ANY($1)`, [
          moot,
        ]);
      }
      if (live.length === 0) return { claimed: due.length, issued: 0 };
      const letters = live.map((d) => {
        const recipient = recipientOf(d);
        const text = renderLetter({
          kind: d.kind,
          agencyName: d.agency_name,
          headName: d.head_name,
          headTitle: d.head_title,
          court: d.court,
          courtroom: d.courtroom,
          hearingAt: d.hearing_at,
          plaintiff: d.plaintiff,
          cause: d.cause,
          courtCaseNumber: d.court_case_number,
          issuer: this.env.ISSUER_NAME,
          issuedAt: now,
        });
        return { id: d.id, recipient, text, kind: d.kind, hearingId: d.hearing_id };
      });
      const rows = JSON.stringify(letters);
      const done = await em.query<unknown[]>(
        `WITH v AS (SELECT * FROM jsonb_to_recordset($1::jsonb)
                      AS v(id uuid, recipient text, text text, kind text, "hearingId" uuid)),
         issued AS (
           UPDATE reminder_letters r
              SET status = 'ISSUED', issued_at = $2, recipient = v.recipient, text = v.text
             FROM v WHERE r.id = v.id AND r.status = 'PENDING'
           RETURNING r.id, r.kind, r.hearing_id, r.recipient
         ), outbox AS (
           INSERT INTO notification_outbox (letter_id, payload, status, next_attempt_at)
           SELECT i.id, jsonb_build_object('letterId', i.id, 'kind', i.kind, 'hearingId',
                  i.hearing_id, 'recipient', i.recipient, 'text', v.text), $3, $2
             FROM issued i JOIN v ON v.id = i.id
         )
         ${AuditService.recordRowsSql('issued', {
           action: 'reminder.issued',
           entityType: 'reminder_letter',
           entityId: 'id::text',
           after: `jsonb_build_object('kind', kind, 'hearingId', hearing_id, 'recipient', recipient)`,
         })}`,
        [rows, now, DeliveryStatus.PENDING],
      );
      return { claimed: due.length, issued: done.length };
    });
  }
}
