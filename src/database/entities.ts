/** Every entity of the schema, one list for the app and the CLI. */
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { CaseApplicantEntity } from '../cases/case-applicant.entity';
import { CaseNumberCounterEntity } from '../cases/case-number-counter.entity';
import { CaseEntity } from '../cases/case.entity';
import { IdempotencyKeyEntity } from '../cases/idempotency-key.entity';
import { SupplementRequestEntity } from '../cases/supplement-request.entity';
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
  CaseEntity,
  CaseApplicantEntity,
  CaseNumberCounterEntity,
  SupplementRequestEntity,
  IdempotencyKeyEntity,
];
