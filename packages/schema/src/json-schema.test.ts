import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema, type SchemaName, schemasByName } from './json-schema.js';

const names = Object.keys(schemasByName) as SchemaName[];

describe('JSON Schema', () => {
  it.each(names)('%s: draft 2020-12 with an $id and named definitions', (name) => {
    const schema = jsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://vnsti.github.io/schema/${name}.json`);
    expect(JSON.stringify(schema)).not.toContain('"$ref":"#/$defs/undefined"');
  });

  it('event.json names its shared types and carries the rules other languages can check', () => {
    const schema = jsonSchema('event') as {
      $defs: Record<string, { pattern?: string; enum?: string[]; required?: string[] }>;
    };
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Event', 'Id', 'DateValue', 'Money', 'Quantity', 'SourceRef', 'IsoDate']),
    );
    expect(schema.$defs.Id?.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(new RegExp(String(schema.$defs.IsoDate?.pattern)).test('2025-02-30')).toBe(false);
    expect(new RegExp(String(schema.$defs.IsoDate?.pattern)).test('2024-02-29')).toBe(true);
    expect(schema.$defs.Bound?.enum).toEqual(['exact', 'approximate', 'lower', 'upper']);
    expect(schema.$defs.Event?.required).toEqual(expect.arrayContaining(['id', 'date', 'sources']));
  });

  it('the files shipped in json-schema/ are what the schemas generate (after a build)', () => {
    const dir = new URL('../json-schema/', import.meta.url);
    if (!existsSync(dir)) throw new Error('json-schema/ is missing: run `npm run build` in packages/schema first');
    for (const name of names) {
      const shipped = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
      expect(shipped, name).toEqual(jsonSchema(name));
    }
  });
});
