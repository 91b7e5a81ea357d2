import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A fresh app, as a new user gets it: the built packages packed into tarballs, installed offline
// from those tarballs (zod, the one outside dependency, packed from this repository's copy), and a
// strict TypeScript file compiled and run against them. Needs every package built (`npm run build`).

const repo = join(import.meta.dirname, '..', '..', '..');
const packages = [
  'packages/schema',
  'packages/calendar',
  'packages/money',
  'packages/dates',
  'packages/data',
  ...['sources', 'places', 'organizations', 'officials', 'events', 'projects', 'metrics'].map((d) => `datasets/${d}`),
  'node_modules/zod',
];
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
let dir = '';
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnsti-consumer-'));
  const tarballs = join(dir, 'tarballs');
  const app = join(dir, 'app');
  mkdirSync(tarballs);
  mkdirSync(app);
  for (const p of packages)
    run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', tarballs], join(repo, p));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...files], app);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        types: [],
        skipLibCheck: false,
        outDir: 'out',
      },
      files: ['app.ts'],
    }),
  );
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fresh consumer app on the packed tarballs', () => {
  it('ships a README in every dataset tarball', () => {
    for (const name of ['sources', 'places', 'organizations', 'officials', 'events', 'projects', 'metrics']) {
      const listing = run('tar', ['-tzf', join(dir, 'tarballs', `vnsti-${name}-0.0.0.tgz`)], dir);
      expect(listing.split('\n'), name).toContain('package/README.md');
    }
  });

  it('compiles under exactOptionalPropertyTypes and noUncheckedIndexedAccess and lists every event without a join', async () => {
    const app = join(dir, 'app');
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(app, 'app.ts'), readFileSync(join(import.meta.dirname, 'consumer', 'app.ts')));
    try {
      run(process.execPath, [tsc, '-p', '.'], app);
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const out = JSON.parse(run(process.execPath, ['out/app.js'], app)) as {
      listing: Array<{ event: string; when: string; participants: Array<{ official: string; posts: unknown[] }> }>;
      amounts: string[];
    };
    const { events } = await import('@vnsti/events');
    expect(out.listing.map((e) => e.event)).toEqual(events.map((e) => e.id));
    const withPeople = out.listing.filter((e) => e.participants.length > 0);
    expect(withPeople.length).toBeGreaterThan(0);
    for (const event of withPeople) for (const p of event.participants) expect(p.posts.length).toBeGreaterThan(0);
    expect(out.amounts).toContain('hơn 138 tỷ đồng');
  }, 240_000);
});
