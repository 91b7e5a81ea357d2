import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseQuantity } from '@vnsti/money';
import { type Column, type DatasetName, datasets, type Table, type TableName, tables } from '@vnsti/schema';
import { type CsvTable, parseCsvTable } from './csv.js';
import { ContributeError } from './errors.js';
import { shown } from './shown.js';
import { defaultBase, git, refExists } from './git.js';

/** A semver bump, least to most. */
export type Bump = 'patch' | 'minor' | 'major';

const ORDER: Readonly<Record<Bump, number>> = { patch: 1, minor: 2, major: 3 };

/**
 * The larger of two bumps (`null` is no bump).
 *
 * @example
 * ```ts
 * maxBump('minor', 'patch'); // 'minor'
 * maxBump(null, 'patch'); // 'patch'
 * ```
 */
export function maxBump(a: Bump | null, b: Bump | null): Bump | null {
  if (a === null) return b;
  if (b === null) return a;
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** Whether bump `a` is at least `b`. */
export function covers(a: Bump | null, b: Bump | null): boolean {
  return b === null || (a !== null && ORDER[a] >= ORDER[b]);
}

/** One changed cell of a record present at both sides. */
export interface FieldChange {
  /** CSV header of the cell. */
  readonly column: string;
  /** Value at the base. */
  readonly from: string;
  /** Value in the working tree. */
  readonly to: string;
  /** What this change alone needs. */
  readonly bump: Bump;
  /** Why: `correction`, `filled optional field`, `emptied field`, `changed meaning`. */
  readonly reason: string;
}

/** One record (CSV row, keyed by its table's primary key) or column that differs. */
export interface RecordChange {
  readonly table: TableName;
  /**
   * `added`, `removed`, `changed` (same key, other cells differ), `changed-id` (a main-table row
   * whose only difference is its id), `column-added`, `column-removed`.
   */
  readonly kind: 'added' | 'removed' | 'changed' | 'changed-id' | 'column-added' | 'column-removed';
  /** Readable id: `metrics/hai-phong-population-2025`, `positions/bui-van-khang (…)`, or the column. */
  readonly id: string;
  /** For `changed`: the cells that differ. */
  readonly fields: readonly FieldChange[];
  /** What this change needs. */
  readonly bump: Bump;
  /** One line for people: `removed metrics/x`, `changed meaning metrics/x indicator a → b`. */
  readonly summary: string;
}

/** The changes of one dataset and the bump its package needs. */
export interface DatasetDiff {
  readonly dataset: DatasetName;
  /** npm package name, `@vnsti/<dataset>` unless `datasets/<dataset>/package.json` says otherwise. */
  readonly packageName: string;
  /** The bump the changes need; `null` when nothing changed. */
  readonly bump: Bump | null;
  readonly changes: readonly RecordChange[];
}

/** Options of {@link diff}. */
export interface DiffOptions {
  /** Repository root (a git work tree). */
  repoRoot: string;
  /** Git ref to compare with; defaults to the last `@vnsti/*` release tag, else `origin/main`, else `main`. */
  base?: string;
}

/** What {@link diff} found. */
export interface DiffResult {
  /** The ref compared with. */
  readonly base: string;
  /** Every dataset, in catalogue order, changed or not. */
  readonly datasets: readonly DatasetDiff[];
  /** Files that could not be read (broken CSV at either side); their rows are not compared. */
  readonly problems: readonly string[];
}

const TABLE_FILE = /^datasets\/([^/]+)\/data\/([^/]+)\.csv$/;

function knownTable(dataset: string, table: string): Table | null {
  const d = (datasets as Record<string, (typeof datasets)[DatasetName] | undefined>)[dataset];
  return d?.tables.find((t) => t.name === table) ?? null;
}

/** Reads every dataset table at a git ref; missing files are absent. */
function readAtRef(root: string, ref: string, problems: string[]): Map<TableName, CsvTable> {
  const out = new Map<TableName, CsvTable>();
  const list = git(root, ['ls-tree', '-r', '--name-only', ref, '--', 'datasets/']);
  if (list === null) throw new ContributeError(`cannot list datasets/ at ${shown(ref)}`);
  for (const path of list.split('\n')) {
    const m = TABLE_FILE.exec(path);
    const table = m ? knownTable(m[1] ?? '', m[2] ?? '') : null;
    if (!table) continue;
    const text = git(root, ['show', `${ref}:${path}`]);
    if (text === null) {
      problems.push(`${ref}:${path}: cannot be read`);
      continue;
    }
    try {
      out.set(table.name, parseCsvTable(text));
    } catch (error) {
      problems.push(`${ref}:${path}: ${(error as Error).message}`);
    }
  }
  return out;
}

/** Reads every dataset table of the working tree. */
function readWorkTree(root: string, problems: string[]): Map<TableName, CsvTable> {
  const out = new Map<TableName, CsvTable>();
  for (const d of Object.values(datasets)) {
    const dir = join(root, 'datasets', d.name, 'data');
    if (!existsSync(dir)) continue;
    const files = new Set(readdirSync(dir));
    for (const t of d.tables) {
      if (!files.has(`${t.name}.csv`)) continue;
      const path = `datasets/${d.name}/data/${t.name}.csv`;
      try {
        out.set(t.name, parseCsvTable(readFileSync(join(root, path), 'utf8')));
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

/** The schema column an authored header belongs to (`name_vi` → `name`), if any. */
function columnOf(table: Table, header: string): Column | null {
  return (
    table.columns.find((c) => c.name === header) ??
    table.columns.find((c) => c.kind === 'localized' && (header === `${c.name}_vi` || header === `${c.name}_en`)) ??
    null
  );
}

/** Citation-only tables (`event-sources`, `project-sources`, `metric-sources`). */
function isCitationTable(table: Table): boolean {
  return table.parent?.into === 'sources';
}

function keyOf(table: Table, row: Readonly<Record<string, string>>): string {
  return table.primaryKey.map((k) => row[k] ?? '').join('\u0000');
}

function short(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Readable id of a row: `<dataset>/<id>` for a main table, `<table>/<id>` for a lookup table, `<table>/<parent> (<rest of the key>)` otherwise. */
export function recordLabel(table: Table, row: Readonly<Record<string, string>>): string {
  const dataset = tables[table.name].dataset;
  // A lookup table beside the records (the indicator registry) is named by itself: `indicators/jobs`.
  if (table.primaryKey.length === 1 && table.primaryKey[0] === 'id')
    return `${table.name === dataset ? dataset : table.name}/${row['id'] ?? ''}`;
  const parent = table.parent?.column;
  const head = parent ? (row[parent] ?? '') : '';
  const rest = table.primaryKey
    .filter((k) => k !== parent)
    .map((k) => short(row[k] ?? ''))
    .filter((part) => part !== ''); // an empty key cell prints nothing, not ", ,
  return `${table.name}/${head}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`;
}

/**
 * What changing one cell needs, by the data semver rules: an empty cell filled is a minor (a new
 * optional fact); a filled cell emptied is a major (a fact removed); a change to a cell that says
 * what the record is (an enum such as kind, indicator, status, role, basis; a reference such as
 * place, organization, official, event, parent; the unit of a quantity, read by `@vnsti/money`'s
 * `parseQuantity` as the build reads it, so "người" and "đại biểu" are both `person`; the currency of a
 * money cell) is a major; any other change (names, quotes, dates, the number in a quantity, a
 * source) is a correction, a patch.
 *
 * @example
 * ```ts
 * classifyField(tables.metrics, 'indicator', 'grdp-growth', 'budget-revenue'); // { bump: 'major', reason: 'changed meaning' }
 * classifyField(tables.metrics, 'value', '11,2%', '11,3%'); // { bump: 'patch', reason: 'correction' }
 * ```
 */
export function classifyField(table: Table, header: string, from: string, to: string): { bump: Bump; reason: string } {
  if (from === '' && to !== '') return { bump: 'minor', reason: 'filled optional field' };
  if (from !== '' && to === '') return { bump: 'major', reason: 'emptied field' };
  const column = columnOf(table, header);
  if (column) {
    if (column.kind === 'enum' || column.kind === 'ref') return { bump: 'major', reason: 'changed meaning' };
    if (column.kind === 'quantity' || column.kind === 'money' || column.kind === 'figure') {
      const a = parseQuantity(from, { defaultCurrency: 'VND', anyUnit: true })?.unit ?? null;
      const b = parseQuantity(to, { defaultCurrency: 'VND', anyUnit: true })?.unit ?? null;
      if (a !== b)
        return {
          bump: 'major',
          reason: column.kind === 'money' ? 'changed meaning (currency)' : 'changed meaning (unit)',
        };
    }
  }
  return { bump: 'patch', reason: 'correction' };
}

function compareTable(table: Table, before: CsvTable | undefined, after: CsvTable | undefined): RecordChange[] {
  const changes: RecordChange[] = [];
  const citation = isCitationTable(table);
  const isMain = table.primaryKey.length === 1 && table.primaryKey[0] === 'id';
  const beforeHeaders = before?.headers ?? [];
  const afterHeaders = after?.headers ?? [];
  if (before && after) {
    for (const h of afterHeaders.filter((x) => !beforeHeaders.includes(x))) {
      changes.push({
        table: table.name,
        kind: 'column-added',
        id: `${table.name}.${h}`,
        fields: [],
        bump: 'minor',
        summary: `new column ${table.name}.${h}`,
      });
    }
    for (const h of beforeHeaders.filter((x) => !afterHeaders.includes(x))) {
      changes.push({
        table: table.name,
        kind: 'column-removed',
        id: `${table.name}.${h}`,
        fields: [],
        bump: 'major',
        summary: `removed column ${table.name}.${h}`,
      });
    }
  }
  const index = (t: CsvTable | undefined) => {
    const map = new Map<string, Record<string, string>>();
    for (const row of t?.rows ?? []) {
      let key = keyOf(table, row);
      for (let n = 2; map.has(key); n++) key = `${keyOf(table, row)}\u0000#${n}`;
      map.set(key, row);
    }
    return map;
  };
  const old = index(before);
  const now = index(after);
  const removed: Record<string, string>[] = [];
  const added: Record<string, string>[] = [];
  for (const [key, row] of old) if (!now.has(key)) removed.push(row);
  for (const [key, row] of now) {
    const was = old.get(key);
    if (!was) {
      added.push(row);
      continue;
    }
    const fields: FieldChange[] = [];
    for (const h of new Set([...beforeHeaders, ...afterHeaders])) {
      if (!beforeHeaders.includes(h) || !afterHeaders.includes(h)) continue; // reported as a column change
      const from = was[h] ?? '';
      const to = row[h] ?? '';
      if (from !== to) fields.push({ column: h, from, to, ...classifyField(table, h, from, to) });
    }
    if (fields.length === 0) continue;
    const bump = fields.reduce<Bump | null>((b, f) => maxBump(b, f.bump), null) ?? 'patch';
    const label = recordLabel(table, row);
    const worst = fields.filter((f) => f.bump === bump);
    const summary = worst
      .map(
        (f) =>
          `${f.reason === 'correction' ? 'corrected' : f.reason} ${label} ${f.column} ${short(f.from, 40) || '∅'} → ${short(f.to, 40) || '∅'}`,
      )
      .join('; ');
    changes.push({ table: table.name, kind: 'changed', id: label, fields, bump, summary });
  }
  // A main-table row that differs only by its id: a changed id.
  if (isMain) {
    const rest = (row: Record<string, string>) =>
      Object.entries(row)
        .filter(([h]) => h !== 'id')
        .map(([h, v]) => `${h}=${v}`)
        .join('\u0000');
    for (let i = removed.length - 1; i >= 0; i--) {
      const gone = removed[i]!;
      const j = added.findIndex((row) => rest(row) === rest(gone));
      if (j === -1) continue;
      const fresh = added[j]!;
      removed.splice(i, 1);
      added.splice(j, 1);
      const from = recordLabel(table, gone);
      changes.push({
        table: table.name,
        kind: 'changed-id',
        id: from,
        fields: [{ column: 'id', from: gone['id'] ?? '', to: fresh['id'] ?? '', bump: 'major', reason: 'changed id' }],
        bump: 'major',
        summary: `changed id ${from} → ${fresh['id'] ?? ''}`,
      });
    }
  }
  for (const row of added) {
    const label = recordLabel(table, row);
    const bump: Bump = citation ? 'patch' : 'minor';
    const what = citation ? 'added citation' : isMain ? 'added record' : 'added fact';
    changes.push({ table: table.name, kind: 'added', id: label, fields: [], bump, summary: `${what} ${label}` });
  }
  for (const row of removed) {
    const label = recordLabel(table, row);
    const bump: Bump = citation ? 'patch' : 'major';
    const what = citation ? 'removed citation' : 'removed';
    changes.push({ table: table.name, kind: 'removed', id: label, fields: [], bump, summary: `${what} ${label}` });
  }
  return changes;
}

function packageName(root: string, dataset: DatasetName): string {
  try {
    const json = JSON.parse(readFileSync(join(root, 'datasets', dataset, 'package.json'), 'utf8')) as {
      name?: unknown;
    };
    if (typeof json.name === 'string' && json.name) return json.name;
  } catch {
    // No manifest yet: the conventional name.
  }
  return `@vnsti/${dataset}`;
}

/**
 * Compares the datasets at a git ref with the working tree: every `datasets/<dataset>/data/*.csv`
 * at the base (`git ls-tree` + `git show`) and on disk, rows keyed by each table's primary key
 * (authored column names from `@vnsti/schema`). Lists added, changed (with the cells) and removed
 * records per dataset and the semver bump each dataset package needs:
 *
 * - patch: a correction (a changed name, quote, date, number or source); a citation row
 *   (`<x>-sources.csv`) added or removed;
 * - minor: a new record, a new child fact (a position, a participant, an outcome…), a previously
 *   empty optional cell filled, a new column;
 * - major: a removed record or fact, an emptied cell, a removed column, a changed id (a removed
 *   record plus an added one; a main-table row differing only by id is reported as `changed-id`),
 *   a changed meaning (an enum or reference cell such as kind, indicator, status, role, place,
 *   organization, official, event; the unit words of a quantity; the currency of a money cell).
 *   A child row whose key cells change (a position's `title_vi`) is a removed fact plus a new one.
 *
 * @param options - See {@link DiffOptions}.
 * @returns The base used and one {@link DatasetDiff} per dataset.
 * @throws ContributeError when the base ref does not exist or `repoRoot` is not a git work tree.
 * @example
 * ```ts
 * const r = diff({ repoRoot: '.', base: 'main' });
 * r.datasets.find((d) => d.dataset === 'metrics')?.bump; // e.g. 'minor'
 * ```
 */
export function diff(options: DiffOptions): DiffResult {
  const root = resolve(options.repoRoot);
  if (git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
    throw new ContributeError(`${shown(root)} is not a git work tree`);
  }
  const base = options.base ?? defaultBase(root);
  if (base === null)
    throw new ContributeError(
      'no base to compare with: no @vnsti/* release tag, no origin/main, no main; pass --base <ref>',
    );
  // A ref starting with `-` would reach git as an option.
  if (base.startsWith('-') || !refExists(root, base))
    throw new ContributeError(`base ref ${shown(base)} does not exist`);
  const problems: string[] = [];
  const before = readAtRef(root, base, problems);
  const after = readWorkTree(root, problems);
  const result: DatasetDiff[] = [];
  for (const d of Object.values(datasets)) {
    const changes = d.tables.flatMap((t) => compareTable(t, before.get(t.name), after.get(t.name)));
    const bump = changes.reduce<Bump | null>((b, c) => maxBump(b, c.bump), null);
    result.push({ dataset: d.name, packageName: packageName(root, d.name), bump, changes });
  }
  return { base, datasets: result, problems };
}

/**
 * Formats a {@link DiffResult} for the terminal: per changed dataset, the bump it needs and one
 * line per change.
 */
export function formatDiff(result: DiffResult): string {
  const lines: string[] = [];
  const changed = result.datasets.filter((d) => d.bump !== null);
  lines.push(
    changed.length === 0 ? `No dataset changes since ${result.base}.` : `Dataset changes since ${result.base}:`,
  );
  for (const d of changed) {
    const count = (k: RecordChange['kind']) => d.changes.filter((c) => c.kind === k).length;
    lines.push(
      '',
      `${d.packageName}: ${d.bump} (${count('added')} added, ${count('changed') + count('changed-id')} changed, ${count('removed')} removed)`,
    );
    for (const c of d.changes) {
      lines.push(`  ${c.bump.padEnd(5)} ${c.summary}`);
      if (c.kind === 'changed') {
        for (const f of c.fields)
          lines.push(
            `          ${f.column}: ${short(f.from, 60) || '∅'} → ${short(f.to, 60) || '∅'} (${f.reason}, ${f.bump})`,
          );
      }
    }
  }
  for (const p of result.problems) lines.push(`warning: ${p}`);
  return `${lines.join('\n')}\n`;
}
