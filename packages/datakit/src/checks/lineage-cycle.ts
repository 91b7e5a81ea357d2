import type { LoadResult } from '../load.js';
import type { CodedProblem } from './coded-problem.js';
import { at, changeRows, UNIT_TABLES } from './unit-rows.js';

/**
 * `lineage-cycle`: following `successor` from a unit never comes back to it (Hải Dương merged into
 * Hải Phòng merged into Hải Dương is a cycle). Each cycle is reported once, at the `successor` cell
 * of its first row in file order.
 *
 * @example
 * ```ts
 * lineageCycles(loaded); // [] when every lineage leads somewhere that ends
 * ```
 * @internal
 */
export function lineageCycles(loaded: LoadResult): CodedProblem[] {
  const problems: CodedProblem[] = [];
  for (const spec of UNIT_TABLES) {
    const rows = changeRows(loaded, spec);
    const next = new Map<string, string[]>();
    for (const r of rows) next.set(r.unit, [...(next.get(r.unit) ?? []), r.successor]);
    const reported = new Set<string>();
    for (const r of rows) {
      if (reported.has(r.unit)) continue;
      const path = cycleThrough(r.unit, next);
      if (!path) continue;
      for (const id of path) reported.add(id);
      problems.push({
        code: 'lineage-cycle',
        ...at(r.table, r.row, 'successor'),
        message: `successor: the lineage comes back to ${JSON.stringify(r.unit)} (${[...path, path[0]].join(' → ')}); a unit cannot become part of itself`,
      });
    }
  }
  return problems;
}

/** The cycle through `start`, as the ids from it round to it, or `undefined`. */
function cycleThrough(start: string, next: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const path: string[] = [];
  const onPath = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): string[] | undefined => {
    if (id === start && path.length > 0) return [...path];
    if (onPath.has(id) || seen.has(id)) return undefined;
    seen.add(id);
    onPath.add(id);
    path.push(id);
    for (const successor of next.get(id) ?? []) {
      const found = visit(successor);
      if (found) return found;
    }
    path.pop();
    onPath.delete(id);
    return undefined;
  };
  return visit(start);
}
