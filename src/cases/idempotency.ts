/**
 * `Idempotency-Key` on registration: the header's check, the request's hash, and the key's row
 * (claimed, answered, replayed) in `idempotency_keys`, always inside the registering transaction.
 */
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

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

/** One request's key: whose, which, and the hash of the body it came with. */
export interface IdempotencyClaim {
  actorId: string;
  key: string;
  hash: string;
}

/** A response as sent (or, replayed, as first sent). */
export interface IdempotentResponse<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Claims the Idempotency-Keys of `requests` (in one order, so two batches never wait on each
 * other); a concurrent claim of the same key waits here until its transaction ends. Returns the
 * requests that hold their key now. `claimOf` is null for a request without a key; of two
 * requests with the same key only the first may claim it (a repeat within the batch replays).
 */
export async function claimKeys<R>(
  em: EntityManager,
  requests: readonly R[],
  claimOf: (r: R) => IdempotencyClaim | null,
): Promise<Set<R>> {
  const byKey = new Map<string, { r: R; claim: IdempotencyClaim }>();
  for (const r of requests) {
    const claim = claimOf(r);
    if (claim === null) continue;
    const k = `${claim.actorId} ${claim.key}`;
    if (!byKey.has(k)) byKey.set(k, { r, claim });
  }
  if (byKey.size === 0) return new Set();
  const keyed = [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, e]) => e.claim);
  const claimed = await em.query<{ actor_id: string; key: string }[]>(
    `INSERT INTO idempotency_keys (actor_id, key, request_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
       ON CONFLICT DO NOTHING RETURNING actor_id, key`,
    [keyed.map((c) => c.actorId), keyed.map((c) => c.key), keyed.map((c) => c.hash)],
  );
  return new Set(claimed.map((c) => byKey.get(`${c.actor_id} ${c.key}`)!.r));
}

/** The response (201) of each claimed key, for its replays. */
export async function storeResponses(
  em: EntityManager,
  answers: readonly { claim: IdempotencyClaim; body: unknown }[],
): Promise<void> {
  if (answers.length === 0) return;
  await em.query(
    `UPDATE idempotency_keys k SET status_code = 201, response = v.response
         FROM jsonb_to_recordset($1::jsonb) AS v(actor_id uuid, key text, response jsonb)
        WHERE k.actor_id = v.actor_id AND k.key = v.key`,
    [
      JSON.stringify(
        answers.map(({ claim, body }) => ({
          actor_id: claim.actorId,
          key: claim.key,
          response: body,
        })),
      ),
    ],
  );
}

/**
 * The response first sent under `key`, for a repeat of the same request; another body under the
 * same key is refused (422 IDEMPOTENCY_KEY_REUSED).
 */
export async function replay<T>(
  em: EntityManager,
  actorId: string,
  key: string,
  hash: string,
): Promise<IdempotentResponse<T>> {
  const first = await em.findOneByOrFail(IdempotencyKeyEntity, { actorId, key });
  if (first.requestHash !== hash) throw idempotencyKeyReused();
  // The response as first sent; the resource as it is now may have moved on.
  return {
    status: first.statusCode ?? 201,
    body: first.response as unknown as T,
    replayed: true,
  };
}
