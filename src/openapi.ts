/**
 * The OpenAPI document: what the controllers declare (explicit decorators: the Swagger CLI plugin
 * does not run under tsc + swc), completed here with what every route has in common so that no
 * route can forget it: the error statuses (docs/architecture.md, "API conventions") with the shared
 * ErrorBody, `security: []` on public routes, the x-request-id header on every response, local
 * dates and instants by the naming convention (`…On` a local date, `…At` an instant), and
 * nullable references in the OpenAPI 3.0 form. Served at /docs; written to a file and checked by
 * `npm run openapi:check` (scripts/openapi.ts).
 */
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBody, ERROR_STATUS_MEANING } from './common/api-docs';
import { ERROR_MESSAGES, FIELD_MESSAGES } from './common/messages';

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fuyi 复议 API')
      .setDescription(
        'Administrative reconsideration (行政复议) and litigation response (行政应诉) for a district judicial bureau. ' +
          'Errors: {statusCode, code, message, details?} (schema ErrorBody). ' +
          'Lists: ?limit=&cursor= → {items, nextCursor}. Local dates are `format: date` (YYYY-MM-DD, ' +
          'Asia/Shanghai); instants are `format: date-time` with an offset.',
      )
      .setVersion('1')
      .setLicense('UNLICENSED', '')
      .addServer('/', 'This server')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBody] },
  );
  return completeDocument(document);
}

/** Statuses every route answers besides its own: see the file comment. */
function commonErrors(path: string, method: string, op: Json): number[] {
  const statuses: number[] = [];
  const params = (op.parameters as Json[] | undefined) ?? [];
  const takesBody = ['post', 'put', 'patch', 'delete'].includes(method);
  // Every input is validated (unknown fields too): a route with any input can answer 400.
  if (params.length > 0 || op.requestBody || takesBody) statuses.push(400);
  // A body can be too large (bodyLimit, MAX_UPLOAD_MB) or of a type the route does not take;
  // a client may send one to any method that carries a body, declared or not.
  if (op.requestBody || takesBody) statuses.push(413, 415);
  if (path.includes('{')) statuses.push(404);
  // The global throttler and the database pool's wait limit apply to every route.
  statuses.push(429, 503);
  return statuses;
}

export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const errorRef = { $ref: getSchemaPath(ErrorBody) };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      // @Authenticated adds the bearer requirement; a route without it is public.
      if (!op.security) op.security = [];
      const responses = (op.responses ??= {}) as Record<string, Json>;
      for (const status of commonErrors(path, method, op)) {
        responses[String(status)] ??= { description: ERROR_STATUS_MEANING[status] };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && !response.content) {
          response.content = { 'application/json': { schema: errorRef } };
        }
        response.headers = {
          'x-request-id': {
            description: 'The request’s id (the caller’s X-Request-Id when well-formed), for logs',
            schema: { type: 'string' },
          },
          ...(response.headers ?? {}),
        };
      }
    }
  }
  const schemas = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const schema of Object.values(schemas)) fixSchema(schema, schemas);
  listErrorCodes(schemas[ErrorBody.name]);
  return document;
}

/**
 * Every error code with its Chinese and English message, on ErrorBody (`x-error-codes` and a
 * table in its description), from the one catalogue the API answers with (src/common/messages.ts;
 * its spec fails when a code thrown in src is missing there).
 */
function listErrorCodes(errorBody: Json | undefined): void {
  if (!errorBody) return;
  const codes = [
    ...Object.entries(ERROR_MESSAGES).map(([code, m]) => ({ code, in: 'body', ...m })),
    ...Object.entries(FIELD_MESSAGES).map(([code, m]) => ({ code, in: 'details', ...m })),
  ];
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  errorBody['x-error-codes'] = codes;
  errorBody.description =
    'The body of every error. `code` is stable; `message` is Chinese by default, English when ' +
    'Accept-Language asks for it. The codes (`in`: of the body, or of one field in `details`):\n\n' +
    '| code | in | 中文 | English |\n| --- | --- | --- | --- |\n' +
    codes.map((c) => `| ${c.code} | ${c.in} | ${cell(c.zh)} | ${cell(c.en)} |`).join('\n');
}

/** Formats by naming convention, and `nullable` next to a $ref made effective (allOf). */
function fixSchema(schema: Json, schemas: Record<string, Json>): void {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  for (const [name, property] of Object.entries(properties)) {
    if (property.type === 'string' && property.format === undefined && !property.enum) {
      if (/On$/.test(name)) property.format = 'date';
      else if (/(^at|At)$/.test(name)) property.format = 'date-time';
    }
    if (typeof property.$ref === 'string' && property.nullable) {
      const { $ref, ...rest } = property;
      for (const k of Object.keys(property)) delete property[k];
      Object.assign(property, { ...rest, nullable: true, allOf: [{ $ref }] });
    }
    // `nullable` counts only beside a `type` (OpenAPI 3.0.3): give it the referenced one.
    const allOf = property.allOf as Json[] | undefined;
    if (property.nullable && !property.type && allOf?.length === 1) {
      const target = schemas[String(allOf[0].$ref).split('/').pop()!];
      property.type = target?.type ?? 'object';
    }
    if (property.type === 'object' || property.properties) fixSchema(property, schemas);
    if (property.items && typeof property.items === 'object')
      fixSchema(property.items as Json, schemas);
  }
}
