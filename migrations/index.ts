/** Every migration, in order. `npm run migration:generate` writes a file here; add it below. */
import { Foundation1795566519047 } from './1795566519047-Foundation';
import { SeedWorkdayCalendar1795566520047 } from './1795566520047-SeedWorkdayCalendar';
import { Intake1795633251122 } from './1795633251122-Intake';

export const MIGRATIONS = [
  Foundation1795566519047,
  SeedWorkdayCalendar1795566520047,
  Intake1795633251122,
];
