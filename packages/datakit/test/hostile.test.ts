import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { RefusedError } from '../src/contribute/errors.js';
import { extract } from '../src/contribute/extract.js';
import { build, formatProblem, validate } from '../src/index.js';
import { copyFixture, fixtures, snapshot } from './helpers.js';

/** Copies of the valid fixture and folders outside them, removed after each test. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(): string {
  const root = copyFixture(join(fixtures, 'valid'));
  made.push(root);
  return root;
}

function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnsti-outside-'));
  made.push(dir);
  return dir;
}

const TEXT = 'datasets/sources/text/tpo-2025-11-25-quang-ninh.txt';

function edit(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

/** Runs `vnsti build <dir>`, checks that it exits 1 and writes nothing, and gives what it printed. */
async function refusedBuild(root: string, dir: string): Promise<string[]> {
  const before = snapshot(root);
  const out: string[] = [];
  const code = await main(
    ['build', dir],
    (l) => out.push(l),
    (l) => out.push(l),
  );
  expect(code).toBe(1);
  expect(snapshot(root)).toEqual(before);
  return out;
}

/** Runs `vnsti build` and `vnsti validate` on the repository: each prints the lines, exits 1, writes nothing. */
async function refused(root: string, dir = root): Promise<string[]> {
  const before = snapshot(root);
  const lines: string[] = [];
  for (const command of ['validate', 'build']) {
    const out: string[] = [];
    const code = await main(
      [command, dir],
      (l) => out.push(l),
      (l) => out.push(l),
    );
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(/^Found \d+ problems? in \d+ files?\./);
    if (command === 'validate') lines.push(...out.slice(0, -1));
    else expect(out.slice(0, -1)).toEqual(lines);
  }
  expect(snapshot(root)).toEqual(before);
  return lines;
}

describe('hostile input: links and special files', () => {
  it('refuses a source text linked to /dev/zero without reading it', async () => {
    const root = repo();
    rmSync(join(root, TEXT));
    symlinkSync('/dev/zero', join(root, TEXT));
    const lines = await refused(root);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^datasets\/sources\/data\/sources\.csv:2:\d+: text_file: "text\/tpo-2025-11-25-quang-ninh\.txt" cannot be read: .*a link to \/dev\/zero, outside the repository/,
    );
  });

  it('refuses a source text linked to a file outside the repository', async () => {
    const root = repo();
    const away = outside();
    writeFileSync(join(away, 'secret.txt'), readFileSync(join(root, TEXT)));
    rmSync(join(root, TEXT));
    symlinkSync(join(away, 'secret.txt'), join(root, TEXT));
    const [line, ...rest] = await refused(root);
    expect(rest).toEqual([]);
    expect(line).toContain(`text_file: "text/tpo-2025-11-25-quang-ninh.txt" cannot be read: ${TEXT}: a link to `);
    expect(line).toContain('outside the repository');
  });

  it('refuses a source text that is a FIFO without blocking on it', async () => {
    const root = repo();
    rmSync(join(root, TEXT));
    execFileSync('mkfifo', [join(root, TEXT)]);
    const lines = await refused(root);
    expect(lines).toEqual([
      expect.stringMatching(/text_file: ".*" cannot be read: .*: expected a file, found a device, FIFO or socket$/),
    ]);
  });

  it('reads a source text linked to another file inside the repository', async () => {
    const root = repo();
    const moved = 'datasets/sources/kept/tpo.txt';
    mkdirSync(join(root, 'datasets/sources/kept'));
    writeFileSync(join(root, moved), readFileSync(join(root, TEXT)));
    rmSync(join(root, TEXT));
    symlinkSync(join(root, moved), join(root, TEXT));
    expect((await validate({ dir: root })).problems).toEqual([]);
  });

  it('refuses a dataset folder linked out of the repository and writes no dist/ there', async () => {
    const root = repo();
    const away = outside();
    execFileSync('cp', ['-R', join(root, 'datasets/places'), join(away, 'places')]);
    rmSync(join(root, 'datasets/places'), { recursive: true });
    symlinkSync(join(away, 'places'), join(root, 'datasets/places'));
    const lines = await refused(root);
    expect(lines[0]).toMatch(/^datasets\/places:1:1: a link to .*, outside the repository/);
    expect(existsSync(join(away, 'places/dist'))).toBe(false);
  });

  it('gives a message, not a stack trace, for a data folder that is a file', async () => {
    const root = repo();
    rmSync(join(root, 'datasets/places/data'), { recursive: true });
    writeFileSync(join(root, 'datasets/places/data'), 'not a folder\n');
    expect(await refused(root)).toContain('datasets/places/data:1:1: expected a folder, found a file');
  });

  it('gives a message naming the path for a CSV that is a folder', async () => {
    const root = repo();
    rmSync(join(root, 'datasets/places/data/places.csv'));
    mkdirSync(join(root, 'datasets/places/data/places.csv'));
    expect(await refused(root)).toContain('datasets/places/data/places.csv:1:1: expected a file, found a folder');
  });

  it('refuses a malformed dataset package.json in validate, where build would need it', async () => {
    const root = repo();
    writeFileSync(join(root, 'datasets/places/package.json'), '{ "name": "@vnsti/places", ');
    const lines = await refused(root);
    expect(lines).toEqual([expect.stringMatching(/^datasets\/places\/package\.json:1:1: not valid JSON: /)]);
    writeFileSync(join(root, 'datasets/places/package.json'), '{ "version": 3 }');
    expect((await validate({ dir: root })).problems.map(formatProblem)).toEqual([
      'datasets/places/package.json:1:1: version: expected a semver version such as "1.0.0", found 3',
    ]);
  });

  it('reads a dataset package.json saved with a byte-order mark, as npm does', async () => {
    const root = repo();
    writeFileSync(join(root, 'datasets/places/package.json'), '\uFEFF{ "name": "@vnsti/places", "version": "1.2.3" }');
    expect((await validate({ dir: root })).problems).toEqual([]);
  });
});

describe('hostile input: cells', () => {
  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], ['data:text/html,<script>alert(1)</script>']])(
    'refuses the source url %s',
    async (url) => {
      const root = repo();
      edit(root, 'datasets/sources/data/sources.csv', (csv) =>
        csv.replace(/,https?:\/\/[^,]*tienphong[^,]*,/, `,"${url}",`),
      );
      const lines = await refused(root);
      expect(lines).toEqual([
        expect.stringMatching(
          new RegExp(
            `^datasets/sources/data/sources\\.csv:2:\\d+: url: expected an http\\(s\\) address, found ${JSON.stringify(url).replace(/[()[\]\\/.*+?^$|{}]/g, '\\$&')}$`,
          ),
        ),
      ]);
    },
  );

  it('refuses a NUL byte in a cell with a located message', async () => {
    const root = repo();
    edit(root, 'datasets/places/data/places.csv', (csv) => csv.replace('Quảng Ninh', 'Quảng\u0000Ninh'));
    const lines = await refused(root);
    expect(lines).toEqual([
      expect.stringMatching(
        /^datasets\/places\/data\/places\.csv:\d+:\d+: name_vi: expected text without control characters, found U\+0000 at character 6/,
      ),
    ]);
  });

  it('refuses an escape character but keeps tab and line feed', async () => {
    const root = repo();
    edit(root, 'datasets/places/data/places.csv', (csv) => csv.replace('Quảng Ninh', 'Quảng\u001bNinh'));
    expect((await validate({ dir: root })).problems.map((p) => p.code)).toEqual(['control-character']);
  });

  it('echoes a huge bad cell shortened to 80 characters', async () => {
    const root = repo();
    const huge = 'x'.repeat(1_000_000);
    edit(root, 'datasets/metrics/data/metrics.csv', (csv) => csv.replace(',grdp-growth,', `,${huge},`));
    const [line, ...rest] = await refused(root);
    expect(rest).toEqual([]);
    expect(line).toContain(`"${'x'.repeat(80)}…"`);
    expect(line!.length).toBeLessThan(1000);
  });

  it('reports an unknown source id once, without an "expected object" on the date read against it', async () => {
    const root = repo();
    edit(root, 'datasets/events/data/events.csv', (csv) =>
      csv.replace(',tpo-2025-11-25-quang-ninh,"Sáng', ',no-such-source,"Sáng'),
    );
    const lines = await refused(root);
    expect(lines).toEqual([
      expect.stringMatching(/^datasets\/events\/data\/events\.csv:2:\d+: source: no source has id "no-such-source"/),
    ]);
  });

  it('reports an unknown source id once, without "as_of: expected a date" where the date was to come from it', async () => {
    const root = repo();
    edit(root, 'datasets/officials/data/positions.csv', (csv) =>
      csv.replace('ubnd-tinh-quang-ninh,,,,tpo-2025-11-25-quang-ninh,', 'ubnd-tinh-quang-ninh,,,,no-such-source,'),
    );
    const lines = await refused(root);
    expect(lines).toEqual([
      expect.stringMatching(
        /^datasets\/officials\/data\/positions\.csv:2:\d+: source: no source has id "no-such-source"/,
      ),
    ]);
  });
});

describe('hostile input: amounts the exports cannot hold exactly', () => {
  it.each([
    ['1,0000000001 USD', 'amount "1.0000000001"'],
    ['123456789012345678901234567890123 đồng', 'amount "123456789012345678901234567890123"'],
  ])('refuses %j at its cell in validate, before the build would stop at the Parquet file', async (cell, shown) => {
    const root = repo();
    edit(root, 'datasets/events/data/event-outcomes.csv', (csv) => csv.replace('hơn 16.000 tỷ đồng', `"${cell}"`));
    const lines = await refused(root);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^datasets/events/data/event-outcomes\\.csv:2:\\d+: money: ${shown} does not fit the exports' DECIMAL\\(38,9\\) \\(at most 29 digits before the decimal point and 9 after\\)$`,
        ),
      ),
    ]);
  });
});

describe('hostile input: paths asked for', () => {
  it('refuses a misspelt dataset path instead of building everything', async () => {
    const root = repo();
    const out = await refusedBuild(root, join(root, 'datasets/event'));
    expect(out[0]).toBe(`${join(root, 'datasets/event')}:1:1: no such folder`);
  });

  it('refuses a folder under datasets/ that is not a dataset', async () => {
    const root = repo();
    mkdirSync(join(root, 'datasets/evnets'));
    const { problems } = await validate({ dir: join(root, 'datasets/evnets') });
    expect(problems.map((p) => [p.code, p.message.split(' (')[0]])).toEqual([
      ['unknown-dataset', '"evnets" is not a dataset'],
    ]);
  });

  it('refuses a folder of the repository outside datasets/ instead of building every dataset', async () => {
    const root = repo();
    mkdirSync(join(root, 'packages/foo'), { recursive: true });
    const out = await refusedBuild(root, join(root, 'packages/foo'));
    expect(out[0]).toMatch(/packages\/foo:1:1: not a dataset folder: give the repository root/);
    expect((await validate({ dir: join(root, 'datasets') })).problems).toEqual([]);
  });
});

describe('hostile input: vnsti extract', () => {
  it('refuses a text_file linked out of the repository and writes no review file', () => {
    const root = repo();
    rmSync(join(root, TEXT));
    symlinkSync('/dev/zero', join(root, TEXT));
    const before = snapshot(root);
    expect(() => extract({ repoRoot: root, sourceId: 'tpo-2025-11-25-quang-ninh' })).toThrow(RefusedError);
    expect(() => extract({ repoRoot: root, sourceId: 'tpo-2025-11-25-quang-ninh' })).toThrow(
      /a link to \/dev\/zero, outside the repository/,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a text_file that leaves the sources folder', () => {
    const root = repo();
    edit(root, 'datasets/sources/data/sources.csv', (csv) =>
      csv.replace('text/tpo-2025-11-25-quang-ninh.txt', '../../../package.json'),
    );
    expect(() => extract({ repoRoot: root, sourceId: 'tpo-2025-11-25-quang-ninh' })).toThrow(
      /expected text\/<id>\.txt/,
    );
  });

  it('refuses an id that would name a review file outside the repository, before reading anything', () => {
    const root = repo();
    const away = outside();
    const id = `../../../../../../../..${away}/pwned`;
    edit(root, 'datasets/sources/data/sources.csv', (csv) => csv.replace(/^tpo-2025-11-25-quang-ninh,/m, `"${id}",`));
    expect(() => extract({ repoRoot: root, sourceId: id })).toThrow(/is not a kebab-case ASCII id/);
    expect(readdirSync(away)).toEqual([]);
  });
});

describe('hostile input: interrupted and concurrent builds', () => {
  it('removes the staging folders a killed build left, and writes dist/', async () => {
    const root = repo();
    const stale = join(root, 'datasets/places/.dist-tmp-12345-deadbeef');
    mkdirSync(stale);
    writeFileSync(join(stale, 'records.json'), '[]');
    const result = await build({ dir: root });
    expect(result.problems).toEqual([]);
    expect(existsSync(stale)).toBe(false);
    for (const name of readdirSync(join(root, 'datasets'))) {
      expect(readdirSync(join(root, 'datasets', name)).filter((e) => e.startsWith('.'))).toEqual([]);
    }
  });

  it('removes what a killed build left (staging folders, its lock) even when the rerun does not validate', async () => {
    const root = repo();
    const stale = join(root, 'datasets/places/.dist-tmp-12345-deadbeef');
    mkdirSync(stale);
    writeFileSync(join(stale, 'records.json'), '[]');
    // A process id no process has: the lock of a killed build.
    writeFileSync(join(root, 'datasets/places/.build.lock'), '2147483646\n');
    edit(root, 'datasets/places/data/places.csv', (csv) => csv.replace('Quảng Ninh', 'Quảng\u001bNinh'));
    const result = await build({ dir: root });
    expect(result.problems.map((p) => p.code)).toEqual(['control-character']);
    expect(result.written).toEqual([]);
    for (const name of readdirSync(join(root, 'datasets'))) {
      expect(readdirSync(join(root, 'datasets', name)).filter((e) => e.startsWith('.'))).toEqual([]);
    }
  });

  it('refuses to build a dataset another running build holds, and takes over a stale lock', async () => {
    const root = repo();
    const lock = join(root, 'datasets/places/.build.lock');
    // This test's own process is running: its lock is live.
    writeFileSync(lock, `${process.pid}\n`);
    const held = await build({ dir: root });
    expect(held.written).toEqual([]);
    expect(held.problems.map(formatProblem)).toEqual([
      `datasets/places/.build.lock:1:1: another build (process ${process.pid}) is writing this dataset; run again once it ends`,
    ]);
    expect(existsSync(join(root, 'datasets/places/dist'))).toBe(false);
    // A process id that runs no process (beyond Linux's largest): a killed build's lock.
    writeFileSync(lock, '99999999\n');
    const taken = await build({ dir: root });
    expect(taken.problems).toEqual([]);
    expect(taken.written).toContain('datasets/places/dist');
    expect(existsSync(lock)).toBe(false);
  });

  it('replaces dist/ file by file: new files in, files no longer built removed, a linked dist/ replaced', async () => {
    const root = repo();
    expect((await build({ dir: root })).problems).toEqual([]);
    const dist = join(root, 'datasets/places/dist');
    const first = snapshot(dist);
    writeFileSync(join(dist, 'left-over.csv'), 'x\n');
    writeFileSync(join(dist, 'places.csv'), 'edited\n');
    expect((await build({ dir: root })).problems).toEqual([]);
    expect(snapshot(dist)).toEqual(first);
    const away = outside();
    rmSync(dist, { recursive: true });
    symlinkSync(away, dist);
    expect((await build({ dir: root })).problems).toEqual([]);
    expect(readdirSync(away)).toEqual([]);
    expect(snapshot(dist)).toEqual(first);
  });
});
