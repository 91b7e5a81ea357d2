import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '@vnsti/data';
import { homePage } from './catalogue/home.js';
import { loadCatalogueData } from './catalogue/load.js';
import { generateCatalogue } from './catalogue/pages.js';
import { packageStatuses, runTypedoc } from './typedoc.js';

/** The guides, in reading order; any other `docs/*.md` follows them alphabetically. */
export const GUIDE_ORDER = [
  'getting-started.md',
  'data-model.md',
  'using-the-exports.md',
  'versioning.md',
  'contributing.md',
];

/** Where a copy of `contributing.md` lives when it is not in the tree yet. */
const CONTRIBUTING_URL = 'https://github.com/vnsti/vnsti/blob/main/docs/contributing.md';

/** The guides present in `docsDir`, in {@link GUIDE_ORDER}. */
export function findGuides(docsDir: string): string[] {
  const present = readdirSync(docsDir).filter(
    (f) => f.endsWith('.md') && f !== 'index.md' && f.toLowerCase() !== 'readme.md',
  );
  const known = GUIDE_ORDER.filter((g) => present.includes(g));
  const others = present.filter((g) => !GUIDE_ORDER.includes(g)).sort();
  return [...known, ...others];
}

/**
 * Points TypeDoc's icon references at the sprite its `icons.js` puts into every page
 * (`<use href="../assets/icons.svg#icon-x">` → `#icon-x`): Chromium refuses to load `icons.svg`
 * from a `file://` page and logs an error before TypeDoc's own fix-up runs.
 */
export function inlineIconReferences(dir: string): number {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/href="(?:\.\.\/)*assets\/icons\.svg#/g, 'href="#');
    if (fixed !== text) {
      writeFileSync(file, fixed);
      files++;
    }
  }
  return files;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

/** Builds the whole site into `docs/site/`; returns the process exit code. */
export async function main(args: readonly string[] = []): Promise<number> {
  const started = Date.now();
  const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const rootDir = resolve(docsDir, '..');
  const siteDir = join(docsDir, 'site');
  const catalogueOnly = args.includes('--catalogue-only');
  rmSync(siteDir, { recursive: true, force: true });

  // 1. The dataset catalogue, from the built exports.
  const data = loadCatalogueData(join(rootDir, 'datasets'));
  const catalogueDir = join(siteDir, 'catalogue');
  const graph = loadGraph();
  const pages = generateCatalogue(data, {
    graph,
    nav: [
      { label: 'Home', href: '../index.html' },
      { label: 'API reference', href: '../api/modules.html' },
    ],
  });
  for (const page of pages) {
    mkdirSync(dirname(join(catalogueDir, page.path)), { recursive: true });
    writeFileSync(join(catalogueDir, page.path), page.content);
  }
  for (const d of data.datasets) {
    if (d.files.length === 0) continue;
    mkdirSync(join(catalogueDir, 'downloads', d.name), { recursive: true });
    for (const f of d.files)
      copyFileSync(join(rootDir, 'datasets', d.name, 'dist', f), join(catalogueDir, 'downloads', d.name, f));
  }
  const unbuilt = data.datasets.filter((d) => !d.built).map((d) => d.name);
  if (unbuilt.length)
    console.warn(`docs: datasets not built (their pages say so): ${unbuilt.join(', ')}; run npm run build`);
  const records = Object.fromEntries(data.datasets.map((d) => [d.name, d.tables[d.name]?.length ?? 0]));
  writeFileSync(join(siteDir, 'index.html'), homePage({ records }, graph));
  if (catalogueOnly) return 0;

  // 2. TypeDoc: API reference of every package that is ready, guides as project documents.
  const packagesDir = join(rootDir, 'packages');
  const statuses = packageStatuses(
    rootDir,
    readdirSync(packagesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(packagesDir, e.name))
      .sort(),
  );
  for (const s of statuses.filter((s) => s.problem)) {
    console.warn(`\n!!! docs: ${s.name} is left out of the API reference: ${s.problem}\n`);
  }
  // `--only=schema,money` documents just those packages (for package authors, while writing TSDoc).
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const ready = statuses.filter((s) => !s.problem && (!only || only.some((o) => s.dir.endsWith(`/${o}`))));
  let guides = findGuides(docsDir);
  let guideDir = docsDir;
  if (!guides.includes('contributing.md')) {
    // Until docs/contributing.md lands, guides link to where it will be published.
    console.warn(`docs: docs/contributing.md is missing; guides link to ${CONTRIBUTING_URL}`);
    guideDir = join(docsDir, '.cache', 'guides');
    rmSync(guideDir, { recursive: true, force: true });
    mkdirSync(guideDir, { recursive: true });
    for (const f of [...guides, 'index.md']) {
      const text = readFileSync(join(docsDir, f), 'utf8').replaceAll('](contributing.md)', `](${CONTRIBUTING_URL})`);
      writeFileSync(join(guideDir, f), text);
    }
  }
  guides = guides.map((g) => join(guideDir, g));
  const result = await runTypedoc({
    configFile: join(docsDir, 'typedoc.json'),
    packages: ready.map((s) => s.dir),
    documents: guides,
    readme: join(guideDir, 'index.md'),
    out: join(siteDir, 'api'),
  });
  if (result.problems) {
    console.error(`docs: TypeDoc found ${result.problems} problem(s) (warnings are errors); the site is incomplete`);
    return 1;
  }
  inlineIconReferences(join(siteDir, 'api'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `docs: site/ built in ${seconds} s: ${countHtml(siteDir)} HTML pages (${result.pages.length} API and guide pages, ` +
      `${pages.filter((p) => p.path.endsWith('.html')).length} catalogue pages); packages: ${ready.map((s) => s.name).join(', ')}`,
  );
  return 0;
}
