/**
 * `@vnsti/money`: Vietnamese money expressions read exactly — parse one ("hơn 16.000 tỷ đồng"),
 * find them in running text, write them back (vi/en), convert them with cited reference rates.
 * One runtime dependency, the project's calendar (`@vnsti/calendar`).
 * @packageDocumentation
 */
export { boundOf } from './lexicon/bounds.js';
export * as lexicon from './lexicon/index.js';
export { type ConvertedMoney, type ConvertMoneyOptions, convertMoney } from './convert.js';
export { type ConversionDate, type ConversionDateInput, conversionDate } from './convert-date.js';
export { figureAsMoney, type UnitFigure } from './convert-quantity.js';
export { figureNumber, figureUnit, isMoneyFigure } from './figure.js';
export { currencyCode, MINOR_UNITS } from './currency.js';
export { currencyMinorUnits, isCurrencyCode } from './iso4217.js';
export { MoneyConversionError, type MoneyConversionFailure, MoneyError } from './errors.js';
export { extractMoney } from './extract.js';
export { numberToDecimal } from './decimal.js';
export { type FormatMoneyOptions, formatMoney } from './format.js';
export { parseNumber } from './number.js';
export { parseMoney } from './parse.js';
export { parseQuantity, readQuantity } from './quantity.js';
export {
  findReferenceRate,
  MAX_RATE_AGE_DAYS,
  type RateBasis,
  type RateLookup,
  REFERENCE_RATES,
  type ReferenceRate,
} from './rates.js';
export type {
  Bound,
  Money,
  MoneyMatch,
  ParseMoneyOptions,
  Quantity,
  QuantityOptions,
  QuantityProblem,
  QuantityReading,
} from './types.js';
