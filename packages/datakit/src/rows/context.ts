import type { Collector } from '../collector.js';
import type { CellResult } from '../normalise/cells.js';

/**
 * A source's text, read from `datasets/sources/<text_file>`.
 *
 * @example
 * ```ts
 * loaded.sourceTexts.get('tpo-2025-11-25-quang-ninh')?.folded.includes('cho 7 dự án');
 * ```
 */
export interface SourceText {
  /** Path relative to the repository root. */
  readonly file: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  readonly sha256: string;
  /** The text folded for quote search (NFC, whitespace runs collapsed to one space). */
  readonly folded: string;
}

/** What the reading stage shares across tables: the collector, shared strings, sources' dates and texts. @internal */
export class ReadContext {
  /** One string per distinct referenced id or source id (see {@link ReadContext.shared}). */
  private readonly strings = new Map<string, string>();
  readonly published = new Map<string, string>();
  readonly sourceTexts = new Map<string, SourceText | null>();
  readonly cellCache = new Map<string, Map<string, CellResult>>();
  constructor(
    readonly root: string,
    readonly collector: Collector,
  ) {}

  /** The one string kept for a referenced id: rows citing the same source or place share it. */
  shared(id: string): string {
    const kept = this.strings.get(id);
    if (kept !== undefined) return kept;
    this.strings.set(id, id);
    return id;
  }
}
