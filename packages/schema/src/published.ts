import type { EventId, MetricId, OfficialId, OrganizationId, PlaceId, ProjectId, SourceId } from './ids.js';
import type { DeepReadonly } from './readonly.js';
import type { Event, Organiser, Outcome, Participant } from './records/event.js';
import type { Metric } from './records/metric.js';
import type { Official, Position } from './records/official.js';
import type { Organization } from './records/organization.js';
import type { Place } from './records/place.js';
import type { Project } from './records/project.js';
import type { Source } from './records/source.js';
import type { SourceRef } from './values.js';

/** `T` with the properties of `U` replacing its own. */
type Override<T, U> = Omit<T, keyof U> & U;

/** A citation whose source id is typed. */
type Cited = { sources: Override<SourceRef, { source: SourceId }>[] };

/**
 * A source as `@vnsti/sources` publishes it: deeply read-only, its id typed.
 *
 * @example
 * ```ts
 * const source: SourceRecord | undefined = sourceById('tpo-2025-11-25-thu-truong-khcn-goi-y-quang-ninh-ung-dung-ai');
 * ```
 */
export type SourceRecord = DeepReadonly<Override<Source, { id: SourceId }>>;

/**
 * A place as `@vnsti/places` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const parent: PlaceId | undefined = placeById('quang-ninh')?.parent;
 * ```
 */
export type PlaceRecord = DeepReadonly<
  Override<Place, { id: PlaceId; parent?: PlaceId } & { sources: Cited['sources'] }>
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
  Override<Organization, { id: OrganizationId; place?: PlaceId; parent?: OrganizationId } & Cited>
>;

/** A position with its organization and sources typed. */
type TypedPosition = Override<Position, { organization?: OrganizationId } & Cited>;

/**
 * A post as published inside an {@link OfficialRecord}: its organization typed.
 *
 * @example
 * ```ts
 * const post: PositionRecord = officialById('bui-van-khang')!.positions[0]!;
 * ```
 */
export type PositionRecord = DeepReadonly<TypedPosition>;

/**
 * An official as `@vnsti/officials` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const official: OfficialRecord | undefined = officialById('bui-van-khang');
 * ```
 */
export type OfficialRecord = DeepReadonly<Override<Official, { id: OfficialId; positions: TypedPosition[] }>>;

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
  Override<
    Event,
    {
      id: EventId;
      place: PlaceId;
      partOf?: EventId;
      organisers: Override<Organiser, { organization: OrganizationId }>[];
      participants: Override<Participant, { official: OfficialId } & Cited>[];
      outcomes: Override<Outcome, Cited>[];
    } & Cited
  >
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
  Override<Project, { id: ProjectId; place?: PlaceId; event?: EventId; investors: OrganizationId[] } & Cited>
>;

/**
 * A metric as `@vnsti/metrics` publishes it: deeply read-only, ids typed.
 *
 * @example
 * ```ts
 * const place: PlaceId | undefined = metrics[0]?.place;
 * ```
 */
export type MetricRecord = DeepReadonly<Override<Metric, { id: MetricId; place: PlaceId } & Cited>>;
