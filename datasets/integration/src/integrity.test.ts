// Integrity of every built dataset package, as users import it: unique kebab-case ids, deeply
// frozen records, the id lookup, records that pass their schema, and references that resolve.
import { readFileSync } from 'node:fs';
import { datasets as layout } from '@vnsti/schema';
import { describe, expect, it } from 'vitest';
import { type DatasetName, datasetsDir, records } from './datasets.js';

const names = Object.keys(records) as DatasetName[];
const ids = (name: DatasetName) => new Set(records[name].map((r) => r.id));

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe.each(names)('@vnsti/%s', (name) => {
  const list = records[name] as ReadonlyArray<{ id: string }>;

  it('has records with unique kebab-case ids, in id order', () => {
    expect(list.length).toBeGreaterThan(0);
    expect(ids(name).size).toBe(list.length);
    for (const { id } of list) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('exports deeply frozen records that cannot be changed', () => {
    expect(isDeeplyFrozen(list)).toBe(true);
    expect(() => {
      (list as unknown as { id: string }[])[0]!.id = 'changed';
    }).toThrow(TypeError);
  });

  it('looks records up by id, and says undefined for an unknown id', async () => {
    const mod = (await import(`@vnsti/${name}`)) as Record<string, unknown>;
    const lookup = Object.entries(mod).find(
      ([key, value]) => key.endsWith('ById') && typeof value === 'function',
    )?.[1] as ((id: string) => unknown) | undefined;
    expect(lookup).toBeTypeOf('function');
    for (const record of list) expect(lookup?.(record.id)).toBe(record);
    expect(lookup?.('no-such-id')).toBeUndefined();
  });

  it('every record passes its Zod schema', () => {
    for (const record of list) expect(layout[name].record.safeParse(record).error).toBeUndefined();
  });

  it('ships a row per record in its main CSV export', () => {
    const csv = readFileSync(new URL(`${name}/dist/${name}.csv`, datasetsDir), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv.length - 1).toBeGreaterThanOrEqual(list.length);
  });
});

describe('references across packages resolve', () => {
  it('events, projects and metrics name places, organizations and officials that exist', () => {
    const places = ids('places');
    const organizations = ids('organizations');
    const officials = ids('officials');
    const events = ids('events');
    for (const e of records.events) {
      expect(places.has(e.place), e.id).toBe(true);
      for (const p of e.participants) expect(officials.has(p.official), `${e.id} ${p.official}`).toBe(true);
      for (const o of e.organisers) expect(organizations.has(o.organization), `${e.id} ${o.organization}`).toBe(true);
    }
    for (const p of records.projects) {
      if (p.event) expect(events.has(p.event), p.id).toBe(true);
      for (const investor of p.investors) expect(organizations.has(investor), `${p.id} ${investor}`).toBe(true);
    }
    for (const m of records.metrics) expect(places.has(m.place), m.id).toBe(true);
  });
  it('every citation names a source whose text holds the quote', () => {
    const texts = new Map<string, string>(
      records.sources.flatMap((s) =>
        s.textFile === undefined
          ? []
          : [[s.id, readFileSync(new URL(`sources/${s.textFile}`, datasetsDir), 'utf8').replace(/\s+/g, ' ')] as const],
      ),
    );
    const cited = [
      ...records.events.flatMap((e) => [
        ...e.sources,
        ...e.participants.flatMap((p) => p.sources),
        ...e.organisers.flatMap((o) => o.sources),
        ...e.outcomes.flatMap((o) => o.sources),
      ]),
      ...records.projects.flatMap((p) => p.sources),
      ...records.metrics.flatMap((m) => m.sources),
      ...records.officials.flatMap((o) => o.positions.flatMap((p) => p.sources)),
    ];
    expect(cited.length).toBeGreaterThan(50);
    for (const { source, quote, locator } of cited) {
      // A source kept without text (a legal document, a page) is cited by locator, never by quote.
      if (quote === undefined) expect(locator, source).toBeTruthy();
      else expect(texts.get(source), source).toContain(quote.replace(/\s+/g, ' '));
    }
  });
});
