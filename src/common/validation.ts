import { ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from './app-error';

/** Constraint names of class-validator whose stable code reads better under another name. */
const CODE_BY_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  nestedValidation: 'INVALID_NESTED',
};

const upperSnake = (s: string): string => s.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase();

const childField = (prefix: string, property: string): string =>
  /^\d+$/.test(property) ? `${prefix}[${property}]` : prefix ? `${prefix}.${property}` : property;

/**
 * One problem per field: REQUIRED when the field is missing, otherwise the first failing
 * constraint in the order the DTO declares them (class-validator runs decorators bottom-up, so
 * that is the last one it lists): the type check before the length or range checks.
 */
function problemOf(e: ValidationError, field: string): FieldProblem[] {
  const names = Object.keys(e.constraints ?? {});
  if (names.length === 0) return [];
  if ((e.value === undefined || e.value === null) && !names.includes('whitelistValidation')) {
    const message = e.value === null ? `${field} must not be null` : `${field} is required`;
    return [{ field, code: 'REQUIRED', message }];
  }
  const constraint = names[names.length - 1];
  const context = e.contexts?.[constraint] as { code?: string } | undefined;
  return [
    {
      field,
      code: context?.code ?? CODE_BY_CONSTRAINT[constraint] ?? upperSnake(constraint),
      message: e.constraints?.[constraint] ?? `${field} is invalid`,
    },
  ];
}

/** `applicants[0].idNumber` from the nested ValidationError tree. */
function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = childField(prefix, e.property);
    return [...problemOf(e, field), ...flatten(e.children ?? [], field)];
  });
}

/** Unpaired UTF-16 surrogates: Postgres stores neither them (jsonb) nor NUL (text, jsonb). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const storable = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** The path of the first string in `value` that Postgres could not store, or null. */
function unstorable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return storable(value) ? null : path;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = unstorable(child, childField(path, key), depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Request bodies are JSON objects; a bare string, number, boolean, array or null is refused. */
const isObjectBody = (value: unknown): boolean =>
  value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value));

const NOT_DTO: unknown[] = [String, Number, Boolean, Array, Object];
const isDto = (metadata: ArgumentMetadata): boolean =>
  typeof metadata.metatype === 'function' && !NOT_DTO.includes(metadata.metatype);

class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const field = unstorable(value, metadata.data ?? '');
      if (field !== null) {
        throw AppError.invalidField(
          field || metadata.type,
          'INVALID_CHARACTERS',
          `${field || metadata.type} contains a NUL character or an unpaired surrogate`,
        );
      }
    }
    if (metadata.type === 'body' && !metadata.data && isDto(metadata) && !isObjectBody(value)) {
      throw AppError.invalidField(
        'body',
        'OBJECT_EXPECTED',
        'The request body must be a JSON object',
      );
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: unknown fields refused, types converted, every bad field listed. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Values are kept on the errors only to tell a missing field; they are never sent back.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) =>
      new AppError(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        'Request validation failed',
        flatten(errors),
      ),
  });
}
