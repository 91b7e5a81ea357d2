import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CorpusArticle,
  CorpusError,
  corpusMisses,
  formatCorpusScores,
  parseCorpusArticle,
  readCorpus,
  scoreCorpus,
} from './corpus.js';
import { readWorkingTables } from './csv.js';
import { draftRecords } from './extract.js';

/**
 * Measures `extract` on the evaluation corpus in packages/datakit/eval/articles: the frozen test
 * half (never tuned on) and the tune half. Run `npx vitest run src/contribute/extract.corpus.test.ts`
 * (set VNSTI_EVAL_MISSES=1 to print what was missed or over-drafted on the tune half).
 */
const repoRoot = resolve(import.meta.dirname, '../../../..');
const corpusDir = resolve(import.meta.dirname, '../../eval/articles');
const data = readWorkingTables(repoRoot);
const draftsOf = (a: CorpusArticle) => draftRecords(a.id, a.text, a.published, data);

describe('the evaluation corpus', () => {
  const test = readCorpus(resolve(corpusDir, 'test'));
  const tune = readCorpus(resolve(corpusDir, 'tune'));
  const testScores = scoreCorpus(test, draftsOf);
  const tuneScores = scoreCorpus(tune, draftsOf);

  it('holds at least 30 articles, 15 of them frozen', () => {
    expect(test.length).toBeGreaterThanOrEqual(15);
    expect(test.length + tune.length).toBeGreaterThanOrEqual(30);
  });

  it('prints recall and precision per kind on both halves', () => {
    console.log(`test half (frozen, ${test.length} articles):\n${formatCorpusScores(testScores)}`);
    console.log(`tune half (${tune.length} articles):\n${formatCorpusScores(tuneScores)}`);
    if (process.env['VNSTI_EVAL_MISSES']) {
      const half = process.env['VNSTI_EVAL_MISSES'] === 'test' ? test : tune;
      console.log(half.flatMap((a) => corpusMisses(a, draftsOf(a))).join('\n'));
    }
    for (const s of [...Object.values(testScores), ...Object.values(tuneScores)]) {
      expect(s.found).toBeLessThanOrEqual(s.expected);
      expect(s.correct).toBeLessThanOrEqual(s.drafted);
    }
  });
  it('reaches 80% recall at 80% precision on every kind, on both halves (the issue 19 bar)', () => {
    for (const scores of [testScores, tuneScores]) {
      for (const s of Object.values(scores)) {
        expect(s.recall).toBeGreaterThanOrEqual(0.8);
        expect(s.precision).toBeGreaterThanOrEqual(0.8);
      }
    }
  });
});

describe('parseCorpusArticle', () => {
  const file = (expected: string) =>
    `published: 2024-03-06\n---\nNgày 5/3, lễ khánh thành.\n=== expected ===\n${expected}`;

  it('reads the text and every kind of expected row', () => {
    const a = parseCorpusArticle(
      'a',
      file(
        'person | Park Ji-hoon | Tổng Giám đốc\namount | hơn 200 gian hàng\nevent | 2024-03-05..2024-03-07\nmetric | 11,4% | estimate | năm 2023\n',
      ),
    );
    expect(a.text).toBe('Ngày 5/3, lễ khánh thành.');
    expect(a.expected.map((e) => e.kind)).toEqual(['person', 'amount', 'event', 'metric']);
    expect(a.expected[1]).toMatchObject({ figure: { value: 200, unit: 'booth' } });
    expect(a.expected[2]).toEqual({ kind: 'event', start: '2024-03-05', end: '2024-03-07' });
    expect(a.expected[3]).toMatchObject({ status: 'estimate', period: { start: '2023-01-01', end: '2023-12-31' } });
  });

  it('refuses malformed files and lines', () => {
    expect(() => parseCorpusArticle('a', 'no header')).toThrow(CorpusError);
    expect(() => parseCorpusArticle('a', file('event | 5/3'))).toThrow(/YYYY-MM-DD/);
    expect(() => parseCorpusArticle('a', file('event | 2024-02-30'))).toThrow(/YYYY-MM-DD/);
    expect(() => parseCorpusArticle('a', file('event | 2024-03-05..2024-13-01'))).toThrow(/YYYY-MM-DD/);
    expect(() => parseCorpusArticle('a', 'published: 2024-02-30\n---\nx\n=== expected ===\n')).toThrow(CorpusError);
    expect(() => parseCorpusArticle('a', file('metric | 5% | maybe'))).toThrow(/actual/);
    expect(() => parseCorpusArticle('a', file('amount | nothing'))).toThrow(/no figure/);
    expect(() => parseCorpusArticle('a', file('venue | x'))).toThrow(/unknown kind/);
  });

  it('scores a draft only when it states the expected fact', () => {
    const a = parseCorpusArticle('a', file('event | 2024-03-05\nperson | Park Ji-hoon | Tổng Giám đốc Hanwon'));
    const period = { start: '2024-03-05', end: '2024-03-05', precision: 'day' } as const;
    const event = { kind: 'event', table: 'events', row: {}, quote: '', index: 0, note: '', period } as const;
    const wrongDay = { ...event, period: { ...period, start: '2024-03-04', end: '2024-03-04' } };
    const person = {
      kind: 'position',
      table: 'positions',
      row: { official: 'park-ji-hoon', title_vi: 'Tổng Giám đốc' },
      quote: '',
      index: 0,
      note: '',
    } as const;
    const s = scoreCorpus([a], () => [event, wrongDay, person]);
    expect(s.event).toMatchObject({ expected: 1, found: 1, drafted: 2, correct: 1 });
    expect(s.person).toMatchObject({ expected: 1, found: 1, drafted: 1, correct: 1 });
    expect(corpusMisses(a, [wrongDay])).toEqual([
      'a: missed event 2024-03-05..2024-03-05',
      'a: missed person Park Ji-hoon | Tổng Giám đốc Hanwon',
      'a: extra event ',
    ]);
  });
});
