import { QueryFailedError } from 'typeorm';

/** The SQLSTATE and constraint of a failed statement, from the Postgres driver's error. */
function driverError(e: unknown): { code?: string; constraint?: string } | null {
  return e instanceof QueryFailedError ? (e.driverError as { code?: string }) : null;
}

/** A unique constraint refused the row (23505). */
export const isUniqueViolation = (e: unknown): boolean => driverError(e)?.code === '23505';

/** The foreign key a row broke (23503: it names a row that does not exist), or null. */
export function foreignKeyViolated(e: unknown): string | null {
  const d = driverError(e);
  return d?.code === '23503' ? (d.constraint ?? null) : null;
}
