import type { PoolClient } from 'pg';
import {
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  QueryFailedError,
} from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { builtOnce } from '../common/built-once';

/*
 * Rows of an entity written and read with SQL built once from the entity's metadata, for the hot
 * paths (registration, the audit log, the case read): what `EntityManager.insert` and `find` do
 * for the columns our entities use (the driver's conversion of each value both ways,
 * transformers), without building and escaping the same statement anew each time, which was the
 * largest single cost of registering and of reading a case (docs/benchmarks.md, "the cost of a
 * request"). Each kept statement is a named prepared statement, so Postgres parses and plans it
 * once per connection rather than on every call. Elsewhere TypeORM's own methods are the way.
 */

/** SQL kept for reuse, and the name it is prepared under on each connection. */
interface Statement {
  text: string;
  /** Absent: run unprepared (a statement not kept). */
  name?: string;
}

let statementsNamed = 0;

function kept(text: string): Statement {
  return { text, name: `fuyi_rows_${++statementsNamed}` };
}

/**
 * Runs `statement` on `em`'s connection (its transaction's, if it has one), prepared under its
 * name; logged as `EntityManager.query` logs its statement, and failing as it fails (logged,
 * then QueryFailedError), so the error filter's mapping of constraint violations holds.
 */
async function run(
  em: EntityManager,
  statement: Statement,
  values: unknown[],
): Promise<Record<string, unknown>[]> {
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    // As TypeORM's own query: failing to get a connection is not a failed query.
    const client = (await runner.connect()) as PoolClient;
    em.connection.logger.logQuery(statement.text, values, runner);
    try {
      return (await client.query<Record<string, unknown>>({ ...statement, values })).rows;
    } catch (e) {
      em.connection.logger.logQueryError(e as Error, statement.text, values, runner);
      throw new QueryFailedError(statement.text, values, e as Error);
    }
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}

/** Postgres binds at most 65,535 parameters to one statement. */
const MAX_PARAMETERS = 65_535;
/** Statements of more rows are built each time, not kept (their text grows with the rows). */
const KEPT_UP_TO_ROWS = 64;

/**
 * A value Postgres computes as its row is inserted (insertRows): `sql`, an expression with
 * parameters of its own written `$1`, `$2`… (no other `$` in it), which may read the statement's
 * preceding query (`WithQuery`); its row has it as RETURNING gives it. Every row of an entity
 * computes the same columns with the same `sql`.
 */
export class Computed {
  constructor(
    readonly sql: string,
    readonly values: readonly unknown[],
  ) {}
}

/** `sql` (its parameters `$1`, `$2`… bound to `values` in order), computed as the row is inserted. */
export const computed = (sql: string, ...values: unknown[]): Computed => new Computed(sql, values);

/** A row to insert: each column a value, or one Postgres computes. */
export type InsertRow<T> = {
  [P in keyof T]?: QueryDeepPartialEntity<T>[P & keyof QueryDeepPartialEntity<T>] | Computed;
};

/** A query the INSERT runs first, as a WITH query named `name` that computed values may read. */
export interface WithQuery {
  name: string;
  /** Its parameters written `$1`, `$2`… (no other `$` in it). */
  sql: string;
  values: readonly unknown[];
}

/** The highest `$n` of `sql`: how many values it binds. */
const parametersIn = (sql: string): number =>
  Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));

/** `sql` with its parameters `$1`, `$2`… numbered after the statement's first `offset`. */
const shifted = (sql: string, offset: number): string =>
  sql.replace(/\$(\d+)/g, (_, n: string) => `$${offset + Number(n)}`);

/** The columns a set of rows gives. */
interface Shape {
  /** Names the shape in the key of a statement kept for it. */
  id: number;
  given: ColumnMetadata[];
  /** For each given column, the SQL that computes it (Computed), or null: a parameter. */
  sql: (string | null)[];
  /** For each given column, how many parameters it binds. */
  binds: number[];
  /**
   * Read back with RETURNING: the columns not given, filled by Postgres (defaults, generated ids),
   * and those computed.
   */
  filled: ColumnMetadata[];
}

const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();
let shapesMade = 0;

/** Rows of an entity to insert in the statement of another's (insertRows); made by `alongside`. */
export interface RowsAlongside {
  readonly target: EntityTarget<ObjectLiteral>;
  readonly rows: readonly object[];
}

/** `rows` of `target`, to insert with another entity's rows in one statement (insertRows). */
export function alongside<T extends ObjectLiteral>(
  target: EntityTarget<T>,
  rows: readonly InsertRow<T>[],
): RowsAlongside {
  return { target, rows };
}

/** One entity's rows of an INSERT: its table, its columns and the rows' values. */
interface Part {
  metadata: EntityMetadata;
  shape: Shape;
  rows: number;
  values: unknown[];
}

/** The statements kept, by the shapes and numbers of rows of their parts. */
const inserts = new Map<string, Statement>();
/**
 * Past this many kept INSERTs, new ones run unprepared. Each connection prepares those it runs,
 * and each holds 0.2–0.7 MB of that backend's memory (a registration batch of 1–32 cases with
 * their applicants and audit rows, measured with pg_backend_memory_contexts): a bound on it.
 */
const KEPT_INSERTS = 300;

/**
 * Inserts `rows` of one entity in one statement (more only past Postgres's parameter limit) and
 * returns them as Postgres holds them: each row with the entity's other columns as RETURNING
 * gives them (defaults, generated ids, timestamps), without reading them back.
 *
 * `also`: rows of other entities (`alongside`) inserted in the same statement, each a
 * data-modifying WITH query; they may refer to `rows` (constraints are checked at the end of the
 * statement) and are not returned. One round trip writes them all: a transaction's round trips
 * are what a busy server waits on (docs/benchmarks.md, registration).
 *
 * `first`: a query run before them all in the same statement (a WITH query), whose rows the
 * `computed` values of any row may read; the statement must then fit Postgres's parameter limit.
 *
 * The SQL is kept for each set of columns and number of rows. All rows of an entity must give the
 * same columns (undefined: not given).
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly InsertRow<T>[],
  also: readonly RowsAlongside[] = [],
  first?: WithQuery,
): Promise<T[]> {
  const metadata = em.connection.getMetadata(target);
  const others = also.filter((more) => more.rows.length > 0);
  if (rows.length > 0 && (others.length > 0 || first !== undefined)) {
    const parts = [
      ...others.map((more) => {
        const ofMore = em.connection.getMetadata(more.target);
        return partOf(em, ofMore, shapeOf(ofMore, more.rows[0]), more.rows);
      }),
      partOf(em, metadata, shapeOf(metadata, rows[0]), rows),
    ];
    const values = [...(first?.values ?? []), ...parts.flatMap((part) => part.values)];
    if (values.length <= MAX_PARAMETERS) {
      const returned = await run(em, statementOf(em, parts, first), values);
      return rows.map((row, i) => hydrated(em, parts[parts.length - 1], row, returned[i]));
    }
    if (first !== undefined) {
      throw new Error(`insertRows(${metadata.tableName}): past ${MAX_PARAMETERS} parameters`);
    }
  }
  // Past Postgres's parameter limit (or nothing alongside): each entity's rows on their own.
  const inserted: T[] = [];
  if (rows.length > 0) {
    const shape = shapeOf(metadata, rows[0]);
    const width = shape.binds.reduce((n, b) => n + b, 0);
    const perStatement = Math.floor(MAX_PARAMETERS / Math.max(width, 1));
    for (let from = 0; from < rows.length; from += perStatement) {
      const chunk = rows.slice(from, from + perStatement);
      const part = partOf(em, metadata, shape, chunk);
      const returned = await run(em, statementOf(em, [part]), part.values);
      chunk.forEach((row, i) => inserted.push(hydrated(em, part, row, returned[i])));
    }
  }
  for (const more of others) await insertRows(em, more.target, more.rows);
  return inserted;
}

/** `row` as inserted by `part`: with the columns Postgres filled as it `returned` them. */
const hydrated = <T>(
  em: EntityManager,
  part: Part,
  row: object,
  returned: Record<string, unknown>,
): T => hydrate(em, part.shape.filled, returned, { ...row }) as T;

function partOf(
  em: EntityManager,
  metadata: EntityMetadata,
  shape: Shape,
  rows: readonly object[],
): Part {
  const values: unknown[] = [];
  for (const row of rows) {
    shape.given.forEach((column, i) => {
      const value: unknown = column.getEntityValue(row);
      if (value === undefined) {
        throw new Error(`insertRows(${metadata.tableName}): a row lacks ${column.propertyName}`);
      }
      const sql = shape.sql[i];
      if (!(value instanceof Computed)) {
        if (sql !== null) throw unlike(metadata, column);
        values.push(em.connection.driver.preparePersistentValue(value, column));
      } else {
        if (value.sql !== sql || value.values.length !== shape.binds[i]) {
          throw unlike(metadata, column);
        }
        values.push(...value.values);
      }
    });
  }
  return { metadata, shape, rows: rows.length, values };
}

const unlike = (metadata: EntityMetadata, column: ColumnMetadata): Error =>
  new Error(`insertRows(${metadata.tableName}): rows do not compute ${column.propertyName} alike`);

function shapeOf(metadata: EntityMetadata, first: object): Shape {
  const insertable = metadata.columns.filter((c) => c.isInsert && !c.isVirtual);
  const given = insertable.filter((c) => c.getEntityValue(first) !== undefined);
  const sql = given.map((c): string | null => {
    const value: unknown = c.getEntityValue(first);
    return value instanceof Computed ? value.sql : null;
  });
  const key = given.map((c, i) => `${c.databaseName}${sql[i] === null ? '' : `=${sql[i]}`}`);
  return builtOnce(shapes, metadata, key.join(','), () => ({
    id: ++shapesMade,
    given,
    sql,
    binds: sql.map((s) => (s === null ? 1 : parametersIn(s))),
    filled: metadata.columns.filter((c) => {
      const at = given.indexOf(c);
      return !c.isVirtual && (at < 0 || sql[at] !== null);
    }),
  }));
}

/**
 * The INSERT of `parts`: `first` and each part but the last a WITH query, the last returning what
 * it fills.
 */
function statementOf(em: EntityManager, parts: readonly Part[], first?: WithQuery): Statement {
  const key =
    parts.map((p) => `${p.shape.id}:${p.rows}`).join(' ') +
    (first ? ` ${first.name}:${first.sql}` : '');
  const known = inserts.get(key);
  if (known !== undefined) return known;
  const quote = quoter(em);
  let offset = first?.values.length ?? 0;
  const sql = parts.map(({ metadata, shape, rows }) => {
    const values = Array.from({ length: rows }, () => {
      const row = shape.sql.map((computing, i) => {
        const slot = computing === null ? `$${offset + 1}` : `(${shifted(computing, offset)})`;
        offset += shape.binds[i];
        return slot;
      });
      return `(${row.join(', ')})`;
    });
    return (
      `INSERT INTO ${tableOf(em, metadata)} (${shape.given.map((c) => quote(c.databaseName)).join(', ')}) ` +
      `VALUES ${values.join(', ')}`
    );
  });
  const { shape } = parts[parts.length - 1];
  const last =
    sql.pop()! +
    (shape.filled.length > 0
      ? ` RETURNING ${shape.filled.map((c) => quote(c.databaseName)).join(', ')}`
      : '');
  const queries = [
    ...(first ? [`${quote(first.name)} AS (${first.sql})`] : []),
    ...sql.map((q, i) => `w${i} AS (${q})`),
  ];
  const text = queries.length > 0 ? `WITH ${queries.join(', ')} ${last}` : last;
  if (parts.some((p) => p.rows > KEPT_UP_TO_ROWS) || inserts.size >= KEPT_INSERTS) {
    return { text };
  }
  const statement = kept(text);
  inserts.set(key, statement);
  return statement;
}

/** Equal columns, the order and the most rows of a selectRows. */
export interface RowQuery<T> {
  where: { [K in keyof T]?: T[K] };
  orderBy?: { [K in keyof T]?: 'ASC' | 'DESC' };
  limit?: number;
}

interface Selection {
  statement: Statement;
  where: ColumnMetadata[];
  columns: ColumnMetadata[];
}

const selections = new WeakMap<EntityMetadata, Map<string, Selection>>();

/**
 * The rows of `target` whose columns equal `query.where` (no nulls: `IS NULL` is not asked for
 * here), in `query.orderBy`'s order, at most `query.limit`: the entities `EntityManager.find`
 * answers with the same where, order and take. Each row comes as one JSON array (jsonArrayOf),
 * each column in the JSON form that gives back what the driver would (text where the driver
 * keeps text), hydrated as TypeORM hydrates.
 */
export async function selectRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  query: RowQuery<T>,
): Promise<T[]> {
  const metadata = em.connection.getMetadata(target);
  const selection = selectionOf(em, metadata, query);
  const raw = await run(em, selection.statement, parametersOf(em, metadata, selection, query));
  return raw.map(
    (row) => hydrateArray(em, selection.columns, row.row as unknown[], metadata.create() as T) as T,
  );
}

function parametersOf<T>(
  em: EntityManager,
  metadata: EntityMetadata,
  selection: Selection,
  query: RowQuery<T>,
): unknown[] {
  return selection.where.map((column): unknown => {
    const value: unknown = query.where[column.propertyName as keyof T];
    if (value === undefined || value === null) {
      throw new Error(`selectRows(${metadata.tableName}): ${column.propertyName} is ${value}`);
    }
    return em.connection.driver.preparePersistentValue(value, column);
  });
}

function selectionOf<T>(
  em: EntityManager,
  metadata: EntityMetadata,
  query: RowQuery<T>,
): Selection {
  const key = JSON.stringify([Object.keys(query.where), query.orderBy ?? {}, query.limit ?? null]);
  return builtOnce(selections, metadata, key, () => selectionWith(em, metadata, query, []));
}

/**
 * The statement of `query` on `metadata`'s table (aliased `t`), selecting the entity's columns as
 * one JSON array (`row`; jsonArrayOf), then `more`.
 */
function selectionWith<T>(
  em: EntityManager,
  metadata: EntityMetadata,
  query: RowQuery<T>,
  more: string[],
): Selection {
  const quote = quoter(em);
  const where = Object.keys(query.where).map((p) => columnOf(metadata, p));
  const columns = selectedColumns(metadata);
  const conditions = where.map((c, i) => `t.${quote(c.databaseName)} = $${i + 1}`);
  const order = orderOf(em, metadata, query.orderBy ?? {}, 't');
  const sql =
    `SELECT ${[`${jsonArrayOf(em, metadata, columns, 't')} AS row`, ...more].join(', ')} ` +
    `FROM ${tableOf(em, metadata)} t` +
    (conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '') +
    (order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '') +
    (query.limit !== undefined ? ` LIMIT ${Math.trunc(query.limit)}` : '');
  return { where, columns, statement: kept(sql) };
}

const selectedColumns = (metadata: EntityMetadata): ColumnMetadata[] =>
  metadata.columns.filter((c) => !c.isVirtual && c.isSelect);

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`selectRows(${metadata.tableName}): no column ${property}`);
  return column;
}

function orderOf(
  em: EntityManager,
  metadata: EntityMetadata,
  orderBy: Record<string, 'ASC' | 'DESC' | undefined>,
  alias: string,
): string[] {
  return Object.entries(orderBy).map(
    ([p, direction]) =>
      `${alias}.${quoter(em)(columnOf(metadata, p).databaseName)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`,
  );
}

/** Rows of another entity that hold a selected row's primary key in `on`, read with it. */
export interface RelatedRows<C extends ObjectLiteral> {
  target: EntityTarget<C>;
  /** The property of the related entity whose column holds the row's primary key. */
  on: keyof C & string;
  orderBy?: { [K in keyof C]?: 'ASC' | 'DESC' };
  limit?: number;
}

type RelatedOf<R> = { [K in keyof R]: R[K] extends RelatedRows<infer C> ? C[] : never };

interface Tree extends Selection {
  /** Each entity's rows: the property of the answer, and the statement's column that holds them. */
  related: { key: string; alias: string; metadata: EntityMetadata; columns: ColumnMetadata[] }[];
}

const trees = new WeakMap<EntityMetadata, Map<string, Tree>>();

/**
 * What `selectRows` answers, each row with the rows of other entities that refer to it (`related`,
 * each ordered and limited as given), in one statement: one round trip and one plan where one
 * `selectRows` per entity would take one each (docs/architecture.md, "Hot statements"). Each
 * entity's rows come as JSON arrays (jsonArrayOf), as `selectRows` reads its rows.
 */
export async function selectRowsWith<
  T extends ObjectLiteral,
  R extends Record<string, RelatedRows<ObjectLiteral>>,
>(
  em: EntityManager,
  target: EntityTarget<T>,
  query: RowQuery<T>,
  related: R,
): Promise<({ row: T } & RelatedOf<R>)[]> {
  const metadata = em.connection.getMetadata(target);
  const tree = treeOf(em, metadata, query, related);
  const raw = await run(em, tree.statement, parametersOf(em, metadata, tree, query));
  return raw.map((row) => {
    const answer: Record<string, unknown> = {
      row: hydrateArray(em, tree.columns, row.row as unknown[], metadata.create() as T),
    };
    for (const { key, alias, metadata: of, columns } of tree.related) {
      const values = row[alias] as unknown[][];
      answer[key] = values.map((value) =>
        hydrateArray(em, columns, value, of.create() as ObjectLiteral),
      );
    }
    return answer as { row: T } & RelatedOf<R>;
  });
}

function treeOf<T>(
  em: EntityManager,
  metadata: EntityMetadata,
  query: RowQuery<T>,
  related: Record<string, RelatedRows<ObjectLiteral>>,
): Tree {
  const key = JSON.stringify([
    Object.keys(query.where),
    query.orderBy ?? {},
    query.limit ?? null,
    Object.entries(related).map(([k, r]) => [
      k,
      em.connection.getMetadata(r.target).name,
      r.on,
      r.orderBy ?? {},
      r.limit ?? null,
    ]),
  ]);
  return builtOnce(trees, metadata, key, () => {
    const quote = quoter(em);
    const [primary, ...more] = metadata.primaryColumns;
    if (!primary || more.length > 0) {
      throw new Error(`selectRowsWith(${metadata.tableName}): one primary key column is needed`);
    }
    const parts = Object.entries(related).map(([name, r], i) => {
      const of = em.connection.getMetadata(r.target);
      const columns = selectedColumns(of);
      const on = columnOf(of, r.on);
      const order = orderOf(em, of, r.orderBy ?? {}, 'r');
      const orderSql = order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '';
      const source =
        `SELECT * FROM ${tableOf(em, of)} r ` +
        `WHERE r.${quote(on.databaseName)} = t.${quote(primary.databaseName)}` +
        (r.limit !== undefined ? `${orderSql} LIMIT ${Math.trunc(r.limit)}` : '');
      return {
        related: { key: name, alias: `related_${i}`, metadata: of, columns },
        sql:
          `(SELECT coalesce(json_agg(${jsonArrayOf(em, of, columns, 'r')}${orderSql}), '[]') ` +
          `FROM (${source}) r) AS related_${i}`,
      };
    });
    return {
      ...selectionWith(
        em,
        metadata,
        query,
        parts.map((part) => part.sql),
      ),
      related: parts.map((part) => part.related),
    };
  });
}

/** Types whose JSON form the driver's hydration takes as it takes the value Postgres sends. */
const JSON_AS_IS = new Set([
  'boolean',
  'smallint',
  'integer',
  'real',
  'double precision',
  'json',
  'jsonb',
  'timestamp with time zone',
]);
/** Types the driver keeps as text: their JSON form is their text. */
const JSON_AS_TEXT = new Set([
  'uuid',
  'character varying',
  'character',
  'text',
  'enum',
  'numeric',
  'bigint',
  'date',
]);

/**
 * The `columns` of the row aliased `alias` as one JSON array, in their order, each value in the
 * JSON form that hydrates as the driver's value would (inJson). One column for the driver where
 * each column was one: pg builds a parser per column of every result it reads (`addFields`) and
 * parses each value by its type, which cost a case read about 100 µs of its 61 columns (a
 * throwaway script, 3,000 reads of a case each way: 230–323 µs of client CPU → 134–153 µs).
 */
function jsonArrayOf(
  em: EntityManager,
  metadata: EntityMetadata,
  columns: readonly ColumnMetadata[],
  alias: string,
): string {
  // json_build_array, as any function, takes at most 100 arguments.
  if (columns.length > 100) {
    throw new Error(`selectRows(${metadata.tableName}): more than 100 columns`);
  }
  const quote = quoter(em);
  const values = columns.map((c) => inJson(em, metadata, c, `${alias}.${quote(c.databaseName)}`));
  return `json_build_array(${values.join(', ')})`;
}

function inJson(
  em: EntityManager,
  metadata: EntityMetadata,
  column: ColumnMetadata,
  sql: string,
): string {
  const type = em.connection.driver.normalizeType(column);
  if (!column.isArray && JSON_AS_IS.has(type)) return sql;
  if (!column.isArray && JSON_AS_TEXT.has(type)) return `${sql}::text`;
  throw new Error(
    `selectRows(${metadata.tableName}): ${column.propertyName} (${type}${column.isArray ? '[]' : ''}) has no JSON form here`,
  );
}

const quoter =
  (em: EntityManager) =>
  (name: string): string =>
    em.connection.driver.escape(name);

function tableOf(em: EntityManager, metadata: EntityMetadata): string {
  return metadata.tablePath.split('.').map(quoter(em)).join('.');
}

/** `entity` with `columns` set from the values of a JSON array, in the columns' order. */
function hydrateArray(
  em: EntityManager,
  columns: readonly ColumnMetadata[],
  values: unknown[],
  entity: ObjectLiteral,
): ObjectLiteral {
  columns.forEach((column, i) => {
    column.setEntityValue(entity, em.connection.driver.prepareHydratedValue(values[i], column));
  });
  return entity;
}

/** `entity` with `columns` set from a row of the driver, as TypeORM hydrates them. */
function hydrate(
  em: EntityManager,
  columns: readonly ColumnMetadata[],
  row: Record<string, unknown>,
  entity: ObjectLiteral,
): ObjectLiteral {
  for (const column of columns) {
    column.setEntityValue(
      entity,
      em.connection.driver.prepareHydratedValue(row[column.databaseName], column),
    );
  }
  return entity;
}
