import type { z } from 'zod';
import { Document, DocumentKind } from './records/document.js';
import { Event, EventKind, Organiser, Outcome, ParticipantRole } from './records/event.js';
import { ChangeKind } from './records/lineage.js';
import { IndicatorDefinition, Metric, MetricStatus, UnitKind } from './records/metric.js';
import { Official } from './records/official.js';
import { Organization, OrganizationKind } from './records/organization.js';
import { Place, PlaceKind } from './records/place.js';
import { Project, ProjectStatus } from './records/project.js';
import { Source } from './records/source.js';

/**
 * How a CSV column is read and exported.
 * - `text`, `id`, `ref`, `enum`, `date`, `number`, `boolean`: one cell, one value.
 * - `localized`: two cells, `<name>_vi` and `<name>_en`, giving a {@link LocalizedText}.
 * - `money`, `quantity`, `date-value`: one authored cell holding the source's own wording
 *   ("hơn 138 tỷ đồng", "hơn 450 đại biểu", "sáng 24/11") or a canonical form, normalised at build
 *   time and exported as several typed columns (`<name>_amount`, `<name>_currency`, …).
 * - `figure`: a quantity cell whose figure becomes Money when its unit is a currency ("40.678 tỷ
 *   đồng") and stays a Quantity otherwise ("11,2%"); exported with the money columns
 *   (`<name>_amount`, `<name>_currency`, `<name>_per`) filled for money and the quantity columns
 *   (`<name>_value`, `<name>_unit`) for the rest.
 */
export type ColumnKind =
  | 'text'
  | 'id'
  | 'ref'
  | 'enum'
  | 'date'
  | 'number'
  | 'boolean'
  | 'localized'
  | 'money'
  | 'quantity'
  | 'figure'
  | 'date-value';

/**
 * One authored column of a CSV table.
 *
 * @example
 * ```ts
 * const column: Column = { name: 'place', kind: 'ref', field: 'place', required: true, references: 'places', description: 'Where.' };
 * ```
 */
export interface Column {
  /** CSV header (for `localized`, the stem of `<name>_vi` / `<name>_en`). */
  readonly name: string;
  /** How the cell is read. */
  readonly kind: ColumnKind;
  /** Property of the record (or nested item) the column fills. */
  readonly field: string;
  /** Whether an empty cell is an error. */
  readonly required: boolean;
  /** For `ref`: the table whose `id` the cell must name (a foreign key). */
  readonly references?: TableName;
  /** For `enum`: the allowed values. */
  readonly values?: readonly string[];
  /** What the column means. */
  readonly description: string;
}

/** Names of every CSV table, as `<dataset>/data/<name>.csv`. */
export type TableName =
  | 'sources'
  | 'places'
  | 'place-changes'
  | 'place-aliases'
  | 'place-codes'
  | 'organizations'
  | 'organization-changes'
  | 'organization-aliases'
  | 'documents'
  | 'officials'
  | 'positions'
  | 'events'
  | 'event-organisers'
  | 'event-participants'
  | 'event-outcomes'
  | 'event-sources'
  | 'projects'
  | 'project-investors'
  | 'project-sectors'
  | 'project-sources'
  | 'metrics'
  | 'metric-sources'
  | 'indicators';

/**
 * One CSV table: its columns, whether rows cite a source (`source` and `quote` columns), and,
 * for a child table, which record it belongs to and which array of that record it fills.
 *
 * @example
 * ```ts
 * datasets.events.tables.find((t) => t.name === 'event-participants')?.parent;
 * // { column: 'event', into: 'participants', mergeBy: ['official', 'role'] }
 * ```
 */
export interface Table {
  /** Table name; the file is `data/<name>.csv`. */
  readonly name: TableName;
  /** Columns in their canonical order (citation columns come last). */
  readonly columns: readonly Column[];
  /**
   * `required`: every row has a `source` with a `quote` (a source with a stored text) or a `locator`
   * (a source without text); `optional`: the same, or no citation at all; `none`: no citation
   * columns. The `source` of a row is also the reference date for the row's date and money wording.
   */
  readonly citation: 'required' | 'optional' | 'none';
  /** Columns whose values identify a row (Frictionless primary key). */
  readonly primaryKey: readonly string[];
  /**
   * For a lookup table beside the dataset's records (the indicator registry): the schema each of its rows
   * follows. Such a table has no `parent` and is not assembled into the dataset's records.
   */
  readonly record?: z.ZodObject;
  /** For child tables: the column naming the parent record, and the array it fills. */
  readonly parent?: {
    readonly column: string;
    readonly into: string;
    /** Rows equal in these fields are one item cited by several sources; omit to keep each row. */
    readonly mergeBy?: readonly string[];
    /** When the array holds plain values (investor ids), the field whose value is pushed. */
    readonly value?: string;
  };
}

/** Names of the datasets, one npm package each (`@vnsti/<name>`). */
export type DatasetName =
  | 'sources'
  | 'places'
  | 'organizations'
  | 'documents'
  | 'officials'
  | 'events'
  | 'projects'
  | 'metrics';

/**
 * A dataset: the record schema its records follow and the tables they are authored in; the
 * first table is the main one (one row per record).
 *
 * @example
 * ```ts
 * datasets.projects.record; // the Project schema
 * datasets.projects.tables.map((t) => t.name); // ['projects', 'project-investors', 'project-sectors', 'project-sources']
 * ```
 */
export interface Dataset {
  readonly name: DatasetName;
  /** Title for catalogues. */
  readonly title: string;
  /** What the dataset holds. */
  readonly description: string;
  /** The Zod schema every assembled record must pass. */
  readonly record: z.ZodType;
  readonly tables: readonly Table[];
}

const col = (
  name: string,
  kind: ColumnKind,
  description: string,
  extra: Partial<Omit<Column, 'name' | 'kind' | 'description'>> = {},
): Column => ({ name, kind, field: extra.field ?? name, required: extra.required ?? false, description, ...extra });
const req = { required: true } as const;
const enumOf = (schema: z.ZodEnum) => ({ values: schema.options as string[] });

const id = col('id', 'id', 'Stable kebab-case ASCII id.', req);
const citationsTable = (name: TableName, parent: string): Table => ({
  name,
  columns: [col(parent, 'ref', `Id of the ${parent}.`, { ...req, references: `${parent}s` as TableName })],
  citation: 'required',
  primaryKey: [parent, 'source', 'quote', 'locator'],
  parent: { column: parent, into: 'sources' },
});
/** The lineage table of a dataset of units (places, organizations): one row per change. */
const changesTable = (name: TableName, unit: 'place' | 'organization'): Table => ({
  name,
  citation: 'required',
  primaryKey: [unit, 'successor', 'date'],
  parent: { column: unit, into: 'changes' },
  columns: [
    col(unit, 'ref', `The ${unit} that ended or changed.`, { ...req, references: `${unit}s` as TableName }),
    col('change', 'enum', 'merged-into, renamed or reorganised-as.', { ...req, ...enumOf(ChangeKind) }),
    col('successor', 'ref', `The ${unit} it became or became part of.`, {
      ...req,
      references: `${unit}s` as TableName,
    }),
    col('date', 'date', 'First day of the new arrangement.', req),
  ],
});
/** The aliases table of a dataset of units: other names news uses, one per row. */
const aliasesTable = (name: TableName, unit: 'place' | 'organization'): Table => ({
  name,
  citation: 'none',
  primaryKey: [unit, 'alias'],
  parent: { column: unit, into: 'aliases', value: 'alias' },
  columns: [
    col(unit, 'ref', `The ${unit}.`, { ...req, references: `${unit}s` as TableName }),
    col('alias', 'text', 'Another name as news writes it ("TP.HCM", "Bộ KH&CN").', req),
  ],
});
const validity = [
  col('valid_from', 'date', 'First day in this form.', { field: 'validFrom' }),
  col('valid_until', 'date', 'Last day in this form.', { field: 'validUntil' }),
];
const historical = (ref: 'place' | 'organization', what: string) =>
  col(`${ref}_historical`, 'boolean', `true when ${ref} deliberately names a unit no longer valid on ${what}.`, {
    field: `${ref}Historical`,
  });
const document = col('document', 'ref', 'Document (law, resolution, plan…) it rests on.', { references: 'documents' });

/**
 * Every dataset and its tables: the single source of truth for the CSV layout, the flat exports
 * and the Frictionless `datapackage.json`.
 *
 * @example
 * ```ts
 * Object.keys(datasets); // ['sources', 'places', 'organizations', 'documents', 'officials', 'events', 'projects', 'metrics']
 * ```
 */
export const datasets: Readonly<Record<DatasetName, Dataset>> = {
  sources: {
    name: 'sources',
    title: 'Sources',
    description:
      'The articles, legal documents and pages every fact cites: publication dates, URLs and, for articles, full texts.',
    record: Source,
    tables: [
      {
        name: 'sources',
        citation: 'none',
        primaryKey: ['id'],
        columns: [
          id,
          col('kind', 'enum', 'What the document is.', { ...req, ...enumOf(Source.shape.kind) }),
          col('title', 'localized', 'Headline, Vietnamese and English.', req),
          col('publisher', 'text', 'Publisher as the text names it.'),
          col('url', 'text', 'Where it was published.'),
          col('published', 'date', 'Publication date.', req),
          col('published_basis', 'enum', 'stated or inferred.', {
            ...req,
            field: 'publishedBasis',
            values: ['stated', 'inferred'],
          }),
          col('published_note', 'text', 'How an inferred date was deduced.', { field: 'publishedNote' }),
          col('language', 'enum', 'Language of the text.', { ...req, values: ['vi', 'en'] }),
          col('text_file', 'text', 'Path of the text, text/<id>.txt (empty: cited by locator).', { field: 'textFile' }),
          col('sha256', 'text', 'SHA-256 of the text file.'),
        ],
      },
    ],
  },
  places: {
    name: 'places',
    title: 'Places',
    description:
      'Countries, provinces, cities and wards the records refer to, with codes, parents, validity dates and lineage.',
    record: Place,
    tables: [
      {
        name: 'places',
        citation: 'optional',
        primaryKey: ['id'],
        columns: [
          id,
          col('name', 'localized', 'Name, Vietnamese and English.', req),
          col('kind', 'enum', 'Administrative level.', { ...req, ...enumOf(PlaceKind) }),
          col('code', 'text', 'Official administrative code ("01" Hà Nội); empty for countries.'),
          col('parent', 'ref', 'Enclosing place.', { references: 'places' }),
          ...validity,
        ],
      },
      changesTable('place-changes', 'place'),
      aliasesTable('place-aliases', 'place'),
      {
        name: 'place-codes',
        citation: 'required',
        primaryKey: ['place', 'code', 'source'],
        parent: { column: 'place', into: 'codes' },
        columns: [
          col('place', 'ref', 'The place.', { ...req, references: 'places' }),
          col('code', 'text', 'Official administrative code the place had ("15").', req),
          col('valid_from', 'date', 'First day it had the code under the cited list.', { field: 'validFrom' }),
          col('valid_until', 'date', 'Last day it had the code under the cited list.', { field: 'validUntil' }),
        ],
      },
    ],
  },
  organizations: {
    name: 'organizations',
    title: 'Organizations',
    description:
      'Ministries, ministry-level agencies, people’s committees, party bodies, companies and institutes, with validity dates and lineage.',
    record: Organization,
    tables: [
      {
        name: 'organizations',
        citation: 'optional',
        primaryKey: ['id'],
        columns: [
          id,
          col('name', 'localized', 'Name, Vietnamese and English.', req),
          col('abbreviation', 'text', 'Short form as written.'),
          col('kind', 'enum', 'Kind of organization.', { ...req, ...enumOf(OrganizationKind) }),
          col('place', 'ref', 'Place it belongs to.', { references: 'places' }),
          col('parent', 'ref', 'Parent organization.', { references: 'organizations' }),
          ...validity,
        ],
      },
      changesTable('organization-changes', 'organization'),
      aliasesTable('organization-aliases', 'organization'),
    ],
  },
  documents: {
    name: 'documents',
    title: 'Documents',
    description: 'Laws, resolutions, decrees and plans the data rests on: number, issuer, dates, title and URL.',
    record: Document,
    tables: [
      {
        name: 'documents',
        citation: 'optional',
        primaryKey: ['id'],
        columns: [
          id,
          col('number', 'text', 'Number and symbol as published ("202/2025/QH15").', req),
          col('kind', 'enum', 'Kind of document.', { ...req, ...enumOf(DocumentKind) }),
          col('title', 'localized', 'Title, Vietnamese and English.', req),
          col('issuer', 'ref', 'Issuing organization.', { ...req, references: 'organizations' }),
          col('signed', 'date', 'Day signed or adopted.', req),
          col('effective', 'date', 'Day it took effect.'),
          col('url', 'text', 'Official URL.'),
        ],
      },
    ],
  },
  officials: {
    name: 'officials',
    title: 'Officials',
    description: 'Named people (officials, diplomats, business leaders) and every post the sources give them.',
    record: Official,
    tables: [
      {
        name: 'officials',
        citation: 'none',
        primaryKey: ['id'],
        columns: [id, col('name', 'localized', 'Full name as written; English without diacritics.', req)],
      },
      {
        name: 'positions',
        citation: 'required',
        primaryKey: ['official', 'title_vi', 'as_of', 'source'],
        parent: { column: 'official', into: 'positions' },
        columns: [
          col('official', 'ref', 'The person.', { ...req, references: 'officials' }),
          col('title', 'localized', 'Title as written, with English.', req),
          col('organization', 'ref', 'Organization of the post.', { references: 'organizations' }),
          col('as_of', 'date', 'Date of the source that observed the post (defaults to its publication date).', {
            field: 'asOf',
          }),
          col('start', 'date', 'First day in the post, where a cited document gives it.'),
          col('end', 'date', 'Last day in the post, where a cited document gives it.'),
          historical('organization', 'as_of'),
        ],
      },
    ],
  },
  events: {
    name: 'events',
    title: 'Events',
    description: 'Conferences, forums and meetings: date, place, organisers, participants, outcomes.',
    record: Event,
    tables: [
      {
        name: 'events',
        citation: 'required',
        primaryKey: ['id'],
        columns: [
          id,
          col('name', 'localized', 'Name, Vietnamese and English.', req),
          col('kind', 'enum', 'Kind of event.', { ...req, ...enumOf(EventKind) }),
          col('date', 'date-value', 'When, as written ("sáng 24/11") or YYYY-MM-DD.', req),
          col('place', 'ref', 'City or province.', { ...req, references: 'places' }),
          historical('place', 'the event’s date'),
          document,
          col('venue', 'localized', 'Building or hall.'),
          col('part_of', 'ref', 'Event series.', { field: 'partOf', references: 'events' }),
          col('theme', 'localized', 'Theme or slogan.'),
          col('attendance', 'quantity', 'How many attended, as written ("hơn 450 đại biểu").'),
        ],
      },
      {
        name: 'event-organisers',
        citation: 'required',
        primaryKey: ['event', 'organization', 'source', 'quote', 'locator'],
        parent: { column: 'event', into: 'organisers', mergeBy: ['organization', 'role'] },
        columns: [
          col('event', 'ref', 'The event.', { ...req, references: 'events' }),
          col('organization', 'ref', 'The organization.', { ...req, references: 'organizations' }),
          col('role', 'enum', 'Its part.', { ...req, ...enumOf(Organiser.shape.role) }),
        ],
      },
      {
        name: 'event-participants',
        citation: 'required',
        primaryKey: ['event', 'official', 'role', 'source'],
        parent: { column: 'event', into: 'participants', mergeBy: ['official', 'role'] },
        columns: [
          col('event', 'ref', 'The event.', { ...req, references: 'events' }),
          col('official', 'ref', 'The person.', { ...req, references: 'officials' }),
          col('role', 'enum', 'What they did.', { ...req, ...enumOf(ParticipantRole) }),
        ],
      },
      {
        name: 'event-outcomes',
        citation: 'required',
        primaryKey: ['event', 'description_vi', 'source'],
        parent: { column: 'event', into: 'outcomes' },
        columns: [
          col('event', 'ref', 'The event.', { ...req, references: 'events' }),
          col('kind', 'enum', 'Kind of outcome.', { ...req, ...enumOf(Outcome.shape.kind) }),
          col('description', 'localized', 'What came of it.', req),
          col('count', 'quantity', 'How many, as written ("7 dự án").'),
          col('money', 'money', 'Money involved, as written ("hơn 16.000 tỷ đồng").'),
        ],
      },
      citationsTable('event-sources', 'event'),
    ],
  },
  projects: {
    name: 'projects',
    title: 'Projects',
    description: 'Investment projects and bundles of projects: investors, place, amount, area, status, event.',
    record: Project,
    tables: [
      {
        name: 'projects',
        citation: 'required',
        primaryKey: ['id'],
        columns: [
          id,
          col('name', 'localized', 'Name, Vietnamese and English.', req),
          col('kind', 'enum', 'project or bundle.', { ...req, values: ['project', 'bundle'] }),
          col('count', 'quantity', 'For a bundle: how many projects, as written.'),
          col('place', 'ref', 'Where it is built.', { references: 'places' }),
          col('investment', 'money', 'Investment as written ("hơn 138 tỷ đồng").'),
          col('area', 'quantity', 'Land area as written ("hơn 86 ha").'),
          col('status', 'enum', 'Where it stands.', { ...req, ...enumOf(ProjectStatus) }),
          col('event', 'ref', 'Event where it was announced.', { references: 'events' }),
        ],
      },
      {
        name: 'project-investors',
        citation: 'none',
        primaryKey: ['project', 'organization'],
        parent: { column: 'project', into: 'investors', value: 'organization' },
        columns: [
          col('project', 'ref', 'The project.', { ...req, references: 'projects' }),
          col('organization', 'ref', 'An investor.', { ...req, references: 'organizations' }),
        ],
      },
      {
        name: 'project-sectors',
        citation: 'none',
        primaryKey: ['project', 'sector'],
        parent: { column: 'project', into: 'sectors', value: 'sector' },
        columns: [
          col('project', 'ref', 'The project.', { ...req, references: 'projects' }),
          col('sector', 'id', 'Sector tag (ai, big-data, iot, …).', req),
        ],
      },
      citationsTable('project-sources', 'project'),
    ],
  },
  metrics: {
    name: 'metrics',
    title: 'Metrics',
    description: 'Figures about places: growth, budget revenue, GRDP per head, population, area, enterprises, ranks.',
    record: Metric,
    tables: [
      {
        name: 'metrics',
        citation: 'required',
        primaryKey: ['id'],
        columns: [
          id,
          col('indicator', 'ref', 'What is measured: an indicator of indicators.csv.', {
            ...req,
            references: 'indicators',
          }),
          col('place', 'ref', 'The place.', { ...req, references: 'places' }),
          col('period', 'date-value', 'Period as written ("9 tháng đầu năm", "quý 2") or YYYY-MM-DD.', req),
          col('value', 'figure', 'The figure as written ("11,2%", "40.678 tỷ đồng", "gần 4,7 triệu người").', req),
          col('status', 'enum', 'actual, preliminary, estimate or target.', { ...req, ...enumOf(MetricStatus) }),
          col('basis', 'enum', 'Comparison basis.', { values: Metric.shape.basis.unwrap().options as string[] }),
          col('note', 'localized', 'What the figure covers.'),
          historical('place', 'the period'),
          document,
        ],
      },
      citationsTable('metric-sources', 'metric'),
      {
        // The indicator registry: one row per indicator; a contributor adds a row for a new one.
        name: 'indicators',
        record: IndicatorDefinition,
        citation: 'none',
        primaryKey: ['id'],
        columns: [
          id,
          col('name', 'localized', 'Name of the indicator.', req),
          col('unit_kind', 'enum', 'Kind of figure it takes (percent, money, rank, area, count…).', {
            ...req,
            field: 'unitKind',
            ...enumOf(UnitKind),
          }),
          col('units', 'text', 'For count indicators: the counted nouns it accepts, separated by "; ".'),
          col('phrases_vi', 'text', 'Vietnamese phrases that name it in news text, separated by "; ".', {
            field: 'phrases',
          }),
          col('definition', 'text', 'What is measured, in English.', req),
        ],
      },
    ],
  },
};

/** Every table of every dataset, by name. */
export const tables: Readonly<Record<TableName, Table & { dataset: DatasetName }>> = Object.fromEntries(
  Object.values(datasets).flatMap((d) => d.tables.map((t) => [t.name, { ...t, dataset: d.name }])),
) as Record<TableName, Table & { dataset: DatasetName }>;

/** The citation columns of a cited table, in order. */
export const citationHeaders = ['source', 'quote', 'locator'] as const;

/**
 * The headers a CSV table must have, in order: `localized` columns as `_vi`/`_en` pairs, then the
 * citation columns `source`, `quote`, `locator`.
 *
 * @example
 * ```ts
 * authoredHeaders(tables['place-changes']); // ['place', 'change', 'successor', 'date', 'source', 'quote', 'locator']
 * ```
 */
export function authoredHeaders(table: Table): string[] {
  const headers = table.columns.flatMap((c) => (c.kind === 'localized' ? [`${c.name}_vi`, `${c.name}_en`] : [c.name]));
  return table.citation === 'none' ? headers : [...headers, ...citationHeaders];
}
