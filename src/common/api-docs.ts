/**
 * OpenAPI pieces every controller shares: the error body of docs/architecture.md ("API
 * conventions") and a decorator declaring the error statuses a route answers with it. The statuses
 * every route has in common (400 on input, 401/403 from @Authenticated, 404 on a path id, 429, 503)
 * are added to the document by src/openapi.ts; `@ApiErrors` is for the ones a route adds itself.
 */
import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

export class ErrorDetailView {
  @ApiProperty({ example: 'applicants[0].idNumber', description: 'Path of the bad field' })
  field!: string;
  @ApiProperty({ example: 'INVALID_ID_NUMBER', description: 'Stable machine-readable reason' })
  code!: string;
  @ApiProperty({ example: 'idNumber is not a valid resident identity card number' })
  message!: string;
}

/** The detail of CASE_STATE_CONFLICT: the case's status and the event it refused. */
export class StateConflictDetailView {
  @ApiProperty({ example: 'UNDER_REVIEW', description: 'CaseStatus' }) currentStatus!: string;
  @ApiProperty({ example: 'ACCEPT', description: 'CaseEvent' }) event!: string;
}

@ApiExtraModels(ErrorDetailView, StateConflictDetailView)
export class ErrorBody {
  @ApiProperty({ example: 400, description: 'The HTTP status again' })
  statusCode!: number;
  @ApiProperty({
    example: 'VALIDATION_FAILED',
    description: 'Stable machine-readable code (the list: x-error-codes of this schema)',
  })
  code!: string;
  @ApiProperty({ example: 'Request validation failed' })
  message!: string;
  @ApiPropertyOptional({
    type: 'array',
    items: {
      anyOf: [
        { $ref: getSchemaPath(ErrorDetailView) },
        { $ref: getSchemaPath(StateConflictDetailView) },
      ],
    },
    description:
      'Each bad field of a validation error ({field, code, message}); on CASE_STATE_CONFLICT the current status and the refused event',
  })
  details?: (ErrorDetailView | StateConflictDetailView)[];
  @ApiPropertyOptional({ description: 'The x-request-id of the request, for support' })
  requestId?: string;
}

/** What each error status means on any route of this API (the response's description). */
export const ERROR_STATUS_MEANING: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED lists each bad field in details; MALFORMED_JSON …)',
  401: 'No valid access token (UNAUTHENTICATED, INVALID_TOKEN …)',
  403: 'The caller’s role may not do this (FORBIDDEN)',
  404: 'No such record, or one outside the caller’s scope',
  409: 'The record is not in a state that allows this',
  413: 'The body or file is larger than allowed',
  415: 'The content type is not accepted',
  422: 'The request cannot be processed as sent',
  423: 'The account is locked for a while after failed sign-ins (ACCOUNT_LOCKED)',
  429: 'Too many requests from this client (TOO_MANY_REQUESTS)',
  503: 'The database or Redis is unavailable; try again shortly (SERVICE_UNAVAILABLE)',
};

/**
 * Declares error statuses a route answers with the shared ErrorBody, e.g.
 * `@ApiErrors(409, 422)` or `@ApiErrors([409, 'CASE_STATE_CONFLICT, CASE_VERSION_CONFLICT'])`.
 */
export function ApiErrors(
  ...statuses: (number | [number, string])[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorBody),
    ...statuses.map((s) => {
      const [status, codes] = typeof s === 'number' ? [s, undefined] : s;
      const meaning = ERROR_STATUS_MEANING[status] ?? 'Error';
      return ApiResponse({
        status,
        type: ErrorBody,
        description: codes ? `${meaning}: ${codes}` : meaning,
      });
    }),
  );
}
