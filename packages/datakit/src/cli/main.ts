#!/usr/bin/env node
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build/build.js';
import { contributeCommands } from '../contribute/index.js';
import { RepositoryFileError } from '../io/errors.js';
import { formatProblem, summarize } from '../problems.js';
import { validate } from '../validate.js';

const USAGE = `Usage: vnsti <command> [dir]

Commands:
  validate [dir]   Check the datasets: from the repository root every dataset, from
                   datasets/<name> that dataset and what it references. Prints every
                   problem as file:line:column: message and exits 1 when there is any.
  build [dir]      Validate, then write each dataset's dist/ (ESM + CJS modules with
                   .d.ts, <table>.csv, <table>.ndjson, datapackage.json). Writes
                   nothing when validation finds a problem.
  add-source <article.txt> --published YYYY-MM-DD --title-en T [--title-vi T]
             [--publisher P] [--url U] [--inferred --note N] [--root <repo>]
                   Register a new source: text kept under datasets/sources/text,
                   a row in sources.csv; refuses a duplicate of a known text, and
                   an --inferred date without a --note saying how it was deduced.
  extract <source-id> [--stdout] [--root <repo>]
                   Draft candidate rows from a registered source into
                   review/<source-id>.md for a person to review (--stdout: print
                   the drafts as JSON instead).
  diff [--base <ref>] [--check] [--json] [--root <repo>]
                   List added, changed and removed records since the base (default:
                   the last @vnsti/* release tag, else origin/main, else main) and the
                   semver bump each dataset needs; --check fails when the changesets
                   added since the base ask for less; --json prints JSON.

Options:
  -h, --help       Show this help; "vnsti <command> --help" shows a command's own.
  --root <repo>    (add-source, extract, diff) the repository root; default: the
                   nearest folder above holding datasets/ and package.json.

dir defaults to the current directory.`;

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 problems found, 2 usage error.
 * @internal
 */
export async function main(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  const contribute = argv[0] === undefined ? undefined : contributeCommands[argv[0]];
  if (contribute) {
    return contribute(argv.slice(1), {
      cwd: process.cwd(),
      stdout: (s) => out(s.replace(/\n$/, '')),
      stderr: (s) => err(s.replace(/\n$/, '')),
    });
  }
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') {
      out(USAGE);
      return 0;
    }
    if (arg.startsWith('-')) {
      err(`vnsti: unknown option ${arg}\n\n${USAGE}`);
      return 2;
    }
    positional.push(arg);
  }
  const [command, dir, ...rest] = positional;
  if (command === 'help') {
    out(USAGE);
    return 0;
  }
  if ((command !== 'validate' && command !== 'build') || rest.length > 0) {
    err(
      `${command === undefined ? 'vnsti: missing command' : rest.length > 0 ? `vnsti: unexpected argument ${rest[0]}` : `vnsti: unknown command ${command}`}\n\n${USAGE}`,
    );
    return 2;
  }
  const target = resolve(dir ?? '.');
  const result = command === 'validate' ? await validate({ dir: target }) : await build({ dir: target });
  for (const problem of result.problems) out(formatProblem(problem));
  if (result.problems.length > 0) {
    out(`${summarize(result.problems)}${command === 'build' ? ' Nothing was written.' : ''}`);
    return 1;
  }
  if ('written' in result)
    out(`Built ${result.written.length === 0 ? 'nothing (no dataset folder)' : result.written.join(', ')}.`);
  else out(`${summarize([])} (${result.targets.join(', ')})`);
  return 0;
}

/**
 * Runs the CLI on `process.argv` and sets `process.exitCode`.
 * @internal
 */
export function run(): Promise<void> {
  return main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A message, never a stack trace: a refused file names its path; anything else is a bug
      // to report with the message.
      console.error(`vnsti: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = error instanceof RepositoryFileError ? 1 : 2;
    },
  );
}

// `node dist/cli.js …` runs the CLI; importing the module (tests, bin/vnsti.js) does not.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked !== '' && existsSync(invoked) && realpathSync(invoked) === fileURLToPath(import.meta.url)) void run();
