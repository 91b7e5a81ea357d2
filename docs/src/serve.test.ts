import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath, type StaticServer, serveStatic } from './serve.js';

const root = join(import.meta.dirname, '..', '.cache', 'serve-test');

beforeAll(() => {
  mkdirSync(join(root, 'api'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'api', 'index.html'), '<p>api</p>');
  writeFileSync(join(root, 'a b.css'), 'p{}');
});

describe('resolveStaticPath', () => {
  it('serves index.html for folders and decodes paths', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/api/?q=1#x')).toBe(join(root, 'api', 'index.html'));
    expect(resolveStaticPath(root, '/a%20b.css')).toBe(join(root, 'a b.css'));
  });

  it('never leaves the root', () => {
    expect(resolveStaticPath(root, '/../package.json')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(resolveStaticPath(root, '/api/../../serve.ts')).toBeNull();
    expect(resolveStaticPath(root, '/%00')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, '/missing.html')).toBeNull();
  });
});

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and serves files with their type', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}api/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<p>api</p>');
  });

  it('answers 404 and 405', async () => {
    expect((await fetch(`${server.url}nope`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});
