import type { DocumentId, EventId, MetricId, OfficialId, OrganizationId, PlaceId, ProjectId, SourceId } from './ids.js';
import type { DeepReadonly } from './readonly.js';
import type { Document } from './records/document.js';
import type { Event, Organiser, Outcome, Participant } from './records/event.js';
import type { LineageChange } from './records/lineage.js';
import type { Metric } from './records/metric.js';
import type { Official, Position } from './records/official.js';
import type { Organization } from './records/organization.js';
import type { Place } from './records/place.js';
import type { Project } from './records/project.js';
import type { Source } from './records/source.js';
import type { SourceRef } from './values.js';

/**
 * A citation as published: the source id typed.
 *
 * @example
 * ```ts
 * const citation: CitationRecord = events[0]!.sources[0]!;
 * ```
 */
export type CitationRecord = DeepReadonly<Omit<SourceRef, 'source'> & { source: SourceId }>;

/**
 * A source as `@vnsti/sources` publishes it: deeply read-only, its id typed.
 *
 * @example
 * ```ts
 * const source: SourceRecord | undefined = sourceById('tpo-2025-11-25-thu-truong-khcn-goi-y-quang-ninh-ung-dung-ai');
 * ```
 */
export type SourceRecord = DeepReadonly<Omit<Source, 'id'> & { id: SourceId }>;

/**
 * A place as `@vnsti/places` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const parent: PlaceId | undefined = placeById('quang-ninh')?.parent;
 * ```
 */
export type PlaceRecord = DeepReadonly<
  Omit<Place, 'id' | 'parent' | 'changes' | 'sources'> & {
    id: PlaceId;
    parent?: PlaceId;
    changes?: LineageRecord<PlaceId>[];
    sources: CitationRecord[];
  }
>;

/**
 * A lineage step as published inside a {@link PlaceRecord} or an {@link OrganizationRecord}: the
 * successor typed by the unit's own table.
 *
 * @typeParam Unit - The id type of the units (`PlaceId`, `OrganizationId`).
 * @example
 * ```ts
 * const next: PlaceId | undefined = placeById('hai-duong')?.changes?.[0]?.successor;
 * ```
 */
export type LineageRecord<Unit extends string> = DeepReadonly<
  Omit<LineageChange, 'successor' | 'sources'> & { successor: Unit; sources: CitationRecord[] }
>;

/**
 * An organization as `@vnsti/organizations` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const place: PlaceId | undefined = organizationById('ubnd-tinh-quang-ninh')?.place;
 * ```
 */
export type OrganizationRecord = DeepReadonly<
  Omit<Organization, 'id' | 'place' | 'parent' | 'changes' | 'sources'> & {
    id: OrganizationId;
    place?: PlaceId;
    parent?: OrganizationId;
    changes?: LineageRecord<OrganizationId>[];
    sources: CitationRecord[];
  }
>;

/**
 * A post as published inside an {@link OfficialRecord}: its organization typed.
 *
 * @example
 * ```ts
 * const post: PositionRecord = officialById('bui-van-khang')!.positions[0]!;
 * ```
 */
export type PositionRecord = DeepReadonly<
  Omit<Position, 'organization' | 'sources'> & { organization?: OrganizationId; sources: CitationRecord[] }
>;

/**
 * An official as `@vnsti/officials` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const official: OfficialRecord | undefined = officialById('bui-van-khang');
 * ```
 */
export type OfficialRecord = DeepReadonly<
  Omit<Official, 'id' | 'positions'> & { id: OfficialId; positions: PositionRecord[] }
>;

/**
 * An event as `@vnsti/events` publishes it: deeply read-only (`event.name.en = 'x'` does not
 * type-check), ids typed (a participant's `official` is an {@link OfficialId}).
 *
 * @example
 * ```ts
 * const official: OfficialId | undefined = events[0]?.participants[0]?.official;
 * ```
 */
export type EventRecord = DeepReadonly<
  Omit<Event, 'id' | 'place' | 'document' | 'partOf' | 'organisers' | 'participants' | 'outcomes' | 'sources'> & {
    id: EventId;
    place: PlaceId;
    document?: DocumentId;
    partOf?: EventId;
    organisers: (Omit<Organiser, 'organization'> & { organization: OrganizationId })[];
    participants: (Omit<Participant, 'official' | 'sources'> & { official: OfficialId; sources: CitationRecord[] })[];
    outcomes: (Omit<Outcome, 'sources'> & { sources: CitationRecord[] })[];
    sources: CitationRecord[];
  }
>;

/**
 * A project as `@vnsti/projects` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const event: EventId | undefined = projects[0]?.event;
 * ```
 */
export type ProjectRecord = DeepReadonly<
  Omit<Project, 'id' | 'place' | 'event' | 'investors' | 'sources'> & {
    id: ProjectId;
    place?: PlaceId;
    event?: EventId;
    investors: OrganizationId[];
    sources: CitationRecord[];
  }
>;

/**
 * A metric as `@vnsti/metrics` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const place: PlaceId | undefined = metrics[0]?.place;
 * ```
 */
export type MetricRecord = DeepReadonly<
  Omit<Metric, 'id' | 'place' | 'document' | 'sources'> & {
    id: MetricId;
    place: PlaceId;
    document?: DocumentId;
    sources: CitationRecord[];
  }
>;

/**
 * A document as `@vnsti/documents` publishes it: deeply read-only, ids typed (its `issuer` is an
 * {@link OrganizationId}).
 *
 * @example
 * ```ts
 * const issuer: OrganizationId | undefined = documentById('nq-202-2025-qh15')?.issuer;
 * ```
 */
export type DocumentRecord = DeepReadonly<
  Omit<Document, 'id' | 'issuer' | 'sources'> & { id: DocumentId; issuer: OrganizationId; sources: CitationRecord[] }
>;
