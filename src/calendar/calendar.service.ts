import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarDayView, SetCalendarDayDto } from './dto/calendar.dto';
import { LocalDate } from '../common/local-date';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarExceptions,
  DayKind,
  rollForwardToWorkingDay,
} from './rules/working-days.rules';

/** How long one process trusts its copy of the calendar before reading it again. */
const CACHE_MS = 30_000;

/**
 * The working-day calendar: the table of exceptions, and the deadline arithmetic on it.
 * Other capabilities call `addWorkingDays` / `addCalendarDays` here, never the table.
 */
@Injectable()
export class CalendarService {
  private cache: { loadedAt: number; days: Promise<CalendarExceptions> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The exceptions, cached briefly; an edit on this process is seen at once, on others within 30 s. */
  exceptions(): Promise<CalendarExceptions> {
    const now = Date.now();
    if (!this.cache || now - this.cache.loadedAt > CACHE_MS) {
      const days = this.load();
      this.cache = { loadedAt: now, days };
      days.catch(() => (this.cache = null));
    }
    return this.cache.days;
  }

  async addWorkingDays(from: LocalDate, days: number): Promise<LocalDate> {
    return addWorkingDays(await this.exceptions(), from, days);
  }

  async addCalendarDays(from: LocalDate, days: number): Promise<LocalDate> {
    return addCalendarDays(await this.exceptions(), from, days);
  }

  async rollForward(date: LocalDate): Promise<LocalDate> {
    return rollForwardToWorkingDay(await this.exceptions(), date);
  }

  async year(year: number): Promise<CalendarDayView[]> {
    return this.dataSource.query<CalendarDayView[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days
        WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1) ORDER BY date`,
      [year],
    );
  }

  async setDay(actor: Actor, date: LocalDate, dto: SetCalendarDayDto): Promise<CalendarDayView> {
    await this.dataSource.transaction(async (em) => {
      const before = await em.findOne(CalendarDayEntity, {
        where: { date },
        lock: { mode: 'pessimistic_write' },
      });
      await em.upsert(CalendarDayEntity, { date, kind: dto.kind, name: dto.name }, ['date']);
      await this.audit.record(em, actor, {
        action: 'calendar.day_set',
        entityType: 'calendar_day',
        entityId: date,
        before: before ? view(before) : null,
        after: { date, kind: dto.kind, name: dto.name },
      });
    });
    this.cache = null;
    return { date, kind: dto.kind, name: dto.name };
  }

  /** The day returns to the default: a working day if Monday–Friday. */
  async clearDay(actor: Actor, date: LocalDate): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const before = await em.findOne(CalendarDayEntity, {
        where: { date },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) {
        throw new AppError(
          HttpStatus.NOT_FOUND,
          'CALENDAR_DAY_NOT_FOUND',
          `${date} follows the default already`,
        );
      }
      await em.delete(CalendarDayEntity, { date });
      await this.audit.record(em, actor, {
        action: 'calendar.day_cleared',
        entityType: 'calendar_day',
        entityId: date,
        before: view(before),
      });
    });
    this.cache = null;
  }

  private async load(): Promise<CalendarExceptions> {
    const rows = await this.dataSource.query<{ date: string; kind: DayKind }[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_days`,
    );
    return new Map(rows.map((r) => [r.date, r.kind]));
  }
}

const view = (d: CalendarDayEntity): CalendarDayView => ({
  date: d.date,
  kind: d.kind,
  name: d.name,
});
