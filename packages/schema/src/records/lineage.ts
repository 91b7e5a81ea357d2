import { z } from 'zod';
import { Id, IsoDate, Sources } from '../values.js';

/**
 * How a unit (a province, a ministry) ended or changed into another one:
 * `merged-into` (its territory or duties became part of the successor, which continues or is new),
 * `renamed` (the same unit under a new name and id), `reorganised-as` (the same area or duties as a
 * unit of another kind, e.g. Thừa Thiên Huế province → Huế centrally-run city).
 *
 * @example
 * ```ts
 * ChangeKind.parse('merged-into');
 * ```
 */
export const ChangeKind = z
  .enum(['merged-into', 'renamed', 'reorganised-as'])
  .meta({ id: 'ChangeKind', description: 'merged-into | renamed | reorganised-as.' });
/** How a unit ended or changed into another. */
export type ChangeKind = z.infer<typeof ChangeKind>;

/**
 * One lineage step of a place or an organization: what it became (`successor`), how, and from
 * which day (`date`, the first day of the new arrangement), citing the legal document.
 *
 * @example
 * ```ts
 * LineageChange.parse({
 *   change: 'merged-into', successor: 'hai-phong', date: '2025-07-01',
 *   sources: [{ source: 'nq-202-2025-qh15', locator: 'Điều 1, khoản 3' }],
 * });
 * ```
 */
export const LineageChange = z
  .strictObject({
    change: ChangeKind,
    successor: Id.describe('Id of the unit it became or became part of.'),
    date: IsoDate.describe('First day of the new arrangement (the day after the unit’s validUntil).'),
    sources: Sources,
  })
  .meta({ id: 'LineageChange', description: 'What a unit became, how and from which day, with the document.' });
/** One lineage step. */
export type LineageChange = z.infer<typeof LineageChange>;
