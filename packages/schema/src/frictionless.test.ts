import { describe, expect, it } from 'vitest';
import { columnSubject, exportFields, tableSchema } from './frictionless.js';
import { type TableName, tables } from './tables.js';

const allFields = (Object.keys(tables) as TableName[]).flatMap((name) =>
  tableSchema(name).fields.map((field) => ({ table: name, field })),
);

describe('export field descriptions', () => {
  it('describe dates as the ISO dates the exports hold, not the authoring wording', () => {
    const dates = allFields.filter(({ field }) => field.type === 'date');
    expect(dates.length).toBeGreaterThan(5);
    for (const { table, field } of dates) {
      expect(field.description, `${table}.${field.name}`).toContain('ISO 8601 date (YYYY-MM-DD)');
      expect(field.description, `${table}.${field.name}`).not.toMatch(/as written|sáng|quý/);
    }
  });

  it('keep the authoring wording only on the fields that hold the authored cell', () => {
    for (const { table, field } of allFields)
      if (/as written \(/.test(field.description))
        expect(field.name, `${table}.${field.name}`).toMatch(/_text$|_vi$|_en$/);
  });

  it('describe money amounts as exact decimals', () => {
    const amount = exportFields(tables.projects).find((f) => f.name === 'investment_amount');
    expect(amount?.description).toMatch(/^Investment: amount .*exact beyond 2\^53$/);
  });

  it('take the subject of a column from its description', () => {
    expect(columnSubject(tables.events.columns.find((c) => c.name === 'date')!)).toBe('When');
    expect(columnSubject(tables.metrics.columns.find((c) => c.name === 'period')!)).toBe('Period');
    expect(columnSubject(tables.sources.columns.find((c) => c.name === 'published')!)).toBe('Publication date');
  });
});
