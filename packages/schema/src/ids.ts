declare const idBrand: unique symbol;

/**
 * A string id marked with the table it belongs to, so that an id of one table is not accepted where
 * another table's id is expected. The brand exists only in the types: at run time an id is the plain
 * kebab-case string of the CSV.
 *
 * @typeParam Table - The name of the brand, e.g. `'EventId'`.
 * @example
 * ```ts
 * type EventId = BrandedId<'EventId'>;
 * const id = 'techconnect-and-innovation-vietnam-2023' as EventId;
 * ```
 */
export type BrandedId<Table extends string> = string & { readonly [idBrand]: Table };

/**
 * Id of a record in the sources dataset.
 *
 * @example
 * ```ts
 * const id: SourceId = sources[0]!.id;
 * ```
 */
export type SourceId = BrandedId<'SourceId'>;

/**
 * Id of a record in the places dataset.
 *
 * @example
 * ```ts
 * const id: PlaceId = events[0]!.place;
 * ```
 */
export type PlaceId = BrandedId<'PlaceId'>;

/**
 * Id of a record in the organizations dataset.
 *
 * @example
 * ```ts
 * const id: OrganizationId | undefined = officials[0]!.positions[0]!.organization;
 * ```
 */
export type OrganizationId = BrandedId<'OrganizationId'>;

/**
 * Id of a record in the documents dataset (a law, resolution, decree…).
 *
 * @example
 * ```ts
 * const id: DocumentId | undefined = metrics[0]!.document;
 * ```
 */
export type DocumentId = BrandedId<'DocumentId'>;

/**
 * Id of a record in the officials dataset.
 *
 * @example
 * ```ts
 * const id: OfficialId = events[0]!.participants[0]!.official;
 * ```
 */
export type OfficialId = BrandedId<'OfficialId'>;

/**
 * Id of a record in the events dataset.
 *
 * @example
 * ```ts
 * const id: EventId | undefined = projects[0]!.event;
 * ```
 */
export type EventId = BrandedId<'EventId'>;

/**
 * Id of a record in the projects dataset.
 *
 * @example
 * ```ts
 * const id: ProjectId = projects[0]!.id;
 * ```
 */
export type ProjectId = BrandedId<'ProjectId'>;

/**
 * Id of a record in the metrics dataset.
 *
 * @example
 * ```ts
 * const id: MetricId = metrics[0]!.id;
 * ```
 */
export type MetricId = BrandedId<'MetricId'>;
