import { numberToDecimal } from '@vnsti/money';

/**
 * The exports' type of money amounts: 29 integer digits and 9 decimals, exact. It is BigQuery's
 * `NUMERIC` and fits Spark's and Arrow's 128-bit decimals; ISO 4217 currencies have at most 4
 * minor digits.
 * @internal
 */
export const AMOUNT_DECIMAL = { type: 'DECIMAL(38,9)', integerDigits: 29, fractionDigits: 9 } as const;

/** A plain decimal that {@link AMOUNT_DECIMAL} holds exactly (the pattern is also valid in RE2, for DuckDB). */
export const FITS_AMOUNT_DECIMAL = `^-?[0-9]{1,${AMOUNT_DECIMAL.integerDigits}}([.][0-9]{1,${AMOUNT_DECIMAL.fractionDigits}})?$`;

const FITS = new RegExp(FITS_AMOUNT_DECIMAL);

/**
 * The properties of a money value (or a money figure) holding an amount, each with the property
 * holding its exact decimal when the number cannot (`@vnsti/schema`'s `Money`).
 * @internal
 */
export const EXACT_OF: Readonly<Record<string, string>> = { amount: 'exact', max: 'exactMax' };

/**
 * The plain decimal the exports write for a money amount: its exact decimal when it has one, else
 * the number written without an exponent (`1e-7` → `0.0000001`, which a `DECIMAL` column and a
 * spreadsheet read as it is); `undefined` for anything else.
 *
 * @example
 * ```ts
 * amountDecimal(1e-7, undefined); // '0.0000001'
 * amountDecimal(9007199254740992, '9007199254740993'); // '9007199254740993'
 * ```
 * @internal
 */
export function amountDecimal(amount: unknown, exact: unknown): string | undefined {
  if (typeof exact === 'string') return exact;
  return typeof amount === 'number' && Number.isFinite(amount) ? numberToDecimal(amount) : undefined;
}

/**
 * Whether the exports' amount type holds a plain decimal exactly: at most 29 digits before the
 * point and 9 after.
 *
 * @example
 * ```ts
 * fitsAmountDecimal('0.0000001'); // true
 * fitsAmountDecimal('1.0000000001'); // false: 10 decimals
 * ```
 * @internal
 */
export function fitsAmountDecimal(decimal: string): boolean {
  return FITS.test(decimal);
}
