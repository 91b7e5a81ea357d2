import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the seed articles live: `$VNSTI_SEEDS`, else the shared folder beside the repository. */
export function seedsDir(repoRoot: string): string {
  return process.env.VNSTI_SEEDS ?? join(repoRoot, '..', 'shared', 'seeds');
}

/** The seed articles concatenated, then repeated until the text is at least `bytes` long. */
export function seedText(repoRoot: string, bytes: number): string {
  const dir = seedsDir(repoRoot);
  const once = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(once)));
  return Array.from({ length: copies }, () => once).join('\n\n');
}
