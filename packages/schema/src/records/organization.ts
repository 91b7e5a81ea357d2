import { z } from 'zod';
import { Id, LocalizedText, SourceRef } from '../values.js';

/** What kind of body an organization is. */
export const OrganizationKind = z
  .enum([
    'party-body',
    'party-committee',
    'government',
    'ministry',
    'peoples-committee',
    'peoples-council',
    'national-assembly',
    'department',
    'agency',
    'institute',
    'university',
    'association',
    'embassy',
    'company',
    'international-organization',
    'media',
    'other',
  ])
  .meta({ id: 'OrganizationKind', description: 'Kind of organization.' });
/** Kind of organization. */
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/**
 * An organization (Popolo `Organization`): a ministry, people's committee, party committee,
 * company, institute, association…, with its abbreviation, place and parent body.
 *
 * @example
 * ```ts
 * Organization.parse({
 *   id: 'bo-khoa-hoc-va-cong-nghe', kind: 'ministry', abbreviation: 'Bộ KH&CN',
 *   name: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' }, sources: [],
 * });
 * ```
 */
export const Organization = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    abbreviation: z.string().min(1).optional().describe('Short form as written, e.g. "Bộ KH&CN", "FPT".'),
    kind: OrganizationKind,
    place: Id.optional().describe('Id of the place the organization belongs to or sits in.'),
    parent: Id.optional().describe('Id of the parent organization.'),
    sources: z.array(SourceRef).describe('Sources that name the organization.'),
  })
  .meta({ id: 'Organization', description: 'An organization (Popolo).' });
/** An organization. */
export type Organization = z.infer<typeof Organization>;
