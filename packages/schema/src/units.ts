import { addDays, parseIso } from '@vnsti/calendar';
import { NameInputError } from './names.js';

/**
 * What the as-of resolution needs of a unit (a place or an organization record): its names, its
 * validity and its lineage. `Place` and `Organization` records are units.
 *
 * @example
 * ```ts
 * const unit: Unit = { id: 'hai-duong', name: { vi: 'Hải Dương', en: 'Hai Duong' }, validUntil: '2025-06-30',
 *   changes: [{ change: 'merged-into', successor: 'hai-phong', date: '2025-07-01' }] };
 * ```
 */
export interface Unit {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly abbreviation?: string | undefined;
  readonly validFrom?: string | undefined;
  readonly validUntil?: string | undefined;
  readonly changes?: readonly { readonly change: string; readonly successor: string; readonly date: string }[];
  readonly aliases?: readonly string[];
}

/**
 * Checks that `day` is a real calendar day written `YYYY-MM-DD`.
 *
 * @throws {NameInputError} When it is not a string, not that shape, or not a real day ("2025-02-30").
 * @example
 * ```ts
 * requireDay('2025-07-01'); // '2025-07-01'
 * requireDay('2025-02-30'); // throws NameInputError
 * ```
 */
export function requireDay(day: unknown): string {
  if (typeof day !== 'string' || parseIso(day) === null) {
    const shown = typeof day === 'string' ? JSON.stringify(day.slice(0, 40)) : typeof day;
    throw new NameInputError(`expected asOf as a real calendar day YYYY-MM-DD, found ${shown}`);
  }
  return day;
}

/**
 * Whether a unit exists on a day (its validity interval includes it; open ends are open).
 *
 * @example
 * ```ts
 * validOn({ id: 'hai-duong', name: { vi: 'Hải Dương', en: 'Hai Duong' }, validUntil: '2025-06-30' }, '2025-07-01'); // false
 * ```
 */
export function validOn(unit: Pick<Unit, 'validFrom' | 'validUntil'>, day: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= day) && (unit.validUntil === undefined || day <= unit.validUntil)
  );
}

/**
 * The days on which dated units (or any spans with `validFrom` / `validUntil`) change: each
 * `validFrom`, and the day after each `validUntil`, once each and in order, each with the day
 * before it (the last day of what was before). Looking at a dated table on both days of every
 * change sees each of its states.
 *
 * @throws RangeError when a `validFrom` or `validUntil` is not a real calendar day `YYYY-MM-DD`.
 * @example
 * ```ts
 * changeDays([{ validUntil: '2025-06-30' }, { validFrom: '2025-07-01' }, {}]);
 * // [{ day: '2025-07-01', dayBefore: '2025-06-30' }]
 * ```
 */
export function changeDays(
  spans: readonly Pick<Unit, 'validFrom' | 'validUntil'>[],
): Array<{ day: string; dayBefore: string }> {
  const days = new Set<string>();
  for (const span of spans) {
    if (span.validFrom !== undefined) days.add(addDays(span.validFrom, 0));
    if (span.validUntil !== undefined) days.add(addDays(span.validUntil, 1));
  }
  return [...days].sort().map((day) => ({ day, dayBefore: addDays(day, -1) }));
}

/** One-to-one changes: the successor is the same unit under another name or kind. */
const SAME_UNIT = new Set(['renamed', 'reorganised-as']);

/**
 * Units indexed by folded name, answering "which unit does this name mean on this day". A name
 * matches a unit's Vietnamese or English name, abbreviation or alias (compared by `key`); the
 * answer is the matched unit if it was valid on the day, else the unit it became (or became part
 * of) by then, following lineage forward; a name of a unit that did not exist yet is followed back
 * through a rename or reorganisation. Unknown names and names that lead to two units give `undefined`.
 *
 * @example
 * ```ts
 * const index = new UnitIndex(places, placeNameKey);
 * index.resolve('tỉnh Hải Dương', { asOf: '2026-01-01' })?.id; // 'hai-phong'
 * ```
 */
export class UnitIndex<U extends Unit> {
  private readonly byKey = new Map<string, U[]>();
  private readonly byId = new Map<string, U>();
  private readonly predecessors = new Map<string, U[]>();

  /**
   * @param units - The units (records of one dataset).
   * @param key - The name folding to compare with, e.g. `placeNameKey`.
   */
  constructor(
    readonly units: readonly U[],
    private readonly key: (name: string) => string,
  ) {
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      const names = [unit.name.vi, unit.name.en, unit.abbreviation, ...(unit.aliases ?? [])];
      for (const name of names) {
        if (name === undefined) continue;
        const k = safeKey(key, name);
        if (k === '') continue;
        const list = this.byKey.get(k) ?? [];
        if (!list.includes(unit)) list.push(unit);
        this.byKey.set(k, list);
      }
      for (const change of unit.changes ?? []) {
        if (!SAME_UNIT.has(change.change)) continue;
        const list = this.predecessors.get(change.successor) ?? [];
        list.push(unit);
        this.predecessors.set(change.successor, list);
      }
    }
  }

  /**
   * The unit a name means on a day, or `undefined` when the name is unknown, empty, or leads to
   * more than one unit.
   *
   * @throws {NameInputError} When `name` is not a string or longer than `MAX_NAME_LENGTH`, or
   *   `asOf` is not a real calendar day.
   */
  resolve(name: string, options: { readonly asOf: string }): U | undefined {
    const day = requireDay((options as { asOf?: unknown } | undefined)?.asOf);
    const k = this.key(name);
    if (k === '') return undefined;
    const found = new Set<U>();
    for (const unit of this.byKey.get(k) ?? []) {
      const answer = this.onDay(unit, day);
      if (answer) found.add(answer);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The units valid on a day, in the order given. @throws {NameInputError} For a bad day. */
  validOn(day: string): U[] {
    const checked = requireDay(day);
    return this.units.filter((unit) => validOn(unit, checked));
  }

  /** The unit that `unit` is, or became part of, on `day`; `undefined` when none or more than one. */
  private onDay(unit: U, day: string): U | undefined {
    if (validOn(unit, day)) return unit;
    if (unit.validFrom !== undefined && day < unit.validFrom) return this.back(unit, day, new Set());
    return this.forward(unit, day, new Set());
  }

  private forward(unit: U, day: string, seen: Set<string>): U | undefined {
    if (seen.has(unit.id)) return undefined; // a lineage cycle: `vnsti validate` reports it
    seen.add(unit.id);
    if (validOn(unit, day)) return unit;
    const next = (unit.changes ?? []).filter((c) => c.date <= day);
    if (next.length !== 1) return undefined;
    const successor = this.byId.get(next[0]!.successor);
    return successor ? this.forward(successor, day, seen) : undefined;
  }

  private back(unit: U, day: string, seen: Set<string>): U | undefined {
    if (seen.has(unit.id)) return undefined;
    seen.add(unit.id);
    if (validOn(unit, day)) return unit;
    const before = this.predecessors.get(unit.id) ?? [];
    if (before.length !== 1) return undefined;
    return this.back(before[0]!, day, seen);
  }
}

/** The key of a stored name; a stored name too long to fold is skipped, not thrown on. */
function safeKey(key: (name: string) => string, name: string): string {
  try {
    return key(name);
  } catch {
    return '';
  }
}
