/**
 * `@vnsti/organizations`: the ministries and ministry-level agencies before and after the
 * 2025-03-01 reorganisation of the Government, the People's Committees of the province-level units,
 * and the bodies the records name, as deeply frozen records, with resolvers that answer which body
 * a name means on a given day.
 *
 * @packageDocumentation
 */
import type { OrganizationRecord } from '@vnsti/schema';
import { organizationNameKey, UnitIndex } from '@vnsti/schema/resolve';
import { organizations } from './data.js';

export { MAX_NAME_LENGTH, NameInputError } from '@vnsti/schema/resolve';
export { organizationById, organizations } from './data.js';

/**
 * Options of {@link resolveOrganization}.
 *
 * @example
 * ```ts
 * const options: ResolveOptions = { asOf: '2025-03-01' };
 * ```
 */
export interface ResolveOptions {
  /** The day the name is read on, `YYYY-MM-DD` (e.g. the article's date). */
  readonly asOf: string;
}

let index: UnitIndex<OrganizationRecord> | undefined;
const organizationIndex = (): UnitIndex<OrganizationRecord> => {
  index ??= new UnitIndex(organizations, organizationNameKey);
  return index;
};

/** Kinds counted as the Government's ministries and ministry-level agencies. */
const MINISTRY_LEVEL: ReadonlySet<string> = new Set(['ministry', 'ministry-level-agency']);

/**
 * The organization a name means on a day. The name may be the full Vietnamese or English name, the
 * abbreviation or an alias news uses ("Bộ KH&CN", "Bộ KHCN", "Bộ TT&TT", "UBND tỉnh …", "UBND
 * TP.…"), in any case, NFC or NFD, either tone-mark placement. The answer is the named body if it
 * existed on `asOf`, else the body it became or was merged into by then.
 *
 * @param name - The name as written; at most {@link MAX_NAME_LENGTH} characters.
 * @param options - `asOf`: the day, `YYYY-MM-DD`.
 * @returns The organization, or `undefined` when the name is empty, unknown, or leads to two bodies.
 * @throws {NameInputError} When `name` is not a string or is longer than {@link MAX_NAME_LENGTH},
 *   or `asOf` is not a real calendar day.
 * @example
 * ```ts
 * resolveOrganization('Bộ TT&TT', { asOf: '2024-06-01' })?.id; // 'bo-thong-tin-va-truyen-thong'
 * resolveOrganization('Bộ TT&TT', { asOf: '2025-03-01' })?.id; // 'bo-khoa-hoc-va-cong-nghe'
 * ```
 */
export function resolveOrganization(name: string, options: ResolveOptions): OrganizationRecord | undefined {
  return organizationIndex().resolve(name, options);
}

/**
 * The ministries and ministry-level agencies that exist on a day, by id.
 *
 * @param date - The day, `YYYY-MM-DD`.
 * @returns The bodies valid on that day (22 before 2025-03-01, 17 from then, with the full data).
 * @throws {NameInputError} When `date` is not a real calendar day.
 * @example
 * ```ts
 * ministriesAsOf('2025-03-01').some((o) => o.id === 'bo-thong-tin-va-truyen-thong'); // false
 * ```
 */
export function ministriesAsOf(date: string): OrganizationRecord[] {
  return organizationIndex()
    .validOn(date)
    .filter((organization) => MINISTRY_LEVEL.has(organization.kind));
}
