/**
 * ISO 4217 currency codes and their minor units. The table lives in `@vnsti/money` (which reads and
 * writes amounts, and has no third-party dependencies); the schemas check codes with it.
 * @module
 */
export { currencyMinorUnits, isCurrencyCode } from '@vnsti/money';
