// A consumer with the strictest flags a TypeScript user turns on (exactOptionalPropertyTypes,
// noUncheckedIndexedAccess), compiled against the built packages as installed: money values from
// the datasets go into the money helpers without a cast. Compiled by strict-consumer.test.ts.
import { events } from '@vnsti/events';
import { metrics } from '@vnsti/metrics';
import {
  type ConvertedMoney,
  conversionDate,
  convertMoney,
  type FormatMoneyOptions,
  figureUnit,
  formatMoney,
  isMoneyFigure,
} from '@vnsti/money';
import { projects } from '@vnsti/projects';

const lines: string[] = [];

const project = projects[0];
if (project?.investment) {
  lines.push(formatMoney(project.investment));
  const usd: ConvertedMoney = convertMoney(project.investment, 'USD', { on: '2025-11-24' });
  lines.push(formatMoney(usd, { locale: 'en', style: 'long' }));
}

for (const event of events) {
  for (const outcome of event.outcomes) {
    if (outcome.money === undefined) continue;
    const when = conversionDate({ period: event.date, published: [] });
    if (when) lines.push(formatMoney(convertMoney(outcome.money, 'VND', { on: when.on })));
  }
}

// A metric's money figure is Money: narrowed by its currency, it goes straight into the helpers.
for (const metric of metrics) {
  const figure = metric.value;
  if ('currency' in figure) lines.push(formatMoney(figure, { locale: 'vi' }));
  if (isMoneyFigure(figure)) lines.push(formatMoney(convertMoney(figure, 'USD', { on: '2025-11-24' })));
  else lines.push(`${figure.value} ${figure.unit}`);
  lines.push(figureUnit(figure));
}

// Options objects built with possibly-undefined fields are accepted.
const options: FormatMoneyOptions = { locale: undefined, style: 'short' };
lines.push(formatMoney({ amount: 1, currency: 'VND', bound: 'exact', text: undefined }, options));

// The flags are really on: both lines below are errors under them (and fine without them).
// @ts-expect-error exactOptionalPropertyTypes: an optional property that is not declared `| undefined`
const exactOptional: { a?: string } = { a: undefined };
// @ts-expect-error noUncheckedIndexedAccess: an element of an array may be missing
const unchecked: string = lines[0];
// A figure that may be a Quantity is not Money until narrowed.
// @ts-expect-error a metric's value is Money | Quantity
const unnarrowed: string = formatMoney(metrics[0]!.value);

export { exactOptional, lines, unchecked, unnarrowed };
