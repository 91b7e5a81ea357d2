import { html, raw, type SafeHtml } from './html.js';

/** Text with runs of whitespace folded to one space, and where each folded character came from. */
interface Folded {
  readonly text: string;
  /** `origin[i]` is the index in the original text of folded character `i`; one extra entry for the end. */
  readonly origin: readonly number[];
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
}

function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i]!)) {
      const start = i;
      while (i < text.length && isSpace(text[i]!)) i++;
      out += ' ';
      origin.push(start);
    } else {
      out += text[i];
      origin.push(i);
      i++;
    }
  }
  origin.push(text.length);
  return { text: out, origin };
}

/**
 * Where a quote occurs in a text, comparing after whitespace folding (as the build checks quotes):
 * the range `[start, end)` in the original text, or `null` when it is not there.
 *
 * @example
 * ```ts
 * findQuote('Ngày  24/11,\nhội nghị', '24/11, hội nghị'); // { start: 6, end: 21 }
 * ```
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = fold(quote.normalize('NFC').trim()).text;
  if (needle === '') return null;
  const haystack = fold(text);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.origin[at]!;
  const lastChar = haystack.origin[at + needle.length - 1]!;
  return { start, end: lastChar + 1 };
}

/** A quote to mark in a text, with the id its first occurrence gets. */
export interface QuoteMark {
  readonly quote: string;
  readonly anchor: string;
}

/**
 * Renders a source text with every quote found in it wrapped in `<mark>` (overlapping quotes share one
 * mark) and an empty `<span id="<anchor>">` at the start of each quote, so a link can jump to it.
 * Returns the markup and the anchors of quotes that were not found.
 */
export function highlightQuotes(text: string, quotes: readonly QuoteMark[]): { markup: SafeHtml; missing: string[] } {
  const nfc = text.normalize('NFC');
  const found: Array<{ start: number; end: number; anchor: string }> = [];
  const missing: string[] = [];
  for (const q of quotes) {
    const range = findQuote(nfc, q.quote);
    if (range) found.push({ ...range, anchor: q.anchor });
    else missing.push(q.anchor);
  }
  // Merge overlapping ranges into marks.
  const sorted = [...found].sort((a, b) => a.start - b.start || a.end - b.end);
  const marks: Array<{ start: number; end: number }> = [];
  for (const r of sorted) {
    const last = marks[marks.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else marks.push({ start: r.start, end: r.end });
  }
  const anchorsAt = new Map<number, string[]>();
  for (const r of sorted) anchorsAt.set(r.start, [...(anchorsAt.get(r.start) ?? []), r.anchor]);
  const cuts = [...new Set([0, nfc.length, ...marks.flatMap((m) => [m.start, m.end]), ...anchorsAt.keys()])].sort(
    (a, b) => a - b,
  );
  const opens = new Set(marks.map((m) => m.start));
  const closes = new Set(marks.map((m) => m.end));
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    if (closes.has(at)) out += '</mark>';
    if (opens.has(at)) out += '<mark>';
    for (const anchor of anchorsAt.get(at) ?? []) out += html`<span class="quote-anchor" id="${anchor}"></span>`.value;
    const next = cuts[k + 1];
    if (next !== undefined) out += html`${nfc.slice(at, next)}`.value;
  }
  return { markup: raw(out), missing };
}
