import { z } from 'zod';
import { Id, IsoDate, LocalizedText, SourceRef } from '../values.js';

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

/**
 * A place: a country, province, centrally-run city, ward… with its parent and the dates it is
 * valid for, so that mergers (Hải Phòng with Hải Dương from 2025-07-01) can be expressed.
 *
 * @example
 * ```ts
 * Place.parse({ id: 'quang-ninh', name: { vi: 'Quảng Ninh', en: 'Quang Ninh' }, kind: 'province', parent: 'viet-nam', sources: [] });
 * ```
 */
export const Place = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    kind: PlaceKind,
    parent: Id.optional().describe('Id of the enclosing place.'),
    validFrom: IsoDate.optional().describe('First day the place exists in this form.'),
    validUntil: IsoDate.optional().describe('Last day the place exists in this form.'),
    sources: z.array(SourceRef).describe('Sources that mention or describe the place.'),
  })
  .refine((p) => !p.validFrom || !p.validUntil || p.validUntil >= p.validFrom, {
    error: 'expected validUntil ≥ validFrom',
    path: ['validUntil'],
  })
  .meta({ id: 'Place', description: 'A place, with its parent and validity dates.' });
/** A place. */
export type Place = z.infer<typeof Place>;
