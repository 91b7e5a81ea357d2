/** Control characters a text may not hold: every C0 and C1 control and DEL except tab, line feed and carriage return. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/**
 * Where the first control character of a text is (other than tab, line feed and carriage return),
 * as a 1-based line and column (columns count characters, not bytes) and its code point as
 * `U+XXXX`; `null` when there is none.
 *
 * @param text - The decoded text.
 * @example
 * ```ts
 * findControlCharacter('Hà Nội\nab\u0000c'); // { line: 2, column: 3, codePoint: 'U+0000' }
 * findControlCharacter('tab\tand\r\nlines'); // null
 * ```
 */
export function findControlCharacter(text: string): { line: number; column: number; codePoint: string } | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  const column = Array.from(before.slice(lineStart)).length + 1;
  const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, column, codePoint };
}
