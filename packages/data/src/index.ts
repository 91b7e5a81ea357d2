/**
 * One typed, read-only graph over every vnsti dataset: each reference followed (event →
 * participants → official and the posts held that day → organization; project → event, place,
 * investors, a date; figure → place, sources), an official's posts on a day, metric series, and
 * lookup by name ignoring diacritics.
 *
 * @packageDocumentation
 */
export { GraphInputError } from './errors.js';
export {
  buildGraph,
  type EventNode,
  type Graph,
  type GraphData,
  type GraphOptions,
  type MetricNode,
  type OfficialNode,
  type OrganizationNode,
  type Participation,
  type PlaceNode,
  type ProjectDate,
  type ProjectNode,
} from './graph.js';
export { type LoadGraphOptions, loadGraph } from './load.js';
export { foldName, type NameEntry, type NameResolver, type NameResolvers, type RecordKind } from './names.js';
export {
  type Citation,
  DEFAULT_TOLERANCE_DAYS,
  type Post,
  type PostAt,
  type PostsAtOptions,
} from './posts.js';
export type { MetricSeries, SeriesQuery } from './series.js';
