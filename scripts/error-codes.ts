/**
 * Every error code the API can answer, read from the source with the TypeScript parser (so the
 * list in the OpenAPI document is generated, not kept by hand):
 *   new AppError(HttpStatus.X, 'CODE', message) · AppError.conflict/badRequest('CODE', message) ·
 *   AppError.notFound(what, 'CODE') · AppError.invalidField(field, 'CODE', message) (a code of
 *   `details`) · `{ code: 'CODE', message }` object literals (the filter, the validators'
 *   `context: { code }` beside their `message`) · the filter's CODE_BY_STATUS table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import ts from 'typescript';

export interface ErrorCode {
  code: string;
  /** The HTTP status, when the source fixes it. */
  status: number | null;
  /** `body`: the error's code; `details`: the code of one bad field in `details`. */
  in: 'body' | 'details';
  messages: string[];
}

const CODE = /^[A-Z][A-Z0-9_]+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const literal = (n: ts.Node | undefined): string | null =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;

/** A message as written: literal text, a template with its ${…} parts, or the expression. */
function messageText(n: ts.Node | undefined, sf: ts.SourceFile): string | null {
  if (!n) return null;
  const l = literal(n);
  if (l !== null) return l;
  if (ts.isTemplateExpression(n)) return n.getText(sf).slice(1, -1);
  return `{${n.getText(sf)}}`;
}

function statusOf(n: ts.Node | undefined, sf: ts.SourceFile): number | null {
  if (!n) return null;
  if (ts.isNumericLiteral(n)) return Number(n.text);
  const m = /^HttpStatus\.(\w+)$/.exec(n.getText(sf));
  const value = m ? (HttpStatus as unknown as Record<string, number>)[m[1]] : undefined;
  return typeof value === 'number' ? value : null;
}

export function errorCodes(srcDir: string): ErrorCode[] {
  const found = new Map<string, ErrorCode>();
  const add = (
    code: string | null,
    status: number | null,
    where: 'body' | 'details',
    message: string | null,
  ): void => {
    if (!code || !CODE.test(code)) return;
    const key = `${code}|${where}`;
    const entry = found.get(key) ?? { code, status, in: where, messages: [] };
    if (entry.status === null) entry.status = status;
    if (message && !entry.messages.includes(message)) entry.messages.push(message);
    found.set(key, entry);
  };

  for (const file of sourceFiles(srcDir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isNewExpression(n) && n.expression.getText(sf) === 'AppError') {
        const [status, code, message] = n.arguments ?? [];
        add(literal(code), statusOf(status, sf), 'body', messageText(message, sf));
      } else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
        const [target, name] = [n.expression.expression.getText(sf), n.expression.name.text];
        const a = n.arguments;
        if (target === 'AppError') {
          if (name === 'conflict') add(literal(a[0]), 409, 'body', messageText(a[1], sf));
          if (name === 'badRequest') add(literal(a[0]), 400, 'body', messageText(a[1], sf));
          if (name === 'notFound') {
            const what = messageText(a[0], sf);
            add(literal(a[1]) ?? 'NOT_FOUND', 404, 'body', what && `${what} not found`);
          }
          if (name === 'invalidField') add(literal(a[1]), 400, 'details', messageText(a[2], sf));
        }
      } else if (ts.isObjectLiteralExpression(n)) {
        const prop = (key: string): ts.Expression | undefined =>
          n.properties.find(
            (p): p is ts.PropertyAssignment =>
              ts.isPropertyAssignment(p) && p.name.getText(sf) === key,
          )?.initializer;
        const code = prop('code');
        const context = prop('context');
        if (code && prop('message')) {
          add(
            literal(code),
            statusOf(prop('statusCode'), sf),
            'body',
            messageText(prop('message'), sf),
          );
        } else if (context && ts.isObjectLiteralExpression(context) && prop('message')) {
          const inner = context.properties.find(
            (p): p is ts.PropertyAssignment =>
              ts.isPropertyAssignment(p) && p.name.getText(sf) === 'code',
          );
          add(literal(inner?.initializer), 400, 'details', messageText(prop('message'), sf));
        }
      } else if (ts.isVariableDeclaration(n) && n.name.getText(sf) === 'CODE_BY_STATUS') {
        const table = n.initializer;
        if (table && ts.isObjectLiteralExpression(table)) {
          for (const p of table.properties) {
            if (ts.isPropertyAssignment(p))
              add(literal(p.initializer), Number(p.name.getText(sf)), 'body', null);
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return [...found.values()].sort(
    (x, y) => x.code.localeCompare(y.code) || x.in.localeCompare(y.in),
  );
}
