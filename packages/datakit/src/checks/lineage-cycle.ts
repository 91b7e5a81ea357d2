import type { CheckRule } from './rule.js';
import { at, report, changeRows, UNIT_TABLES } from './unit-rows.js';

/**
 * `lineage-cycle`: following `successor` from a unit never comes back to it (Hải Dương merged into
 * Hải Phòng merged into Hải Dương is a cycle). Each cycle is reported once, at the `successor` cell
 * of its first row in file order.
 *
 * @example
 * ```ts
 * lineageCycles.run(new CheckContext(loaded, collector)); // reports nothing when every lineage leads somewhere that ends
 * ```
 */
export const lineageCycles: CheckRule = {
  code: 'lineage-cycle',
  description: 'following successor never comes back to the unit it started from',
  run(ctx) {
    for (const spec of UNIT_TABLES) {
      const rows = changeRows(ctx, spec);
      const next = new Map<string, string[]>();
      for (const r of rows) next.set(r.unit, [...(next.get(r.unit) ?? []), r.successor]);
      const reported = new Set<string>();
      for (const r of rows) {
        if (reported.has(r.unit)) continue;
        const path = cycleThrough(r.unit, next);
        if (!path) continue;
        for (const id of path) reported.add(id);
        report(
          ctx,
          'lineage-cycle',
          at(r.table, r.row, 'successor'),
          `successor: the lineage comes back to ${JSON.stringify(r.unit)} (${[...path, path[0]].join(' → ')}); a unit cannot become part of itself`,
        );
      }
    }
  },
};

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
