import { describe, expect, it } from 'vitest';
import { codeBlocks, toCheckedModule } from './guides.js';

describe('codeBlocks', () => {
  it('finds fenced blocks, their language, the run marker and the first code line', () => {
    const md = [
      '# T',
      '',
      '```ts run',
      'a();',
      '```',
      '',
      '<!-- run -->',
      '~~~ts',
      'b();',
      '~~~',
      '```sh',
      'npm i',
      '```',
    ].join('\n');
    expect(codeBlocks(md)).toEqual([
      { lang: 'ts', run: true, code: 'a();', line: 4 },
      { lang: 'ts', run: true, code: 'b();', line: 9 },
      { lang: 'sh', run: false, code: 'npm i', line: 12 },
    ]);
  });

  it('does not treat a block as runnable without a marker', () => {
    expect(codeBlocks('```ts\nx\n```')[0]!.run).toBe(false);
  });
});

describe('toCheckedModule', () => {
  const block = (code: string) => ({ lang: 'ts', run: true, code, line: 10 });

  it('turns shown results into checks, on the same line or the next', () => {
    const { code, expected } = toCheckedModule(block("f(1); // → 2\ng('a')\n// → { a: 1,\n//      b: 2 }"), 'g.md');
    expect(expected).toBe(2);
    expect(code).toContain('__check((f(1)), (2), "g.md:10");');
    expect(code).toContain('__check((g(\'a\')), ({ a: 1, b: 2 }), "g.md:12");');
    expect(code).toContain('export const checks = __count;');
  });

  it('checks the variable of a declaration', () => {
    const { code } = toCheckedModule(block('const x = f(); // → 3'), 'g.md');
    expect(code).toContain('const x = f();\n__check(x, (3), "g.md:10");');
  });

  it('rejects a result with no expression before it', () => {
    expect(() => toCheckedModule(block('// → 3'), 'g.md')).toThrow(/no expression/);
  });

  it('leaves code without results alone', () => {
    expect(toCheckedModule(block('console.log(1);'), 'g.md').expected).toBe(0);
  });
});
