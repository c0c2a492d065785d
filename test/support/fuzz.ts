/**
 * Generators and checks shared by the property-based bad-input suites (test/fuzz-*.e2e-spec.ts):
 * hostile values of every kind, request bodies derived from a valid one by mutations that are
 * certainly invalid (or merely hostile), raw JSON text for what JSON.stringify cannot write
 * (`__proto__` keys, duplicate keys, huge nesting, bare tokens), and the checks every answer
 * must pass: never a 5xx, the error shape of docs/architecture.md, and nothing written.
 */
import fc from 'fast-check';
import type { Response, Test } from 'supertest';
import { expectError } from './fixtures';
import type { TestApp } from './test-app';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request with method `method` on `url`, as the holder of `token`. */
export function send(t: TestApp, method: Method, url: string, token?: string): Test {
  const agent = t.http();
  const req =
    method === 'GET'
      ? agent.get(url)
      : method === 'POST'
        ? agent.post(url)
        : method === 'PUT'
          ? agent.put(url)
          : method === 'PATCH'
            ? agent.patch(url)
            : agent.delete(url);
  return token === undefined ? req : req.set('authorization', `Bearer ${token}`);
}

/** The seed of a property: FUZZ_SEED (to replay or widen a run) mixed with the property's name. */
export function seedOf(name: string): number {
  const base = Number(process.env.FUZZ_SEED ?? 20260302);
  let h = base | 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

/** Runs per property; FUZZ_RUNS scales them (e.g. 10 for a long hunt). */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS_FACTOR ?? 1)));
}

// ---------------------------------------------------------------------------------------------
// Raw JSON: values JSON.stringify cannot express.

/** Text spliced into the JSON body as it is (bare tokens, huge nesting, duplicate keys …). */
export class RawJson {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {}
  toString(): string {
    return `RawJson(${this.label})`;
  }
}

/** An object written with its entries in order, duplicates and `__proto__` keys included. */
export class Entries {
  constructor(readonly entries: [string, unknown][]) {}
}

/** The JSON text of `value`, RawJson and Entries spliced in. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof Entries) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => toJson(v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/** Short text for a failure message (huge strings cut). */
export function show(value: unknown): string {
  const s = typeof value === 'string' ? value : toJson(value);
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

/** Any UTF-16 code unit: NUL, controls, unpaired surrogates. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const NASTY_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE cases; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '$1',
  '::uuid',
  '\\',
  '\\\\%_',
  '%',
  '_',
  '%00',
  '%%%%',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  '0',
  '-0',
  '1e309',
  '0x1F',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '\u202e\u0066\u0064\u0070.exe',
  '\u200b\u200d\ufeff',
  'ｆｕｌｌｗｉｄｔｈ１２３',
  '𠀀𪚥😀👨‍👩‍👧',
  'e\u0301\u0301\u0301',
  ' ',
  '\t\r\n',
  '\u3000',
  '行政复议\u0000截断',
  'a\ud800b',
  '\udc00',
];

/** Strings a client may send: Unicode, controls, NUL, lone surrogates, SQL-ish, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', '字', '😀', "'", '\\'), fc.constantFrom(501, 5_001, 60_000))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Dates that are not real `YYYY-MM-DD` dates, or fall outside 1900–2999. */
export const BAD_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '1899-12-31',
  '3000-01-01',
  '9999-12-31',
  '2026-2-3',
  '2026/03/02',
  '20260302',
  '26-03-02',
  '2026-03-02T00:00:00Z',
  '2026-03-02 ',
  ' 2026-03-02',
  '２０２６-03-02',
  '+02026-03-02',
  '-2026-03-02',
  'today',
  '',
];
/** Real dates at the edges of what is accepted: they reach the services' arithmetic. */
export const EDGE_DATES = ['1900-01-01', '1970-01-01', '2000-02-29', '2999-12-31', '2026-12-31'];

export const BAD_INSTANTS = [
  '2026-03-20',
  '2026-03-20T09:30:00',
  '2026-03-20 09:30:00+08:00',
  '2026-03-20T25:00:00+08:00',
  '2026-03-20T09:60:00Z',
  '2026-02-30T09:30:00Z',
  '2026-W12-5T09:30:00Z',
  '2026-03-20T09:30:00+8',
  '2026-03-20T09:30:00.1234Z',
  '+275760-09-13T00:00:00Z',
  // What Postgres refuses though JavaScript's Date takes it (each was a 500 in a cursor).
  '2026-02-30T00:00:00Z',
  '2026-02-29T09:30:00+08:00',
  '0000-01-01T00:00:00Z',
  '2026-03-01T00:00:00+23:59',
  '2026-03-01T00:00:00-16:00',
  '2026-03-01T24:00:00Z',
  '1e12',
  'now',
  '',
];
export const EDGE_INSTANTS = [
  '1900-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2999-12-31T23:59:59+14:00',
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00-12:00',
  '2026-03-01T00:00:00+15:59',
  '2026-03-01T00:00:00-15:59',
];

export const BAD_UUIDS = [
  'not-a-uuid',
  '12345',
  '00000000-0000-0000-0000-00000000000g',
  '0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d0',
  '{0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d}',
  '0b0c6c5e9f2a4b1e8a4d3c2b1a0f9e8d',
  'urn:uuid:0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d',
  ' 0b0c6c5e-9f2a-4b1e-8a4d-3c2b1a0f9e8d',
  "1' OR '1'='1",
  '',
];
/** Well-formed UUIDs no row has. */
export const UNKNOWN_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0B0C6C5E-9F2A-4B1E-8A4D-3C2B1A0F9E8D',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
];

/** Numbers and would-be numbers no range accepts, and NaN/Infinity spelt as strings. */
export const NUMBERISH: unknown[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '5',
  '',
  ' 5 ',
  '0x10',
  new RawJson('1e309', '1e309'),
  new RawJson('-1e309', '-1e309'),
  new RawJson('-0', '-0'),
  new RawJson('1E400', '1E400'),
  new RawJson('0.1e-400', '0.1e-400'),
  new RawJson('123456789012345678901234567890', 'huge integer'),
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31) - 1,
  1.5,
  0.000001,
  // Written with an exponent by String(): crashed class-validator's decimal-places check (a 500).
  1e-7,
  5e-324,
  -5e-324,
  Number.MIN_VALUE * 7,
  2.2250738585072014e-308,
  new RawJson('1e-7', '1e-7'),
  new RawJson('4.9e-324', '4.9e-324'),
  new RawJson('1.00000000000000000001', '1.000…01'),
];

/** Numbers with more decimals than money has, in every spelling: never a 500, always refused. */
export const TOO_FINE_NUMBERS: unknown[] = [
  1e-7,
  5e-324,
  Number.MIN_VALUE,
  2.2250738585072014e-308,
  1.0000001,
  0.001,
  0.005,
  123.456,
  new RawJson('1e-7', '1e-7'),
  new RawJson('5E-324', '5E-324'),
  new RawJson('0.00000000000000000001', '1e-20 written out'),
];

/** Any double, denormals and exponents of every size included. */
export const anyDouble: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1074, max: 308 }).map((e) => 2 ** e),
  fc.integer({ min: -324, max: -1 }).map((e) => Number(`1e${e}`)),
);

// ---------------------------------------------------------------------------------------------
// Text Postgres and JavaScript count differently: varchar(n) counts code points.

/** Characters of one code point that JS or validator.js count otherwise, or that join others. */
export const ODD_CODE_POINTS = [
  '\uFE0F', // variation selector 16 (validator.js's isLength skipped it: 100 × "a\uFE0F" passed)
  '\uFE0E', // variation selector 15
  '\u0301', // combining acute accent
  '\u0338', // combining long solidus overlay
  '\u200D', // zero-width joiner
  '\u{E0101}', // variation selector 18 (astral)
  '\u{1F600}', // 😀 (astral: two UTF-16 units, one code point)
  '\u{20000}', // 𠀀 (CJK Extension B)
  '\u{1F1E8}', // regional indicator C (flags are two)
  '\u{1F3FB}', // skin tone modifier
];

/** A string of exactly `n` code points mixing plain, wide and odd characters. */
export const textOfCodePoints = (n: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('a', '字', ...ODD_CODE_POINTS), { minLength: n, maxLength: n })
    .map((cps) => cps.join(''));

/**
 * Strings at the limit `max` in code points (accepted lengths) or one past it (refused), made of
 * what validator.js and UTF-16 count otherwise: base + variation selector, base + combining mark,
 * emoji and astral characters, ZWJ sequences.
 */
export function atLimit(max: number, over: boolean): fc.Arbitrary<string> {
  const n = over ? max + 1 : max;
  const pairs = (base: string, mark: string): string =>
    (base + mark).repeat(Math.floor(n / 2)) + (n % 2 === 1 ? base : '');
  return fc.oneof(
    fc.constantFrom(
      pairs('a', '\uFE0F'),
      pairs('字', '\uFE0E'),
      pairs('e', '\u0301'),
      '\u{1F600}'.repeat(n),
      '\u{20000}'.repeat(n),
      '\uFE0F'.repeat(n),
      pairs('\u{1F468}', '\u200D'),
    ),
    textOfCodePoints(n),
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Instants made of parts each possibly out of range: year 0, month 13, 30 February, hour 24,
 * minute 60, offsets up to ±24:60. Some are real; none may be a 500.
 */
export const forgedInstant: fc.Arbitrary<string> = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    us: fc.option(fc.integer({ min: 0, max: 999_999 })),
    off: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(
          fc.constantFrom('+', '-'),
          fc.integer({ min: 0, max: 24 }),
          fc.integer({ min: 0, max: 60 }),
        )
        .map(([sign, oh, om]) => `${sign}${pad(oh, 2)}:${pad(om, 2)}`),
    ),
  })
  .map(
    ({ y, mo, d, h, mi, s, us, off }) =>
      `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}` +
      `${us === null ? '' : `.${pad(us, 6)}`}${off}`,
  );

/** `[[[…]]]` or `{"a":{"a":…}}` nested `depth` deep. */
export const deepValue = (depth: number, kind: 'array' | 'object'): RawJson =>
  kind === 'array'
    ? new RawJson('['.repeat(depth) + ']'.repeat(depth), `[]×${depth}`)
    : new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), `{a:}×${depth}`);

/** Keys that poison prototypes, shadow Object.prototype methods or look like query operators. */
export const HOSTILE_KEYS = [
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
  'then',
  '$where',
  '$ne',
  'id',
  'version',
  'createdAt',
  'isAdmin',
  'role',
  'a.b',
  'a[0]',
  "'; DROP TABLE users; --",
  '',
  ' ',
  '\u0000',
  '\ud800',
  'ключ',
  '字段',
  'k'.repeat(1000),
];

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
);

/** Any hostile JSON value, nested ones included. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_DATES, ...EDGE_DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_INSTANTS, ...EDGE_INSTANTS) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_UUIDS, ...UNKNOWN_UUIDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean()) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(50, 1_000, 20_000, 100_000), fc.constantFrom('array', 'object'))
      .map(([d, k]) => deepValue(d, k)),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(hostileKey, fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 })
      .map((e) => new Entries(e)),
  },
  { weight: 1, arbitrary: fc.constant(new Entries([['__proto__', { isAdmin: true }]])) },
  {
    weight: 1,
    arbitrary: fc.constant(new Entries([['constructor', { prototype: { isAdmin: true } }]])),
  },
);

// ---------------------------------------------------------------------------------------------
// Field specs and body mutations.

export type Kind =
  /** `allowEmpty`: no minimum length (optional free text). */
  | { t: 'text'; max: number; allowEmpty?: boolean }
  | { t: 'date' }
  | { t: 'instant' }
  | { t: 'uuid' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'bool' }
  | { t: 'int'; min: number; max: number }
  | { t: 'number'; min: number; max: number }
  | { t: 'strings'; maxItems: number; maxLength: number }
  | { t: 'object'; fields: FieldSpec[] }
  | { t: 'objects'; fields: FieldSpec[]; maxItems: number }
  /** A string checked by a validator of its own (ID number, credit code, phone …). */
  | { t: 'pattern'; bad: string[]; good: string[] };

export interface FieldSpec {
  name: string;
  kind: Kind;
  /** Leaving it out of the valid body is an error. */
  required: boolean;
  /** null is taken as absent (IsOptional). */
  nullable?: boolean;
}

export const text = (name: string, max: number, required = true): FieldSpec => ({
  name,
  kind: { t: 'text', max },
  required,
  nullable: !required,
});
/** Optional free text with no minimum length. */
export const freeText = (name: string, max: number): FieldSpec => ({
  name,
  kind: { t: 'text', max, allowEmpty: true },
  required: false,
  nullable: true,
});
/** Validated only when the body's other fields call for it (ValidateIf): null is refused. */
export const conditional = (spec: FieldSpec): FieldSpec => ({
  ...spec,
  required: false,
  nullable: false,
});
export const date = (name: string, required = true): FieldSpec => ({
  name,
  kind: { t: 'date' },
  required,
  nullable: !required,
});
export const uuid = (name: string, required = true): FieldSpec => ({
  name,
  kind: { t: 'uuid' },
  required,
  nullable: !required,
});
export const oneOf = (name: string, values: readonly string[], required = true): FieldSpec => ({
  name,
  kind: { t: 'enum', values },
  required,
  nullable: !required,
});

const NOT_A_STRING: unknown[] = [42, 0, -1.5, true, false, {}, [], ['a'], { a: 'b' }, [null]];
const NOT_A_BOOLEAN: unknown[] = ['true', 'false', 1, 0, 'yes', '', [], {}, [true]];
const NOT_A_NUMBER: unknown[] = ['abc', true, false, [], [5], {}, { $gt: 0 }];

/** Values certainly refused for a field of `kind`; the validation code the field gets, if sure. */
export function invalidFor(kind: Kind): fc.Arbitrary<unknown> {
  switch (kind.t) {
    case 'text':
      return fc.oneof(
        fc.constantFrom(...NOT_A_STRING),
        ...(kind.allowEmpty ? [] : [fc.constant('')]),
        fc.constant('x'.repeat(kind.max + 1)),
        fc.constant('字'.repeat(kind.max + 1)),
        atLimit(kind.max, true),
        fc.string({ maxLength: 10 }).map((s) => `${s}\u0000${s}`),
        fc.string({ maxLength: 10 }).map((s) => `${s}\ud800${s}`),
        fc.string({ maxLength: 10 }).map((s) => `\udfff${s}`),
        fc.constantFrom(deepValue(20_000, 'array'), deepValue(20_000, 'object')),
      );
    case 'date':
      return fc.oneof(
        fc.constantFrom(...BAD_DATES),
        fc.constantFrom(...NOT_A_STRING),
        fc.constantFrom(20260302, new RawJson('1e309', '1e309')),
      );
    case 'instant':
      return fc.oneof(fc.constantFrom(...BAD_INSTANTS), fc.constantFrom(...NOT_A_STRING));
    case 'uuid':
      return fc.oneof(
        fc.constantFrom(...BAD_UUIDS),
        fc.constantFrom(...NOT_A_STRING),
        fc.string({ maxLength: 40 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s)),
      );
    case 'enum':
      return fc
        .oneof(
          fc.constantFrom(...NOT_A_STRING),
          fc.constantFrom(
            '',
            '__proto__',
            'constructor',
            'toString',
            'hasOwnProperty',
            ...kind.values.map((v) => v.toLowerCase()),
            ...kind.values.map((v) => ` ${v}`),
            ...kind.values.map((v) => `${v}\u0000`),
          ),
          hostileString,
        )
        .filter((v) => !kind.values.includes(v as string));
    case 'bool':
      return fc.constantFrom(...NOT_A_BOOLEAN);
    case 'int':
      return fc.oneof(
        fc.constantFrom(...NOT_A_NUMBER, ...NUMBERISH),
        fc.constantFrom(kind.min - 1, kind.max + 1, kind.min + 0.5, -kind.max, 1e21),
      );
    case 'number':
      return fc.oneof(
        fc.constantFrom(...NOT_A_NUMBER, 'NaN', 'Infinity', '1e309', '5', '', ' 5 '),
        fc.constantFrom(kind.min - 1, kind.max + 1, kind.max * 10, 0.001, -0.5),
        fc.constantFrom(...TOO_FINE_NUMBERS),
        fc.constantFrom(new RawJson('1e309', '1e309'), new RawJson('-1e309', '-1e309')),
      );
    case 'strings':
      return fc.oneof(
        fc.constantFrom('a', 42, true, {}, { 0: 'a' }, [], [42], [''], [null], [['a']], [{}]),
        fc.constant(Array.from({ length: kind.maxItems + 1 }, (_, i) => `项${i}`)),
        fc.constant(['x'.repeat(kind.maxLength + 1)]),
        atLimit(kind.maxLength, true).map((item) => ['ok', item]),
        fc.constant(['ok', 'a\u0000b']),
      );
    case 'object':
      return fc.constantFrom('x', 42, true, [], [{}], ['a'], new RawJson('[[[[]]]]', '[[[[]]]]'));
    case 'objects':
      return fc.constantFrom(
        'x',
        42,
        true,
        {},
        { 0: {} },
        [],
        [42],
        ['a'],
        [null],
        [[]],
        [true],
        Array.from({ length: kind.maxItems + 1 }, () => 'x'),
      );
    case 'pattern':
      return fc.oneof(fc.constantFrom(...kind.bad), fc.constantFrom(...NOT_A_STRING));
  }
}

/** A location in a body: keys and array indexes. */
export type Path = (string | number)[];

/** `applicants[0].idNumber`, as the validation errors name fields. */
export const fieldName = (path: Path): string =>
  path.reduce<string>(
    (acc, p) =>
      typeof p === 'number' || /^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p,
    '',
  );

interface Slot {
  path: Path;
  spec: FieldSpec;
}

/** Every field of `fields` present in `body`, nested ones included (first array item). */
export function slotsOf(fields: FieldSpec[], body: unknown, prefix: Path = []): Slot[] {
  const slots: Slot[] = [];
  for (const spec of fields) {
    const path = [...prefix, spec.name];
    slots.push({ path, spec });
    const value = (body as Record<string, unknown> | undefined)?.[spec.name];
    if (spec.kind.t === 'object' && value && typeof value === 'object') {
      slots.push(...slotsOf(spec.kind.fields, value, path));
    }
    if (spec.kind.t === 'objects' && Array.isArray(value) && value.length > 0) {
      slots.push(...slotsOf(spec.kind.fields, value[0], [...path, 0]));
    }
  }
  return slots;
}

/** The nested objects of a body (where an unknown key may be added), the body itself first. */
function objectPaths(fields: FieldSpec[], body: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  for (const spec of fields) {
    const value = (body as Record<string, unknown> | undefined)?.[spec.name];
    if (spec.kind.t === 'object' && value && typeof value === 'object') {
      paths.push(...objectPaths(spec.kind.fields, value, [...prefix, spec.name]));
    }
    if (spec.kind.t === 'objects' && Array.isArray(value) && value.length > 0) {
      paths.push(...objectPaths(spec.kind.fields, value[0], [...prefix, spec.name, 0]));
    }
  }
  return paths;
}

function fieldsAt(fields: FieldSpec[], path: Path): FieldSpec[] {
  let current = fields;
  for (const p of path) {
    if (typeof p === 'number') continue;
    const spec = current.find((f) => f.name === p);
    if (!spec || (spec.kind.t !== 'object' && spec.kind.t !== 'objects')) return [];
    current = spec.kind.fields;
  }
  return current;
}

const clone = <T>(v: T): T => structuredClone(v);

/** The object holding the last key of `path`; throws when the path no longer leads to one. */
function parentOf(body: Record<string, unknown>, path: Path): Record<string | number, unknown> {
  let node: unknown = body;
  for (const p of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[p];
  const key = path[path.length - 1];
  if (
    node === null ||
    typeof node !== 'object' ||
    node instanceof RawJson ||
    node instanceof Entries ||
    (Array.isArray(node) && typeof key !== 'number')
  ) {
    throw new TypeError(`no object at ${fieldName(path)}`);
  }
  return node as Record<string | number, unknown>;
}

function setAt(body: Record<string, unknown>, path: Path, value: unknown): void {
  parentOf(body, path)[path[path.length - 1]] = value;
}

function deleteAt(body: Record<string, unknown>, path: Path): void {
  delete parentOf(body, path)[path[path.length - 1]];
}

/** One change to a body; `invalid` when the change alone makes the request one to refuse. */
export interface Mutation {
  describe: string;
  /** The field the validation error must name, when the change alone is applied. */
  field?: string;
  /** The answer's code when it is certain (MALFORMED_JSON for a `__proto__` key). */
  code?: string;
  invalid: boolean;
  apply: (body: Record<string, unknown>) => void;
}

/** Changes certainly refused: a bad value, a required field left out, an unknown key. */
export function invalidMutation(fields: FieldSpec[], valid: unknown): fc.Arbitrary<Mutation> {
  const slots = slotsOf(fields, valid);
  const objects = objectPaths(fields, valid);
  const badValue = fc.constantFrom(...slots).chain((s) =>
    invalidFor(s.spec.kind).map((v): Mutation => ({
      describe: `${fieldName(s.path)} = ${show(v)}`,
      field: fieldName(s.path),
      invalid: true,
      apply: (b) => setAt(b, s.path, v),
    })),
  );
  /** Any single value where an array of it is not expected: `"x"` → `["x"]`, `{…}` → `[{…}]`. */
  const wrapped = fc
    .constantFrom(
      ...slots.filter((s) => s.spec.kind.t !== 'strings' && s.spec.kind.t !== 'objects'),
    )
    .map((s): Mutation => ({
      describe: `${fieldName(s.path)} wrapped in an array`,
      field: fieldName(s.path),
      invalid: true,
      apply: (b) => {
        let node = b as Record<string | number, unknown>;
        for (const p of s.path) node = node?.[p] as Record<string | number, unknown>;
        setAt(b, s.path, [node ?? 'x']);
      },
    }));
  const required = slots.filter((s) => s.spec.required);
  const missing = fc.constantFrom(...required).chain((s) =>
    fc.constantFrom<Mutation>(
      {
        describe: `${fieldName(s.path)} left out`,
        field: fieldName(s.path),
        invalid: true,
        apply: (b) => deleteAt(b, s.path),
      },
      {
        describe: `${fieldName(s.path)} = null`,
        field: fieldName(s.path),
        invalid: true,
        apply: (b) => setAt(b, s.path, null),
      },
    ),
  );
  const unknownKey = fc
    .tuple(fc.constantFrom(...objects), hostileKey, hostileValue)
    .filter(([p, k]) => !fieldsAt(fields, p).some((f) => f.name === k))
    .map(([p, k, v]): Mutation => ({
      describe: `unknown key ${JSON.stringify(k)} at ${fieldName(p) || 'the top'} = ${show(v)}`,
      field: fieldName([...p, k]),
      invalid: true,
      apply: (b) => setAt(b, [...p, k], v),
    }));
  const protoKey = fc.constantFrom(...objects).map((p): Mutation => ({
    describe: `a __proto__ key at ${fieldName(p) || 'the top'}`,
    code: 'MALFORMED_JSON',
    invalid: true,
    apply: (b) => {
      if (p.length === 0) {
        const entries = Object.entries(b);
        for (const k of Object.keys(b)) delete b[k];
        b.__fuzzEntries = new Entries([['__proto__', { polluted: true }], ...entries]);
      } else {
        let node = b as Record<string | number, unknown>;
        for (const q of p) node = node[q] as Record<string | number, unknown>;
        const entries = Object.entries(node);
        setAt(b, p, new Entries([['__proto__', { polluted: true }], ...entries]));
      }
    },
  }));
  return fc.oneof(
    { weight: 5, arbitrary: badValue },
    { weight: 1, arbitrary: wrapped },
    ...(required.length > 0 ? [{ weight: 2, arbitrary: missing }] : []),
    { weight: 2, arbitrary: unknownKey },
    { weight: 1, arbitrary: protoKey },
  );
}

/** Changes that may or may not be accepted: hostile values in known fields, fields left out. */
export function anyMutation(fields: FieldSpec[], valid: unknown): fc.Arbitrary<Mutation> {
  const slots = slotsOf(fields, valid);
  const hostile = fc.tuple(fc.constantFrom(...slots), hostileValue).map(([s, v]): Mutation => ({
    describe: `${fieldName(s.path)} = ${show(v)}`,
    invalid: false,
    apply: (b) => setAt(b, s.path, v),
  }));
  /** Values of the right type that a validator passes but a service may choke on. */
  const plausible = fc.constantFrom(...slots).chain((s) =>
    plausibleFor(s.spec.kind).map((v): Mutation => ({
      describe: `${fieldName(s.path)} = ${show(v)}`,
      invalid: false,
      apply: (b) => setAt(b, s.path, v),
    })),
  );
  const dropped = fc.constantFrom(...slots).map((s): Mutation => ({
    describe: `${fieldName(s.path)} left out`,
    invalid: false,
    apply: (b) => deleteAt(b, s.path),
  }));
  return fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 3, arbitrary: hostile },
    { weight: 1, arbitrary: dropped },
  );
}

/** Well-typed values at the edges: long, odd Unicode, SQL-ish, extreme dates, unknown ids. */
export function plausibleFor(kind: Kind): fc.Arbitrary<unknown> {
  switch (kind.t) {
    case 'text':
      return fc.oneof(
        fc.constantFrom(
          ...NASTY_STRINGS.filter(
            (s) => s.length <= kind.max && !s.includes('\u0000') && !/[\ud800-\udfff]/.test(s),
          ),
        ),
        fc.constant('x'.repeat(kind.max)),
        fc.constant('𠀀'.repeat(kind.max)),
        atLimit(kind.max, false),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(kind.max, 20) }),
      );
    case 'date':
      return fc.constantFrom(...EDGE_DATES);
    case 'instant':
      return fc.oneof(fc.constantFrom(...EDGE_INSTANTS), forgedInstant);
    case 'uuid':
      return fc.oneof(fc.constantFrom(...UNKNOWN_UUIDS), fc.uuid());
    case 'enum':
      return fc.constantFrom(...kind.values);
    case 'bool':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: kind.min, max: kind.max });
    case 'number':
      return fc.oneof(
        fc.constantFrom(kind.min, kind.max, 0.01, 999_999_999_999.99),
        fc.double({ min: kind.min, max: kind.max, noNaN: true }),
        anyDouble,
      );
    case 'strings':
      return fc.oneof(
        fc.constant(Array.from({ length: kind.maxItems }, () => 'x'.repeat(kind.maxLength))),
        fc.array(fc.constantFrom("'; --", '\\', '%', '😀', '行政复议法'), {
          minLength: 1,
          maxLength: 5,
        }),
      );
    case 'object':
    case 'objects':
      return fc.constant(undefined).map(() => ({}));
    case 'pattern':
      return fc.constantFrom(...kind.good);
  }
}

/**
 * The valid body with `mutations` applied, ready for toJson; `skipped` lists the changes that
 * could not apply (an earlier change removed or replaced the parent of their field).
 */
export function applyMutations(
  valid: Record<string, unknown>,
  mutations: Mutation[],
  skipped: Mutation[] = [],
): unknown {
  const b = clone(valid);
  for (const m of mutations) {
    try {
      m.apply(b);
    } catch {
      skipped.push(m);
    }
  }
  if (b.__fuzzEntries instanceof Entries) {
    const { entries } = b.__fuzzEntries;
    delete b.__fuzzEntries;
    return new Entries([...entries, ...Object.entries(b)]);
  }
  return b;
}

/** Whole bodies that are not an object at all, or not JSON. */
export const WRONG_BODIES: { body: string; type?: string; label: string }[] = [
  { body: '[]', label: 'an array' },
  { body: '[{}]', label: 'an array of an object' },
  { body: '"text"', label: 'a string' },
  { body: '42', label: 'a number' },
  { body: 'null', label: 'null' },
  { body: 'true', label: 'true' },
  { body: '{', label: 'truncated JSON' },
  { body: '{"a":1,}', label: 'a trailing comma' },
  { body: "{'a':1}", label: 'single quotes' },
  { body: '{"a":NaN}', label: 'NaN' },
  { body: '{"a":undefined}', label: 'undefined' },
  { body: '\ufeff{}', label: 'a byte order mark' },
  { body: '{"__proto__":{"isAdmin":true}}', label: 'a __proto__ key' },
  { body: '{"constructor":{"prototype":{"isAdmin":true}}}', label: 'constructor.prototype' },
  { body: '', label: 'an empty body' },
  { body: '['.repeat(200_000) + ']'.repeat(200_000), label: 'arrays 200 000 deep' },
  { body: '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), label: 'objects 100 000 deep' },
  { body: 'x=1&y=2', type: 'application/x-www-form-urlencoded', label: 'a form' },
  { body: '<a/>', type: 'application/xml', label: 'XML' },
  { body: 'hello', type: 'text/plain', label: 'plain text' },
  { body: '{}', type: 'application/json; charset=utf-16', label: 'JSON said to be UTF-16' },
  { body: '{}', type: 'application/json; charset=latin1', label: 'JSON said to be latin1' },
  { body: '{}', type: 'application/jsonx', label: 'application/jsonx' },
  { body: '{}', type: 'multipart/form-data', label: 'multipart without a boundary' },
  {
    body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
    type: 'multipart/form-data; boundary=b',
    label: 'a multipart form',
  },
  { body: 'x'.repeat(1_100_000), label: 'a body over 1 MB' },
];

// ---------------------------------------------------------------------------------------------
// Checks.

/** Whatever a request answered: never a 5xx; a 4xx in the error shape of docs/architecture.md. */
export function checkAnswer(res: Response, what: string): void {
  if (res.status >= 500) {
    throw new Error(`${what}: answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  if (res.status >= 400) {
    try {
      const body = expectError(res, res.status);
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
      if (body.code === 'VALIDATION_FAILED') {
        expect(body.details).toEqual(expect.any(Array));
        expect(body.details!.length).toBeGreaterThan(0);
        for (const d of body.details!) {
          expect(d).toEqual({
            field: expect.any(String),
            code: expect.stringMatching(/^[A-Z][A-Z0-9_]*$/),
            message: expect.any(String),
          });
        }
      }
    } catch (e) {
      throw new Error(`${what}: answered ${res.status} ${show(res.text)}\n${(e as Error).message}`);
    }
  }
}

/** The row count of every table, and the versions of everything versioned. */
export async function snapshotDb(t: TestApp): Promise<Record<string, number>> {
  const tables = await tableNames(t);
  const parts = tables.map((name) => `SELECT '${name}' AS k, count(*)::bigint AS n FROM "${name}"`);
  for (const name of ['cases', 'litigation_cases', 'hearings']) {
    parts.push(`SELECT '${name}.version' AS k, coalesce(sum(version), 0) AS n FROM "${name}"`);
  }
  const rows = await t.db.query<{ k: string; n: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
}

let tablesCache: string[] | null = null;
async function tableNames(t: TestApp): Promise<string[]> {
  if (!tablesCache) {
    const rows = await t.db.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
        ORDER BY 1`,
    );
    tablesCache = rows.map((r) => r.name);
  }
  return tablesCache;
}

/** What changed between two snapshots (empty when nothing). */
export function changes(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, [number, number]> {
  const diff: Record<string, [number, number]> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[k] !== after[k]) diff[k] = [before[k], after[k]];
  }
  return diff;
}

// ---------------------------------------------------------------------------------------------
// Write routes.

/** A fixture made on first use, and made anew once a request has changed it (a 2xx). */
export class Target<T> {
  private made: Promise<T> | null = null;
  constructor(private readonly make: () => Promise<T>) {}
  get(): Promise<T> {
    return (this.made ??= this.make());
  }
  spend(): void {
    this.made = null;
  }
}

export interface WriteRoute<T = unknown> {
  method: Method;
  /** As the controller declares it, e.g. `/cases/:id/suspension`. */
  route: string;
  token: () => string;
  target: Target<T>;
  url: (x: T) => string;
  /** A body the route accepts (fresh for every call: unique names). Absent: no body. */
  valid?: (x: T) => Record<string, unknown>;
  fields?: FieldSpec[];
  /** The path parameters, for the bad-id property. */
  params?: string[];
  /** Set when a 2xx leaves the fixture as it was (no change of state). */
  keepsTarget?: boolean;
}

export interface FuzzContext {
  t: TestApp;
}

const BODY_RUNS = { invalid: 30, any: 25, params: 15 };

/** The request of `r` on `x` with the JSON text `json` (or no body). */
function request(
  c: FuzzContext,
  r: WriteRoute,
  url: string,
  json: string | undefined,
  type = 'application/json',
): Test {
  const req = send(c.t, r.method, url, r.token());
  return json === undefined ? req : req.set('content-type', type).send(json);
}

/**
 * Sends, then checks: never a 5xx; a 4xx in the error shape, with nothing written (every table's
 * row count, every version); `mustRefuse`: a 2xx is a failure too. Returns the answer.
 */
export async function probe(
  c: FuzzContext,
  what: string,
  req: () => Test,
  mustRefuse: boolean,
  accepted?: () => void,
): Promise<Response> {
  const before = await snapshotDb(c.t);
  const res = await req();
  checkAnswer(res, what);
  if (res.status < 400) {
    // The fixture has moved on: the next try (a shrink too) gets a fresh one.
    accepted?.();
    if (mustRefuse) {
      throw new Error(`${what}: accepted with ${res.status} ${describeBody(res)}`);
    }
    return res;
  }
  const diff = changes(before, await snapshotDb(c.t));
  if (Object.keys(diff).length > 0) {
    throw new Error(`${what}: answered ${res.status} but wrote ${JSON.stringify(diff)}`);
  }
  return res;
}

const describeBody = (res: Response): string => show(res.text ?? '');

/** A body with one certainly-invalid change: refused for that change, by its field or code. */
function checkRefusal(what: string, m: Mutation, res: Response): void {
  const err = res.body as { code: string; details?: { field: string }[] };
  if (m.code !== undefined) {
    if (err.code !== m.code) throw new Error(`${what}: answered ${err.code}, not ${m.code}`);
    return;
  }
  // A hostile value may itself be refused before validation: a poisoned key, too large a body.
  if (err.code === 'MALFORMED_JSON' || err.code === 'PAYLOAD_TOO_LARGE') return;
  if (err.code !== 'VALIDATION_FAILED') {
    throw new Error(`${what}: answered ${res.status} ${err.code}, not VALIDATION_FAILED`);
  }
  const named = (err.details ?? []).map((d) => d.field);
  if (m.field !== undefined && !named.some((f) => f === m.field || f.startsWith(m.field!))) {
    throw new Error(`${what}: the details name ${JSON.stringify(named)}, not ${m.field}`);
  }
}

/** encodeURIComponent, or null for a string with an unpaired surrogate. */
function encodeSegment(s: string): string | null {
  try {
    return encodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * The properties of one write route: certainly-invalid bodies are refused with the field named;
 * hostile bodies never get a 5xx; bodies that are not JSON objects are refused; bad and unknown
 * ids in the path are refused. Every refusal writes nothing.
 */
export function fuzzWriteRoute(getContext: () => FuzzContext, r: WriteRoute): void {
  const name = `${r.method} ${r.route}`;
  const c = (): FuzzContext => getContext();
  const spend = (): void => {
    if (!r.keepsTarget) r.target.spend();
  };

  if (r.valid && r.fields) {
    const { valid, fields } = r;
    it(`${name}: certainly invalid bodies are refused, the field named, nothing written`, async () => {
      const example = valid(await r.target.get());
      const single = invalidMutation(fields, example).map((m) => [m]);
      const several = fc.array(
        fc.oneof(invalidMutation(fields, example), anyMutation(fields, example)),
        { minLength: 2, maxLength: 4 },
      );
      // The certain one last, so that no other change overwrites it.
      const withOne = fc
        .tuple(invalidMutation(fields, example), several)
        .map(([m, ms]) => [...ms, m]);
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: single }, withOne), async (ms) => {
          const x = await r.target.get();
          const skipped: Mutation[] = [];
          const body = applyMutations(valid(x), ms, skipped);
          const what = `${name} with ${ms.map((m) => m.describe).join('; ')}`;
          const res = await probe(
            c(),
            what,
            () => request(c(), r, r.url(x), toJson(body)),
            !skipped.includes(ms[ms.length - 1]),
            spend,
          );
          if (ms.length === 1) checkRefusal(what, ms[0], res);
        }),
        { numRuns: runs(BODY_RUNS.invalid), seed: seedOf(`${name} invalid`) },
      );
    });

    it(`${name}: hostile bodies never get a 5xx; a refusal writes nothing`, async () => {
      const example = valid(await r.target.get());
      const mutated = fc
        .array(anyMutation(fields, example), { minLength: 1, maxLength: 3 })
        .map((ms) => ({ ms, raw: false as const }));
      const keys = [...fields.map((f) => f.name), 'extra'];
      const random = fc
        .oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }),
        )
        .map((v) => ({ ms: [] as Mutation[], raw: true as const, v }));
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: mutated }, random), async (g) => {
          const x = await r.target.get();
          const body = g.raw ? (g as { v: unknown }).v : applyMutations(valid(x), g.ms);
          const what = g.raw
            ? `${name} with the body ${show(body)}`
            : `${name} with ${g.ms.map((m) => m.describe).join('; ')}`;
          await probe(c(), what, () => request(c(), r, r.url(x), toJson(body)), false, spend);
        }),
        { numRuns: runs(BODY_RUNS.any), seed: seedOf(`${name} any`) },
      );
    });
  }

  it(`${name}: bodies that are not a JSON object are refused, nothing written`, async () => {
    for (const w of WRONG_BODIES) {
      const x = await r.target.get();
      const what = `${name} with ${w.label}`;
      await probe(
        c(),
        what,
        () => request(c(), r, r.url(x), w.body, w.type ?? 'application/json'),
        r.valid !== undefined,
        spend,
      );
    }
  });

  if (r.params && r.params.length > 0) {
    const params = r.params;
    it(`${name}: bad and unknown ids in the path are refused, nothing written`, async () => {
      const ids = fc.oneof(
        fc.constantFrom(...BAD_UUIDS.filter((s) => s !== ''), ...UNKNOWN_UUIDS),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ unit: anyUnit, minLength: 1, maxLength: 20 }),
        fc.uuid(),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...params), ids, async (param, id) => {
          const encoded = encodeSegment(id);
          fc.pre(encoded !== null);
          const x = await r.target.get();
          // The target's own url, with one parameter replaced.
          const real = r.url(x);
          const template = r.route.replace(/:(\w+)/g, (_, p: string) => `{${p}}`);
          const segments = template.split('/');
          const realSegments = `/${real.split('/').slice(3).join('/')}`.split('/');
          const url =
            '/api/v1' +
            segments.map((s, i) => (s === `{${param}}` ? encoded : realSegments[i])).join('/');
          const body = r.valid ? toJson(r.valid(x)) : undefined;
          const what = `${name} with ${param} = ${JSON.stringify(id)}`;
          const res = await probe(c(), what, () => request(c(), r, url, body), true, spend);
          const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
          if (isUuid) {
            expect([what, res.status]).toEqual([what, 404]);
          } else {
            expect([what, res.status]).toEqual([what, expect.any(Number)]);
            expect([400, 404]).toContain(res.status);
          }
        }),
        { numRuns: runs(BODY_RUNS.params), seed: seedOf(`${name} params`) },
      );
    });
  }
}
