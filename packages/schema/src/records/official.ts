import { z } from 'zod';
import { Id, IsoDate, LocalizedText, Sources } from '../values.js';

/**
 * A post a person holds (Popolo `Membership` of a `Post`): the title as written, the organization,
 * the date a source observed it (`asOf`), and start/end when known. A person's posts over time are
 * separate positions: never overwritten.
 *
 * `asOf` is the date of the article that names the post (by default its publication date): the
 * person held the post on that day, nothing more. It is not when the post began or ended: those
 * are `start` and `end`, filled only where a cited document gives them.
 *
 * @example
 * ```ts
 * Position.parse({
 *   title: { vi: 'Chủ tịch UBND tỉnh Quảng Ninh', en: 'Chairman of the Quang Ninh Provincial People’s Committee' },
 *   organization: 'ubnd-tinh-quang-ninh', asOf: '2025-11-24',
 *   sources: [{ source: 'tbtco-2025-11-24-quang-ninh', quote: 'Chủ tịch UBND tỉnh Quảng Ninh' }],
 * });
 * ```
 */
export const Position = z
  .strictObject({
    title: LocalizedText.describe('Title as the source writes it, with an English rendering.'),
    organization: Id.optional().describe('Id of the organization the post belongs to.'),
    organizationHistorical: z
      .boolean()
      .optional()
      .describe('True when `organization` deliberately names a body no longer valid on `asOf`.'),
    asOf: IsoDate.describe(
      'Date of the source that observed the person in this post (its publication date); not the start of the post.',
    ),
    start: IsoDate.optional().describe('First day in the post, only where a cited document gives it.'),
    end: IsoDate.optional().describe('Last day in the post, only where a cited document gives it.'),
    sources: Sources,
  })
  .refine((p) => !p.start || !p.end || p.end >= p.start, { error: 'expected end ≥ start', path: ['end'] })
  .meta({ id: 'Position', description: 'A post held by a person, as observed on a date (Popolo Membership).' });
/** A post held by a person. */
export type Position = z.infer<typeof Position>;

/**
 * A named person (Popolo `Person`): an official, a diplomat or a business leader, with every
 * post the sources give them.
 *
 * @example
 * ```ts
 * Official.parse({ id: 'bui-van-khang', name: { vi: 'Bùi Văn Khắng', en: 'Bui Van Khang' }, positions: [position] });
 * ```
 */
export const Official = z
  .strictObject({
    id: Id,
    name: LocalizedText.describe('Full name as written; English is the name without diacritics.'),
    positions: z.array(Position).min(1, { error: 'expected at least one position, found none' }),
  })
  .meta({ id: 'Official', description: 'A named person with their positions (Popolo Person).' });
/** A named person with their positions. */
export type Official = z.infer<typeof Official>;
