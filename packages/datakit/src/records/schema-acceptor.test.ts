import { join } from 'node:path';
import { type DatasetName, datasets } from '@vnsti/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDatasets } from '../load.js';
import { schemaAcceptor } from './schema-acceptor.js';

describe('schemaAcceptor', () => {
  it('says yes to what the schema accepts and no to what it refuses (the TSDoc example)', () => {
    const accepts = schemaAcceptor(z.strictObject({ id: z.string().regex(/^[a-z]+$/) }));
    expect(accepts({ id: 'abc' })).toBe(true);
    expect(accepts({ id: 'ABC' })).toBe(false);
    expect(accepts({ id: 'abc', extra: 1 })).toBe(false);
    expect(accepts({})).toBe(false);
    expect(accepts(null)).toBe(false);
    expect(accepts([])).toBe(false);
    expect(accepts('abc')).toBe(false);
  });

  it('runs every kind of check the record schemas use', () => {
    const schema = z
      .strictObject({
        name: z
          .string()
          .trim()
          .min(1)
          .refine((s) => s.normalize('NFC') === s),
        kind: z.enum(['a', 'b']),
        fixed: z.literal('x').optional(),
        count: z.number().optional(),
        flag: z.boolean().optional(),
        tags: z.array(z.string()).min(1),
        figure: z.union([z.strictObject({ amount: z.number() }), z.strictObject({ value: z.number() })]).optional(),
      })
      .superRefine((v, ctx) => {
        if (v.kind === 'b' && v.count === undefined) ctx.addIssue({ code: 'custom', message: 'b needs a count' });
      });
    const accepts = schemaAcceptor(schema);
    const good = { name: 'Hà Nội', kind: 'a', tags: ['t'], figure: { value: 2 } };
    const cases: unknown[] = [
      good,
      { ...good, fixed: 'x', count: 3, flag: false, figure: { amount: -1 } },
      { ...good, name: '' },
      { ...good, name: 'Ha\u0300' }, // a decomposed form the refinement refuses
      { ...good, kind: 'c' },
      { ...good, fixed: 'y' },
      { ...good, count: Number.NaN },
      { ...good, count: Number.POSITIVE_INFINITY },
      { ...good, flag: 'true' },
      { ...good, tags: [] },
      { ...good, tags: ['t', 1] },
      { ...good, tags: 't' },
      { ...good, figure: { amount: 1, value: 1 } },
      { ...good, figure: { unit: 'x' } },
      { ...good, kind: 'b' }, // the superRefine's issue
      { ...good, kind: 'b', count: 1 },
      { ...good, name: undefined },
      { ...good, count: undefined },
    ];
    for (const value of cases) expect(accepts(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    // `.trim()` would change the name: Zod accepts its trimmed copy, the acceptor leaves it to Zod.
    const padded = { ...good, name: ' Hà Nội' };
    expect(schema.safeParse(padded).success).toBe(true);
    expect(accepts(padded)).toBe(false);
  });

  it('a schema that is itself a check (a string format) runs it', () => {
    const accepts = schemaAcceptor(z.iso.date());
    expect(accepts('2025-11-24')).toBe(true);
    expect(accepts('2025-13-01')).toBe(false);
    expect(accepts('24/11/2025')).toBe(false);
  });

  it('answers "ask Zod" for what it does not know: coercion, transforms, pipes, dates, async checks', () => {
    expect(schemaAcceptor(z.coerce.string())('a')).toBe(false);
    expect(schemaAcceptor(z.string().transform((s) => s.length))('a')).toBe(false);
    expect(schemaAcceptor(z.string().pipe(z.string()))('a')).toBe(false);
    expect(schemaAcceptor(z.date())(new Date())).toBe(false);
    expect(schemaAcceptor(z.unknown())(1)).toBe(false);
    expect(schemaAcceptor(z.string().refine(async () => true))('a')).toBe(false);
    expect(schemaAcceptor(z.object({ a: z.string() }).catchall(z.string()))({ a: 'x' })).toBe(false);
    // A plain object strips an unknown key: its refinements would see another object.
    const plain = z.object({ a: z.string() });
    expect(schemaAcceptor(plain)({ a: 'x' })).toBe(true);
    expect(schemaAcceptor(plain)({ a: 'x', b: 1 })).toBe(false);
  });

  describe('on the records of the repository', async () => {
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const loaded = await loadDatasets({ root });
    const names = Object.keys(datasets) as DatasetName[];

    it('accepts every valid record, so that the build rarely needs Zod', () => {
      let count = 0;
      for (const name of names) {
        const schema = datasets[name].record;
        const accepts = schemaAcceptor(schema);
        for (const record of loaded.datasets.get(name)?.records ?? []) {
          expect(schema.safeParse(record).success).toBe(true);
          expect(accepts(record), `${name} ${JSON.stringify(record)}`).toBe(true);
          count++;
        }
      }
      expect(count).toBeGreaterThan(100);
    });

    it('never says yes where Zod says no, whatever one value in a record becomes', () => {
      const samples = names.flatMap((name) =>
        (loaded.datasets.get(name)?.records ?? []).map((record) => ({ name, record })),
      );
      const replacement = fc.oneof(
        fc.anything(),
        fc.constantFrom(
          undefined,
          null,
          '',
          ' ',
          'a ',
          'Ha\u0300',
          'x-y',
          '2025-02-30',
          '2025-12-31',
          -1,
          0,
          Number.NaN,
        ),
        fc.string(),
        fc.double(),
      );
      fc.assert(
        fc.property(fc.nat(samples.length - 1), fc.nat(), fc.nat(3), replacement, (index, pick, mode, value) => {
          const { name, record } = samples[index]!;
          const copy = structuredClone(record) as Record<string, unknown>;
          const places = containers(copy);
          const [target, key] = places[pick % places.length]!;
          if (mode === 0) delete (target as Record<PropertyKey, unknown>)[key];
          else if (mode === 1) (target as Record<PropertyKey, unknown>)[`extra${pick % 3}`] = value;
          else (target as Record<PropertyKey, unknown>)[key] = value;
          const schema = datasets[name].record;
          if (schemaAcceptor(schema)(copy)) expect(schema.safeParse(copy).success).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  });
});

/** Every (object or array, key) pair inside a value, the value's own keys included. */
function containers(value: object): Array<[object, PropertyKey]> {
  const out: Array<[object, PropertyKey]> = [];
  const walk = (node: object) => {
    for (const key of Object.keys(node)) {
      out.push([node, Array.isArray(node) ? Number(key) : key]);
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) walk(child);
    }
  };
  walk(value);
  return out;
}
