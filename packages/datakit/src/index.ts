/**
 * `@vnsti/datakit`: the contributor toolkit behind the `vnsti` CLI. Reads hand-edited CSV datasets,
 * validates them against `@vnsti/schema`, cross-checks them, and builds typed, frozen ESM/CJS
 * modules, CSV/NDJSON exports and Frictionless data packages.
 * @packageDocumentation
 */
export { generateRepo, runScaleBenchmark, type ScaleOptions, type ScaleResult } from '../bench/scale.js';
export { type BuildOptions, type BuildResult, build } from './build/build.js';
export {
  CatalogueError,
  type CatalogueOptions,
  type CatalogueResult,
  writeCatalogue,
} from './build/catalogue-db.js';
export { type CellPosition, CellLocator } from './csv/locate.js';
export { type CsvRow, readCsv } from './csv/read.js';
export {
  cellLocation,
  foldWhitespace,
  type LoadedDataset,
  type LoadedRow,
  type LoadedTable,
  type LoadOptions,
  type LoadResult,
  loadDatasets,
  type SourceText,
} from './load.js';
export { parseQuantity, type QuantityResult } from './normalise/quantity.js';
export { formatProblem, type Problem, sortProblems, summarize } from './problems.js';
export { type ValidateOptions, type ValidateResult, validate } from './validate.js';
export { datasetClosure, findWorkspaceRoot, referencedDatasets, resolveTarget, type Target } from './workspace.js';
export * from './contribute/index.js';
