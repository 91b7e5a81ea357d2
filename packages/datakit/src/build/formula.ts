/**
 * Formula cells in CSV exports. A spreadsheet that opens a CSV evaluates a cell starting with `=`,
 * `+`, `-` or `@` (and, in some programs, a TAB or CR before them) as a formula: `=HYPERLINK(…)` becomes
 * a link, `+cmd|…` a command. The exports neutralise such text cells rather than refusing them at
 * validate time: sources legitimately write text that starts with `-` or `+` (a list dash, a phone
 * number, a signed change), and refusing would keep facts out of the data.
 *
 * The rule, written once here:
 * - a text cell matching {@link FORMULA_PATTERN} (any run of `'`, then `=`, `+`, `-`, `@`, TAB or CR)
 *   is written with one `'` before it; the `'` shows as nothing in a spreadsheet, which treats the cell as text;
 * - numbers, dates and booleans are never changed (a negative amount stays a number);
 * - the rule is reversible: drop one leading `'` from a text cell that matches {@link FORMULA_PATTERN}
 *   ({@link restoreFormulaText}). Escaping cells that already start with `'` keeps the reverse exact.
 *
 * NDJSON, JSON, Parquet and the DuckDB database hold the text unchanged.
 */

/**
 * A text cell a spreadsheet could evaluate, or one that starts with `'`s before such a cell. Its
 * source is also valid RE2 (DuckDB's `regexp_matches`), where the Parquet writer reverses the rule.
 */
export const FORMULA_PATTERN = /^'*[=+\-@\t\r]/;

/**
 * Whether a text cell gets a `'` before it in a CSV export. Checks the first code unit before
 * running the pattern, so ordinary text costs one comparison.
 *
 * @example
 * ```ts
 * isFormulaText('=HYPERLINK("http://example.com","x")'); // true
 * isFormulaText('Hà Nội'); // false
 * ```
 */
export function isFormulaText(text: string): boolean {
  const c = text.charCodeAt(0);
  // ' + - = @ TAB CR
  if (c !== 39 && c !== 43 && c !== 45 && c !== 61 && c !== 64 && c !== 9 && c !== 13) return false;
  return FORMULA_PATTERN.test(text);
}

/**
 * A text cell as a CSV export writes it: with one `'` before it when a spreadsheet could read it
 * as a formula.
 *
 * @example
 * ```ts
 * neutraliseFormulaText('+cmd|/c calc'); // "'+cmd|/c calc"
 * neutraliseFormulaText('-5 tỷ đồng'); // "'-5 tỷ đồng"
 * neutraliseFormulaText('Hà Nội'); // 'Hà Nội'
 * ```
 */
export function neutraliseFormulaText(text: string): string {
  return isFormulaText(text) ? `'${text}` : text;
}

/**
 * The text a CSV export's cell stands for: the reverse of {@link neutraliseFormulaText}.
 *
 * @example
 * ```ts
 * restoreFormulaText("'@SUM(A1:A9)"); // '@SUM(A1:A9)'
 * restoreFormulaText("'quoted"); // "'quoted" (never neutralised, so left as it is)
 * ```
 */
export function restoreFormulaText(cell: string): string {
  return cell.startsWith("'") && FORMULA_PATTERN.test(cell) ? cell.slice(1) : cell;
}
