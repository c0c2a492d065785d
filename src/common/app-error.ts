import { HttpException, HttpStatus } from '@nestjs/common';
import type { MessageParams } from './messages';

/** One bad field of a request, as listed in an error's `details`. */
export interface FieldProblem {
  field: string;
  code: string;
  /** In English; the error filter answers in the request's language (src/common/messages.ts). */
  message: string;
  /**
   * For the other languages' message: the catalogue entry (`key`, default `code`) and its
   * placeholders' values. Never sent: the error filter drops it.
   */
  i18n?: { key?: string; params?: MessageParams };
}

/**
 * Every error the API answers with carries a stable machine-readable `code` (docs/architecture.md,
 * "Conventions"). Throw this from services; the exception filter renders it.
 */
export class AppError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}) }, status);
  }

  static notFound(what: string, code = 'NOT_FOUND'): AppError {
    return new AppError(HttpStatus.NOT_FOUND, code, `${what} not found`);
  }

  static conflict(code: string, message: string, details?: unknown[]): AppError {
    return new AppError(HttpStatus.CONFLICT, code, message, details);
  }

  static badRequest(code: string, message: string, details?: FieldProblem[]): AppError {
    return new AppError(HttpStatus.BAD_REQUEST, code, message, details);
  }

  /** A single bad field, for checks that need the database (e.g. an unknown agency id). */
  static invalidField(
    field: string,
    code: string,
    message: string,
    params?: MessageParams,
  ): AppError {
    return AppError.badRequest('VALIDATION_FAILED', 'Request validation failed', [
      { field, code, message, ...(params ? { i18n: { params } } : {}) },
    ]);
  }
}
