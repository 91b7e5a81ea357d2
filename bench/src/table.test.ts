import { describe, expect, it } from 'vitest';
import { toMarkdown } from './table.js';

describe('toMarkdown', () => {
  it('renders a row per result, escaping pipes and marking missed targets', () => {
    const md = toMarkdown([
      { group: 'g', name: 'a|b', value: '1 MB/s', versus: 'floor', ratio: '2.00×', target: '≤ 10×', pass: false },
      { group: 'g', name: 'c', value: '3 kB', versus: '–', ratio: '–', target: '< 5 kB', pass: null },
    ]);
    const lines = md.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| g | a\\|b | 1 MB/s | floor | 2.00× | ≤ 10× | **no** |');
    expect(lines[3]).toContain('| – |');
  });
});
