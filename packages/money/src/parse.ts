import { isTrailingPunctuation, scanMoney } from './extract.js';
import type { Money, ParseMoneyOptions } from './types.js';

/**
 * Reads one money expression: the whole input (trimmed; a final '.', ',', ';', ':' or '!' is
 * ignored) must be the amount with its qualifiers, as in a data cell. For running text use
 * {@link extractMoney}.
 *
 * Understands Vietnamese ("hơn 16.000 tỷ đồng", "15,6 tỉ USD", "1,17 triệu tỷ đồng",
 * "từ 10 đến 15 tỷ đồng", "9.400 USD/người", "-5 tỷ đồng") and the English that {@link formatMoney} writes
 * ("more than VND 138 billion").
 *
 * @param text - one expression
 * @param options - `defaultCurrency` for an amount written without currency ("8.300 tỷ")
 * @returns the amount, or `null` when the input is not exactly one money expression
 * @example
 * ```ts
 * parseMoney('hơn 16.000 tỷ đồng')
 * // → { amount: 16000000000000, currency: 'VND', bound: 'lower', text: 'hơn 16.000 tỷ đồng' }
 * parseMoney('1,34 tỷ USD')?.amount // → 1340000000
 * parseMoney('8.300 tỷ', { defaultCurrency: 'VND' })?.amount // → 8300000000000
 * parseMoney('4,7 triệu người', { defaultCurrency: 'VND' }) // → null
 * ```
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Money | null {
  if (typeof text !== 'string') return null;
  let end = text.length;
  while (end > 0 && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start >= end) return null;
  const input = text.slice(start, end);
  // In 'parse' mode the scanner reads only the first digit run: the one a whole-input match starts from.
  const match = scanMoney(input, options ?? {}, 'parse')[0];
  return match !== undefined && match.index === 0 && match.text.length === input.length ? match.value : null;
}
