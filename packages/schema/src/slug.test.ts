import { describe, expect, it } from 'vitest';
import { compareVietnamese, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Bùi Văn Khắng', 'bui-van-khang'],
    ['Huỳnh Thành Đạt', 'huynh-thanh-dat'],
    ['Đột phá  phát triển', 'dot-pha-phat-trien'],
    ['TP.Hải Phòng', 'tp-hai-phong'],
    ['Khu Công nghệ số tập trung — Tuần Châu', 'khu-cong-nghe-so-tap-trung-tuan-chau'],
    ['  Nghị quyết 57-NQ/TW ', 'nghi-quyet-57-nq-tw'],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('folds decomposed (NFD) input the same as composed (NFC)', () => {
    expect(slugify('Bùi Văn Khắng'.normalize('NFD'))).toBe('bui-van-khang');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('—…')).toBe('');
  });
});

describe('compareVietnamese', () => {
  it('sorts đ after d and ă/â after a', () => {
    expect(['Đạt', 'Dũng', 'Ân', 'Ăn', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Dũng', 'Đạt']);
  });
});
