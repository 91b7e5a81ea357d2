import { z } from 'zod';
import { DateValue, Id, LocalizedText, Money, Quantity, Sources } from '../values.js';

/** What kind of gathering an event is (schema.org `Event` subtypes, narrowed). */
export const EventKind = z
  .enum(['conference', 'forum', 'exhibition', 'fair', 'ceremony', 'meeting', 'workshop', 'summit', 'event-series'])
  .meta({ id: 'EventKind', description: 'Kind of event.' });
/** Kind of event. */
export type EventKind = z.infer<typeof EventKind>;

/** What a person did at an event. */
export const ParticipantRole = z
  .enum(['chaired', 'co-chaired', 'opened', 'keynote', 'spoke', 'welcomed', 'attended', 'presented', 'signed'])
  .meta({ id: 'ParticipantRole', description: 'What the person did at the event.' });
/** What a person did at an event. */
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/**
 * A person at an event (schema.org `performer`/`attendee`), with their role and citation.
 *
 * @example
 * ```ts
 * Participant.parse({ official: 'vu-hai-quan', role: 'spoke', sources: [{ source: 's', quote: 'Phát biểu tại hội nghị' }] });
 * ```
 */
export const Participant = z
  .strictObject({
    official: Id.describe('Id of the person in the officials dataset.'),
    role: ParticipantRole,
    sources: Sources,
  })
  .meta({ id: 'Participant', description: 'A person at an event and their role.' });
/** A person at an event. */
export type Participant = z.infer<typeof Participant>;

/**
 * An organization behind an event (schema.org `organizer`), with its part in it and the citation
 * that says so.
 *
 * @example
 * ```ts
 * Organiser.parse({
 *   organization: 'ubnd-tinh-quang-ninh', role: 'organiser',
 *   sources: [{ source: 's', quote: 'tỉnh Quảng Ninh đã tổ chức Hội nghị' }],
 * });
 * ```
 */
export const Organiser = z
  .strictObject({
    organization: Id.describe('Id of the organization.'),
    role: z.enum(['organiser', 'co-chair', 'co-organiser', 'host']).describe('Its part in the event.'),
    sources: Sources,
  })
  .meta({ id: 'Organiser', description: 'An organization behind an event.' });
/** An organization behind an event. */
export type Organiser = z.infer<typeof Organiser>;

/**
 * Something an event produced: decisions handed over, agreements signed, projects approved, with
 * the count and the money the source gives ("7 dự án, với tổng mức đầu tư hơn 16.000 tỷ đồng").
 *
 * @example
 * ```ts
 * Outcome.parse({
 *   kind: 'investment-approval', description: { vi: 'trao quyết định… cho 7 dự án', en: 'approvals for 7 projects' },
 *   count: { value: 7, unit: 'project', bound: 'exact' },
 *   money: { amount: 16e12, currency: 'VND', bound: 'lower' }, sources: [{ source: 's', quote: 'cho 7 dự án' }],
 * });
 * ```
 */
export const Outcome = z
  .strictObject({
    kind: z
      .enum(['investment-approval', 'investment-certificate', 'agreement', 'mou', 'commitment', 'declaration', 'other'])
      .describe('What kind of result.'),
    description: LocalizedText,
    count: Quantity.optional().describe('How many (projects, agreements, …).'),
    money: Money.optional().describe('Money involved (total investment, committed capital, …).'),
    sources: Sources,
  })
  .meta({ id: 'Outcome', description: 'A result of an event, with count and money.' });
/** A result of an event. */
export type Outcome = z.infer<typeof Outcome>;

/**
 * A conference, forum, exhibition or meeting (schema.org `Event`): when (a date value with part of
 * day), where, who organised it, its theme, how many attended, who took part and what came of it.
 *
 * @example
 * ```ts
 * Event.parse({
 *   id: 'quang-ninh-investment-promotion-conference-2025', kind: 'conference',
 *   name: { vi: 'Hội nghị Xúc tiến đầu tư…', en: 'Investment promotion conference…' },
 *   date: { start: '2025-11-24', end: '2025-11-24', precision: 'day', partOfDay: 'morning' },
 *   place: 'quang-ninh', organisers: [], participants: [], outcomes: [],
 *   sources: [{ source: 's', quote: 'Ngày 24/11/2025' }],
 * });
 * ```
 */
export const Event = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    kind: EventKind,
    date: DateValue,
    place: Id.describe('Id of the place (city or province) where it was held.'),
    placeHistorical: z
      .boolean()
      .optional()
      .describe(
        'True when `place` deliberately names a unit no longer valid on the event’s date (as the source wrote it).',
      ),
    document: Id.optional().describe('Id of the document (law, resolution…) the event carries out or discusses.'),
    venue: LocalizedText.optional().describe('Building or hall, as written.'),
    partOf: Id.optional().describe('Id of the event series this event belongs to.'),
    theme: LocalizedText.optional().describe('Theme or slogan, as written.'),
    attendance: Quantity.optional().describe('How many attended ("hơn 450 đại biểu").'),
    organisers: z.array(Organiser),
    participants: z.array(Participant),
    outcomes: z.array(Outcome),
    sources: Sources,
  })
  .meta({ id: 'Event', description: 'A conference, forum or meeting (schema.org Event).' });
/** A conference, forum or meeting. */
export type Event = z.infer<typeof Event>;
