import { LocalDate } from '../../common/local-date';
import { AppError } from '../../common/app-error';

/**
 * Legal dates may lie in the past (records are imported) but never in the future, and always in
 * order: knownOn ≤ receivedOn ≤ acceptedOn ≤ decidedOn … (issue "Intake").
 */
export function notAfter(
  field: string,
  value: LocalDate,
  limit: LocalDate,
  limitName: string,
): void {
  if (value <= limit) return;
  if (limitName === 'today') {
    throw AppError.invalidField(field, 'DATE_IN_FUTURE', `${field} ${value} is in the future`);
  }
  throw AppError.invalidField(
    field,
    'DATE_OUT_OF_ORDER',
    `${field} ${value} is after ${limitName} ${limit}`,
  );
}

export function notBefore(
  field: string,
  value: LocalDate,
  limit: LocalDate,
  limitName: string,
): void {
  if (value >= limit) return;
  throw AppError.invalidField(
    field,
    'DATE_OUT_OF_ORDER',
    `${field} ${value} is before ${limitName} ${limit}`,
  );
}

/** Not in the future and not before `earliest`. */
export function withinRange(
  field: string,
  value: LocalDate,
  earliest: LocalDate,
  earliestName: string,
  today: LocalDate,
): void {
  notAfter(field, value, today, 'today');
  notBefore(field, value, earliest, earliestName);
}
