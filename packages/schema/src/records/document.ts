import { z } from 'zod';
import { Id, IsoDate, LocalizedText, SourceRef } from '../values.js';

/** What kind of legal or policy document it is. */
export const DocumentKind = z
  .enum(['law', 'resolution', 'decree', 'decision', 'directive', 'plan', 'conclusion', 'circular', 'strategy', 'other'])
  .meta({ id: 'DocumentKind', description: 'Kind of legal or policy document.' });
/** Kind of document. */
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * A legal or policy document the data rests on (a law, a National Assembly resolution, a Politburo
 * resolution, a decree…): its number as the State writes it, its kind, its issuing body (an
 * organization id), the days it was signed and took effect, its title in Vietnamese and English and
 * its official URL. Lineage rows cite such a document through the sources dataset; events and
 * metrics may name one in their `document` column.
 *
 * @example
 * ```ts
 * Document.parse({
 *   id: 'nq-202-2025-qh15', number: '202/2025/QH15', kind: 'resolution', issuer: 'quoc-hoi',
 *   title: { vi: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh', en: 'Resolution on the reorganisation of province-level administrative units' },
 *   signed: '2025-06-12', effective: '2025-06-12', url: 'https://example.gov.vn/nq-202', sources: [],
 * });
 * ```
 */
export const Document = z
  .strictObject({
    id: Id,
    number: z.string().trim().min(1).describe('Number and symbol as published, e.g. "202/2025/QH15", "57-NQ/TW".'),
    kind: DocumentKind,
    title: LocalizedText.describe('Title, Vietnamese as published, with English.'),
    issuer: Id.describe('Id of the issuing organization.'),
    signed: IsoDate.describe('Day it was signed or adopted.'),
    effective: IsoDate.optional().describe('Day it took effect.'),
    url: z.url().optional().describe('Official URL of the text.'),
    sources: z.array(SourceRef).describe('Where the number, dates and title were read.'),
  })
  .refine((d) => !d.effective || d.effective >= d.signed, {
    error: 'expected effective ≥ signed',
    path: ['effective'],
  })
  .meta({ id: 'Document', description: 'A law, resolution, decree… with number, issuer, dates and URL.' });
/** A legal or policy document. */
export type Document = z.infer<typeof Document>;
