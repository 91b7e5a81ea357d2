import { events } from '@vnsti/events';
import { metrics } from '@vnsti/metrics';
import { officials } from '@vnsti/officials';
import { organizations, resolveOrganization } from '@vnsti/organizations';
import { places, resolvePlace } from '@vnsti/places';
import { projects } from '@vnsti/projects';
import { sources } from '@vnsti/sources';
import { buildGraph, type Graph, type GraphOptions } from './graph.js';

/**
 * Options of {@link loadGraph}.
 *
 * @example
 * ```ts
 * const options: LoadGraphOptions = { asOf: '2024-05-01' };
 * ```
 */
export interface LoadGraphOptions extends GraphOptions {
  /**
   * The day (`YYYY-MM-DD`) place and organization names are read on: `findPlace` and
   * `findOrganization` then go through `resolvePlace` / `resolveOrganization` of the reference
   * datasets (a former name gives the unit it had become by that day). Ignored for a kind whose
   * resolver `resolvers` gives.
   */
  readonly asOf?: string;
}

/**
 * Builds the graph over the installed dataset packages (`@vnsti/sources` … `@vnsti/metrics`).
 * Build it once and keep it: each call builds a new graph. With `asOf`, names resolve through the
 * reference datasets' resolvers as of that day (a misused name or day throws their `NameInputError`).
 *
 * @example
 * ```ts
 * import { loadGraph } from '@vnsti/data';
 *
 * const graph = loadGraph();
 * const event = graph.event('hoi-nghi-xuc-tien-dau-tu-khcn-dmst-cds-quang-ninh-2025')!;
 * event.participants.map((p) => [p.official.record.name.vi, p.posts.map((h) => h.post.title.vi)]);
 * loadGraph({ asOf: '2026-01-01' }).findPlace('tỉnh Hải Dương')?.record.id; // 'hai-phong'
 * ```
 */
export function loadGraph(options: LoadGraphOptions = {}): Graph {
  const { asOf, resolvers, ...rest } = options;
  const dated =
    asOf === undefined
      ? resolvers
      : {
          place: (name: string) => resolvePlace(name, { asOf })?.id,
          organization: (name: string) => resolveOrganization(name, { asOf })?.id,
          ...resolvers,
        };
  const data = { sources, places, organizations, officials, events, projects, metrics };
  return buildGraph(data, dated === undefined ? rest : { ...rest, resolvers: dated });
}
