/** Every entity of the schema, one list for the app and the CLI. */
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { AgencyEntity } from '../organizations/agency.entity';
import { JudicialOfficeEntity } from '../organizations/judicial-office.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  AuditEntryEntity,
  RefreshTokenEntity,
  CalendarDayEntity,
  AgencyEntity,
  JudicialOfficeEntity,
  UserEntity,
];
