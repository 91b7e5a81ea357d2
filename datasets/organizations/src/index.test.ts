import { describe, expect, it } from 'vitest';
import { ministriesAsOf, NameInputError, organizationById, resolveOrganization } from './index.js';

const at = (name: string, asOf: string) => resolveOrganization(name, { asOf })?.id;

// Spellings written for this test as articles, letterheads and forms write them.
describe('resolveOrganization: the Ministry of Information and Communications', () => {
  const names = [
    'Bộ Thông tin và Truyền thông',
    'bộ thông tin và truyền thông',
    'Bộ TT&TT',
    'Bộ TT & TT',
    'BỘ TT&TT',
    'Bộ TTTT',
    'Ministry of Information and Communications',
    'Bộ Thông tin và Truyền thông'.normalize('NFD'),
  ];
  it.each(names)('%j is itself until 2025-02-28', (name) => {
    expect(at(name, '2025-02-28')).toBe('bo-thong-tin-va-truyen-thong');
  });
  it.each(names)('%j is the Ministry of Science and Technology from 2025-03-01', (name) => {
    expect(at(name, '2025-03-01')).toBe('bo-khoa-hoc-va-cong-nghe');
  });
});

describe('resolveOrganization: the Ministry of Science and Technology', () => {
  it.each([
    'Bộ Khoa học và Công nghệ',
    'Bộ KH&CN',
    'Bộ KHCN',
    'Bộ KH-CN',
    'bo khoa hoc va cong nghe',
    'Ministry of Science and Technology',
  ])('%j is the same body before and after the merger', (name) => {
    expect(at(name, '2023-09-29')).toBe('bo-khoa-hoc-va-cong-nghe');
    expect(at(name, '2025-11-24')).toBe('bo-khoa-hoc-va-cong-nghe');
  });
});

describe('resolveOrganization: People’s Committees and new bodies', () => {
  it('spells out UBND and TP', () => {
    for (const name of [
      'UBND TP.Hải Phòng',
      'UBND thành phố Hải Phòng',
      'Ủy ban nhân dân TP Hải Phòng',
      'Uỷ ban nhân dân thành phố Hải Phòng',
    ]) {
      expect(at(name, '2025-08-21'), name).toBe('ubnd-thanh-pho-hai-phong');
    }
    expect(at('UBND tỉnh Quảng Ninh', '2025-11-24')).toBe('ubnd-tinh-quang-ninh');
  });

  it('does not answer a name for a day before the body existed when it has several forerunners or none', () => {
    expect(at('Bộ Nông nghiệp và Môi trường', '2025-03-01')).toBe('bo-nong-nghiep-va-moi-truong');
    expect(at('Bộ Nông nghiệp và Môi trường', '2025-02-28')).toBeUndefined();
  });

  it('gives undefined for unknown or empty names and throws NameInputError for misuse', () => {
    expect(at('Bộ Phép thuật', '2025-01-01')).toBeUndefined();
    expect(at('', '2025-01-01')).toBeUndefined();
    expect(at('Bộ', '2025-01-01')).toBeUndefined();
    expect(() => resolveOrganization({} as unknown as string, { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolveOrganization('x'.repeat(1 << 20), { asOf: '2025-01-01' })).toThrow(NameInputError);
    expect(() => resolveOrganization('Bộ KH&CN', { asOf: '2025-04-31' })).toThrow(NameInputError);
    expect(() => ministriesAsOf('01/03/2025')).toThrow(NameInputError);
  });
});

describe('ministriesAsOf', () => {
  it('lists ministries and ministry-level agencies valid on the day, nothing else', () => {
    const before = ministriesAsOf('2025-02-28').map((o) => o.id);
    const after = ministriesAsOf('2025-03-01').map((o) => o.id);
    expect(before).toContain('bo-thong-tin-va-truyen-thong');
    expect(after).not.toContain('bo-thong-tin-va-truyen-thong');
    expect(after).toContain('bo-nong-nghiep-va-moi-truong');
    expect(before).not.toContain('bo-nong-nghiep-va-moi-truong');
    for (const id of [...before, ...after]) {
      expect(['ministry', 'ministry-level-agency']).toContain(organizationById(id)?.kind);
    }
  });
});

describe('resolveOrganization: the State Agency of Science and Technology Innovation', () => {
  it.each([
    'Cục Ứng dụng và Phát triển công nghệ',
    'SATI',
    'State Agency of Science and Technology Innovation',
    'State Agency for Technology Innovation',
  ])('%j is Cục Ứng dụng và Phát triển công nghệ', (name) => {
    expect(at(name, '2023-09-29')).toBe('cuc-ung-dung-va-phat-trien-cong-nghe');
  });

  it('its English name is the one the agency’s own page gives', () => {
    expect(organizationById('cuc-ung-dung-va-phat-trien-cong-nghe')?.name.en).toBe(
      'State Agency of Science and Technology Innovation',
    );
  });
});
