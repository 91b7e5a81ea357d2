/**
 * Contributor commands of the `vnsti` CLI: register a source, draft records from it for review,
 * and tell from a diff which semver bump each dataset package needs.
 *
 * @packageDocumentation
 */
export {
  type AddSourceOptions,
  type AddSourceRefusal,
  type AddSourceResult,
  addSource,
  isCalendarDate,
  sourceId,
  titleFromText,
} from './add-source.js';
export {
  type Changeset,
  type ChangesetCheck,
  type CheckChangesetsOptions,
  checkChangesets,
  parseChangeset,
  readChangesets,
} from './changesets.js';
export { type Command, type CommandIo, contributeCommands, findRepoRoot } from './cli.js';
export { type CsvTable, csvField, csvLine, parseCsvTable } from './csv.js';
export {
  type Bump,
  classifyField,
  type DatasetDiff,
  type DiffOptions,
  type DiffResult,
  diff,
  type FieldChange,
  formatDiff,
  maxBump,
  type RecordChange,
} from './diff.js';
export { ContributeError, type RefusalLocation, RefusedError } from './errors.js';
export {
  type Draft,
  type DraftKind,
  draftRecords,
  type ExtractOptions,
  type ExtractResult,
  extract,
  formatReview,
} from './extract.js';
export { findTitles, type KnownPeople, type PersonMention, type TitleMention } from './people.js';
export { type NameResolver, type Resolvers, resolversFrom } from './resolve.js';
export { type Sentence, splitSentences } from './text.js';
