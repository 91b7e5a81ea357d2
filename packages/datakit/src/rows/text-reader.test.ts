import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFiles } from './text-reader.js';

// The built worker: `npm run build` comes before the tests (turbo's `test` depends on `build`).
const BUILT_WORKER = new URL('../../dist/text-reader-worker.js', import.meta.url);

const base = mkdtempSync(join(tmpdir(), 'vnsti-text-reader-'));
const root = join(base, 'repo');
const text = (name: string) => join(root, 'datasets', 'sources', 'text', name);
mkdirSync(join(root, 'datasets', 'sources', 'text'), { recursive: true });
writeFileSync(join(base, 'outside.txt'), 'a text outside the repository\n');
writeFileSync(text('plain.txt'), 'Tỉnh  đã khởi công\r\n\t7 dự án.\n');
writeFileSync(text('bom.txt'), '\uFEFFMở đầu bằng dấu thứ tự byte.');
writeFileSync(text('latin1.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0x1ed9 & 0xff]));
mkdirSync(text('folder.txt'));
symlinkSync(join(base, 'outside.txt'), text('escape.txt'));
const paths = [
  ...Array.from({ length: 150 }, (_, i) => {
    writeFileSync(text(`n-${i}.txt`), `Bản tin số ${i}:\n  chỉ tiêu đạt ${i}%.`);
    return text(`n-${i}.txt`);
  }),
  text('plain.txt'),
  text('bom.txt'),
  text('latin1.txt'),
  text('folder.txt'),
  text('escape.txt'),
  text('missing.txt'),
];
afterAll(() => rmSync(base, { recursive: true, force: true }));

const decoded = (read: Awaited<ReturnType<typeof readTextFiles>>[number]) =>
  'folded' in read ? new TextDecoder().decode(read.folded) : read;

describe('readTextFiles', () => {
  it('reads each text once, in order: folded, hashed, or refused with the I/O layer’s code', async () => {
    const reads = await readTextFiles(root, paths, { threadFrom: Number.POSITIVE_INFINITY });
    expect(reads).toHaveLength(paths.length);
    expect(decoded(reads[7]!)).toBe('Bản tin số 7: chỉ tiêu đạt 7%.');
    expect(decoded(reads[150]!)).toBe('Tỉnh đã khởi công 7 dự án.');
    expect(decoded(reads[151]!)).toBe('Mở đầu bằng dấu thứ tự byte.');
    expect(reads[150]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(reads[152]).toMatchObject({ notUtf8: { line: 1, column: 2 } });
    expect(reads.slice(153).map((r) => ('refused' in r ? r.refused.code : 'read'))).toEqual([
      'is-a-folder',
      'outside-repository',
      'missing',
    ]);
  });

  it('gives the same results on the reader thread as on the caller’s', async () => {
    expect(existsSync(fileURLToPath(BUILT_WORKER)), 'the built worker (run npm run build)').toBe(true);
    const here = await readTextFiles(root, paths, { threadFrom: Number.POSITIVE_INFINITY });
    const threaded = await readTextFiles(root, paths, { worker: BUILT_WORKER, threadFrom: 1 });
    expect(threaded).toEqual(here);
  });

  it('reads on the caller’s thread what a thread that fails or is missing did not', async () => {
    const here = await readTextFiles(root, paths, { threadFrom: Number.POSITIVE_INFINITY });
    const failing = join(base, 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('the thread fails at once');\n");
    expect(await readTextFiles(root, paths, { worker: pathToFileURL(failing), threadFrom: 1 })).toEqual(here);
    // A thread that answers for the first text only, then ends: its answer is kept, the rest read here.
    const partial = join(base, 'partial-worker.mjs');
    writeFileSync(
      partial,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage([{ sha256: 'from-the-thread', folded: new Uint8Array([120]) }]);\n",
    );
    const mixed = await readTextFiles(root, paths, { worker: pathToFileURL(partial), threadFrom: 1 });
    expect(mixed[0]).toEqual({ sha256: 'from-the-thread', folded: new Uint8Array([120]) });
    expect(mixed.slice(1)).toEqual(here.slice(1));
    const missing = pathToFileURL(join(base, 'no-such-worker.js'));
    expect(await readTextFiles(root, paths, { worker: missing, threadFrom: 1 })).toEqual(here);
  });

  it('reads nothing for no paths', async () => {
    expect(await readTextFiles(root, [], { worker: BUILT_WORKER, threadFrom: 0 })).toEqual([]);
  });
});
