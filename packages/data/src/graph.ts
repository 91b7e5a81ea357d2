import type {
  EventRecord,
  MetricRecord,
  OfficialId,
  OfficialRecord,
  OrganizationRecord,
  ParticipantRole,
  PlaceRecord,
  ProjectRecord,
  SourceRecord,
} from '@vnsti/schema';
import { GraphInputError } from './errors.js';
import {
  type NamedRecord,
  NameIndex,
  type NameEntry,
  type NameResolver,
  type NameResolvers,
  type RecordKind,
} from './names.js';
import { type Citation, type Post, type PostAt, PostIndex, type PostsAtOptions } from './posts.js';
import { type MetricSeries, SeriesIndex, type SeriesQuery } from './series.js';

/**
 * The records the graph is built from: every dataset's array, as its package exports it.
 *
 * @example
 * ```ts
 * const data: GraphData = { sources, places, organizations, officials, events, projects, metrics };
 * ```
 */
export interface GraphData {
  /** `@vnsti/sources`' `sources`. */
  readonly sources: readonly SourceRecord[];
  /** `@vnsti/places`' `places`. */
  readonly places: readonly PlaceRecord[];
  /** `@vnsti/organizations`' `organizations`. */
  readonly organizations: readonly OrganizationRecord[];
  /** `@vnsti/officials`' `officials`. */
  readonly officials: readonly OfficialRecord[];
  /** `@vnsti/events`' `events`. */
  readonly events: readonly EventRecord[];
  /** `@vnsti/projects`' `projects`. */
  readonly projects: readonly ProjectRecord[];
  /** `@vnsti/metrics`' `metrics`. */
  readonly metrics: readonly MetricRecord[];
}

/**
 * Options of {@link buildGraph}.
 *
 * @example
 * ```ts
 * const options: GraphOptions = { resolvers: { place: (name) => resolvePlace(name)?.id } };
 * ```
 */
export interface GraphOptions {
  /** Name resolvers tried before the graph's own name index (see {@link NameResolvers}). */
  readonly resolvers?: NameResolvers;
}

/**
 * A place with what refers to it.
 *
 * @example
 * ```ts
 * graph.place('quang-ninh')?.events.map((e) => e.record.name.vi);
 * ```
 */
export interface PlaceNode {
  /** The record. */
  readonly record: PlaceRecord;
  /** The enclosing place, when the record names one. */
  readonly parent: PlaceNode | undefined;
  /** Places whose parent this is. */
  readonly children: readonly PlaceNode[];
  /** Organizations that sit in it. */
  readonly organizations: readonly OrganizationNode[];
  /** Events held in it. */
  readonly events: readonly EventNode[];
  /** Projects built in it. */
  readonly projects: readonly ProjectNode[];
  /** Figures about it. */
  readonly metrics: readonly MetricNode[];
}

/**
 * An organization with what refers to it.
 *
 * @example
 * ```ts
 * graph.organization('fpt')?.projects.length;
 * ```
 */
export interface OrganizationNode {
  /** The record. */
  readonly record: OrganizationRecord;
  /** The parent organization, when the record names one. */
  readonly parent: OrganizationNode | undefined;
  /** The place it belongs to, when the record names one. */
  readonly place: PlaceNode | undefined;
  /** Posts in it (held by officials). */
  readonly posts: readonly Post[];
  /** Events it organised, co-organised, hosted or co-chaired. */
  readonly events: readonly EventNode[];
  /** Projects it invests in. */
  readonly projects: readonly ProjectNode[];
}

/**
 * An official with their posts (merged across sources) and the events they took part in.
 *
 * @example
 * ```ts
 * graph.official('bui-van-khang')?.posts.map((p) => p.title.vi);
 * ```
 */
export interface OfficialNode {
  /** The record. */
  readonly record: OfficialRecord;
  /** Their posts, one per organization and title, every citation kept. */
  readonly posts: readonly Post[];
  /** The events they took part in, with their posts on each event's day. */
  readonly events: readonly Participation[];
}

/**
 * One person at one event: every role the sources give them there, every citation, and the posts
 * they held on the event's day.
 *
 * @example
 * ```ts
 * for (const p of graph.event(id)!.participants) console.log(p.official.record.name.vi, p.posts[0]?.post.title.vi);
 * ```
 */
export interface Participation {
  /** The event. */
  readonly event: EventNode;
  /** The person. */
  readonly official: OfficialNode;
  /** Their roles at the event, in the order the rows give them, without repeats. */
  readonly roles: readonly ParticipantRole[];
  /** The posts they held on the event's day ({@link EventNode.day}), stated terms first. */
  readonly posts: readonly PostAt[];
  /** Every citation of their part in the event. */
  readonly citations: readonly Citation[];
}

/**
 * An event with its references followed.
 *
 * @example
 * ```ts
 * const event = graph.event('techconnect-and-innovation-vietnam-2023')!;
 * event.place.record.name.vi; // 'Quảng Ninh'
 * ```
 */
export interface EventNode {
  /** The record. */
  readonly record: EventRecord;
  /** The day posts are looked up on: the first day of the event's date. */
  readonly day: string;
  /** Where it was held. */
  readonly place: PlaceNode;
  /** The series it belongs to, when the record names one. */
  readonly partOf: EventNode | undefined;
  /** Events that are part of it (for an event series). */
  readonly parts: readonly EventNode[];
  /** Its organisers with their part in it. */
  readonly organisers: ReadonlyArray<{ readonly organization: OrganizationNode; readonly role: string }>;
  /** The people who took part, one entry per person. */
  readonly participants: readonly Participation[];
  /** Projects announced or approved at it. */
  readonly projects: readonly ProjectNode[];
}

/**
 * A project's date: the date of the event where it was announced, else the publication date of its
 * first source.
 *
 * @example
 * ```ts
 * const date: ProjectDate = { day: '2025-11-24', basis: 'event' };
 * ```
 */
export interface ProjectDate {
  /** The day, `YYYY-MM-DD`. */
  readonly day: string;
  /** `event`: its event's first day; `source`: its first source's publication date. */
  readonly basis: 'event' | 'source';
}

/**
 * A project with its references followed and a date.
 *
 * @example
 * ```ts
 * graph.projects.map((p) => [p.record.name.vi, p.date?.day, p.investors.map((i) => i.record.name.vi)]);
 * ```
 */
export interface ProjectNode {
  /** The record. */
  readonly record: ProjectRecord;
  /** The event where it was announced, when the record names one. */
  readonly event: EventNode | undefined;
  /** Where it is built, when the record says. */
  readonly place: PlaceNode | undefined;
  /** Its investors. */
  readonly investors: readonly OrganizationNode[];
  /** Its date (see {@link ProjectDate}); `undefined` only when it has no event and its source is unknown. */
  readonly date: ProjectDate | undefined;
}

/**
 * A figure with its place and sources followed.
 *
 * @example
 * ```ts
 * graph.metrics.map((m) => [m.place.record.name.vi, m.record.indicator, figureNumber(m.record.value)]);
 * ```
 */
export interface MetricNode {
  /** The record. */
  readonly record: MetricRecord;
  /** The place the figure is about. */
  readonly place: PlaceNode;
  /** The documents that state it. */
  readonly sources: readonly SourceRecord[];
}

/**
 * Every dataset as one read-only graph: nodes with their references followed both ways, an
 * official's posts on a day, metric series, lookup by id and by name.
 *
 * @example
 * ```ts
 * const graph = loadGraph();
 * for (const event of graph.events) {
 *   for (const p of event.participants) console.log(event.day, p.official.record.name.vi, p.posts.map((h) => h.post.title.vi));
 * }
 * ```
 */
export interface Graph {
  /** Every source record, by id. */
  readonly sources: readonly SourceRecord[];
  /** Every place. */
  readonly places: readonly PlaceNode[];
  /** Every organization. */
  readonly organizations: readonly OrganizationNode[];
  /** Every official. */
  readonly officials: readonly OfficialNode[];
  /** Every event. */
  readonly events: readonly EventNode[];
  /** Every project. */
  readonly projects: readonly ProjectNode[];
  /** Every figure. */
  readonly metrics: readonly MetricNode[];
  /** Every metric series (indicator × place × unit). */
  readonly series: readonly MetricSeries[];
  /** Every record's names, for a search box (the name index is built on first use). */
  readonly names: readonly NameEntry[];
  /** The source with this id, or `undefined`. */
  source(id: string): SourceRecord | undefined;
  /** The place with this id, or `undefined`. */
  place(id: string): PlaceNode | undefined;
  /** The organization with this id, or `undefined`. */
  organization(id: string): OrganizationNode | undefined;
  /** The official with this id, or `undefined`. */
  official(id: string): OfficialNode | undefined;
  /** The event with this id, or `undefined`. */
  event(id: string): EventNode | undefined;
  /** The project with this id, or `undefined`. */
  project(id: string): ProjectNode | undefined;
  /** The figure with this id, or `undefined`. */
  metric(id: string): MetricNode | undefined;
  /**
   * The posts an official held on a day: those whose stated term (start/end) covers it, then
   * (for posts without a full stated term) those a source observed within `toleranceDays`
   * (default 31) of it, marked `inferred`, nearest first. O(log n) in the official's observations.
   * `undefined` for an unknown official; throws {@link GraphInputError} for a malformed date.
   */
  postsAt(official: OfficialId, date: string, options?: PostsAtOptions): readonly PostAt[] | undefined;
  /**
   * One indicator's figures for one place by period, actual/preliminary/estimate/target apart:
   * one series per unit (most figures first), empty when there is none. O(1).
   */
  metricSeries(query: SeriesQuery): readonly MetricSeries[];
  /** Records whose Vietnamese or English name (or abbreviation) matches, ignoring case and diacritics. */
  findByName(name: string, kind?: RecordKind): readonly NameEntry[];
  /** Records with a name holding every word of the query as a word start, ignoring case and diacritics. */
  searchNames(query: string, limit?: number): readonly NameEntry[];
  /** The place a name designates: the place resolver's answer if one is given, else the one exact name match. */
  findPlace(name: string): PlaceNode | undefined;
  /** The organization a name or abbreviation designates (resolver first, as {@link Graph.findPlace}). */
  findOrganization(name: string): OrganizationNode | undefined;
  /** The official a name designates (resolver first, as {@link Graph.findPlace}). */
  findOfficial(name: string): OfficialNode | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer I> ? I[] : T[K] };

function byId<T extends { readonly record: { readonly id: string } }>(nodes: readonly T[]): Map<string, T> {
  return new Map(nodes.map((n) => [n.record.id, n]));
}

/** The node an optional reference names: `undefined` when the record leaves it out or it is not in the data. */
function lookup<T>(map: Map<string, T>, id: string | undefined): T | undefined {
  return id === undefined ? undefined : map.get(id);
}

function need<T>(map: Map<string, T>, id: string, kind: string, from: string, field?: string): T {
  const node = map.get(id);
  if (node === undefined) {
    const what = `${kind} ${from}${field === undefined ? '' : ` (${field})`}`;
    throw new GraphInputError(`${what} refers to ${JSON.stringify(id)}, which is not in the data`);
  }
  return node;
}

/** Freezes each node and its arrays (the records in them are frozen already). */
function freezeAll(nodes: readonly object[]): void {
  for (const node of nodes) {
    for (const value of Object.values(node)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(node);
  }
}

/**
 * Builds the graph over records that reference each other by id. Every required reference
 * (an event's place, a participant's official, an organiser, an investor, a figure's place) must
 * be in the data, as `vnsti build` guarantees for the dataset packages.
 *
 * @throws {@link GraphInputError} when a required reference is missing.
 * @example
 * ```ts
 * const graph = buildGraph({ sources, places, organizations, officials, events, projects, metrics });
 * graph.event('techconnect-and-innovation-vietnam-2023')?.participants.length;
 * ```
 */
export function buildGraph(data: GraphData, options: GraphOptions = {}): Graph {
  const sourceById = new Map(data.sources.map((s) => [s.id as string, s]));
  const posts = new PostIndex(data.officials);

  const places: Mutable<PlaceNode>[] = data.places.map((record) => ({
    record,
    parent: undefined,
    children: [],
    organizations: [],
    events: [],
    projects: [],
    metrics: [],
  }));
  const placeById = byId(places);
  for (const place of places) {
    const parent = lookup(placeById, place.record.parent);
    place.parent = parent;
    parent?.children.push(place);
  }

  const organizations: Mutable<OrganizationNode>[] = data.organizations.map((record) => ({
    record,
    parent: undefined,
    place: lookup(placeById, record.place),
    posts: [],
    events: [],
    projects: [],
  }));
  const organizationById = byId(organizations);
  for (const organization of organizations) {
    organization.parent = lookup(organizationById, organization.record.parent);
    (organization.place as Mutable<PlaceNode> | undefined)?.organizations.push(organization);
  }

  const officials: Mutable<OfficialNode>[] = data.officials.map((record) => ({
    record,
    posts: [...(posts.posts(record.id) ?? [])],
    events: [],
  }));
  const officialById = byId(officials);
  for (const official of officials) {
    for (const post of official.posts) {
      if (post.organization === undefined) continue;
      organizationById.get(post.organization)?.posts.push(post);
    }
  }

  const events: Mutable<EventNode>[] = data.events.map((record) => ({
    record,
    day: record.date.start,
    place: need(placeById, record.place, 'event', record.id),
    partOf: undefined,
    parts: [],
    organisers: [],
    participants: [],
    projects: [],
  }));
  const eventById = byId(events);
  for (const event of events) {
    const { record } = event;
    (event.place as Mutable<PlaceNode>).events.push(event);
    const partOf = lookup(eventById, record.partOf);
    event.partOf = partOf;
    partOf?.parts.push(event);
    for (const organiser of record.organisers) {
      const organization = need(organizationById, organiser.organization, 'event', record.id, 'organiser');
      event.organisers.push(Object.freeze({ organization, role: organiser.role }));
      organization.events.push(event);
    }
    const byOfficial = new Map<string, Mutable<Participation>>();
    for (const row of record.participants) {
      let participation = byOfficial.get(row.official);
      if (!participation) {
        const official = need(officialById, row.official, 'event', record.id, 'participant');
        participation = {
          event,
          official,
          roles: [],
          posts: [...(posts.at(row.official, event.day) ?? [])],
          citations: [],
        };
        byOfficial.set(row.official, participation);
        event.participants.push(participation);
        official.events.push(participation);
      }
      if (!participation.roles.includes(row.role)) participation.roles.push(row.role);
      participation.citations.push(...row.sources);
    }
    freezeAll([...byOfficial.values()]);
  }

  const projects: Mutable<ProjectNode>[] = data.projects.map((record) => {
    const event = lookup(eventById, record.event);
    const firstSource = record.sources[0] && sourceById.get(record.sources[0].source);
    const date: ProjectDate | undefined = event
      ? { day: event.day, basis: 'event' }
      : firstSource
        ? { day: firstSource.published, basis: 'source' }
        : undefined;
    return {
      record,
      event,
      place: lookup(placeById, record.place),
      investors: record.investors.map((id) => need(organizationById, id, 'project', record.id, 'investor')),
      date: date && Object.freeze(date),
    };
  });
  const projectById = byId(projects);
  for (const project of projects) {
    (project.event as Mutable<EventNode> | undefined)?.projects.push(project);
    (project.place as Mutable<PlaceNode> | undefined)?.projects.push(project);
    for (const investor of project.investors) (investor as Mutable<OrganizationNode>).projects.push(project);
  }

  const metrics: MetricNode[] = data.metrics.map((record) => {
    const place = need(placeById, record.place, 'metric', record.id);
    const node: MetricNode = {
      record,
      place,
      sources: Object.freeze(record.sources.flatMap((ref) => sourceById.get(ref.source) ?? [])),
    };
    (place as Mutable<PlaceNode>).metrics.push(node);
    return node;
  });
  const metricById = byId(metrics);
  const series = new SeriesIndex(data.metrics);

  // The name index folds every name: built on the first name lookup, not with the graph.
  let nameIndex: NameIndex | undefined;
  const names = (): NameIndex => {
    if (nameIndex) return nameIndex;
    nameIndex = new NameIndex();
    const kinds: Array<[RecordKind, ReadonlyArray<{ record: NamedRecord }>]> = [
      ['official', officials],
      ['place', places],
      ['organization', organizations],
      ['event', events],
      ['project', projects],
    ];
    for (const [kind, nodes] of kinds) for (const { record } of nodes) nameIndex.add(kind, record);
    Object.freeze(nameIndex.entries);
    return nameIndex;
  };
  const resolvers = options.resolvers ?? {};
  function resolve<T>(
    name: string,
    kind: RecordKind,
    resolver: NameResolver | undefined,
    map: Map<string, T>,
  ): T | undefined {
    if (resolver) {
      const answer = resolver(name);
      if (answer === null || answer === undefined) return undefined;
      return map.get(typeof answer === 'string' ? answer : answer.id);
    }
    const found = names().find(name, kind);
    return found.length === 1 ? map.get(found[0]!.id) : undefined;
  }

  const all = [places, organizations, officials, events, projects, metrics];
  for (const list of all) freezeAll(list);
  for (const list of all) Object.freeze(list);
  const graph: Graph = {
    sources: data.sources,
    places,
    organizations,
    officials,
    events,
    projects,
    metrics,
    series: Object.freeze(series.all()),
    get names() {
      return names().entries;
    },
    source: (id) => sourceById.get(id),
    place: (id) => placeById.get(id),
    organization: (id) => organizationById.get(id),
    official: (id) => officialById.get(id),
    event: (id) => eventById.get(id),
    project: (id) => projectById.get(id),
    metric: (id) => metricById.get(id),
    postsAt: (official, date, postsOptions) => posts.at(official, date, postsOptions),
    metricSeries: (query) => series.get(query),
    findByName: (name, kind) => names().find(name, kind),
    searchNames: (query, limit = 20) => names().search(query, limit),
    findPlace: (name) => resolve(name, 'place', resolvers.place, placeById),
    findOrganization: (name) => resolve(name, 'organization', resolvers.organization, organizationById),
    findOfficial: (name) => resolve(name, 'official', resolvers.official, officialById),
  };
  return Object.freeze(graph);
}
