import { createHash } from 'node:crypto';
import { AppError } from '../common/app-error';

/** `Idempotency-Key`: printable ASCII, as clients generate them (UUIDs, ULIDs, …). */
const KEY = /^[\x21-\x7e]{1,200}$/;

export function checkIdempotencyKey(key: string | undefined): string | null {
  if (key === undefined) return null;
  if (!KEY.test(key)) {
    throw AppError.invalidField(
      'Idempotency-Key',
      'INVALID_IDEMPOTENCY_KEY',
      'Idempotency-Key must be 1–200 printable ASCII characters',
    );
  }
  return key;
}

/** JSON with object keys sorted, so the same body in another key order hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

export const idempotencyKeyReused = (): AppError =>
  new AppError(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was used with a different request body',
  );
