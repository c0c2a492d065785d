import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { AppError, FieldProblem } from './app-error';
import {
  CONTENT_LANGUAGE,
  errorMessage,
  fieldMessage,
  Language,
  preferredLanguage,
} from './messages';
import { currentRequestId } from './request-context';
import { uniqueViolationError } from './unique-violations';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown[];
  requestId?: string;
}

/**
 * Postgres SQLSTATEs that mean "the database is not there right now", not a bug; 57014: a
 * statement cancelled at its statement_timeout (data-source.ts, docs/operations.md "Time limits").
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const isFieldProblem = (d: unknown): d is FieldProblem =>
  typeof d === 'object' &&
  d !== null &&
  typeof (d as FieldProblem).field === 'string' &&
  typeof (d as FieldProblem).code === 'string' &&
  typeof (d as FieldProblem).message === 'string';

/**
 * The body with its messages in `language` (src/common/messages.ts): the error's, and each bad
 * field's in `details`; codes and fields as they are.
 */
function localized(body: ErrorBody, language: Language): ErrorBody {
  const out: ErrorBody = { ...body, message: errorMessage(body.code, language, body.message) };
  if (body.details) {
    out.details = body.details.map((d) => {
      if (!isFieldProblem(d)) return d;
      const { i18n, ...problem } = d;
      return {
        ...problem,
        message: fieldMessage(i18n?.key ?? d.code, language, d.field, d.message, i18n?.params),
      };
    });
  }
  return out;
}

/**
 * The one place errors become responses: `{statusCode, code, message, details?}` (docs/architecture.md).
 * Framework errors (bad JSON, wrong content type, too large) keep their 4xx status; a lost
 * database connection is a 503; anything else is a 500 and is logged as the bug it is.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest | undefined>();
    const language = preferredLanguage(request?.headers?.['accept-language']);
    const body = localized(this.toBody(exception), language);
    const requestId = currentRequestId();
    if (requestId) body.requestId = requestId;
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error({ err: exception, requestId }, 'Unhandled error');
    } else if (body.statusCode === 503) {
      this.logger.warn(
        { requestId, reason: (exception as Error)?.message },
        'Dependency unavailable',
      );
    }
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-language', CONTENT_LANGUAGE[language])
      .header('vary', 'Accept-Language')
      .send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof AppError) {
      return exception.getResponse() as ErrorBody;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const inner =
        typeof response === 'string' ? response : (response as { message?: unknown }).message;
      const message = Array.isArray(inner)
        ? inner.join('; ')
        : typeof inner === 'string'
          ? inner
          : exception.message;
      // Nest hands Fastify's body-parser errors over as HttpException(message, 400): bad or
      // empty JSON ("Body is not valid JSON …", "Body cannot be empty when content-type is …json").
      const malformedJson =
        status === 400 && typeof response === 'string' && /JSON|json/.test(message);
      const code = malformedJson ? 'MALFORMED_JSON' : (CODE_BY_STATUS[status] ?? `HTTP_${status}`);
      return { statusCode: status, code, message };
    }
    // A unique constraint refused the row (a race a service's own check lost): 409, never a 500.
    const taken = uniqueViolationError(exception);
    if (taken) return taken.getResponse() as ErrorBody;
    if (this.isUnavailable(exception)) {
      return {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly',
      };
    }
    // Errors Fastify raises before Nest sees the request: malformed JSON, body too large …
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      const status = fastifyError.statusCode;
      const code =
        fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        /JSON/.test(fastifyError.message ?? '')
          ? 'MALFORMED_JSON'
          : (CODE_BY_STATUS[status] ?? `HTTP_${status}`);
      return { statusCode: status, code, message: fastifyError.message ?? 'Bad request' };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Internal error',
    };
  }

  private isUnavailable(exception: unknown): boolean {
    // TypeORM releases a query runner whose connection fails (the server terminated it: a
    // shutdown, a crash); the transaction's next query or its COMMIT then throws this instead of
    // the connection error. A runner here lives for one unit of work (a transaction, a statistics
    // read) and is released at its end, so this means a lost connection, not a code path using a
    // runner after its work.
    if (
      exception instanceof QueryRunnerAlreadyReleasedError ||
      exception instanceof QueryRunnerProviderAlreadyReleasedError
    ) {
      return true;
    }
    const e = (exception instanceof QueryFailedError ? exception.driverError : exception) as {
      code?: string;
      message?: string;
    } | null;
    if (!e) return false;
    if (e.code && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_ERRNO.has(e.code))) return true;
    return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connect ECONNREFUSED|connection error and is not queryable/i.test(
      e.message ?? '',
    );
  }
}
