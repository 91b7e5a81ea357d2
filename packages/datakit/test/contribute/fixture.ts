import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Repositories made by the test file that imports this module, removed when it ends. */
const made: string[] = [];
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Creates a temporary repository with the given files (path → content) and, with `git`, commits them on `main`. */
export function makeRepo(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'vnsti-contribute-'));
  made.push(root);
  writeFileSync(join(root, 'package.json'), '{ "name": "fixture", "private": true, "workspaces": ["datasets/*"] }\n');
  mkdirSync(join(root, 'datasets'), { recursive: true });
  writeFiles(root, files);
  if (options.git) {
    run(root, ['init', '-q', '-b', 'main']);
    run(root, ['add', '-A']);
    run(root, ['commit', '-q', '-m', 'base']);
  }
  return root;
}

/** Writes files (path → content) under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Runs git in a fixture repository with a fixed identity. */
export function run(root: string, args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

export const SOURCES_HEADER =
  'id,kind,title_vi,title_en,publisher,url,published,published_basis,published_note,language,text_file,sha256';

export const METRICS_HEADER = 'id,indicator,place,period,value,status,basis,note_vi,note_en,source,quote';
