import { AMOUNT_DECIMAL, amountDecimal, EXACT_OF, fitsAmountDecimal } from '../normalise/amount-decimal.js';
import { cellLocation } from '../rows/locate-cell.js';
import type { CheckRule } from './rule.js';

/** Each amount property with the property of its exact decimal. */
const AMOUNTS = Object.entries(EXACT_OF);
/** Whole numbers below this always fit. */
const WHOLE_LIMIT = 10 ** AMOUNT_DECIMAL.integerDigits;

/**
 * `amount-precision`: every money amount (and upper bound) fits the exports' exact decimal type,
 * `DECIMAL(38,9)` (29 digits before the point, 9 after), so that the build never has to round one
 * or stop at the Parquet file.
 */
export const amountPrecision: CheckRule = {
  code: 'amount-precision',
  description: "every money amount fits the exports' DECIMAL(38,9): 29 digits before the point, 9 after",
  run(ctx) {
    for (const t of ctx.tables()) {
      const columns = t.table.columns.filter((c) => c.kind === 'money' || c.kind === 'figure');
      if (columns.length === 0) continue;
      for (const row of t.rows) {
        for (const column of columns) {
          const value = row.values[column.name] as Record<string, unknown> | undefined;
          if (typeof value !== 'object' || value === null) continue;
          for (const [property, exact] of AMOUNTS) {
            const amount = value[property];
            // A whole number below 10^29 and no exact decimal: no decimals, at most 29 digits.
            if (value[exact] === undefined && Number.isInteger(amount) && Math.abs(amount as number) < WHOLE_LIMIT)
              continue;
            const decimal = amountDecimal(amount, value[exact]);
            if (decimal === undefined || fitsAmountDecimal(decimal)) continue;
            const { line, column: at } = cellLocation(t, row, column.name);
            ctx.collector.cell(
              'amount-precision',
              t.file,
              line,
              at,
              `${column.name}: ${property === 'max' ? 'upper bound' : 'amount'} ${JSON.stringify(decimal)} does not fit the exports' ${AMOUNT_DECIMAL.type} (at most ${AMOUNT_DECIMAL.integerDigits} digits before the decimal point and ${AMOUNT_DECIMAL.fractionDigits} after)`,
            );
          }
        }
      }
    }
  },
};
