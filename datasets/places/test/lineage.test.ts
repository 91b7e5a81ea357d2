import { describe, expect, it } from 'vitest';
import { placeById, places, provincesAsOf, resolvePlace } from '../src/index.js';

// Runs on the built records (dist/data.js): the full reference data of issue 17.
const provinceLevel = places.filter((p) => p.kind === 'province' || p.kind === 'centrally-run-city');
const cities = (date: string) => provincesAsOf(date).filter((p) => p.kind === 'centrally-run-city').length;

describe('province-level units per date', () => {
  it.each(['2020-01-01', '2023-09-29', '2024-12-31', '2025-01-01', '2025-06-11', '2025-06-30'])('63 on %s', (date) => {
    expect(provincesAsOf(date)).toHaveLength(63);
  });

  it.each(['2025-07-01', '2025-08-21', '2026-01-01'])('34 on %s, 6 of them centrally-run cities', (date) => {
    expect(provincesAsOf(date)).toHaveLength(34);
    expect(cities(date)).toBe(6);
  });

  it('Huế is the sixth centrally-run city from 2025-01-01', () => {
    expect(cities('2024-12-31')).toBe(5);
    expect(cities('2025-01-01')).toBe(6);
  });

  it('every unit has a two-digit code, each of the 34 its own', () => {
    // A unit keeps one code per row (its latest): before 2025-07-01 a continuing unit may show the
    // code it took on that day, which a unit it absorbed also had (see datasets/REFERENCE-DATA.md).
    for (const p of provincesAsOf('2024-06-01')) expect(p.code, p.id).toMatch(/^\d{2}$/);
    const codes = provincesAsOf('2025-07-01').map((p) => p.code);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    expect(new Set(codes).size).toBe(34);
  });
});

describe('lineage integrity', () => {
  it('every former unit maps to exactly one successor valid on the day it changes', () => {
    for (const unit of provinceLevel.filter((p) => p.validUntil)) {
      const steps = unit.changes ?? [];
      expect(steps, unit.id).toHaveLength(1);
      const successor = placeById(steps[0]!.successor);
      expect(successor, unit.id).toBeDefined();
      const day = steps[0]!.date;
      expect(successor!.validFrom === undefined || successor!.validFrom <= day, unit.id).toBe(true);
      expect(successor!.validUntil === undefined || day <= successor!.validUntil, unit.id).toBe(true);
    }
  });

  it('every unit of 2025-06-30 resolves by its own name to exactly one unit of 2025-07-01', () => {
    const after = new Set(provincesAsOf('2025-07-01').map((p) => p.id));
    for (const unit of provincesAsOf('2025-06-30')) {
      const answer = resolvePlace(unit.name.vi, { asOf: '2025-07-01' });
      expect(answer, unit.id).toBeDefined();
      expect(after.has(answer!.id), `${unit.id} → ${answer!.id}`).toBe(true);
    }
  });

  it('every unit of 2025-07-01 resolves to itself by its own name, then and in 2024', () => {
    for (const unit of provincesAsOf('2025-07-01')) {
      expect(resolvePlace(unit.name.vi, { asOf: '2025-07-01' })?.id).toBe(unit.id);
    }
  });
});

describe('names the lineage answers', () => {
  it.each([
    ['tỉnh Bình Dương', '2025-07-01', 'ho-chi-minh'],
    ['Bình Dương', '2025-06-30', 'binh-duong'],
    ['TP.HCM', '2025-08-01', 'ho-chi-minh'],
    ['Sài Gòn', '2019-12-31', 'ho-chi-minh'],
    ['Bà Rịa - Vũng Tàu', '2025-07-01', 'ho-chi-minh'],
    ['Bà Rịa–Vũng Tàu', '2024-01-01', 'ba-ria-vung-tau'],
    ['Khánh Hoà', '2025-07-02', 'khanh-hoa'],
    ['Ninh Thuận', '2025-07-01', 'khanh-hoa'],
    ['Thanh Hoá', '2023-03-03', 'thanh-hoa'],
    ['Hà Giang', '2025-09-01', 'tuyen-quang'],
    ['Đắk Nông', '2025-07-01', 'lam-dong'],
    ['Kon Tum', '2025-07-01', 'quang-ngai'],
    ['tỉnh Hải Dương', '2026-01-01', 'hai-phong'],
    ['Thừa Thiên - Huế', '2025-02-01', 'hue'],
  ])('%s on %s → %s', (name, asOf, id) => {
    expect(resolvePlace(name, { asOf })?.id).toBe(id);
  });
});
