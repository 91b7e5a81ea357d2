import { z } from 'zod';
import { Id, IsoDate, LocalizedText, SourceRef } from '../values.js';
import { LineageChange } from './lineage.js';
import { validityIsOrdered } from './validity.js';

/** What kind of body an organization is. */
export const OrganizationKind = z
  .enum([
    'party-body',
    'party-committee',
    'government',
    'ministry',
    'ministry-level-agency',
    'peoples-committee',
    'peoples-council',
    'provincial-department',
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
 * company, institute, association…, with its abbreviation, place and parent body, the days it is
 * valid for and its lineage (a continuing ministry keeps its id: Bộ Khoa học và Công nghệ absorbed
 * Bộ Thông tin và Truyền thông on 2025-03-01, whose `changes` say `merged-into` it). `aliases` are
 * the short forms news writes ("Bộ KH&CN", "Bộ KHCN", "Bộ TT&TT").
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
    validFrom: IsoDate.optional().describe('First day the organization exists in this form.'),
    validUntil: IsoDate.optional().describe('Last day the organization exists in this form.'),
    changes: z.array(LineageChange).optional().describe('What the organization became, from which day (lineage).'),
    aliases: z.array(z.string().min(1)).optional().describe('Short forms and other names news uses, as written.'),
    sources: z.array(SourceRef).describe('Sources that name the organization.'),
  })
  .refine(validityIsOrdered, { error: 'expected validUntil ≥ validFrom', path: ['validUntil'] })
  .meta({ id: 'Organization', description: 'An organization (Popolo).' });
/** An organization. */
export type Organization = z.infer<typeof Organization>;
