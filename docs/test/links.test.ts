import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built site without a browser: every local link and script of the home page and the catalogue
 * lands on a file of the site (so it works from `file://` as well as served), and no page of it
 * loads TypeDoc's `icons.svg`, which Chromium refuses from `file://`.
 */
const siteDir = join(import.meta.dirname, '..', 'site');
const built = existsSync(join(siteDir, 'catalogue', 'index.html'));

function pages(): string[] {
  const catalogue = readdirSync(join(siteDir, 'catalogue'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join('catalogue', f));
  return ['index.html', ...catalogue];
}

describe.runIf(built)('the built home page and catalogue', () => {
  it('has a page per record', () => {
    const all = pages();
    for (const kind of ['official', 'event', 'project', 'place', 'organization', 'metric']) {
      expect(
        all.some((p) => p.startsWith(`catalogue/${kind}-`)),
        kind,
      ).toBe(true);
    }
  });

  it('links only to files that exist', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const text = readFileSync(join(siteDir, page), 'utf8');
      for (const [, target] of text.matchAll(/(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue;
        const file = normalize(join(siteDir, dirname(page), target));
        if (!file.startsWith(siteDir) || !existsSync(file)) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no API page that loads icons.svg', () => {
    const api = join(siteDir, 'api');
    const loading = readdirSync(api, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .filter((f) => readFileSync(join(api, f), 'utf8').includes('icons.svg#'));
    expect(loading).toEqual([]);
  });

  it('is not a redirect and loads no icons.svg', () => {
    expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).not.toContain('http-equiv="refresh"');
    for (const page of pages()) expect(readFileSync(join(siteDir, page), 'utf8'), page).not.toContain('icons.svg');
  });
});
