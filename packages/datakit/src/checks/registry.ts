import { citations } from './citations.js';
import { datasetManifests } from './dataset-manifests.js';
import { hashes } from './hashes.js';
import { quotes } from './quotes.js';
import { references } from './references.js';
import type { CheckRule } from './rule.js';
import { webAddresses } from './web-addresses.js';

/**
 * The check rules `validate` runs after reading and assembling, in this order. Unique ids and
 * duplicate child rows are found while assembling (`duplicate-id`, `duplicate-row`), the record
 * schemas there too (`schema`).
 * @internal
 */
export const checkRules: readonly CheckRule[] = [references, citations, quotes, hashes, webAddresses, datasetManifests];
