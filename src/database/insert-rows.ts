import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Postgres binds at most 65,535 parameters to one statement. */
const MAX_PARAMETERS = 65_535;
/** Statements of more rows are built each time, not kept (their text grows with the rows). */
const KEPT_UP_TO_ROWS = 64;

/** The columns a set of rows gives, and the statement for each number of rows. */
interface Shape {
  given: ColumnMetadata[];
  /** The others: filled by Postgres (defaults, generated ids), read back with RETURNING. */
  filled: ColumnMetadata[];
  statements: Map<number, string>;
}

const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();

/**
 * Inserts `rows` of one entity in one statement (more only past Postgres's parameter limit) and
 * returns them as Postgres holds them: each row with the entity's other columns as RETURNING
 * gives them (defaults, generated ids, timestamps), without reading them back.
 *
 * What `EntityManager.insert` does for the columns our entities use (the entity's metadata, the
 * driver's conversion of each value, transformers), with the SQL built once for each set of
 * columns and number of rows: building it anew for every statement was the largest single cost
 * of registering a case (docs/benchmarks.md, "the cost of a request"). All rows must give the
 * same columns (undefined: not given).
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
): Promise<T[]> {
  if (rows.length === 0) return [];
  const metadata = em.connection.getMetadata(target);
  const shape = shapeOf(metadata, rows[0]);
  const perStatement = Math.floor(MAX_PARAMETERS / Math.max(shape.given.length, 1));
  const inserted: T[] = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of shape.given) {
        const value: unknown = column.getEntityValue(row);
        if (value === undefined) {
          throw new Error(`insertRows(${metadata.tableName}): a row lacks ${column.propertyName}`);
        }
        parameters.push(em.connection.driver.preparePersistentValue(value, column));
      }
    }
    const returned = await em.query<Record<string, unknown>[]>(
      statementOf(em, metadata, shape, chunk.length),
      parameters,
    );
    chunk.forEach((row, i) => {
      const entity = { ...row } as ObjectLiteral;
      for (const column of shape.filled) {
        const raw = returned[i][column.databaseName];
        column.setEntityValue(entity, em.connection.driver.prepareHydratedValue(raw, column));
      }
      inserted.push(entity as T);
    });
  }
  return inserted;
}

function shapeOf(metadata: EntityMetadata, first: object): Shape {
  const insertable = metadata.columns.filter((c) => c.isInsert && !c.isVirtual);
  const given = insertable.filter((c) => c.getEntityValue(first) !== undefined);
  const key = given.map((c) => c.databaseName).join(',');
  let ofEntity = shapes.get(metadata);
  if (!ofEntity) shapes.set(metadata, (ofEntity = new Map<string, Shape>()));
  let shape = ofEntity.get(key);
  if (!shape) {
    const filled = metadata.columns.filter((c) => !c.isVirtual && !given.includes(c));
    shape = { given, filled, statements: new Map() };
    ofEntity.set(key, shape);
  }
  return shape;
}

function statementOf(em: EntityManager, metadata: EntityMetadata, shape: Shape, rows: number) {
  let sql = shape.statements.get(rows);
  if (sql === undefined) {
    const quote = (name: string) => em.connection.driver.escape(name);
    const width = shape.given.length;
    const values = Array.from(
      { length: rows },
      (_, r) => `(${shape.given.map((_c, i) => `$${r * width + i + 1}`).join(', ')})`,
    );
    const table = metadata.tablePath
      .split('.')
      .map((part) => quote(part))
      .join('.');
    sql =
      `INSERT INTO ${table} (${shape.given.map((c) => quote(c.databaseName)).join(', ')}) ` +
      `VALUES ${values.join(', ')}` +
      (shape.filled.length > 0
        ? ` RETURNING ${shape.filled.map((c) => quote(c.databaseName)).join(', ')}`
        : '');
    if (rows <= KEPT_UP_TO_ROWS) shape.statements.set(rows, sql);
  }
  return sql;
}
