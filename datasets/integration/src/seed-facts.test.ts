// Walks each seed article paragraph by paragraph (datasets/facts.seed.json) and checks that the
// facts curated from it are in the built dataset packages with the right normalised values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DatasetName, datasetsDir, records } from './datasets.js';
import { mismatch } from './partial-match.js';

interface Fact {
  table: DatasetName;
  id: string;
  field: string;
  expected: unknown;
}
interface Paragraph {
  paragraph: string;
  facts: Fact[];
}

const seedFacts = JSON.parse(readFileSync(new URL('facts.seed.json', datasetsDir), 'utf8')) as Record<
  string,
  Paragraph[]
>;
const texts = records.sources.flatMap((source) =>
  source.textFile === undefined
    ? []
    : [
        {
          id: source.id,
          text: readFileSync(new URL(`sources/${source.textFile}`, datasetsDir), 'utf8'),
        },
      ],
);

describe.each(Object.entries(seedFacts))('%s', (_file, paragraphs) => {
  const first = paragraphs[0]?.paragraph ?? '';
  const article = texts.find((t) => t.text.includes(first));

  it('is a registered source, and its paragraphs appear in it in order', () => {
    expect(article, `no source text contains "${first}"`).toBeDefined();
    let from = 0;
    for (const { paragraph } of paragraphs) {
      const at = article?.text.indexOf(paragraph, from) ?? -1;
      expect(at, `"${paragraph}" after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
  });

  it.each(paragraphs.map((p) => [p.paragraph, p.facts] as const))('«%s»', (_paragraph, facts) => {
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      const dataset = records[fact.table] as ReadonlyArray<{ id: string } & Record<string, unknown>>;
      const record = dataset.find((r) => r.id === fact.id);
      expect(record, `${fact.table}/${fact.id} is missing`).toBeDefined();
      const problem = mismatch(record?.[fact.field], fact.expected, `${fact.table}/${fact.id}.${fact.field}`);
      expect(problem).toBeNull();
    }
  });
});

describe('the seed facts cover every dataset', () => {
  it('cites each of the five articles and touches events, officials, projects and metrics', () => {
    const all = Object.values(seedFacts)
      .flat()
      .flatMap((p) => p.facts);
    expect(Object.keys(seedFacts)).toHaveLength(5);
    for (const table of ['sources', 'events', 'officials', 'projects', 'metrics'] as const) {
      expect(all.filter((f) => f.table === table).length, table).toBeGreaterThan(0);
    }
  });
});
