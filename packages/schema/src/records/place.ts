import { z } from 'zod';
import { Id, IsoDate, LocalizedText, SourceRef, Sources } from '../values.js';
import { LineageChange } from './lineage.js';
import { validityIsOrdered } from './validity.js';

/** What kind of administrative unit or area a place is. */
export const PlaceKind = z
  .enum([
    'country',
    'region',
    'province',
    'centrally-run-city',
    'city',
    'district',
    'ward',
    'commune',
    'special-zone',
    'economic-zone',
    'venue',
  ])
  .meta({ id: 'PlaceKind', description: 'Administrative level or kind of place.' });
/** Kind of place. */
export type PlaceKind = z.infer<typeof PlaceKind>;

/** An official administrative code: two digits for a province-level unit ("01" Hà Nội). */
const AdministrativeCode = z
  .string()
  .regex(/^[0-9]{2,5}$/, { error: 'expected the official administrative code as 2 to 5 digits, e.g. "01"' });

/**
 * An official code a place had for a span of days, under the code list cited (Decision
 * 124/2004/QĐ-TTg until 2025-06-30, 19/2025/QĐ-TTg from 2025-07-01). A code can pass from one unit
 * to another (Yên Bái's 15 is Lào Cai's from 2025-07-01), so a code names one unit only on a day.
 *
 * @example
 * ```ts
 * PlaceCode.parse({ code: '10', validUntil: '2025-06-30', sources: [{ source: 'qd-124-2004-qd-ttg', locator: 'Bảng danh mục cấp tỉnh, mã 10' }] });
 * ```
 */
export const PlaceCode = z
  .strictObject({
    code: AdministrativeCode.describe('The code as the list writes it ("01").'),
    validFrom: IsoDate.optional().describe('First day the place had this code under the cited list.'),
    validUntil: IsoDate.optional().describe('Last day the place had this code under the cited list.'),
    sources: Sources,
  })
  .refine(validityIsOrdered, { error: 'expected validUntil ≥ validFrom', path: ['validUntil'] })
  .meta({ id: 'PlaceCode', description: 'An official code of a place, with the days it held it.' });
/** A dated official code of a place. */
export type PlaceCode = z.infer<typeof PlaceCode>;

/**
 * A place: a country, province, centrally-run city, ward… with its parent, its official
 * administrative code, the days it is valid for and its lineage. A unit that continues after a
 * reorganisation keeps its id (Hải Phòng from 2025-07-01 is `hai-phong`, grown); a unit that ends
 * has `validUntil` (the day before the change) and a `merged-into`, `renamed` or `reorganised-as`
 * step in `changes` naming its successor. `aliases` are names news uses that name folding cannot
 * derive ("Sài Gòn", "TP.HCM").
 *
 * @example
 * ```ts
 * Place.parse({
 *   id: 'hai-duong', name: { vi: 'Hải Dương', en: 'Hai Duong' }, kind: 'province', code: '30', parent: 'viet-nam',
 *   validUntil: '2025-06-30', sources: [],
 *   changes: [{ change: 'merged-into', successor: 'hai-phong', date: '2025-07-01', sources: [{ source: 'nq-202-2025-qh15', locator: 'Điều 1, khoản 5' }] }],
 * });
 * ```
 */
export const Place = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    kind: PlaceKind,
    code: AdministrativeCode.optional().describe(
      'Official administrative code at the end of its validity (two digits for a province-level unit, e.g. "01" Hà Nội); every code it had, with dates, is in `codes`.',
    ),
    parent: Id.optional().describe('Id of the enclosing place.'),
    validFrom: IsoDate.optional().describe('First day the place exists in this form.'),
    validUntil: IsoDate.optional().describe('Last day the place exists in this form.'),
    changes: z.array(LineageChange).optional().describe('What the place became, from which day (lineage).'),
    aliases: z.array(z.string().min(1)).optional().describe('Other names news uses for it, as written.'),
    codes: z.array(PlaceCode).optional().describe('Every official code it had, with the days it had each.'),
    sources: z.array(SourceRef).describe('Sources that mention or describe the place.'),
  })
  .refine(validityIsOrdered, { error: 'expected validUntil ≥ validFrom', path: ['validUntil'] })
  .meta({ id: 'Place', description: 'A place, with its code, parent, validity dates and lineage.' });
/** A place. */
export type Place = z.infer<typeof Place>;
