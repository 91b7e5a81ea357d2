import { amountPrecision } from './amount-precision.js';
import { citations } from './citations.js';
import { datasetManifests } from './dataset-manifests.js';
import { hashes } from './hashes.js';
import { lineageCycles } from './lineage-cycle.js';
import { lineageValidity } from './lineage-validity.js';
import { locators } from './locators.js';
import { quotes } from './quotes.js';
import { referenceValidity } from './reference-validity.js';
import { references } from './references.js';
import type { CheckRule } from './rule.js';
import { unitNameOverlaps } from './unit-name-overlap.js';
import { webAddresses } from './web-addresses.js';

/**
 * The check rules `validate` runs after reading and assembling, in this order. Unique ids and
 * duplicate child rows are found while assembling (`duplicate-id`, `duplicate-row`), the record
 * schemas there too (`schema`).
 * @internal
 */
export const checkRules: readonly CheckRule[] = [
  references,
  citations,
  locators,
  quotes,
  hashes,
  webAddresses,
  amountPrecision,
  datasetManifests,
  lineageCycles,
  lineageValidity,
  unitNameOverlaps,
  referenceValidity,
];
