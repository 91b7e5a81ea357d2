/**
 * Thrown when a money helper is misused: a bad argument, such as a negative or non-finite amount
 * passed to {@link formatMoney}, or an unknown locale or style.
 *
 * "Not found" is never an error: parsers return `null` or an empty array instead.
 *
 * @example
 * ```ts
 * try { formatMoney({ amount: -1, currency: 'VND', bound: 'exact' }) }
 * catch (error) { error instanceof MoneyError } // → true
 * ```
 */
export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** Why a conversion was refused: see {@link MoneyConversionError}. */
export type MoneyConversionFailure = 'unknown-currency' | 'no-rate' | 'invalid-date' | 'invalid-amount';

/**
 * Thrown by {@link convertMoney} when it cannot convert without guessing: an unknown currency, a
 * date the reference table does not cover, or a malformed date. `reason` says which.
 *
 * @example
 * ```ts
 * try { convertMoney({ amount: 1, currency: 'USD', bound: 'exact' }, 'VND', { on: '2024-01-01' }) }
 * catch (error) { (error as MoneyConversionError).reason } // → 'no-rate'
 * ```
 */
export class MoneyConversionError extends MoneyError {
  override name = 'MoneyConversionError';
  /** The kind of failure, for programs that branch on it. */
  readonly reason: MoneyConversionFailure;

  /**
   * @param reason - the kind of failure
   * @param message - a sentence saying what was asked and what the table holds
   */
  constructor(reason: MoneyConversionFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}
