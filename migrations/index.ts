/** Every migration, in order. `npm run migration:generate` writes a file here; add it below. */
import { Foundation1795566519047 } from './1795566519047-Foundation';
import { SeedWorkdayCalendar1795566520047 } from './1795566520047-SeedWorkdayCalendar';
import { Intake1795633251122 } from './1795633251122-Intake';
import { Materials1795633545468 } from './1795633545468-Materials';
import { ReviewAndLitigation1795634723101 } from './1795634723101-ReviewAndLitigation';
import { Statistics1795635170899 } from './1795635170899-Statistics';
import { SearchByName1795636000000 } from './1795636000000-SearchByName';
import { StatisticsCoveringIndex1795637000000 } from './1795637000000-StatisticsCoveringIndex';
import { Sessions1796399543163 } from './1796399543163-Sessions';
import { AuditActionIndex1796399543164 } from './1796399543164-AuditActionIndex';
import { LawAtIntake1796404611084 } from './1796404611084-LawAtIntake';
import { DuplicateApplications1796404611085 } from './1796404611085-DuplicateApplications';
import { LawInReview1796407178059 } from './1796407178059-LawInReview';
import { ReconsiderationOrganKind1796454223393 } from './1796454223393-ReconsiderationOrganKind';
import { LitigationAsCourtsCount1796454223394 } from './1796454223394-LitigationAsCourtsCount';
import { CaseDocuments1796455526219 } from './1796455526219-CaseDocuments';

export const MIGRATIONS = [
  Foundation1795566519047,
  SeedWorkdayCalendar1795566520047,
  Intake1795633251122,
  Materials1795633545468,
  ReviewAndLitigation1795634723101,
  Statistics1795635170899,
  SearchByName1795636000000,
  StatisticsCoveringIndex1795637000000,
  Sessions1796399543163,
  AuditActionIndex1796399543164,
  LawAtIntake1796404611084,
  DuplicateApplications1796404611085,
  LawInReview1796407178059,
  ReconsiderationOrganKind1796454223393,
  LitigationAsCourtsCount1796454223394,
  CaseDocuments1796455526219,
];
