import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageStatuses, rewriteSiteLinks, runTypedoc } from '../src/typedoc.js';

const docsDir = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');

async function document(fixture: string) {
  return runTypedoc({
    configFile: join(docsDir, 'typedoc.json'),
    packages: [join(fixtures, fixture)],
    documents: [],
    readme: join(fixtures, 'readme.md'),
    out: join(docsDir, '.cache', 'typedoc-test', fixture),
  });
}

describe('the API reference build', () => {
  it('documents a fully documented package', async () => {
    const result = await document('good');
    expect(result.problems).toBe(0);
    expect(result.pages).toContain('index.html');
    expect(existsSync(join(docsDir, '.cache', 'typedoc-test', 'good', 'index.html'))).toBe(true);
  }, 60_000);

  it('fails on an undocumented export', async () => {
    expect((await document('undocumented')).problems).toBeGreaterThan(0);
  }, 60_000);

  it('fails on a broken link', async () => {
    expect((await document('broken-link')).problems).toBeGreaterThan(0);
  }, 60_000);
});

describe('rewriteSiteLinks', () => {
  it('makes site: links relative to the page', () => {
    expect(rewriteSiteLinks('<a href="site:catalogue/index.html">', 'index.html')).toBe(
      '<a href="../catalogue/index.html">',
    );
    expect(rewriteSiteLinks('<a href="site:catalogue/x.html">', 'functions/f.html')).toBe(
      '<a href="../../catalogue/x.html">',
    );
    expect(rewriteSiteLinks('<a href="https://site:x">', 'index.html')).toBe('<a href="https://site:x">');
  });
});

describe('packageStatuses', () => {
  it('reports packages that TypeDoc cannot document yet', () => {
    const tmp = join(docsDir, '.cache', 'status-test');
    const make = (name: string, files: Record<string, string>) => {
      mkdirSync(join(tmp, name, 'src'), { recursive: true });
      for (const [f, text] of Object.entries(files)) writeFileSync(join(tmp, name, f), text);
      return join(tmp, name);
    };
    const dirs = [
      make('ready', {
        'package.json': '{"name":"@x/ready"}',
        'typedoc.json': '{"entryPoints":["src/index.ts"]}',
        'src/index.ts': '',
      }),
      make('no-config', { 'package.json': '{"name":"@x/no-config"}' }),
      make('no-entry', { 'package.json': '{"name":"@x/no-entry"}', 'typedoc.json': '{"entryPoints":["src/main.ts"]}' }),
    ];
    expect(packageStatuses(tmp, dirs).map((s) => [s.name, s.problem])).toEqual([
      ['@x/ready', null],
      ['@x/no-config', 'no typedoc.json'],
      ['@x/no-entry', 'entry point src/main.ts does not exist yet'],
    ]);
  });
});
