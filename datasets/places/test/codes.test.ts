import { changeDays } from '@vnsti/schema/resolve';
import { describe, expect, it } from 'vitest';
import { placeByCode, places, provincesAsOf } from '../src/index.js';

// Runs on the built records (dist/data.js): place-codes.csv read into each place's `codes`.
const provinceLevel = places.filter((p) => p.kind === 'province' || p.kind === 'centrally-run-city');
const held = (span: { validFrom?: string; validUntil?: string }, day: string) =>
  (span.validFrom === undefined || span.validFrom <= day) && (span.validUntil === undefined || day <= span.validUntil);

/**
 * Both days of every change of the province-level units and of their codes (read from the records:
 * a change added to the tables is tested without editing this file), a day before all of them and
 * one after.
 */
const changes = changeDays(provinceLevel.flatMap((unit) => [unit, ...(unit.codes ?? [])]));
const DAYS = ['2020-01-01', ...changes.flatMap((c) => [c.dayBefore, c.day]), '2030-01-01'];

describe('dated codes of the province-level units', () => {
  it('are sampled on both days of each change, the 2025 reorganisation among them', () => {
    expect(changes.map((c) => c.day)).toContain('2025-07-01');
    expect(changes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(DAYS)('on %s every unit has exactly one code, and no two units share one', (day) => {
    const units = provincesAsOf(day);
    const codes = units.map((unit) => {
      const current = (unit.codes ?? []).filter((c) => held(c, day));
      expect(current, `${unit.id} on ${day}`).toHaveLength(1);
      return current[0]!.code;
    });
    expect(new Set(codes).size, day).toBe(units.length);
    for (const unit of units) expect(placeByCode(codes[units.indexOf(unit)]!, { asOf: day })?.id).toBe(unit.id);
  });

  it('each unit’s codes follow one another without gap or overlap, inside its validity', () => {
    for (const unit of provinceLevel) {
      const spans = [...(unit.codes ?? [])].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      expect(spans.length, unit.id).toBeGreaterThan(0);
      expect(spans[0]!.validFrom, unit.id).toBe(unit.validFrom);
      expect(spans.at(-1)!.validUntil, unit.id).toBe(unit.validUntil);
      for (let i = 1; i < spans.length; i++) {
        const { validUntil } = spans[i - 1]!;
        expect(changeDays([{ validUntil }])[0]?.day, unit.id).toBe(spans[i]!.validFrom);
      }
    }
  });

  it('the `code` column is the code a unit has at the end of its validity', () => {
    for (const unit of provinceLevel) {
      const last = [...(unit.codes ?? [])].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '')).at(-1);
      expect(unit.code, unit.id).toBe(last?.code);
    }
  });

  it('the seven numbers that passed to another unit on 2025-07-01 name the old unit until then', () => {
    const passed: [string, string, string][] = [
      ['15', 'yen-bai', 'lao-cai'],
      ['24', 'bac-giang', 'bac-ninh'],
      ['44', 'quang-binh', 'quang-tri'],
      ['52', 'binh-dinh', 'gia-lai'],
      ['80', 'long-an', 'tay-ninh'],
      ['82', 'tien-giang', 'dong-thap'],
      ['91', 'kien-giang', 'an-giang'],
    ];
    for (const [code, before, after] of passed) {
      expect(placeByCode(code, { asOf: '2025-06-30' })?.id, code).toBe(before);
      expect(placeByCode(code, { asOf: '2025-07-01' })?.id, code).toBe(after);
    }
  });
});
