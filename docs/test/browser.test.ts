import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNdjson } from '../src/catalogue/load.js';
import { type StaticServer, serveStatic } from '../src/serve.js';

/**
 * The built site in Debian's Chromium: home page, TypeDoc search, the events catalogue against the
 * built events data. Needs `apt-get install chromium`; CI (`.ci/run`) installs it.
 */
const CHROMIUM = '/usr/bin/chromium';
const docsDir = join(import.meta.dirname, '..');
const rootDir = join(docsDir, '..');
const siteDir = join(docsDir, 'site');
const artifacts = join(docsDir, 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && !process.env.CI) {
  console.warn(
    `\n${'!'.repeat(78)}\n!!! SKIPPING the browser test: ${CHROMIUM} is missing. Install it with:\n!!!     apt-get install chromium\n${'!'.repeat(78)}\n`,
  );
}

describe.runIf(!haveChromium && process.env.CI)('browser test prerequisites', () => {
  it('has Chromium in CI', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
  });
});

describe.runIf(haveChromium)('the documentation site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const failures: string[] = [];

  beforeAll(async () => {
    expect(existsSync(join(siteDir, 'api', 'index.html')), 'docs/site is not built: npm run build -w @vnsti/docs').toBe(
      true,
    );
    mkdirSync(artifacts, { recursive: true });
    server = await serveStatic(siteDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') failures.push(`console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the home page, which says what vnsti is', async () => {
    await page.goto(server.url);
    expect(page.url()).toBe(server.url);
    expect(await page.locator('h1').first().textContent()).toBe('vnsti');
    expect(await page.locator('main p.lead').textContent()).toContain('cites it with a short quote');
    expect(await page.locator('a', { hasText: 'Getting started' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'home.png'), fullPage: true });
    await page.locator('a', { hasText: 'API reference' }).first().click();
    await page.waitForURL(/\/api\/modules\.html$/);
    expect(failures).toEqual([]);
  });

  it('finds a person by name without diacritics and opens their page, with their posts and events', async () => {
    await page.goto(server.url);
    await page.locator('#name-search').fill('bui van khang');
    const result = page.locator('#name-results a').first();
    await expect.poll(() => result.textContent()).toContain('Bùi Văn Khắng');
    await result.click();
    await page.waitForURL(/\/catalogue\/official-bui-van-khang\.html$/);
    expect(await page.locator('h1').textContent()).toContain('Bùi Văn Khắng');
    expect(await page.locator('table[data-table="posts"] tbody tr').count()).toBe(2);
    expect(await page.locator('svg.timeline').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'official-page.png'), fullPage: true });
    await page.locator('table[data-table="participations"] a', { hasText: 'Hội nghị' }).first().click();
    await page.waitForURL(/\/catalogue\/event-.+\.html$/);
    const row = page.locator('#participant-bui-van-khang');
    expect(await row.textContent()).toContain('Chủ tịch UBND tỉnh Quảng Ninh');
    await page.screenshot({ path: join(artifacts, 'event-page.png'), fullPage: true });
    expect(failures).toEqual([]);
  });

  it('charts each metric series on its place page', async () => {
    await page.goto(`${server.url}catalogue/place-quang-ninh.html`);
    expect(await page.locator('figure.metric-chart svg.chart').count()).toBeGreaterThan(1);
    await page.locator('figure.metric-chart a').first().click();
    await page.waitForURL(/\/catalogue\/metric-.+\.html$/);
    expect(failures).toEqual([]);
  });

  it('loads the home page, the catalogue and record pages from file:// with no console error', async () => {
    const fileUrl = (path: string) => pathToFileURL(join(siteDir, path)).href;
    for (const path of [
      'index.html',
      'catalogue/index.html',
      'catalogue/event-hoi-nghi-xuc-tien-dau-tu-khcn-dmst-cds-quang-ninh-2025.html',
      'catalogue/official-huynh-thanh-dat.html',
      'catalogue/place-hai-phong.html',
      'api/index.html',
      'api/modules.html',
    ]) {
      await page.goto(fileUrl(path));
      await page.waitForLoadState('load');
    }
    await page.goto(fileUrl('index.html'));
    await page.locator('#name-search').fill('quang ninh');
    await expect.poll(() => page.locator('#name-results a').count()).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('searches for parseMoney and lands on its page', async () => {
    // The API reference's own search: start on one of its pages (earlier tests leave the page elsewhere).
    await page.goto(`${server.url}api/modules.html`);
    await page.locator('#tsd-search-trigger').click();
    const input = page.locator('#tsd-search-input');
    await input.fill('parseMoney');
    const first = page.locator('#tsd-search-results li a').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('parseMoney');
    await page.screenshot({ path: join(artifacts, 'search-parseMoney.png') });
    await first.click();
    await page.waitForURL(/parseMoney\.html$/);
    expect(await page.locator('h1').first().textContent()).toMatch(/parseMoney/);
    expect(await page.locator('.tsd-comment').first().textContent()).toMatch(/money expression/i);
    await page.screenshot({ path: join(artifacts, 'parseMoney.png'), fullPage: true });
    expect(failures).toEqual([]);
  });

  it('finds every built event in the events catalogue, each linked to its source quote', async () => {
    const file = join(rootDir, 'datasets', 'events', 'dist', 'events.ndjson');
    expect(existsSync(file), `${file} is missing: run npm run build at the repository root`).toBe(true);
    const events = parseNdjson(readFileSync(file, 'utf8'), file);
    expect(events.length).toBeGreaterThan(0);

    await page.goto(`${server.url}api/index.html`);
    await page.locator('#tsd-toolbar-links a', { hasText: 'Catalogue' }).click();
    await page.waitForURL(/\/catalogue\/index\.html$/);
    await page.locator('.catalogue-nav a', { hasText: 'Events' }).click();
    await page.waitForURL(/\/catalogue\/events\.html$/);
    await page.screenshot({ path: join(artifacts, 'events.png'), fullPage: true });

    const rows = page.locator('table[data-table="events"] > tbody > tr');
    expect(await rows.count()).toBe(events.length);
    for (const event of events) {
      const row = page.locator(`tr[id="${String(event['id'])}"]`);
      expect(await row.count(), `event ${String(event['id'])}`).toBe(1);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(String(event['name_vi']));
      expect(text).toContain(String(event['name_en']));
      if (typeof event['date_start'] === 'string') expect(text).toContain(event['date_start']);
    }

    // A fact's quote link lands on that quote on the sources page.
    const first = events[0]!;
    const cite = page.locator(`tr[id="${String(first['id'])}"] a.cite`);
    await cite.click();
    await page.waitForURL(/\/catalogue\/sources\.html#q-/);
    const target = page.locator(':target');
    expect(await target.textContent()).toContain(String(first['quote']));
    await page.screenshot({ path: join(artifacts, 'source-quote.png') });
    expect(failures).toEqual([]);
  });

  it('draws officials on timelines and metrics as charts', async () => {
    await page.goto(`${server.url}catalogue/officials.html`);
    const positions = join(rootDir, 'datasets', 'officials', 'dist', 'positions.ndjson');
    if (existsSync(positions) && readFileSync(positions, 'utf8').trim() !== '') {
      expect(await page.locator('svg.timeline').count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(artifacts, 'officials.png'), fullPage: true });
    await page.goto(`${server.url}catalogue/metrics.html`);
    const metrics = join(rootDir, 'datasets', 'metrics', 'dist', 'metrics.ndjson');
    if (existsSync(metrics) && readFileSync(metrics, 'utf8').trim() !== '') {
      expect(await page.locator('svg.chart').count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(artifacts, 'metrics.png'), fullPage: true });
    expect(failures).toEqual([]);
  });
});
