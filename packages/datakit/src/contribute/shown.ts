import { ECHO_LIMIT } from '../problems.js';

/**
 * A value the user gave (an option, a path, a cell), as a message repeats it: quoted with
 * `JSON.stringify` so that a line feed or a control character shows as an escape and the message
 * stays on one line, and cut to 80 characters with `…` so that a huge value is not echoed whole.
 *
 * @param value - The value as given.
 * @returns The quoted, bounded value.
 * @example
 * ```ts
 * shown('https://example.invalid/a\nb'); // '"https://example.invalid/a\\nb"'
 * shown('x'.repeat(1000)).length; // 84: 80 characters, the quotes and `…`
 * ```
 */
export function shown(value: string): string {
  const chars = Array.from(value);
  return chars.length <= ECHO_LIMIT ? JSON.stringify(value) : `${JSON.stringify(chars.slice(0, ECHO_LIMIT).join(''))}…`;
}
