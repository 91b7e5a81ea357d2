import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Folder of the test fixtures. */
export const fixtures = join(import.meta.dirname, 'fixtures');

/**
 * Copies a fixture repository (a folder holding `datasets/`) into a fresh temporary folder and
 * makes it a workspace root (a `package.json` with `workspaces`). Returns the temporary root.
 */
export function copyFixture(dir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'vnsti-datakit-'));
  cpSync(join(dir, 'datasets'), join(root, 'datasets'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'fixture', private: true, type: 'module', workspaces: ['datasets/*'] })}\n`,
  );
  return root;
}

/**
 * Every file under `dir` with its bytes, keyed by relative path: a snapshot to compare. Links are
 * recorded by their target, never followed (a hostile fixture links to `/dev/zero`).
 */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const path = join(current, entry);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) files.set(relative(dir, path), `link:${readlinkSync(path)}`);
      else if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.set(relative(dir, path), readFileSync(path).toString('base64'));
      else files.set(relative(dir, path), 'special');
    }
  };
  walk(dir);
  return files;
}
