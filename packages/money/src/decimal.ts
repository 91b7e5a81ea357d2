/**
 * Exact decimal arithmetic on plain decimal strings ("1340000000", "3798.254"): scaling by powers
 * of ten is a shift of the decimal point, products and quotients go through BigInt. Nothing here
 * multiplies floating-point numbers, so "1,34 tỷ" is 1340000000 and never 1340000000.0000002.
 * @internal
 * @module
 */

/** Removes leading zeros of the integer part and trailing zeros of the fraction: `'007.50'` → `'7.5'`. */
export function canonicalDecimal(integer: string, fraction: string): string {
  let start = 0;
  while (start < integer.length - 1 && integer.charCodeAt(start) === 48) start++;
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const int = integer.length === 0 ? '0' : integer.slice(start);
  return end === 0 ? int : `${int}.${fraction.slice(0, end)}`;
}

/**
 * Multiplies `integer.fraction` by 10^exponent (exponent ≥ 0) by moving the decimal point.
 * @example shiftDecimal('1', '34', 9) // → '1340000000'
 */
export function shiftDecimal(integer: string, fraction: string, exponent: number): string {
  if (exponent <= 0) return canonicalDecimal(integer, fraction);
  if (fraction.length <= exponent) {
    return canonicalDecimal(integer + fraction + '0'.repeat(exponent - fraction.length), '');
  }
  return canonicalDecimal(integer + fraction.slice(0, exponent), fraction.slice(exponent));
}

/**
 * Writes a finite number as a plain decimal string without exponent: `1e21` → `'1000000000000000000000'`,
 * `1.5e-7` → `'0.00000015'`. The digits are the shortest that round-trip (as `String(n)`).
 *
 * @example
 * ```ts
 * numberToDecimal(1.5e-7); // '0.00000015'
 * numberToDecimal(-2.5e21); // '-2500000000000000000000'
 * numberToDecimal(16000); // '16000'
 * ```
 */
export function numberToDecimal(value: number): string {
  const text = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  const e = text.indexOf('e');
  if (e < 0) return sign + text;
  const mantissa = text.slice(0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `${sign}${canonicalDecimal('0', '0'.repeat(-point) + digits)}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return sign + canonicalDecimal(digits.slice(0, point), digits.slice(point));
}

/**
 * Whether `Number(decimal)` loses information: true beyond 2^53 or past ~15 significant digits.
 */
export function losesPrecision(decimal: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  return numberToDecimal(value) !== decimal;
}

/**
 * Most digits (sign and point not counted) of a decimal that the exact arithmetic here accepts from
 * a caller. Far above what the scanner can write: its longest reading is a 40-digit number times three
 * magnitude words of 10^15 ("… quadrillion quadrillion quadrillion USD"), 85 digits; low enough that
 * the BigInt work on hostile input stays small.
 */
export const MAX_DECIMAL_DIGITS = 100;

/**
 * Whether `text` is a plain decimal string: an optional '-', digits, an optional '.' and digits; no
 * exponent, no spaces, no '+' ("-12.5", "23208370000000023208"). Any length: see {@link MAX_DECIMAL_DIGITS}.
 */
export function isDecimalString(text: unknown): text is string {
  return typeof text === 'string' && /^-?\d+(\.\d+)?$/.test(text);
}

/** Number of digits in a plain decimal string (its sign and point not counted). */
export function digitCount(decimal: string): number {
  return decimal.length - (decimal.startsWith('-') ? 1 : 0) - (decimal.includes('.') ? 1 : 0);
}

/**
 * Compares two plain decimal strings exactly: negative when `a < b`, 0 when equal, positive when `a > b`.
 * @example compareDecimal('-5', '-3') // → negative
 */
export function compareDecimal(a: string, b: string): number {
  const x = toScaled(a);
  const y = toScaled(b);
  const left = x.units * 10n ** BigInt(Math.max(0, y.scale - x.scale));
  const right = y.units * 10n ** BigInt(Math.max(0, x.scale - y.scale));
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Splits a plain decimal string into a scaled BigInt and its number of fraction digits. */
function toScaled(decimal: string): { units: bigint; scale: number } {
  const negative = decimal.startsWith('-');
  const body = negative ? decimal.slice(1) : decimal;
  const dot = body.indexOf('.');
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const units = BigInt(digits.length === 0 ? '0' : digits);
  return { units: negative ? -units : units, scale: dot < 0 ? 0 : body.length - dot - 1 };
}

/** Divides with rounding half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if ((n % d) * 2n >= d) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** Writes `units / 10^scale` as a canonical plain decimal string. */
function fromScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = canonicalDecimal(digits.slice(0, digits.length - scale), digits.slice(digits.length - scale));
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * `a × b`, rounded half away from zero to `digits` fraction digits, exactly.
 * @example multiplyDecimal('1.5', '23208.37', 0) // → '34813'
 */
export function multiplyDecimal(a: string, b: string, digits: number): string {
  const x = toScaled(a);
  const y = toScaled(b);
  const product = x.units * y.units * 10n ** BigInt(digits);
  return fromScaled(divideRounded(product, 10n ** BigInt(x.scale + y.scale)), digits);
}

/**
 * `a ÷ b`, rounded half away from zero to `digits` fraction digits, exactly. `b` must not be zero.
 * @example divideDecimal('23670', '23670', 2) // → '1'
 */
export function divideDecimal(a: string, b: string, digits: number): string {
  const x = toScaled(a);
  const y = toScaled(b);
  const numerator = x.units * 10n ** BigInt(y.scale + digits);
  const denominator = y.units * 10n ** BigInt(x.scale);
  return fromScaled(divideRounded(numerator, denominator), digits);
}
