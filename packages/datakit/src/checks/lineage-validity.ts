import { addDays } from '@vnsti/dates';
import { validOn } from '@vnsti/schema';
import type { CheckRule } from './rule.js';
import { at, report, changeRows, UNIT_TABLES, unitRows } from './unit-rows.js';

/**
 * `lineage-validity`: a unit that changes into a successor on `date` ends the day before
 * (`valid_until` = `date` − 1: later is an overlap, earlier a gap), and the successor exists on
 * `date` (a successor that starts later leaves a gap; one that had already ended, an impossible step).
 *
 * @example
 * ```ts
 * lineageValidity.run(new CheckContext(loaded, collector)); // reports nothing when every change row meets both ends
 * ```
 */
export const lineageValidity: CheckRule = {
  code: 'lineage-validity',
  description: 'a unit that changes on a date ends the day before, and its successor exists that day',
  run(ctx) {
    for (const spec of UNIT_TABLES) {
      const units = unitRows(ctx, spec);
      for (const r of changeRows(ctx, spec)) {
        const unit = units.get(r.unit);
        const successor = units.get(r.successor);
        if (!unit || !successor) continue; // a dangling reference is the reference check's
        const dayBefore = addDays(r.date, -1);
        if (unit.validUntil !== dayBefore) {
          const what =
            unit.validUntil === undefined
              ? 'has no valid_until, so it stays valid beside its successor (an overlap)'
              : unit.validUntil > dayBefore
                ? `is valid until ${unit.validUntil}, after its successor takes over (an overlap)`
                : `ends on ${unit.validUntil}, leaving a gap before ${r.date}`;
          report(
            ctx,
            'lineage-validity',
            at(unit.table, unit.row, 'valid_until'),
            `valid_until: expected ${dayBefore}, the day before ${r.unit} ${r.change} ${r.successor} on ${r.date} (${r.table.file}:${r.row.line}); it ${what}`,
          );
        }
        if (!validOn(successor, r.date)) {
          report(
            ctx,
            'lineage-validity',
            at(r.table, r.row, 'date'),
            `date: ${r.successor} is not valid on ${r.date} (valid ${successor.validFrom ?? '…'} to ${successor.validUntil ?? '…'}), so ${r.unit} has no successor that day (a gap)`,
          );
        }
      }
    }
  },
};
