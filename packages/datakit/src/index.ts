/**
 * `@vnsti/datakit`: the contributor toolkit behind the `vnsti` CLI. Reads hand-edited CSV datasets
 * through one safe I/O layer, reads each cell by its column kind, assembles records and checks
 * them against `@vnsti/schema`, runs the check rules across datasets, and builds typed, frozen
 * ESM/CJS modules, CSV/NDJSON exports and Frictionless data packages.
 * @packageDocumentation
 */
export { type BuildOptions, type BuildResult, build } from './build/build.js';
export * from './contribute/index.js';
export { type Refusal, type RefusalCode, RepositoryFileError } from './io/errors.js';
export { type CellPosition, CellLocator } from './io/csv-positions.js';
export { type CsvRow, readCsv } from './io/read-csv.js';
export { findWorkspaceRoot } from './io/root.js';
export {
  CatalogueError,
  type CatalogueOptions,
  type CatalogueResult,
  writeCatalogue,
} from './build/catalogue-db.js';
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
export { formatProblem, type Problem, type ProblemCode, shortenEchoes, sortProblems, summarize } from './problems.js';
export { type ValidateOptions, type ValidateResult, validate } from './validate.js';
export {
  type DatasetPackageGraph,
  datasetClosure,
  datasetPackageGraph,
  referencedDatasets,
  resolveTarget,
  type Target,
} from './workspace.js';
