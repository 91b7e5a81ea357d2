/**
 * `@vnsti/datakit/bench`: the scale benchmark for the bench workspace (`npm run bench`), kept out
 * of the main entry. Not a public API: it may change in any release.
 * @packageDocumentation
 * @internal
 */
export { generateRepo, runScaleBenchmark, type ScaleOptions, type ScaleResult } from './scale.js';
