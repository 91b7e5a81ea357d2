import { type TableName, tables } from '@vnsti/schema';
import type { Collector } from '../collector.js';
import type { LoadResult } from '../load.js';
import type { ProblemCode } from '../problems.js';
import type { LoadedTable } from '../rows/types.js';

/**
 * What a check rule reads and where it reports: the datasets read and assembled, and the
 * collector (a cell that already has a problem gets no second one).
 * @internal
 */
export class CheckContext {
  private readonly ids = new Map<TableName, Set<string> | null>();
  constructor(
    readonly loaded: LoadResult,
    readonly collector: Collector,
  ) {}

  /** The table as read, when its dataset was read. */
  table(name: TableName): LoadedTable | undefined {
    return this.loaded.datasets.get(tables[name].dataset)?.tables.find((t) => t.table.name === name);
  }

  /** The ids of a table's rows; `null` when the table could not be read (its problems say why). */
  idsOf(name: TableName): Set<string> | null {
    if (this.ids.has(name)) return this.ids.get(name)!;
    const t = this.table(name);
    const set = t?.readable
      ? new Set(t.rows.map((r) => r.values['id']).filter((v): v is string => typeof v === 'string'))
      : null;
    this.ids.set(name, set);
    return set;
  }

  /** Every table read, with its dataset's name. */
  *tables(): Generator<LoadedTable> {
    for (const dataset of this.loaded.datasets.values()) yield* dataset.tables;
  }
}

/**
 * One check over what was read: a stable code (every problem it reports carries it), a short
 * description for the docs, and the check itself.
 *
 * @example
 * ```ts
 * const rule: CheckRule = { code: 'reference', description: 'references resolve', run: (ctx) => {} };
 * ```
 */
export interface CheckRule {
  /** The code of every problem the rule reports. */
  readonly code: ProblemCode;
  /** What the rule checks, in one line. */
  readonly description: string;
  /** Runs the check, reporting into `ctx.collector`. */
  run(ctx: CheckContext): void;
}
