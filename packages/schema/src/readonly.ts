/**
 * A value as the dataset packages publish it: every object and array read-only at every depth, and
 * an optional property either present with a value or absent (never present as `undefined`, as in
 * the JSON the records come from), so records can be passed on under `exactOptionalPropertyTypes`.
 * Branded ids and other primitives are kept as they are.
 *
 * @typeParam T - The mutable type, e.g. a record type inferred from its schema.
 * @example
 * ```ts
 * const event: DeepReadonly<Event> = events[0]!;
 * event.name.en = 'x'; // error: 'en' is read-only
 * ```
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : { readonly [K in keyof T]: DeepReadonly<Exclude<T[K], undefined>> };
