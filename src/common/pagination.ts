import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, isUUID, Matches, Max, Min } from 'class-validator';
import { isInstant } from './instant';
import { isLocalDate } from './local-date';
import { AppError } from './app-error';

/**
 * A query parameter that must be a whole number written in decimal digits. Anything else ('',
 * '0x5', '1e1', '5abc', a repeated parameter) stays as it came, so @IsInt() refuses it.
 */
export const ToInteger = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value,
  );

/** A query parameter `true` or `false`; anything else stays as it came, so @IsBoolean() refuses it. */
export const ToBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );

/** `?limit=&cursor=` of every list (docs/architecture.md: default 20, max 100, opaque keyset cursor). */
export class PageQuery {
  @ApiPropertyOptional({ description: 'Items per page', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page’s nextCursor' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,512}$/, {
    message: 'cursor is not one this API issued',
    context: { code: 'INVALID_CURSOR' },
  })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset position: the sort key values of the last item of the previous page. */
export type CursorKey = (string | number)[];

/** What a cursor position holds, checked before it reaches SQL: `date` a local date, `instant` an ISO 8601 timestamp. */
export type CursorPart = 'string' | 'number' | 'uuid' | 'date' | 'instant';

const partOk = (part: CursorPart | undefined, v: unknown): boolean => {
  if (typeof v === 'number') return (part === undefined || part === 'number') && Number.isFinite(v);
  if (typeof v !== 'string' || v.includes('\u0000')) return false;
  switch (part) {
    case 'uuid':
      return isUUID(v);
    case 'date':
      return isLocalDate(v);
    case 'instant':
      // As Postgres reads a timestamptz: no 2026-02-30, no year 0, no +23:59 offset (a 500).
      return isInstant(v, { secondsRequired: true });
    case 'number':
      return false;
    case 'string':
    case undefined:
      return true;
  }
};

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The key of a cursor this API issued. `shape` is the number of positions, or better what each
 * position holds, so that a forged cursor answers 400 rather than failing in SQL.
 */
export function decodeCursor(
  cursor: string | undefined,
  shape: number | readonly CursorPart[],
): CursorKey | null {
  if (cursor === undefined) return null;
  const parts = typeof shape === 'number' ? undefined : shape;
  const arity = typeof shape === 'number' ? shape : shape.length;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((v: unknown, i) => partOk(parts?.[i], v))
    ) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.invalidField('cursor', 'INVALID_CURSOR', 'cursor is not one this API issued');
}

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells that there is more.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  key: (row: R) => CursorKey,
  map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return {
    items: items.map(map),
    nextCursor: more && items.length > 0 ? encodeCursor(key(items[items.length - 1])) : null,
  };
}

/** OpenAPI for a `{items, nextCursor}` page of `model`. */
export function ApiPage(model: Type<unknown>): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          nextCursor: { type: 'string', nullable: true, description: 'null on the last page' },
        },
      },
    }),
  );
}
