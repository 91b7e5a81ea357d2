import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, SOURCES_HEADER } from '../../test/contribute/fixture.js';
import { contributeCommands } from './cli.js';

/** A command's output, gathered; `throwOnStdout` makes writing normal output fail like a bug would. */
function capture(cwd: string, throwOnStdout = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      cwd,
      stdout: (s: string) => {
        if (throwOnStdout) throw new TypeError('the terminal went away');
        out.push(s);
      },
      stderr: (s: string) => void err.push(s),
    },
    out,
    err,
  };
}

/** The lines a command wrote to stderr. */
const lines = (err: string[]) => err.join('').split('\n').filter(Boolean);

/** Our own short article: a conference in Hai Phong with one official and one amount. */
const ARTICLE =
  'Ngày 21.8, tại Hải Phòng, Chủ tịch UBND thành phố Lê Ngọc Châu dự hội nghị về 7 dự án 16.000 tỷ đồng.\n';

/** A repository with one article registered through `vnsti add-source`, and that source's id. */
async function registered(article: string | Uint8Array = ARTICLE): Promise<{ root: string; id: string }> {
  const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
  writeFileSync(join(root, 'a.txt'), article);
  const t = capture(root);
  const code = await contributeCommands['add-source']!(
    ['a.txt', '--published', '2025-08-21', '--title-en', 'Conference', '--title-vi', 'Hội nghị ở Hải Phòng'],
    t.io,
  );
  expect(t.err).toEqual([]);
  expect(code).toBe(0);
  const id = /registered source (\S+)/.exec(t.out.join(''))?.[1] ?? '';
  return { root, id };
}

const SOURCES = 'datasets/sources/data/sources.csv';

/** Replaces one cell of the source's row in sources.csv. */
function setCell(root: string, id: string, header: string, value: string): void {
  const path = join(root, SOURCES);
  const [head = '', ...rows] = readFileSync(path, 'utf8').split('\n');
  const index = head.split(',').indexOf(header);
  const edited = rows.map((row) => {
    if (!row.startsWith(`${id},`)) return row;
    const cells = row.split(',');
    cells[index] = value;
    return cells.join(',');
  });
  writeFileSync(path, [head, ...edited].join('\n'));
}

/** The 1-based column where cell `header` of line `line` of sources.csv starts (the fixture's rows hold no quoted commas). */
function columnOf(root: string, line: number, header: string): number {
  const text = readFileSync(join(root, SOURCES), 'utf8').split('\n');
  const index = (text[0] ?? '').split(',').indexOf(header);
  return (
    (text[line - 1] ?? '')
      .split(',')
      .slice(0, index)
      .reduce((n, cell) => n + Array.from(cell).length + 1, 0) + 1
  );
}

describe('vnsti extract refuses hostile input on one line, exit 1, writing nothing', () => {
  it('drafts from a registered text (the baseline the refusals below depart from)', async () => {
    const { root, id } = await registered();
    const t = capture(root);
    expect(await contributeCommands['extract']!([id], t.io)).toBe(0);
    expect(existsSync(join(root, 'review', `${id}.md`))).toBe(true);
  });

  it('refuses a text_file that leaves datasets/sources, located at the cell, without a stack trace', async () => {
    const { root, id } = await registered();
    setCell(root, id, 'text_file', '../../etc/passwd');
    for (const args of [[id], [id, '--stdout']]) {
      const t = capture(root);
      expect(await contributeCommands['extract']!(args, t.io)).toBe(1);
      expect(lines(t.err)).toEqual([
        `${SOURCES}:2:${columnOf(root, 2, 'text_file')}: source "${id}": text_file "../../etc/passwd": expected text/<id>.txt (a file in datasets/sources/text)`,
      ]);
      expect(t.out).toEqual([]);
    }
    expect(existsSync(join(root, 'review'))).toBe(false);
  });

  it('refuses a text that is a link out of the repository', async () => {
    const { root, id } = await registered();
    const outside = mkdtempSync(join(tmpdir(), 'vnsti-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'không được đọc\n');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'datasets/sources/text/linked.txt'));
    setCell(root, id, 'text_file', 'text/linked.txt');
    const t = capture(root);
    expect(await contributeCommands['extract']!([id], t.io)).toBe(1);
    const [line, ...more] = lines(t.err);
    expect(more).toEqual([]);
    expect(line).toMatch(
      new RegExp(
        `^${SOURCES}:2:\\d+: source "${id}": datasets/sources/text/linked.txt: a link to .*outside the repository`,
      ),
    );
    expect(existsSync(join(root, 'review'))).toBe(false);
  });

  it('refuses a review/ folder that is a link outside the repository, writing nothing there', async () => {
    const { root, id } = await registered();
    const outside = mkdtempSync(join(tmpdir(), 'vnsti-outside-'));
    symlinkSync(outside, join(root, 'review'));
    const t = capture(root);
    expect(await contributeCommands['extract']!([id], t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      `vnsti extract: review/${id}.md: would be written to ${outside}, outside the repository (files are written only inside it)`,
    ]);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses an id that is not a kebab-case ASCII id before reading anything, with or without --stdout', async () => {
    const { root } = await registered();
    // A row with that very id and a sound text: the id alone is refused, so nothing is drafted.
    const csv = readFileSync(join(root, SOURCES), 'utf8');
    const [, row = ''] = csv.split('\n');
    writeFileSync(join(root, SOURCES), `${csv}${row.replace(/^[^,]+/, '../../../../tmp/x')}\n`);
    for (const id of ['../../../../tmp/x', 'Hải-Phòng', 'a--b', '', 'x\ny']) {
      for (const args of [[id], [id, '--stdout']]) {
        const t = capture(root);
        const code = await contributeCommands['extract']!(args, t.io);
        if (id === '') {
          expect(code).toBe(2); // no id at all is a usage error
          continue;
        }
        expect(code).toBe(1);
        expect(lines(t.err)).toEqual([
          `vnsti extract: source id ${JSON.stringify(id)} is not a kebab-case ASCII id (a-z, 0-9 and single hyphens)`,
        ]);
        expect(t.out).toEqual([]);
      }
    }
    expect(existsSync(join(root, 'review'))).toBe(false);
  });

  it('refuses a text edited after it was registered (its SHA-256 no longer matches the row)', async () => {
    const { root, id } = await registered();
    writeFileSync(join(root, `datasets/sources/text/${id}.txt`), ARTICLE.replace('16.000', '61.000'));
    for (const args of [[id], [id, '--stdout']]) {
      const t = capture(root);
      expect(await contributeCommands['extract']!(args, t.io)).toBe(1);
      const [line, ...more] = lines(t.err);
      expect(more).toEqual([]);
      expect(line).toMatch(
        new RegExp(
          `^${SOURCES}:2:${columnOf(root, 2, 'sha256')}: sha256: found "[0-9a-f]{64}", but datasets/sources/text/${id}.txt has another SHA-256`,
        ),
      );
      expect(t.out).toEqual([]);
    }
    expect(existsSync(join(root, 'review'))).toBe(false);
  });

  it('refuses a row without sha256 or without text_file', async () => {
    const { root, id } = await registered();
    setCell(root, id, 'sha256', '');
    let t = capture(root);
    expect(await contributeCommands['extract']!([id], t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      `${SOURCES}:2:${columnOf(root, 2, 'sha256')}: source "${id}" has no sha256: the text cannot be checked against what was registered (run vnsti validate)`,
    ]);
    setCell(root, id, 'text_file', '');
    t = capture(root);
    expect(await contributeCommands['extract']!([id], t.io)).toBe(1);
    expect(lines(t.err)[0]).toContain(`source "${id}" has no text_file`);
  });

  it('accepts a text registered with a byte-order mark (the hash is over the file as registered)', async () => {
    const { root, id } = await registered(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    const t = capture(root);
    expect(await contributeCommands['extract']!([id, '--stdout'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('')).length).toBeGreaterThan(0);
  });

  it('reports a bug as an internal error on one line, with the stack only under VNSTI_DEBUG', async () => {
    const { root, id } = await registered();
    const t = capture(root, true);
    expect(await contributeCommands['extract']!([id, '--stdout'], t.io)).toBe(1);
    expect(lines(t.err)).toEqual(['vnsti extract: internal error (please report it): the terminal went away']);
    const saved = process.env['VNSTI_DEBUG'];
    process.env['VNSTI_DEBUG'] = '1';
    try {
      const d = capture(root, true);
      expect(await contributeCommands['extract']!([id, '--stdout'], d.io)).toBe(1);
      expect(d.err.join('')).toMatch(/internal error[^\n]*\nTypeError: the terminal went away\n\s+at /);
    } finally {
      if (saved === undefined) delete process.env['VNSTI_DEBUG'];
      else process.env['VNSTI_DEBUG'] = saved;
    }
  });
});

describe('vnsti add-source: messages quote what the user gave, and control characters are refused', () => {
  const args = ['a.txt', '--published', '2025-08-21', '--title-en', 'Conference'];

  it('quotes a URL with a line feed on one line, and cuts a long one', async () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    writeFileSync(join(root, 'a.txt'), ARTICLE);
    let t = capture(root);
    expect(await contributeCommands['add-source']!([...args, '--url', 'https://example.invalid/a\nb'], t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      'vnsti add-source: refused (bad-url): url "https://example.invalid/a\\nb" is not an http(s) address',
    ]);
    t = capture(root);
    const long = `javascript:${'x'.repeat(10_000)}`;
    expect(await contributeCommands['add-source']!([...args, '--url', long], t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      `vnsti add-source: refused (bad-url): url ${JSON.stringify(long.slice(0, 80))}… is not an http(s) address`,
    ]);
    t = capture(root);
    expect(
      await contributeCommands['add-source']!(['a.txt', '--published', '2025-02-30\n', '--title-en', 'C'], t.io),
    ).toBe(1);
    expect(lines(t.err)).toEqual([
      'vnsti add-source: refused (bad-date): published date "2025-02-30\\n" is not a calendar date YYYY-MM-DD',
    ]);
    expect(readFileSync(join(root, SOURCES), 'utf8')).toBe(`${SOURCES_HEADER}\n`);
  });

  it('quotes an article path with a line feed', async () => {
    const root = makeRepo({});
    const t = capture(root);
    expect(await contributeCommands['add-source']!(['no\nsuch.txt', ...args.slice(1)], t.io)).toBe(1);
    const [line, ...more] = lines(t.err);
    expect(more).toEqual([]);
    expect(line).toMatch(
      /^vnsti add-source: refused \(unreadable\): cannot read "[^"\n]*\/no\\nsuch\.txt": no such file$/,
    );
  });

  it('refuses a text holding NUL with the line and column of the first one, writing nothing', async () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    writeFileSync(join(root, 'a.txt'), `Hội nghị ở Hải Phòng\nNgày 21.8\u0000 và \u0001\n`);
    const t = capture(root);
    expect(await contributeCommands['add-source']!(args, t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      `vnsti add-source: refused (control-character): ${JSON.stringify(join(root, 'a.txt'))}:2:10: control character U+0000 in the text (only tab, line feed and carriage return may appear); nothing written`,
    ]);
    expect(readFileSync(join(root, SOURCES), 'utf8')).toBe(`${SOURCES_HEADER}\n`);
    expect(existsSync(join(root, 'datasets/sources/text'))).toBe(false);
  });

  it('refuses an option holding a control character, writing nothing', async () => {
    const root = makeRepo({});
    writeFileSync(join(root, 'a.txt'), ARTICLE);
    mkdirSync(join(root, 'datasets/sources'), { recursive: true });
    const t = capture(root);
    expect(await contributeCommands['add-source']!([...args, '--title-vi', 'Hội\u0000nghị'], t.io)).toBe(1);
    expect(lines(t.err)).toEqual([
      'vnsti add-source: refused (control-character): --title-vi "Hội\\u0000nghị" holds control character U+0000 (only tab, line feed and carriage return may appear)',
    ]);
    expect(readdirSync(join(root, 'datasets/sources'))).toEqual([]);
  });
});
