import { Injectable } from '@nestjs/common';
import { assertVisible, scopeOf } from '../access/access.rules';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, Page, toPage } from '../common/pagination';
import {
  AcknowledgeLetterDto,
  ListReminderLettersQuery,
  ReminderLetterView,
} from './dto/reminder.dto';
import { ReminderLetterEntity } from './reminder-letter.entity';
import { LetterStatus, ReminderKind } from './reminder-letter.enums';
import { letterLayout } from './letter-text';
import { DocumentFile, DocumentTemplates, generatedFile } from '../documents/document-templates';

/** An issued letter, and whether its hearing has since moved or been cancelled. */
type Letter = ReminderLetterEntity & { superseded: boolean };

const view = (r: Letter): ReminderLetterView => ({
  id: r.id,
  hearingId: r.hearingId,
  agencyId: r.agencyId,
  kind: r.kind,
  hearingAt: r.hearingAt.toISOString(),
  issuedAt: r.issuedAt!.toISOString(),
  recipient: r.recipient!,
  text: r.text!,
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  attendeeName: r.attendeeName,
  attendeeTitle: r.attendeeTitle,
  superseded: r.superseded,
});

/** SQL: the letter's hearing (alias `h`) no longer takes place at the time the letter gave. */
const SUPERSEDED = `(h.status = 'CANCELLED' OR h.scheduled_at <> r.hearing_at)`;

/** issuedAt as the cursor carries it: exactly what Date#toISOString wrote. */
const notFound = (): AppError => AppError.notFound('reminder letter', 'REMINDER_LETTER_NOT_FOUND');

/**
 * Issued letters as the office and the agencies read them, the agency's acknowledgement, and a
 * LETTER as a Word document (its frozen words on the office's template).
 */
@Injectable()
export class ReminderLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly templates: DocumentTemplates,
  ) {}

  /** The .docx of an issued LETTER (出庭提示函); the day-before notice is a message, not a letter. */
  async file(actor: Actor, id: string): Promise<DocumentFile> {
    const letter = await this.dataSource.getRepository(ReminderLetterEntity).findOneBy({
      id,
      status: LetterStatus.ISSUED,
    });
    if (!letter) throw notFound();
    assertVisible(actor, { agencyId: letter.agencyId }, notFound);
    if (letter.kind !== ReminderKind.LETTER) {
      throw AppError.conflict('NOT_A_LETTER', 'A day-before notice is a message, not a letter');
    }
    const l = letterLayout(letter.text!);
    const bytes = await this.templates.renderLetter(
      { title: l.title, recipient: l.recipient, body: l.body, attachments: [] },
      // The letters carry no 文号: the sweep issues them, not the registry of documents.
      { number: '', date: l.date },
      l.issuer,
    );
    return generatedFile(`${l.title}（${l.recipient}）.docx`, bytes);
  }

  async list(actor: Actor, q: ListReminderLettersQuery): Promise<Page<ReminderLetterView>> {
    // A forged cursor answers 400, not a failed query: decodeCursor reads the instant as Postgres.
    const after = decodeCursor(q.cursor, ['instant', 'uuid']);
    const qb = this.dataSource
      .getRepository(ReminderLetterEntity)
      .createQueryBuilder('r')
      .innerJoin('r.hearing', 'h')
      .addSelect(SUPERSEDED, 'r_superseded')
      .where('r.status = :issued', { issued: LetterStatus.ISSUED })
      .orderBy('r.issuedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(q.limit + 1);
    const own = scopeOf(actor).agencyId;
    if (own !== null) qb.andWhere('r.agencyId = :own', { own });
    if (q.agencyId) qb.andWhere('r.agencyId = :agencyId', { agencyId: q.agencyId });
    if (q.hearingId) qb.andWhere('r.hearingId = :hearingId', { hearingId: q.hearingId });
    if (after) {
      qb.andWhere('(r.issuedAt, r.id) < (:at, :id)', { at: after[0], id: after[1] });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ r_superseded: boolean }>();
    const rows = entities.map((e, i) => ({ ...e, superseded: raw[i].r_superseded }));
    return toPage(rows, q.limit, (r) => [r.issuedAt!.toISOString(), r.id], view);
  }

  async acknowledge(
    actor: Actor,
    id: string,
    dto: AcknowledgeLetterDto,
  ): Promise<ReminderLetterView> {
    return this.dataSource.transaction(async (em) => {
      const letter = await em.findOne(ReminderLetterEntity, {
        where: { id, status: LetterStatus.ISSUED },
        lock: { mode: 'pessimistic_write' },
      });
      if (!letter) throw notFound();
      assertVisible(actor, { agencyId: letter.agencyId }, notFound);
      const [{ superseded }] = await em.query<{ superseded: boolean }[]>(
        `SELECT ${SUPERSEDED} AS superseded
           FROM reminder_letters r JOIN hearings h ON h.id = r.hearing_id WHERE r.id = $1`,
        [id],
      );
      const before = view({ ...letter, superseded });
      Object.assign(letter, {
        acknowledgedAt: this.clock.now(),
        acknowledgedBy: actor.id,
        attendeeName: dto.attendeeName,
        attendeeTitle: dto.attendeeTitle,
      });
      await em.update(
        ReminderLetterEntity,
        { id },
        {
          acknowledgedAt: letter.acknowledgedAt,
          acknowledgedBy: actor.id,
          attendeeName: dto.attendeeName,
          attendeeTitle: dto.attendeeTitle,
        },
      );
      const after = view({ ...letter, superseded });
      await this.audit.record(em, actor, {
        action: 'reminder.acknowledged',
        entityType: 'reminder_letter',
        entityId: id,
        before: { acknowledgedAt: before.acknowledgedAt, attendeeName: before.attendeeName },
        after: { acknowledgedAt: after.acknowledgedAt, ...dto },
      });
      return after;
    });
  }
}
