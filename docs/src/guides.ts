/** A fenced code block of a guide. */
export interface CodeBlock {
  /** Language, the first word of the info string (`ts`). */
  readonly lang: string;
  /** Whether the block is marked runnable: info string `ts run`, or `<!-- run -->` on the line before. */
  readonly run: boolean;
  readonly code: string;
  /** 1-based line of the block's first code line in the guide. */
  readonly line: number;
}

/**
 * The fenced code blocks of a markdown text (``` or ~~~ fences).
 *
 * @example
 * ```ts
 * codeBlocks('<!-- run -->\n```ts\n1 + 1; // → 2\n```\n')[0]; // { lang: 'ts', run: true, code: '1 + 1; // → 2', line: 3 }
 * ```
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const info = (open[4] ?? '').split(/\s+/).filter(Boolean);
    const previous = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim() !== '');
    const run = info.includes('run') || /^<!--\s*run\s*-->$/.test(previous?.trim() ?? '');
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ lang: open[3] ?? '', run, code: body.join('\n'), line: i + 2 });
    i = j;
  }
  return blocks;
}

const ARROW = '// →';

/**
 * Turns a runnable block into a module that checks its `// →` results: `expr; // → value` (or a
 * `// → value` line right after a one-line expression, continued on following `// ` lines) becomes
 * a deep-equality check of `expr` against `value`; `const x = expr; // → value` checks `x`. The
 * module exports `checks`, the number of checks it ran. A failing check names the line of its `// →`.
 */
export function toCheckedModule(block: CodeBlock, label: string): { code: string; expected: number } {
  const lines = block.code.split('\n');
  const out: string[] = [];
  let expected = 0;
  const check = (expr: string, value: string, at: number) => {
    expected++;
    const where = JSON.stringify(`${label}:${block.line + at}`);
    const declared = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*([\s\S]+)$/.exec(expr);
    if (declared) return `${expr};\n__check(${declared[1]}, (${value}), ${where});`;
    return `__check((${expr}), (${value}), ${where});`;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf(ARROW);
    if (at < 0) {
      out.push(line);
      continue;
    }
    const arrowLine = i;
    let value = line.slice(at + ARROW.length).trim();
    // A value may continue on the following comment lines (`//      …`).
    while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1]!)) {
      value += ` ${lines[++i]!.replace(/^\s*\/\//, '').trim()}`;
    }
    const before = line.slice(0, at).trim().replace(/;$/, '');
    if (before !== '') {
      out.push(check(before, value, arrowLine));
      continue;
    }
    // `// → value` on its own line: the previous code line is the expression.
    let k = out.length - 1;
    while (k >= 0 && out[k]!.trim() === '') k--;
    const previous = out[k];
    if (previous === undefined || previous.trim().startsWith('//')) {
      throw new Error(`${label}:${block.line + arrowLine}: '// →' with no expression before it`);
    }
    out[k] = check(previous.trim().replace(/;$/, ''), value, arrowLine);
  }
  const code = [
    "import { deepStrictEqual as __deepEqual } from 'node:assert/strict';",
    'let __count = 0;',
    'function __check(actual, wanted, where) {',
    '  __count++;',
    '  try { __deepEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(wanted ?? null))); }',
    "  catch { throw new Error(where + ': expected ' + JSON.stringify(wanted) + ', got ' + JSON.stringify(actual)); }",
    '}',
    ...out,
    'export const checks = __count;',
  ].join('\n');
  return { code, expected };
}
