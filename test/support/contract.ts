/**
 * The OpenAPI document checked against every response the e2e suites receive: startApp installs
 * a Fastify onSend hook that looks up the route and status in the document the app serves
 * (src/openapi.ts) and validates a JSON body against its schema with ajv. What does not match is
 * recorded; test/setup/contract.ts fails the test that received it. Only routes the document lists
 * are checked (not /docs, the queue dashboard, or a URL no route matches).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../src/openapi';

type Json = Record<string, unknown>;

const violations: string[] = [];

/** What did not match since the last call (and forgets it). */
export function takeContractViolations(): string[] {
  return violations.splice(0, violations.length);
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes "or null"; the rest ajv reads as it is. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'example' || k === 'nullable') continue;
    out[k] = k === 'properties' || k === 'schemas' ? mapValues(v as Json) : toJsonSchema(v);
  }
  if ((node as Json).nullable === true) {
    const { description, ...schema } = out;
    return { description, anyOf: [{ type: 'null' }, schema] };
  }
  return out;
}

const mapValues = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toJsonSchema(v)]));

class ContractChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    for (const f of ['binary', 'int32', 'int64', 'float', 'double', 'password']) {
      this.ajv.addFormat(f, true);
    }
    this.ajv.addSchema(
      { components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } },
      'openapi.json',
    );
  }

  check(method: string, url: string, status: number, type: string, payload: unknown): void {
    const path = url.replace(/:(\w+)/g, '{$1}');
    const op = (this.document.paths[path] as Json | undefined)?.[method.toLowerCase()] as
      { responses: Record<string, Json> } | undefined;
    if (!op) return; // not an operation of the document
    const where = `${method} ${path} → ${status}`;
    const response = op.responses[String(status)] ?? op.responses.default;
    if (!response) {
      violations.push(
        `${where}: status not declared (declared: ${Object.keys(op.responses).join(', ')})`,
      );
      return;
    }
    const content = response.content as Record<string, { schema?: unknown }> | undefined;
    if (!content || payload === undefined || payload === null || payload === '') return;
    const mediaType = type.split(';')[0].trim();
    const declared = content[mediaType] ?? content['*/*'];
    if (!declared) {
      violations.push(`${where}: content type ${mediaType} not declared`);
      return;
    }
    if (mediaType !== 'application/json' || !declared.schema) return;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return; // a stream
    const body: unknown = JSON.parse(payload.toString());
    const validate = this.validatorFor(path, method, status, declared.schema);
    if (!validate(body)) {
      const errors = this.ajv.errorsText(validate.errors, { dataVar: 'body' });
      violations.push(`${where}: ${errors}\n  body: ${JSON.stringify(body).slice(0, 600)}`);
    }
  }

  private validatorFor(path: string, method: string, status: number, schema: unknown) {
    const key = `${method} ${path} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const rewritten = JSON.parse(
        JSON.stringify(toJsonSchema(schema)).replace(
          /"#\/components\/schemas\//g,
          '"openapi.json#/components/schemas/',
        ),
      ) as Json;
      validate = this.ajv.compile(rewritten);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

let checker: ContractChecker | undefined;

/** Validates every response of `app` against its OpenAPI document (call before app.init()). */
export function checkResponsesAgainstDocument(app: NestFastifyApplication): void {
  // The controllers, hence the document, are the same for every app of a test file.
  checker ??= new ContractChecker(buildOpenApiDocument(app));
  const c = checker;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      try {
        const url = request.routeOptions.url;
        if (url) {
          const type = reply.getHeader('content-type');
          c.check(request.method, url, reply.statusCode, String(type ?? ''), payload);
        }
      } catch (e) {
        violations.push(`${request.method} ${request.url}: ${String(e)}`);
      }
      done(null, payload);
    });
}
