import type { Collector } from '../collector.js';
import type { CellResult } from '../normalise/cells.js';

/**
 * A source's text, read from `datasets/sources/<text_file>`. The folded text is kept as UTF-8
 * bytes (outside the JavaScript heap, and smaller than a string of Vietnamese text); `folded`
 * decodes it when asked, `indexOf` searches the bytes.
 *
 * @example
 * ```ts
 * loaded.sourceTexts.get('tpo-2025-11-25-quang-ninh')?.folded.includes('cho 7 dự án');
 * loaded.sourceTexts.get('tpo-2025-11-25-quang-ninh')?.indexOf('cho 7 dự án') !== -1;
 * ```
 */
export class SourceText {
  /**
   * @param file - Path relative to the repository root.
   * @param sha256 - SHA-256 of the file's bytes, lowercase hex.
   * @param foldedBytes - The folded text (see {@link SourceText.folded}) as UTF-8.
   */
  constructor(
    readonly file: string,
    readonly sha256: string,
    private readonly foldedBytes: Buffer,
  ) {}

  /** The text folded for quote search (NFC, whitespace runs collapsed to one space). */
  get folded(): string {
    return this.foldedBytes.toString('utf8');
  }

  /**
   * Where `quote` (already folded) occurs in the folded text at or after byte `from`, as a byte
   * offset; -1 when it does not.
   */
  indexOf(quote: string, from = 0): number {
    return this.foldedBytes.indexOf(quote, from, 'utf8');
  }
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
