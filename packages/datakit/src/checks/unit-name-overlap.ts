import type { CheckRule } from './rule.js';
import { at, report, UNIT_TABLES, type UnitRow, unitRows } from './unit-rows.js';

/**
 * `unit-name-overlap`: two units of the same kind whose Vietnamese names fold to the same key
 * (`placeNameKey`, `organizationNameKey`) are never valid on the same day, or a name could not be
 * resolved. Reported at the `name_vi` cell of the later row.
 *
 * @example
 * ```ts
 * unitNameOverlaps.run(new CheckContext(loaded, collector)); // reports nothing when each name means one unit on every day
 * ```
 */
export const unitNameOverlaps: CheckRule = {
  code: 'unit-name-overlap',
  description: 'two units of the same kind whose names fold alike are never valid on the same day',
  run(ctx) {
    for (const spec of UNIT_TABLES) {
      const byName = new Map<string, UnitRow[]>();
      for (const unit of unitRows(ctx, spec).values()) {
        if (unit.nameKey === '') continue;
        const key = `${unit.kind}\u0000${unit.nameKey}`;
        const earlier = byName.get(key) ?? [];
        const clash = earlier.find((other) => overlap(other, unit));
        if (clash) {
          report(
            ctx,
            'unit-name-overlap',
            at(unit.table, unit.row, 'name_vi'),
            `name_vi: ${unit.id} and ${clash.id} (line ${clash.row.line}) are both ${unit.kind} named ${JSON.stringify(unit.nameKey)} and valid on the same days; give them validity intervals that do not overlap`,
          );
        }
        earlier.push(unit);
        byName.set(key, earlier);
      }
    }
  },
};

/** Whether two validity intervals share a day (open ends are open). */
function overlap(a: UnitRow, b: UnitRow): boolean {
  const start = [a.validFrom, b.validFrom]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const end = [a.validUntil, b.validUntil].filter((d): d is string => d !== undefined).sort()[0];
  return start === undefined || end === undefined || start <= end;
}
