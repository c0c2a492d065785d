import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryFailedError } from 'typeorm';
import { UNIQUE_CONSTRAINTS, uniqueViolationError } from './unique-violations';

const violation = (constraint?: string, code = '23505'): QueryFailedError =>
  new QueryFailedError(
    'INSERT …',
    [],
    Object.assign(new Error('duplicate key'), { code, constraint }),
  );

describe('uniqueViolationError', () => {
  it('answers 409 with the stable code and the field of the constraint', () => {
    const e = uniqueViolationError(violation('agencies_name_key'))!;
    expect(e.getStatus()).toBe(409);
    expect(e.getResponse()).toEqual({
      statusCode: 409,
      code: 'AGENCY_NAME_TAKEN',
      message: expect.any(String),
      details: [{ field: 'name', code: 'AGENCY_NAME_TAKEN', message: expect.any(String) }],
    });
    expect(uniqueViolationError(violation('users_username_key'))!.code).toBe('USERNAME_TAKEN');
    expect(uniqueViolationError(violation('judicial_offices_name_key'))!.code).toBe(
      'JUDICIAL_OFFICE_NAME_TAKEN',
    );
  });

  it('answers 409 UNIQUE_VIOLATION for a constraint it does not know', () => {
    const e = uniqueViolationError(violation('PK_something'))!;
    expect([e.getStatus(), e.code]).toEqual([409, 'UNIQUE_VIOLATION']);
    expect(uniqueViolationError(violation(undefined))!.code).toBe('UNIQUE_VIOLATION');
  });

  it('leaves every other error alone', () => {
    expect(uniqueViolationError(violation('agencies_name_key', '23503'))).toBeNull();
    expect(uniqueViolationError(new Error('x'))).toBeNull();
    expect(uniqueViolationError(null)).toBeNull();
  });

  it('knows every unique constraint and unique index the migrations create', () => {
    const dir = join(__dirname, '..', '..', 'migrations');
    const sql = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const names = new Set<string>();
    for (const m of sql.matchAll(/CREATE UNIQUE INDEX (?:IF NOT EXISTS )?\\?"(\w+)\\?"/g)) {
      names.add(m[1]);
    }
    for (const m of sql.matchAll(/CONSTRAINT \\?"(\w+)\\?" UNIQUE/g)) names.add(m[1]);
    expect(names.size).toBeGreaterThan(5);
    expect([...names].filter((n) => !(n in UNIQUE_CONSTRAINTS))).toEqual([]);
  });
});
