export { describeIssues, describeValue, type FieldIssue } from './errors.js';
export { currencyMinorUnits, isCurrencyCode } from './iso4217.js';
export { isNfc, MAY_NEED_NORMALISING } from './nfc.js';
export * from './records/index.js';
export { compareVietnamese, slugify } from './slug.js';
export * from './values.js';
export { exportFields, type Field, tableSchema, type TableSchema } from './frictionless.js';
export { jsonSchema, type SchemaName, schemasByName } from './json-schema.js';
export {
  authoredHeaders,
  type Column,
  type ColumnKind,
  type Dataset,
  type DatasetName,
  datasets,
  type Table,
  type TableName,
  tables,
} from './tables.js';
export type {
  BrandedId,
  DocumentId,
  EventId,
  MetricId,
  OfficialId,
  OrganizationId,
  PlaceId,
  ProjectId,
  SourceId,
} from './ids.js';
export type {
  CitationRecord,
  DocumentRecord,
  EventRecord,
  LineageRecord,
  MetricRecord,
  OfficialRecord,
  OrganizationRecord,
  PlaceRecord,
  PositionRecord,
  ProjectRecord,
  SourceRecord,
} from './published.js';
export type { DeepReadonly } from './readonly.js';
export * from './resolve.js';
