import { ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { AppError, FieldProblem } from './app-error';
import type { MessageParams } from './messages';
import { keepValidationMetadata } from './validation-metadata';

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
    return [
      {
        field,
        code: 'REQUIRED',
        message,
        ...(e.value === null ? { i18n: { key: 'NOT_NULL' } } : {}),
      },
    ];
  }
  const constraint = names[names.length - 1];
  const context = e.contexts?.[constraint] as { code?: string } | undefined;
  return [
    {
      field,
      code: context?.code ?? CODE_BY_CONSTRAINT[constraint] ?? upperSnake(constraint),
      message: e.constraints?.[constraint] ?? `${field} is invalid`,
      i18n: { params: constraintParams(e, constraint) },
    },
  ];
}

/**
 * The bound (`{limit}`) or allowed values (`{values}`) of a failed constraint, for the messages
 * of src/common/messages.ts: read from class-validator's metadata of the DTO that failed.
 */
function constraintParams(e: ValidationError, constraint: string): MessageParams {
  const target = (e.target as object | undefined)?.constructor;
  if (!target) return {};
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === constraint);
  const [first, second] = (meta?.constraints ?? []) as unknown[];
  if (constraint === 'isEnum') {
    const values = Array.isArray(second) ? second : Object.values(first ?? {});
    return { values: values.join(', ') };
  }
  if (Array.isArray(first)) return { values: first.join(', ') };
  if (typeof first === 'number') return { limit: first };
  return {};
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

/** Deeper than this, a request value is refused: no DTO nests more than a few levels. */
export const MAX_DEPTH = 32;

/**
 * Keys no DTO has and the framework lets through: `constructor` and `prototype` its
 * prototype-pollution guard deletes without a word, and every other name of Object.prototype
 * (`toString`, `hasOwnProperty` …) class-validator's whitelist takes for a declared property.
 * Refused here as the unknown fields they are (docs/architecture.md).
 */
const POISON_KEYS = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

interface InputProblem {
  field: string;
  code: string;
  message: string;
  params?: MessageParams;
}

/**
 * The first thing in `value` no handler should see: a string Postgres could not store (NUL, an
 * unpaired surrogate), nesting deeper than MAX_DEPTH (the framework walks values recursively and
 * would overflow the stack), or a prototype key. Bounded: it never descends past MAX_DEPTH.
 */
function inputProblem(value: unknown, path: string, root: string, depth = 0): InputProblem | null {
  if (typeof value === 'string') {
    if (storable(value)) return null;
    const field = path || root;
    return {
      field,
      code: 'INVALID_CHARACTERS',
      message: `${field} contains a NUL character or an unpaired surrogate`,
    };
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) {
    const field = path || root;
    return {
      field,
      code: 'NESTED_TOO_DEEP',
      message: `${field} is nested more than ${MAX_DEPTH} levels deep`,
      params: { limit: MAX_DEPTH },
    };
  }
  for (const key of Object.keys(value)) {
    const field = childField(path, key);
    if (POISON_KEYS.has(key)) {
      return { field, code: 'UNKNOWN_FIELD', message: `property ${key} should not exist` };
    }
    const found = inputProblem((value as Record<string, unknown>)[key], field, root, depth + 1);
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
      const problem = inputProblem(value, metadata.data ?? '', metadata.type);
      if (problem !== null) {
        throw AppError.invalidField(problem.field, problem.code, problem.message, problem.params);
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
  keepValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Values are kept on the errors only to tell a missing field; they are never sent back.
    // The target (the DTO instance) only to read the failed constraint's bound from its metadata.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) =>
      new AppError(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        'Request validation failed',
        flatten(errors),
      ),
  });
}
