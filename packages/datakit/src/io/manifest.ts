import { join } from 'node:path';
import { repoPath } from './paths.js';
import { readRepositoryFile } from './read-file.js';

/** The largest `package.json` read: 1 MiB. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * What the build needs from a dataset's `package.json`: its version (`0.0.0` when the file or
 * the field is absent), or why the file cannot be used.
 *
 * @example
 * ```ts
 * const manifest: DatasetManifest = { version: '1.2.0' };
 * ```
 */
export type DatasetManifest =
  | { readonly version: string }
  | { readonly file: string; readonly line: number; readonly column: number; readonly message: string };

/**
 * Reads the `package.json` of a dataset folder through the safe reader: a missing file means
 * version `0.0.0`; a link out of the repository, a folder, malformed JSON or a `version` that is
 * not a string is a problem with that file.
 *
 * @param root - The repository root.
 * @param dir - The dataset folder.
 * @example
 * ```ts
 * const manifest = readDatasetManifest('/repo', '/repo/datasets/events');
 * if ('version' in manifest) manifest.version; // '0.3.1'
 * ```
 */
export function readDatasetManifest(root: string, dir: string): DatasetManifest {
  const path = join(dir, 'package.json');
  const file = repoPath(root, path);
  const read = readRepositoryFile(root, path, MAX_MANIFEST_BYTES);
  if (!('bytes' in read)) {
    if (read.code === 'missing') return { version: '0.0.0' };
    return { file, line: 1, column: 1, message: read.reason };
  }
  let json: unknown;
  try {
    // TextDecoder drops a leading byte-order mark, as npm does when it reads a package.json.
    json = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (error) {
    return { file, line: 1, column: 1, message: `not valid JSON: ${(error as Error).message}` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { file, line: 1, column: 1, message: 'expected a JSON object' };
  const version = (json as { version?: unknown }).version;
  if (version === undefined) return { version: '0.0.0' };
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
    return {
      file,
      line: 1,
      column: 1,
      message: `version: expected a semver version such as "1.0.0", found ${JSON.stringify(version)}`,
    };
  return { version };
}
