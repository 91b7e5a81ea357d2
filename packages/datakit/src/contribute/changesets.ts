import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Bump, covers, type DiffResult, diff, maxBump } from './diff.js';
import { git } from './git.js';

/** One pending changeset file and the bumps its front matter asks for. */
export interface Changeset {
  /** File name inside `.changeset/`. */
  readonly file: string;
  /** Package name → bump. */
  readonly releases: Readonly<Record<string, Bump>>;
}

/**
 * Reads the front matter of a changeset: the lines between the leading `---` fences, each
 * `"@vnsti/x": patch|minor|major` (quotes optional).
 *
 * @param text - The file's content.
 * @returns Package name → bump; empty when the file has no front matter.
 * @example
 * ```ts
 * parseChangeset('---\n"@vnsti/metrics": minor\n---\n\nAdds Hải Phòng figures.\n'); // { '@vnsti/metrics': 'minor' }
 * ```
 */
export function parseChangeset(text: string): Record<string, Bump> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Record<string, Bump> = {};
  if (lines[0]?.trim() !== '---') return out;
  for (const line of lines.slice(1)) {
    if (line.trim() === '---') break;
    const m = /^\s*(["']?)([^"'\s:][^"'\s]*)\1\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (m) out[m[2] ?? ''] = maxBump(out[m[2] ?? ''] ?? null, m[3] as Bump) ?? 'patch';
  }
  return out;
}

/**
 * Every pending changeset in `<repoRoot>/.changeset/` (Markdown files other than README.md); with
 * `base`, only those added since that git ref (a changeset already pending at the base declares the
 * changes made before it, not the ones being checked).
 *
 * @param repoRoot - Repository root.
 * @param base - A git ref; the files `.changeset/` holds there are left out.
 * @returns The changesets, by file name.
 * @example
 * ```ts
 * readChangesets('.', 'main').map((c) => c.file); // the changesets this branch adds
 * ```
 */
export function readChangesets(repoRoot: string, base?: string): Changeset[] {
  const dir = join(resolve(repoRoot), '.changeset');
  if (!existsSync(dir)) return [];
  const atBase = new Set(base === undefined ? [] : changesetsAt(repoRoot, base));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md' && !atBase.has(f))
    .sort()
    .map((file) => ({ file, releases: parseChangeset(readFileSync(join(dir, file), 'utf8')) }));
}

/** The changeset file names `.changeset/` holds at a git ref (empty when the ref or the folder is missing). */
function changesetsAt(repoRoot: string, ref: string): string[] {
  const out = git(resolve(repoRoot), ['ls-tree', '--name-only', `${ref}:.changeset`]);
  return (out ?? '').split('\n').filter(Boolean);
}

/** Options of {@link checkChangesets}. */
export interface CheckChangesetsOptions {
  /** Repository root (a git work tree). */
  repoRoot: string;
  /** Git ref to compare with; see {@link diff}. */
  base?: string;
  /** A diff already computed (skips running it again). */
  diff?: DiffResult;
}

/** What {@link checkChangesets} found, per changed dataset package. */
export interface ChangesetCheck {
  /** `true` when every changed dataset has a changeset asking for at least the bump its diff needs. */
  readonly ok: boolean;
  /** The ref compared with. */
  readonly base: string;
  /** One entry per changed dataset package. */
  readonly packages: ReadonlyArray<{
    readonly packageName: string;
    readonly needed: Bump;
    /** The largest bump the changesets added since the base ask for, `null` when none names the package. */
    readonly declared: Bump | null;
    readonly ok: boolean;
  }>;
  /** One sentence per failing package, naming the records and the reason. */
  readonly problems: readonly string[];
  /** Changesets left out because they were already pending at the base. */
  readonly ignored: readonly string[];
}

/**
 * Checks the changesets added since the base against the dataset diff (changesets already pending
 * at the base are left out: they declare older changes): fails when a changed dataset package
 * has no changeset, or when its changesets ask for less than the diff needs. Each problem names
 * the package, the bump needed and declared, and the records that need more, e.g.
 * `@vnsti/metrics needs major (declared minor): removed metrics/hai-phong-population-2025`.
 *
 * @param options - See {@link CheckChangesetsOptions}.
 * @returns Per package the needed and declared bumps, and the problems.
 * @example
 * ```ts
 * const check = checkChangesets({ repoRoot: '.', base: 'main' });
 * if (!check.ok) console.error(check.problems.join('\n'));
 * ```
 */
export function checkChangesets(options: CheckChangesetsOptions): ChangesetCheck {
  const result = options.diff ?? diff({ repoRoot: options.repoRoot, ...(options.base ? { base: options.base } : {}) });
  const declared = new Map<string, Bump>();
  const added = readChangesets(options.repoRoot, result.base);
  const ignored = readChangesets(options.repoRoot)
    .map((c) => c.file)
    .filter((f) => !added.some((c) => c.file === f));
  for (const cs of added) {
    for (const [name, bump] of Object.entries(cs.releases))
      declared.set(name, maxBump(declared.get(name) ?? null, bump) ?? bump);
  }
  const packages: Array<ChangesetCheck['packages'][number]> = [];
  const problems: string[] = [];
  for (const d of result.datasets) {
    if (d.bump === null) continue;
    const has = declared.get(d.packageName) ?? null;
    const ok = covers(has, d.bump);
    packages.push({ packageName: d.packageName, needed: d.bump, declared: has, ok });
    if (ok) continue;
    const order = ['removed', 'column-removed', 'changed-id', 'changed', 'column-added', 'added'];
    const reasons = d.changes
      .filter((c) => !covers(has, c.bump))
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .map((c) => c.summary);
    const shown = reasons.slice(0, 12).join('; ') + (reasons.length > 12 ? `; and ${reasons.length - 12} more` : '');
    problems.push(
      has === null
        ? `${d.packageName} needs ${d.bump} (no changeset names it): ${shown}`
        : `${d.packageName} needs ${d.bump} (declared ${has}): ${shown}`,
    );
  }
  return { ok: problems.length === 0, base: result.base, packages, problems, ignored };
}
