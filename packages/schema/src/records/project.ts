import { z } from 'zod';
import { Id, LocalizedText, Money, Quantity, Sources } from '../values.js';

/** Where a project stands, as the source reports it. */
export const ProjectStatus = z
  .enum([
    'proposed',
    'mou',
    'approved',
    'licensed',
    'approved-and-licensed',
    'under-construction',
    'in-progress',
    'completed',
  ])
  .meta({
    id: 'ProjectStatus',
    description:
      'approved = chấp thuận chủ trương đầu tư; licensed = giấy chứng nhận đăng ký đầu tư; mou = biên bản ghi nhớ.',
  });
/** Where a project stands. */
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/**
 * An investment project, or a bundle of projects the source reports together (`kind: 'bundle'`,
 * with `count`), with investors, location, amount (Open Contracting `value`: amount, currency,
 * bound), area, sectors, status and the event where it was announced.
 *
 * @example
 * ```ts
 * Project.parse({
 *   id: 'khu-cong-nghe-so-tap-trung-tuan-chau', kind: 'project', status: 'approved',
 *   name: { vi: 'Khu Công nghệ số tập trung và khu phụ trợ', en: 'Tuan Chau concentrated digital technology park' },
 *   place: 'phuong-tuan-chau', investors: ['fpt'], sectors: ['ai', 'big-data'],
 *   investment: { amount: 138e9, currency: 'VND', bound: 'lower', text: 'hơn 138 tỷ đồng' },
 *   sources: [{ source: 's', quote: 'vốn hơn 138 tỷ đồng' }],
 * });
 * ```
 */
export const Project = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    kind: z.enum(['project', 'bundle']).describe('One project, or several reported together.'),
    count: Quantity.optional().describe('For a bundle: how many projects.'),
    place: Id.optional().describe('Id of the place where it is built.'),
    investors: z.array(Id).describe('Ids of investor organizations.'),
    investment: Money.optional().describe('Total investment or committed capital.'),
    area: Quantity.optional().describe('Land area.'),
    sectors: z.array(Id).describe('Sector tags, kebab-case (ai, big-data, iot, cybersecurity, …).'),
    status: ProjectStatus,
    event: Id.optional().describe('Id of the event where it was announced or approved.'),
    sources: Sources,
  })
  .meta({ id: 'Project', description: 'An investment project or bundle of projects.' });
/** An investment project or bundle. */
export type Project = z.infer<typeof Project>;
