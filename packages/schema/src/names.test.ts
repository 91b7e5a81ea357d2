import { describe, expect, it } from 'vitest';
import { foldName, MAX_NAME_LENGTH, NameInputError, organizationNameKey, placeNameKey } from './names.js';

describe('foldName', () => {
  it('gives one key for NFC, NFD and either tone-mark placement', () => {
    const nfc = 'Khánh Hòa';
    expect(foldName(nfc.normalize('NFD'))).toBe(foldName(nfc));
    expect(foldName('Khánh Hoà')).toBe(foldName('Khánh Hòa'));
    expect(foldName('Thanh Hoá')).toBe('thanh hoa');
    expect(foldName('Thuỵ Khuê')).toBe(foldName('Thụy Khuê'));
  });

  it('reads hyphens, dashes, dots and spacing as one separator', () => {
    const key = 'ba ria vung tau';
    for (const written of [
      'Bà Rịa - Vũng Tàu',
      'Bà Rịa–Vũng Tàu',
      'Bà Rịa—Vũng Tàu',
      'bà rịa-vũng tàu',
      '  BÀ RỊA   VŨNG TÀU ',
    ]) {
      expect(foldName(written), written).toBe(key);
    }
  });

  it('folds đ (and the look-alike Ð) to d and keeps & as a word', () => {
    expect(foldName('Đà Nẵng')).toBe('da nang');
    expect(foldName('ÐÀ NẴNG')).toBe('da nang');
    expect(foldName('Bộ KH&CN')).toBe(foldName('Bộ KH & CN'));
    expect(foldName('Bộ KH&CN')).not.toBe(foldName('Bộ KHCN'));
  });

  it('gives an empty key for a name with no letter or digit', () => {
    expect(foldName('')).toBe('');
    expect(foldName(' - . ')).toBe('');
  });

  it('throws a NameInputError for a non-string or an over-long name', () => {
    expect(() => foldName(42 as unknown as string)).toThrow(NameInputError);
    expect(() => foldName(null as unknown as string)).toThrow(NameInputError);
    expect(() => foldName('a'.repeat(MAX_NAME_LENGTH + 1))).toThrow(NameInputError);
    expect(() => foldName('x'.repeat(1024 * 1024))).toThrow(/at most 200 characters/);
    expect(foldName('a'.repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('placeNameKey', () => {
  it('drops the kind words news puts before a name, and English city/province after it', () => {
    for (const written of [
      'Hồ Chí Minh',
      'TP.Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'TP Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'thành phố hồ chí minh',
      'Ho Chi Minh City',
    ]) {
      expect(placeNameKey(written), written).toBe('ho chi minh');
    }
    expect(placeNameKey('tỉnh Lào Cai')).toBe('lao cai');
    expect(placeNameKey('Tuyen Quang province')).toBe('tuyen quang');
    expect(placeNameKey('TP.HCM')).toBe('hcm');
  });

  it('keeps a name that is only a kind word', () => {
    expect(placeNameKey('Thành phố')).toBe('thanh pho');
    expect(placeNameKey('Thanh Hóa')).toBe('thanh hoa');
  });
});

describe('organizationNameKey', () => {
  it('spells out UBND, HĐND and TP inside a name', () => {
    expect(organizationNameKey('UBND TP.Hải Phòng')).toBe(organizationNameKey('Ủy ban nhân dân thành phố Hải Phòng'));
    expect(organizationNameKey('UBND tỉnh Quảng Ninh')).toBe(organizationNameKey('Uỷ ban Nhân dân tỉnh Quảng Ninh'));
    expect(organizationNameKey('HĐND tỉnh Nghệ An')).toBe('hoi dong nhan dan tinh nghe an');
  });

  it('reads every way news writes a provincial Department of Science and Technology as one key', () => {
    const written = [
      'Sở KH&CN tỉnh Quảng Ninh',
      'Sở KHCN Quảng Ninh',
      'sở kh-cn Quảng Ninh',
      'Sở Khoa học và Công nghệ tỉnh Quảng Ninh',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ QUẢNG NINH',
      'Sở Khoa học và Công nghệ thành phố Quảng Ninh',
      'Sở KH&CN TP. Quảng Ninh',
      'So KH & CN Quang Ninh',
      'Sở Khoa học - Công nghệ Quảng Ninh',
      'Sở Khoa học, công nghệ tỉnh Quảng Ninh',
    ];
    for (const name of written) expect(organizationNameKey(name), name).toBe('so khoa hoc va cong nghe quang ninh');
    expect(organizationNameKey('Sở Khoa học và Công nghệ TP.HCM')).toBe('so khoa hoc va cong nghe hcm');
    expect(organizationNameKey('Sở KH&CN Thành phố Hồ Chí Minh'.normalize('NFD'))).toBe(
      'so khoa hoc va cong nghe ho chi minh',
    );
  });

  it('keeps a bare department name, and other Sở names, as they fold', () => {
    expect(organizationNameKey('Sở KH&CN')).toBe('so khoa hoc va cong nghe');
    expect(organizationNameKey('Sở KHCN tỉnh')).toBe('so khoa hoc va cong nghe tinh');
    expect(organizationNameKey('Sở Tài chính tỉnh Quảng Ninh')).toBe('so tai chinh tinh quang ninh');
    expect(organizationNameKey('Sở KHCNX Hà Nội')).toBe('so khcnx ha noi');
  });
});
