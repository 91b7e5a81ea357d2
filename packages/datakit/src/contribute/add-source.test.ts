import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, SOURCES_HEADER } from '../../test/contribute/fixture.js';
import { addSource, isCalendarDate, sourceId, titleFromText } from './add-source.js';
import { parseCsvTable } from './csv.js';
import { ContributeError } from './errors.js';

const article = resolve(import.meta.dirname, '../../test/contribute/article.txt');
const articleBytes = readFileSync(article);
const base = {
  articlePath: article,
  published: '2025-11-25',
  publisher: 'Tiền Phong Online (TPO)',
  titleEn: 'Deputy minister suggests Quang Ninh apply AI',
  today: '2025-12-01',
};

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(join(root, p), 'latin1');
    }
  };
  walk('datasets');
  return out;
}

describe('addSource', () => {
  it('copies the text byte for byte and appends a row with id, sha256 and the date basis', () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    const r = addSource({ repoRoot: root, ...base });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sha = createHash('sha256').update(articleBytes).digest('hex');
    expect(r.id).toBe('tpo-2025-11-25-thu-truong-kh-cn-goi-y-quang-ninh');
    expect(r.sha256).toBe(sha);
    expect(readFileSync(join(root, r.textPath)).equals(articleBytes)).toBe(true);
    const table = parseCsvTable(readFileSync(join(root, 'datasets/sources/data/sources.csv'), 'utf8'));
    expect(table.rows).toEqual([
      {
        id: r.id,
        kind: 'news-article',
        title_vi: 'Thứ trưởng KH&CN gợi ý Quảng Ninh ứng dụng AI toàn diện',
        title_en: base.titleEn,
        publisher: 'Tiền Phong Online (TPO)',
        url: '',
        published: '2025-11-25',
        published_basis: 'stated',
        published_note: '',
        language: 'vi',
        text_file: `text/${r.id}.txt`,
        sha256: sha,
      },
    ]);
  });

  it('keeps the existing bytes and CRLF line endings, quotes by RFC 4180 and marks an inferred date', () => {
    const existing = `\uFEFF${SOURCES_HEADER}\r\nold,news-article,"Cũ, một","Old, ""one""",,,2024-01-02,stated,,vi,text/old.txt,${'0'.repeat(64)}\r\n`;
    const root = makeRepo({ 'datasets/sources/data/sources.csv': existing });
    const r = addSource({ repoRoot: root, ...base, titleVi: 'Tin, "mới"', inferred: true, note: 'từ sự kiện' });
    expect(r.ok).toBe(true);
    const after = readFileSync(join(root, 'datasets/sources/data/sources.csv'), 'utf8');
    expect(after.startsWith(existing)).toBe(true);
    const added = after.slice(existing.length);
    expect(added.endsWith('\r\n')).toBe(true);
    expect(added).toContain('"Tin, ""mới"""');
    expect(added).toContain(',inferred,từ sự kiện,vi,');
    expect(parseCsvTable(after).rows).toHaveLength(2);
  });

  it('makes ids unique', () => {
    expect(
      sourceId(
        { publisher: 'VnExpress', published: '2025-01-02', title: 'Hà Nội' },
        new Set(['vnexpress-2025-01-02-ha-noi']),
      ),
    ).toBe('vnexpress-2025-01-02-ha-noi-2');
    expect(sourceId({ published: '2025-01-02', title: 'Đà Nẵng mở hội chợ' }, new Set())).toBe(
      '2025-01-02-da-nang-mo-hoi-cho',
    );
  });

  it('refuses an exact duplicate and writes nothing', () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    const first = addSource({ repoRoot: root, ...base });
    expect(first.ok).toBe(true);
    const before = snapshot(root);
    const again = addSource({ repoRoot: root, ...base, publisher: 'Another' });
    expect(again).toMatchObject({ ok: false, reason: 'duplicate', duplicateOf: first.ok ? first.id : '' });
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses the same text with other whitespace or Unicode composition and writes nothing', () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    expect(addSource({ repoRoot: root, ...base }).ok).toBe(true);
    const variant = join(root, 'variant.txt');
    const text = articleBytes.toString('utf8');
    writeFileSync(variant, `\uFEFF  ${text.replaceAll('\n', '\r\n\r\n').replaceAll(' ', '  ').normalize('NFD')}\t`);
    const before = snapshot(root);
    const r = addSource({ repoRoot: root, ...base, articlePath: variant });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('duplicate');
      expect(r.message).toMatch(/already registered/);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses impossible or future dates, bad URLs and empty files, writing nothing', () => {
    const root = makeRepo({ 'datasets/sources/data/sources.csv': `${SOURCES_HEADER}\n` });
    const before = snapshot(root);
    for (const published of ['2025-02-29', '2025-13-01', '24/11/2025', '2025-11-31', '2026-01-01']) {
      expect(addSource({ repoRoot: root, ...base, published })).toMatchObject({ ok: false, reason: 'bad-date' });
    }
    expect(addSource({ repoRoot: root, ...base, url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      reason: 'bad-url',
    });
    const empty = join(root, 'empty.txt');
    writeFileSync(empty, ' \n\t\n');
    expect(addSource({ repoRoot: root, ...base, articlePath: empty })).toMatchObject({ ok: false, reason: 'empty' });
    const latin1 = join(root, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x48, 0xe0, 0x20, 0x4e]));
    expect(addSource({ repoRoot: root, ...base, articlePath: latin1 })).toMatchObject({
      ok: false,
      reason: 'not-utf8',
    });
    expect(addSource({ repoRoot: root, ...base, articlePath: join(root, 'missing.txt') })).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    const { 'datasets/sources/data/sources.csv': csv } = snapshot(root);
    expect(csv).toBe(before['datasets/sources/data/sources.csv']);
    expect(existsSync(join(root, 'datasets/sources/text'))).toBe(false);
  });

  it('creates sources.csv with the schema header when there is none', () => {
    const root = makeRepo({});
    const r = addSource({ repoRoot: root, ...base });
    expect(r.ok).toBe(true);
    const text = readFileSync(join(root, 'datasets/sources/data/sources.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(SOURCES_HEADER);
  });

  it('throws ContributeError for misuse', () => {
    expect(() => addSource({ repoRoot: '/nonexistent-vnsti', ...base })).toThrow(ContributeError);
    const root = makeRepo({});
    expect(() => addSource({ repoRoot: root, ...base, titleEn: ' ' })).toThrow(/English title/);
  });

  it('checks calendar dates and reads a title from the first line', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(titleFromText(' date 2025-11-24 (TBTCO) - Ngày 24/11/2025, tỉnh Quảng Ninh tổ chức.\nRest')).toBe(
      'Ngày 24/11/2025, tỉnh Quảng Ninh tổ chức.',
    );
    expect(titleFromText('\n\nHeadline\nbody')).toBe('Headline');
  });
});
