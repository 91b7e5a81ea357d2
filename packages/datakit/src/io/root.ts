import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds the repository root above `dir`: the nearest folder whose `package.json` declares
 * `workspaces`. `null` when there is none. The one root finder of the pipeline and the
 * contributor commands.
 *
 * @example
 * ```ts
 * findWorkspaceRoot('/repo/datasets/events/data'); // '/repo'
 * ```
 */
export function findWorkspaceRoot(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest)) {
      try {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
        if (json.workspaces) return current;
      } catch {
        // An unreadable package.json is not the root; keep walking up.
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
