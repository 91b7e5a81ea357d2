import { events } from '@vnsti/events';
import { metrics } from '@vnsti/metrics';
import { officials } from '@vnsti/officials';
import { organizations } from '@vnsti/organizations';
import { places } from '@vnsti/places';
import { projects } from '@vnsti/projects';
import { sources } from '@vnsti/sources';
import { buildGraph, type Graph, type GraphOptions } from './graph.js';

/**
 * Builds the graph over the installed dataset packages (`@vnsti/sources` … `@vnsti/metrics`).
 * Build it once and keep it: each call builds a new graph.
 *
 * @example
 * ```ts
 * import { loadGraph } from '@vnsti/data';
 *
 * const graph = loadGraph();
 * const event = graph.event('hoi-nghi-xuc-tien-dau-tu-khcn-dmst-cds-quang-ninh-2025')!;
 * event.participants.map((p) => [p.official.record.name.vi, p.posts.map((h) => h.post.title.vi)]);
 * ```
 */
export function loadGraph(options: GraphOptions = {}): Graph {
  return buildGraph({ sources, places, organizations, officials, events, projects, metrics }, options);
}
