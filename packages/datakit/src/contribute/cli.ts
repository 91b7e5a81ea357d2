import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RepositoryFileError } from '../io/errors.js';
import { addSource } from './add-source.js';
import { checkChangesets } from './changesets.js';
import { diff, formatDiff } from './diff.js';
import { ContributeError, RefusedError } from './errors.js';
import { extract } from './extract.js';

/** Where a command writes and the folder it runs in. */
export interface CommandIo {
  /** The directory the command was started in. */
  cwd: string;
  /** Writes normal output (a report, a path). */
  stdout(s: string): void;
  /** Writes refusals and usage errors. */
  stderr(s: string): void;
}

/** A CLI command: parses its arguments, runs, and returns the exit code (0 done, 1 refused or failed, 2 usage). */
export type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** The repository root above `cwd`: the nearest folder holding `datasets/` and `package.json`, else `cwd`. */
export function findRepoRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'datasets')) && existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}

/** Each contributor command's usage, printed by `vnsti <command> --help` and after a usage error. */
export const CONTRIBUTE_USAGE: Readonly<Record<string, string>> = {
  'add-source': `usage: vnsti add-source <article.txt> --published YYYY-MM-DD --title-en "<English headline>"
                         [--title-vi "<headline>"] [--publisher "<name (ABBR)>"] [--url <url>]
                         [--inferred --note "<how the date was deduced>"] [--root <repo>]
  Registers an article: its text under datasets/sources/text, a row in sources.csv.
  --inferred        the date is deduced, not printed on the article; needs --note
  --note <text>     how an inferred date was deduced
  --root <repo>     repository root (default: the nearest folder above with datasets/)
  -h, --help        show this help`,
  extract: `usage: vnsti extract <source-id> [--stdout] [--root <repo>]
  Drafts candidate rows (people, events, amounts, metrics, new names) from a registered source
  into review/<source-id>.md for a person to review; never writes into datasets/.
  --stdout          print the drafts as JSON instead of writing the review file
  --root <repo>     repository root (default: the nearest folder above with datasets/)
  -h, --help        show this help`,
  diff: `usage: vnsti diff [--base <git-ref>] [--check] [--json] [--root <repo>]
  Lists the records added, changed and removed since the base and the bump each dataset needs.
  --base <ref>      compare with this ref (default: the last @vnsti/* release tag, else origin/main, else main)
  --check           fail unless the changesets added since the base declare every changed dataset
                    with at least its bump (changesets already pending at the base do not count)
  --json            print the result as JSON
  --root <repo>     repository root (default: the nearest folder above with datasets/)
  -h, --help        show this help`,
};
const USAGE = CONTRIBUTE_USAGE;

function help(name: string, io: CommandIo): number {
  io.stdout(`${USAGE[name] ?? ''}\n`);
  return 0;
}

function run(name: string, body: (argv: string[], io: CommandIo) => number): Command {
  return async (argv, io) => {
    try {
      return body(argv, io);
    } catch (error) {
      if (error instanceof ContributeError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        io.stderr(`vnsti ${name}: ${oneLine((error as Error).message)}\n${USAGE[name] ?? ''}\n`);
        return 2;
      }
      io.stderr(`${refusalLine(name, error)}\n`);
      return 1;
    }
  };
}

/**
 * How a failed command reports its error, on one line: a refusal of the command's own located at
 * `path:line:column`, a file the I/O layer refused by its path, and anything else, a bug, as an
 * internal error with its message (its stack only when `VNSTI_DEBUG` is set).
 */
function refusalLine(name: string, error: unknown): string {
  if (error instanceof RefusedError) return error.location ? error.line() : `vnsti ${name}: ${error.message}`;
  if (error instanceof RepositoryFileError) return `vnsti ${name}: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env['VNSTI_DEBUG'] && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `vnsti ${name}: internal error (please report it): ${oneLine(message)}${stack}`;
}

/** A message on one line: line breaks and other control characters as spaces, at most 300 characters. */
function oneLine(message: string): string {
  const flat = message.replace(/\p{Cc}+/gu, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/**
 * The contributor commands for the `vnsti` CLI, by name: `add-source`, `extract`, `diff`. Each
 * parses its own arguments, prints to `io`, and returns the exit code; wire them with
 * `if (cmd in contributeCommands) process.exitCode = await contributeCommands[cmd](argv, io)`.
 *
 * @example
 * ```ts
 * const code = await contributeCommands['diff']!(['--base', 'main', '--check'], {
 *   cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 * });
 * ```
 */
export const contributeCommands: Record<string, Command> = {
  'add-source': run('add-source', (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        'title-vi': { type: 'string' },
        'title-en': { type: 'string' },
        inferred: { type: 'boolean' },
        note: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return help('add-source', io);
    const [article, ...extra] = positionals;
    if (!article || extra.length > 0) throw new ContributeError('give exactly one article file');
    if (!values.published) throw new ContributeError('--published YYYY-MM-DD is required');
    if (!values['title-en']) throw new ContributeError('--title-en is required');
    if (values.inferred && !values.note?.trim())
      throw new ContributeError('--inferred needs --note "<how the date was deduced>"');
    const result = addSource({
      repoRoot: values.root ? resolve(io.cwd, values.root) : findRepoRoot(io.cwd),
      articlePath: resolve(io.cwd, article),
      published: values.published,
      titleEn: values['title-en'],
      ...(values.publisher ? { publisher: values.publisher } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values['title-vi'] ? { titleVi: values['title-vi'] } : {}),
      ...(values.inferred ? { inferred: true } : {}),
      ...(values.note ? { note: values.note } : {}),
    });
    if (!result.ok) {
      io.stderr(`vnsti add-source: refused (${result.reason}): ${result.message}\n`);
      return 1;
    }
    io.stdout(
      `registered source ${result.id}\n  text: ${result.textPath}\n  sha256: ${result.sha256}\nnext: npx vnsti extract ${result.id}\n`,
    );
    return 0;
  }),
  extract: run('extract', (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string' }, stdout: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return help('extract', io);
    const [sourceId, ...extra] = positionals;
    if (!sourceId || extra.length > 0) throw new ContributeError('give exactly one source id');
    const repoRoot = values.root ? resolve(io.cwd, values.root) : findRepoRoot(io.cwd);
    const result = extract({ repoRoot, sourceId, write: !values.stdout });
    const counts = new Map<string, number>();
    for (const d of result.drafts) counts.set(d.table, (counts.get(d.table) ?? 0) + 1);
    const summary = [...counts].map(([t, n]) => `${n} ${t}`).join(', ') || 'nothing';
    if (values.stdout) {
      io.stdout(`${JSON.stringify(result.drafts, null, 2)}\n`);
      io.stderr(`drafted ${summary}\n`);
    } else {
      io.stdout(
        `drafted ${summary}\nreview file: ${result.reviewPath}\n(nothing was written into datasets/: review the rows, then copy them into the CSV files)\n`,
      );
    }
    return 0;
  }),
  diff: run('diff', (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        check: { type: 'boolean' },
        json: { type: 'boolean' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return help('diff', io);
    void positionals;
    const repoRoot = values.root ? resolve(io.cwd, values.root) : findRepoRoot(io.cwd);
    const result = diff({ repoRoot, ...(values.base ? { base: values.base } : {}) });
    if (!values.check) {
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatDiff(result));
      return 0;
    }
    const check = checkChangesets({ repoRoot, diff: result });
    if (values.json) io.stdout(`${JSON.stringify({ diff: result, check }, null, 2)}\n`);
    else io.stdout(formatDiff(result));
    if (check.ignored.length > 0)
      io.stdout(`changesets already pending at ${check.base}, not counted: ${check.ignored.join(', ')}\n`);
    if (check.ok) {
      io.stdout(
        check.packages.length === 0
          ? 'changesets: no dataset changed.\n'
          : `changesets: every changed dataset is declared (${check.packages.map((p) => `${p.packageName} ${p.declared}`).join(', ')}).\n`,
      );
      return 0;
    }
    for (const p of check.problems) io.stderr(`changesets: ${p}\n`);
    io.stderr('Run `npm run changeset`, pick these packages with at least the bump shown, and commit the file.\n');
    return 1;
  }),
};
