import { readFileSync } from 'node:fs';
import { changeDays, placeNameKey, UnitIndex } from '@vnsti/schema/resolve';
import { describe, expect, it } from 'vitest';
// The places' built records, read directly: this package's `./data.js` alias is its own records.
import { places } from '../../places/dist/data.js';
import { departmentRows, expectedTables } from '../scripts/provincial-departments.mjs';
import { NameInputError, organizationById, organizations, resolveOrganization } from '../src/index.js';

// Runs on the built records (dist/data.js) and the CSVs they are built from.
const departments = organizations.filter((o) => o.kind === 'provincial-department');
const validOn = (o: { validFrom?: string; validUntil?: string }, day: string) =>
  (o.validFrom === undefined || o.validFrom <= day) && (o.validUntil === undefined || day <= o.validUntil);
const placeIndex = new UnitIndex(places, placeNameKey);
const provincesOn = (day: string) =>
  placeIndex.validOn(day).filter((p) => p.kind === 'province' || p.kind === 'centrally-run-city');
const at = (name: string, asOf: string) => resolveOrganization(name, { asOf })?.id;

/**
 * Both days of every change of the province-level units and of the organizations (read
 * from the records, so that a change added to the tables is tested without editing this file), a
 * day before all of them and one after.
 */
const provinceLevel = places.filter((p) => p.kind === 'province' || p.kind === 'centrally-run-city');
const changes = changeDays([...provinceLevel, ...organizations]);
const DAYS = ['2020-01-01', ...changes.flatMap((c) => [c.dayBefore, c.day]), '2030-01-01'];

describe('the generated rows', () => {
  it('are what scripts/provincial-departments.mjs writes from the places tables (run it after editing places)', () => {
    for (const [path, text] of expectedTables()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('refuse a province-level unit without a People’s Committee', () => {
    const place = { id: 'x', kind: 'province', valid_from: '', valid_until: '', source: 's', locator: 'l' };
    expect(() => departmentRows({ places: [place], placeChanges: [], placeAliases: [], organizations: [] })).toThrow(
      /no people's committee for province-level unit x/,
    );
  });
});

describe('provincial Departments of Science and Technology per date', () => {
  it('are sampled on both days of each change: the units’ and the organizations’ (2025-03-01: the ministries)', () => {
    const days = changes.map((c) => c.day);
    for (const day of ['2023-03-15', '2025-03-01', '2025-07-01']) expect(days).toContain(day);
  });

  it.each(DAYS)('one per province-level unit on %s (Bạc Liêu none before 2023-03-15)', (day) => {
    const valid = departments.filter((d) => validOn(d, day));
    const units = provincesOn(day).map((p) => p.id);
    const expected = day < '2023-03-15' ? units.filter((id) => id !== 'bac-lieu') : units;
    expect(valid.map((d) => d.place).sort()).toEqual([...expected].sort());
  });

  it('each has its unit’s People’s Committee as parent, valid whenever the department is', () => {
    for (const department of departments) {
      const committee = organizationById(department.parent!);
      expect(committee?.kind, department.id).toBe('peoples-committee');
      expect(committee?.place, department.id).toBe(department.place);
      expect((committee?.validFrom ?? '') <= (department.validFrom ?? ''), department.id).toBe(true);
      expect(committee?.validUntil, department.id).toBe(department.validUntil);
    }
  });
});

describe('lineage of the departments', () => {
  it('every department that ended has exactly one successor, valid on the day it changed', () => {
    const ended = departments.filter((d) => d.validUntil !== undefined);
    expect(ended).toHaveLength(33);
    for (const department of ended) {
      expect(department.changes, department.id).toHaveLength(1);
      const step = department.changes![0]!;
      const successor = organizationById(step.successor);
      expect(successor?.kind, department.id).toBe('provincial-department');
      expect(validOn(successor!, step.date), department.id).toBe(true);
      expect(validOn(department, step.date), department.id).toBe(false);
    }
  });

  it.each(DAYS)('on %s every former unit’s department maps to the department of the unit it became part of', (day) => {
    for (const department of departments) {
      if (department.validFrom !== undefined && day < department.validFrom) continue;
      const answer = resolveOrganization(department.name.vi, { asOf: day });
      const place = placeIndex.resolve(department.name.vi.replace(/^Sở Khoa học và Công nghệ /, ''), { asOf: day });
      expect(answer, `${department.id} on ${day}`).toBeDefined();
      expect(validOn(answer!, day), `${department.id} on ${day}`).toBe(true);
      expect(answer!.place, `${department.id} on ${day}`).toBe(place?.id);
    }
  });
});

// Spellings written for this test as news, letterheads and forms write them.
describe('resolveOrganization: departments by the names news writes', () => {
  it.each([
    ['Sở KH&CN tỉnh Quảng Ninh', '2025-11-24', 'so-khcn-tinh-quang-ninh'],
    ['Sở KH&CN tỉnh Quảng Ninh', '2026-10-01', 'so-khcn-thanh-pho-quang-ninh'],
    ['Sở KH&CN Quảng Ninh', '2026-08-31', 'so-khcn-tinh-quang-ninh'],
    ['Sở KHCN Hà Nội', '2024-05-01', 'so-khcn-thanh-pho-ha-noi'],
    ['Sở KHCN TP Hà Nội', '2026-01-01', 'so-khcn-thanh-pho-ha-noi'],
    ['Sở Khoa học và Công nghệ TP.HCM', '2023-01-01', 'so-khcn-thanh-pho-ho-chi-minh'],
    ['Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', '2025-12-01', 'so-khcn-thanh-pho-ho-chi-minh'],
    ['Sở KH&CN TPHCM', '2025-12-01', 'so-khcn-thanh-pho-ho-chi-minh'],
    ['Sở KH&CN Bình Dương', '2025-06-30', 'so-khcn-tinh-binh-duong'],
    ['Sở KH&CN tỉnh Bình Dương', '2025-07-01', 'so-khcn-thanh-pho-ho-chi-minh'],
    ['Sở KH-CN tỉnh Bà Rịa–Vũng Tàu', '2025-08-01', 'so-khcn-thanh-pho-ho-chi-minh'],
    ['Sở KH&CN BR-VT', '2024-08-01', 'so-khcn-tinh-ba-ria-vung-tau'],
    ['Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế', '2025-02-01', 'so-khcn-thanh-pho-hue'],
    ['Sở KH&CN Huế', '2024-06-01', 'so-khcn-tinh-thua-thien-hue'],
    ['Sở KH&CN Khánh Hoà', '2024-06-01', 'so-khcn-tinh-khanh-hoa'],
    ['Sở KH&CN Ninh Thuận', '2025-07-01', 'so-khcn-tinh-khanh-hoa'],
    ['Sở KHCN Hải Dương', '2026-01-01', 'so-khcn-thanh-pho-hai-phong'],
    ['Sở KH&CN Đồng Nai', '2026-04-29', 'so-khcn-tinh-dong-nai'],
    ['Sở KH&CN TP. Đồng Nai', '2026-04-30', 'so-khcn-thanh-pho-dong-nai'],
    ['Sở KH&CN Bình Phước', '2026-05-01', 'so-khcn-thanh-pho-dong-nai'],
    ['Sở KH&CN Bắc Giang', '2026-10-01', 'so-khcn-thanh-pho-bac-ninh'],
    ['Sở KH&CN Bạc Liêu', '2024-01-01', 'so-khcn-tinh-bac-lieu'],
    ['Sở KH&CN Bạc Liêu', '2025-07-01', 'so-khcn-tinh-ca-mau'],
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HOÁ', '2021-03-03', 'so-khcn-tinh-thanh-hoa'],
    ['Sở KH&CN Đắk Lắk'.normalize('NFD'), '2025-07-01', 'so-khcn-tinh-dak-lak'],
    ['Quang Ninh Provincial Department of Science and Technology', '2025-11-24', 'so-khcn-tinh-quang-ninh'],
    ['Sở Khoa học - Công nghệ Quảng Nam', '2024-03-01', 'so-khcn-tinh-quang-nam'],
    ['Sở Khoa học - Công nghệ Quảng Nam', '2025-07-01', 'so-khcn-thanh-pho-da-nang'],
  ])('%j on %s → %s', (name, asOf, id) => {
    expect(at(name, asOf)).toBe(id);
  });

  it.each([
    ['Sở KH&CN', '2025-11-24'],
    ['Sở Khoa học và Công nghệ', '2020-01-01'],
    ['Sở KHCN tỉnh', '2025-11-24'],
    ['Sở KH&CN thành phố', '2025-11-24'],
    ['Sở KH&CN Bạc Liêu', '2022-06-01'], // the department of education and science of 2019–2023 is not this body
    ['Sở KH&CN Atlantis', '2025-11-24'],
    ['Sở Tài chính tỉnh Quảng Ninh', '2025-11-24'],
  ])('%j on %s is undefined (ambiguous, unknown or not yet formed)', (name, asOf) => {
    expect(resolveOrganization(name, { asOf })).toBeUndefined();
  });
});

describe('resolveOrganization: bad input to the department names', () => {
  it('an empty or blank name is not found, not an error', () => {
    expect(resolveOrganization('', { asOf: '2025-01-01' })).toBeUndefined();
    expect(resolveOrganization(' \u00a0 ', { asOf: '2025-01-01' })).toBeUndefined();
  });

  it('a 1 MB name, a number, or a day that is not a calendar day throws NameInputError', () => {
    const huge = `Sở KH&CN ${'Quảng Ninh '.repeat(100_000)}`;
    expect(() => resolveOrganization(huge, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolveOrganization(42 as never, { asOf: '2025-01-01' })).toThrow(NameInputError);
    for (const asOf of ['2025-02-29', '2025-13-01', '01/07/2025', '']) {
      expect(() => resolveOrganization('Sở KH&CN Quảng Ninh', { asOf }), asOf).toThrow(NameInputError);
    }
  });
});
