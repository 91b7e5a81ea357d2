import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as td from 'typedoc';

/** A package folder and whether TypeDoc can document it. */
export interface PackageStatus {
  readonly dir: string;
  readonly name: string;
  /** `null` when ready; otherwise why it was left out. */
  readonly problem: string | null;
}

/**
 * Which `packages/*` folders TypeDoc can document: each needs a `package.json`, a `typedoc.json`
 * and the entry points that file names. A package still being written is reported, not documented.
 */
export function packageStatuses(rootDir: string, dirs: readonly string[]): PackageStatus[] {
  return dirs.map((dir) => {
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile)) return { dir, name: relative(rootDir, dir), problem: 'no package.json' };
    const name = String(
      (JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: unknown }).name ?? relative(rootDir, dir),
    );
    const configFile = join(dir, 'typedoc.json');
    if (!existsSync(configFile)) return { dir, name, problem: 'no typedoc.json' };
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as { entryPoints?: unknown };
    const entries = Array.isArray(config.entryPoints) ? config.entryPoints.map(String) : [];
    if (entries.length === 0) return { dir, name, problem: 'typedoc.json names no entryPoints' };
    const absent = entries.filter((e) => !existsSync(join(dir, e)));
    if (absent.length) return { dir, name, problem: `entry point ${absent.join(', ')} does not exist yet` };
    return { dir, name, problem: null };
  });
}

function packageName(dir: string): string {
  return String((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name);
}

/**
 * Rewrites `site:<path>` links (in guides, navigation links) into paths relative to the page, so
 * pages at any depth of `site/api/` reach the rest of the site (`site:catalogue/index.html`).
 */
export function rewriteSiteLinks(contents: string, pageUrl: string): string {
  const depth = pageUrl.split('/').length - 1;
  const prefix = `${'../'.repeat(depth)}../`;
  return contents.replace(/(href|src)="site:/g, `$1="${prefix}`);
}

/** Options of {@link runTypedoc}. */
export interface TypedocRun {
  /** The docs TypeDoc config (extends the root `typedoc.json`). */
  readonly configFile: string;
  /** Package folders to document. */
  readonly packages: readonly string[];
  /** Guides added as project documents. */
  readonly documents: readonly string[];
  /** The home page text. */
  readonly readme: string;
  readonly out: string;
}

/**
 * Runs TypeDoc like its CLI does, warnings as errors (undocumented exports, broken links): returns
 * the number of problems (0 = success) and the URLs of the pages it wrote.
 */
export async function runTypedoc(run: TypedocRun): Promise<{ problems: number; pages: string[] }> {
  const app = await td.Application.bootstrapWithPlugins(
    {
      options: run.configFile,
      entryPoints: [...run.packages],
      projectDocuments: [...run.documents],
      readme: run.readme,
      // Without this TypeDoc only requires docs from the root package ("vnsti"), so in packages
      // mode an undocumented export of @vnsti/* would pass silently.
      packagesRequiringDocumentation: run.packages.map(packageName),
      out: run.out,
    },
    [new td.TypeDocReader(), new td.PackageJsonReader(), new td.TSConfigReader()],
  );
  const pages: string[] = [];
  app.renderer.on(td.PageEvent.END, (page: td.PageEvent) => {
    if (page.contents) page.contents = rewriteSiteLinks(page.contents, page.url);
    pages.push(page.url);
  });
  const strict = app.options.getValue('treatWarningsAsErrors');
  const failed = () => app.logger.errorCount + (strict ? app.logger.warningCount : 0);
  if (failed()) return { problems: failed(), pages };
  const project = await app.convert();
  if (!project) return { problems: Math.max(1, failed()), pages };
  if (failed()) return { problems: failed(), pages };
  app.validate(project);
  if (failed() || (strict && app.logger.validationWarningCount)) {
    return { problems: Math.max(1, failed()), pages };
  }
  await app.generateOutputs(project);
  return { problems: failed(), pages };
}
