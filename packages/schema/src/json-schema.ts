import { z } from 'zod';
import { Document, Event, Metric, Official, Organization, Place, Project, Source } from './records/index.js';
import { DateValue, LocalizedText, Money, Quantity, SourceRef } from './values.js';

/**
 * The record and value types that get a JSON Schema file, by file name
 * (`@vnsti/schema/json-schema/<name>.json`).
 *
 * @example
 * ```ts
 * Object.keys(schemasByName); // ['source', 'place', 'organization', 'official', 'event', 'project', 'metric', …]
 * ```
 */
export const schemasByName = {
  source: Source,
  place: Place,
  organization: Organization,
  document: Document,
  official: Official,
  event: Event,
  project: Project,
  metric: Metric,
  money: Money,
  quantity: Quantity,
  'date-value': DateValue,
  'localized-text': LocalizedText,
  'source-ref': SourceRef,
} as const;

/** Name of a type that has a JSON Schema file. */
export type SchemaName = keyof typeof schemasByName;

/**
 * The JSON Schema (draft 2020-12) of a record or value type, generated from its Zod schema by
 * Zod's own `z.toJSONSchema`, with named `$defs` for shared types and an `$id` under `@vnsti/schema`.
 *
 * @example
 * ```ts
 * const schema = jsonSchema('event');
 * schema.$id; // 'https://vnsti.github.io/schema/event.json'
 * ```
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const generated = z.toJSONSchema(schemasByName[name], { target: 'draft-2020-12', unrepresentable: 'any' });
  return { $id: `https://vnsti.github.io/schema/${name}.json`, ...generated };
}
