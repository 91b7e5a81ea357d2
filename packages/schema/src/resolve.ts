/**
 * `@vnsti/schema/resolve`: name folding and as-of resolution of units (places, organizations),
 * without the schemas: importing it pulls in neither Zod nor any dataset.
 *
 * @packageDocumentation
 */
export { foldName, MAX_NAME_LENGTH, NameInputError, organizationNameKey, placeNameKey } from './names.js';
export { changeDays, requireDay, type Unit, UnitIndex, validOn } from './units.js';
