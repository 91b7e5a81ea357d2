import { readDatasetManifest } from '../io/manifest.js';
import type { CheckRule } from './rule.js';

/**
 * `package-json`: each dataset folder's `package.json` is one the build can read (a JSON object
 * with a semver `version`), so validate fails where build would.
 */
export const datasetManifests: CheckRule = {
  code: 'package-json',
  description: "each dataset's package.json is a JSON object with a semver version",
  run(ctx) {
    for (const dataset of ctx.loaded.datasets.values()) {
      if (!dataset.exists) continue;
      const manifest = readDatasetManifest(ctx.loaded.root, dataset.dir);
      if ('message' in manifest)
        ctx.collector.add('package-json', manifest.file, manifest.line, manifest.column, manifest.message);
    }
  },
};
