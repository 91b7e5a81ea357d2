import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFields, type Table, type TableName, tableSchema, tables } from '@vnsti/schema';
import { openDuckDB, parquetColumns, sqlIdent, sqlString } from './parquet.js';

/**
 * The whole catalogue for analysts, from the dataset packages' built `dist/` folders: one DuckDB
 * database file with every table (primary and foreign keys declared) and views that resolve the
 * references, and the same as a Parquet folder (a file per table and per view, with `schema.sql`
 * and `load.sql` to rebuild the database from it).
 */

/**
 * Thrown when the catalogue cannot be written: a dataset is not built, or its Parquet breaks a key.
 *
 * @example
 * ```ts
 * try {
 *   await writeCatalogue({ datasetsDir: 'datasets', out: 'catalogue' });
 * } catch (error) {
 *   if (error instanceof CatalogueError) console.error(error.message);
 * }
 * ```
 */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/**
 * Options of {@link writeCatalogue}.
 *
 * @example
 * ```ts
 * const options: CatalogueOptions = { datasetsDir: 'datasets', out: 'datasets/integration/dist/catalogue' };
 * ```
 */
export interface CatalogueOptions {
  /** The folder holding `<dataset>/dist/<table>.parquet` for every dataset (built by `vnsti build`). */
  datasetsDir: string;
  /** The folder to write; replaced as a whole when the catalogue is complete. */
  out: string;
}

/**
 * What {@link writeCatalogue} wrote.
 *
 * @example
 * ```ts
 * const { tables } = await writeCatalogue({ datasetsDir: 'datasets', out: 'catalogue' });
 * tables.find((t) => t.name === 'events')?.rows; // the number of events
 * ```
 */
export interface CatalogueResult {
  /** The database file. */
  database: string;
  /** The Parquet folder. */
  parquet: string;
  /** Each table (SQL name) and its row count. */
  tables: Array<{ name: string; rows: number }>;
  /** Each view (SQL name) and its row count. */
  views: Array<{ name: string; rows: number }>;
}

/** The database file's name inside `out`. */
const CATALOGUE_DATABASE = 'vnsti.duckdb';

/** A table's name in SQL: `event-participants` → `event_participants`, no quoting needed. */
const sqlTableName = (name: TableName): string => name.replaceAll('-', '_');

/** Every table of every dataset, each after the tables it references (self references aside). */
function tablesInKeyOrder(): Array<(typeof tables)[TableName]> {
  const all = new Map(Object.values(tables).map((t) => [t.name, t] as const));
  const ordered: Array<(typeof tables)[TableName]> = [];
  const seen = new Set<TableName>();
  const visit = (name: TableName) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const key of tableSchema(name).foreignKeys) if (key.reference.resource !== name) visit(key.reference.resource);
    ordered.push(all.get(name)!);
  };
  for (const name of all.keys()) visit(name);
  return ordered;
}

/** The citation columns of which a row fills one: the quote (a source with text) or the locator. */
const CITATION_TEXT: ReadonlySet<string> = new Set(['quote', 'locator']);

/**
 * `CREATE TABLE` for one table: typed columns as in its Parquet file, `NOT NULL` where the schema
 * requires a value, the primary key (UNIQUE when it holds a citation's quote and locator), and a foreign key per reference to another table. A table's
 * references to itself (a place's parent, an event series) are left undeclared, as DuckDB's own
 * `EXPORT DATABASE` does: DuckDB checks a key against rows already stored, not rows of the same insert.
 */
function createTableSql(table: Table): string {
  const required = new Set(
    exportFields(table)
      .filter((f) => f.constraints?.required)
      .map((f) => f.name),
  );
  const schema = tableSchema(table.name);
  // A citation is a quote or a locator, so a key holding both has one of them empty in every row:
  // SQL allows no NULL in a primary key, so such a key is declared UNIQUE (the build has already
  // refused duplicate rows; NULLs only make the declared constraint weaker, never wrong).
  const nullableKey = schema.primaryKey.filter((name) => CITATION_TEXT.has(name) && !required.has(name));
  const lines = parquetColumns(table).map(
    (c) =>
      `  ${sqlIdent(c.name)} ${c.type}${required.has(c.name) || (schema.primaryKey.includes(c.name) && !nullableKey.includes(c.name)) ? ' NOT NULL' : ''}`,
  );
  lines.push(`  ${nullableKey.length > 0 ? 'UNIQUE' : 'PRIMARY KEY'} (${schema.primaryKey.map(sqlIdent).join(', ')})`);
  for (const key of schema.foreignKeys) {
    if (key.reference.resource === table.name) continue;
    lines.push(
      `  FOREIGN KEY (${key.fields.map(sqlIdent).join(', ')}) REFERENCES ${sqlTableName(key.reference.resource)} (${key.reference.fields.map(sqlIdent).join(', ')})`,
    );
  }
  return `CREATE TABLE ${sqlTableName(table.name)} (\n${lines.join(',\n')}\n);`;
}

/**
 * How many days an article's observation of a post (`positions.as_of`) may lie from an event's date
 * for the post to count as held that day when the post has no start or end date: the source's
 * publication date often misses the event by a day or two (an article the morning after).
 */
const POST_OBSERVED_TOLERANCE_DAYS = 31;

/** Views resolving the references, by name, in creation order. */
const CATALOGUE_VIEWS: ReadonlyArray<{ name: string; description: string; sql: string }> = [
  {
    name: 'posts',
    description:
      'Posts held by officials, one row per official, organization and English title, deduplicated across the sources that report them: every Vietnamese wording in `title_vi_as_written`, every source in `sources`.',
    sql: `SELECT p.official, o.name_vi AS official_name_vi, o.name_en AS official_name_en,
  min(p.title_vi) AS title_vi, p.title_en, p.organization,
  g.name_vi AS organization_name_vi, g.name_en AS organization_name_en,
  min(p."start") AS "start", max(p."end") AS "end", min(p.as_of) AS first_observed, max(p.as_of) AS last_observed,
  list(DISTINCT p.title_vi ORDER BY p.title_vi) AS title_vi_as_written,
  list(DISTINCT p.source ORDER BY p.source) AS sources
FROM positions p
JOIN officials o ON o.id = p.official
LEFT JOIN organizations g ON g.id = p.organization
GROUP BY ALL
ORDER BY p.official, p.title_en, p.organization`,
  },
  {
    name: 'event_participant_posts',
    description: `Events with their participants and the posts each held on the event's date: by the post's start and end dates when known (basis 'dates'), else when a source observed the post within ${POST_OBSERVED_TOLERANCE_DAYS} days of the event (basis 'observed'). A participant with no such post has one row with empty post columns.`,
    sql: `WITH participants AS (
  SELECT event, official, role, list(DISTINCT source ORDER BY source) AS sources
  FROM event_participants GROUP BY event, official, role
), held AS (
  SELECT e.id AS event, p.official, min(p.title_vi) AS title_vi, p.title_en, p.organization,
    CASE WHEN bool_or(p."start" IS NOT NULL OR p."end" IS NOT NULL) THEN 'dates' ELSE 'observed' END AS basis,
    min(abs(date_diff('day', p.as_of, e.date_start))) AS days_from_event
  FROM events e JOIN positions p
    ON ((p."start" IS NOT NULL OR p."end" IS NOT NULL)
      AND coalesce(p."start", DATE '0001-01-01') <= e.date_end AND coalesce(p."end", DATE '9999-12-31') >= e.date_start)
    OR (p."start" IS NULL AND p."end" IS NULL
      AND abs(date_diff('day', p.as_of, e.date_start)) <= ${POST_OBSERVED_TOLERANCE_DAYS})
  -- One row per post, as in the posts view: a post one source dates and another only observes is one post.
  GROUP BY e.id, p.official, p.title_en, p.organization
)
SELECT e.id AS event, e.name_vi AS event_name_vi, e.name_en AS event_name_en, e.date_start, e.date_end,
  pa.official, o.name_vi AS official_name_vi, o.name_en AS official_name_en, pa.role,
  h.title_vi AS post_title_vi, h.title_en AS post_title_en, h.organization AS post_organization,
  g.name_vi AS post_organization_name_vi, g.name_en AS post_organization_name_en, h.basis AS post_basis,
  pa.sources AS participant_sources
FROM participants pa
JOIN events e ON e.id = pa.event
JOIN officials o ON o.id = pa.official
LEFT JOIN held h ON h.event = pa.event AND h.official = pa.official
LEFT JOIN organizations g ON g.id = h.organization
ORDER BY e.date_start, e.id, pa.official, pa.role, post_title_vi`,
  },
  {
    name: 'projects_resolved',
    description: 'Projects with the names of their place and event, the event date, and their investors by name.',
    sql: `SELECT p.id, p.name_vi, p.name_en, p.kind, p.status,
  p.investment_amount, p.investment_currency, p.investment_bound,
  p.place, pl.name_vi AS place_name_vi, pl.name_en AS place_name_en,
  p.event, e.name_vi AS event_name_vi, e.name_en AS event_name_en, e.date_start AS event_date,
  (SELECT list(g.name_vi ORDER BY g.id) FROM project_investors i JOIN organizations g ON g.id = i.organization WHERE i.project = p.id) AS investors_vi,
  (SELECT list(g.name_en ORDER BY g.id) FROM project_investors i JOIN organizations g ON g.id = i.organization WHERE i.project = p.id) AS investors_en
FROM projects p
LEFT JOIN places pl ON pl.id = p.place
LEFT JOIN events e ON e.id = p.event
ORDER BY p.id`,
  },
];

/**
 * Writes the catalogue into `out`: `vnsti.duckdb` and `parquet/` (`<table>.parquet`,
 * `views/<view>.parquet`, `schema.sql`, `load.sql`). Reads the Parquet files of every dataset's
 * `dist/`, so run `vnsti build` first. Written into a temporary folder beside `out` and renamed
 * into place, so a failure leaves the previous catalogue as it was.
 *
 * @throws {@link CatalogueError} when a dataset is not built or its rows break a primary or foreign key.
 * @example
 * ```ts
 * const result = await writeCatalogue({ datasetsDir: 'datasets', out: 'datasets/integration/dist/catalogue' });
 * result.views.map((v) => v.name); // ['posts', 'event_participant_posts', 'projects_resolved']
 * ```
 */
export async function writeCatalogue(options: CatalogueOptions): Promise<CatalogueResult> {
  const order = tablesInKeyOrder();
  const sourceOf = (table: (typeof tables)[TableName]) =>
    join(options.datasetsDir, table.dataset, 'dist', `${table.name}.parquet`);
  for (const table of order)
    if (!existsSync(sourceOf(table)))
      throw new CatalogueError(`${sourceOf(table)} does not exist: run \`vnsti build\` for ${table.dataset} first`);

  const tmp = `${options.out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(join(tmp, 'parquet', 'views'), { recursive: true });
  const database = join(tmp, CATALOGUE_DATABASE);
  const { connection, close } = await openDuckDB(database);
  const count = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0]);
  const result: CatalogueResult = {
    database: join(options.out, CATALOGUE_DATABASE),
    parquet: join(options.out, 'parquet'),
    tables: [],
    views: [],
  };
  const schemaSql: string[] = [];
  const loadSql: string[] = [];
  try {
    for (const table of order) {
      const name = sqlTableName(table.name);
      const ddl = createTableSql(table);
      schemaSql.push(ddl);
      await connection.run(ddl);
      try {
        await connection.run(`INSERT INTO ${name} SELECT * FROM read_parquet(${sqlString(sourceOf(table))})`);
      } catch (error) {
        throw new CatalogueError(`${table.dataset}/dist/${table.name}.parquet: ${String(error).split('\n')[0]}`);
      }
      // The dataset's Parquet file holds the same columns: copied, not written again.
      await copyFile(sourceOf(table), join(tmp, 'parquet', `${name}.parquet`));
      loadSql.push(`COPY ${name} FROM '${name}.parquet' (FORMAT parquet);`);
      result.tables.push({ name, rows: await count(`SELECT count(*) FROM ${name}`) });
    }
    for (const view of CATALOGUE_VIEWS) {
      const ddl = `-- ${view.description}\nCREATE VIEW ${view.name} AS\n${view.sql};`;
      schemaSql.push(ddl);
      await connection.run(ddl);
      await connection.run(
        `COPY (SELECT * FROM ${view.name}) TO ${sqlString(join(tmp, 'parquet', 'views', `${view.name}.parquet`))} (FORMAT parquet)`,
      );
      result.views.push({ name: view.name, rows: await count(`SELECT count(*) FROM ${view.name}`) });
    }
    await connection.run('CHECKPOINT');
  } catch (error) {
    close();
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  close();
  const header = '-- The vnsti catalogue. Generated by writeCatalogue (@vnsti/datakit): do not edit.\n';
  await writeFile(join(tmp, 'parquet', 'schema.sql'), `${header}${schemaSql.join('\n\n')}\n`);
  await writeFile(
    join(tmp, 'parquet', 'load.sql'),
    `${header}-- Run from this folder, after schema.sql: each table after the tables it references.\n${loadSql.join('\n')}\n`,
  );
  await rm(options.out, { recursive: true, force: true });
  await rename(tmp, options.out);
  return result;
}
