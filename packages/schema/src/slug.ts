/**
 * Folds a Vietnamese (or any Latin-script) name into a stable kebab-case ASCII id: diacritics are
 * removed, `đ`/`Đ` become `d`, everything that is not a letter or digit becomes a single hyphen.
 *
 * @param name - The name as written, e.g. a person's or an organization's name.
 * @returns The id, or an empty string when the name holds no letter or digit.
 * @example
 * ```ts
 * slugify('Bùi Văn Khắng'); // 'bui-van-khang'
 * slugify('Sở Khoa học & Công nghệ Hải Phòng'); // 'so-khoa-hoc-cong-nghe-hai-phong'
 * ```
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/**
 * Compares two strings in Vietnamese alphabetical order (`a ă â b c d đ e ê …`), for sorting names.
 *
 * @example
 * ```ts
 * ['Đạt', 'Dũng', 'Ánh'].sort(compareVietnamese); // ['Ánh', 'Dũng', 'Đạt']
 * ```
 */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
