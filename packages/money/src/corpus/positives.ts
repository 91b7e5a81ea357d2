import type { Bound } from '../types.js';

/** One expression of the corpus with what it must read as. */
export interface CorpusEntry {
  /** The expression exactly as written. */
  text: string;
  amount: number;
  currency: string;
  bound: Bound;
  estimated: boolean;
  max?: number;
  per?: string;
  /** Where it comes from: a seed article, or phrasing written for this corpus. */
  from: 'seed' | 'news';
  defaultCurrency?: string;
}

type Extra = Partial<Pick<CorpusEntry, 'max' | 'per' | 'defaultCurrency' | 'estimated'>>;

function seed(text: string, amount: number, currency: string, bound: Bound, extra: Extra = {}): CorpusEntry {
  return { text, amount, currency, bound, estimated: false, from: 'seed', ...extra };
}
function news(text: string, amount: number, currency: string, bound: Bound, extra: Extra = {}): CorpusEntry {
  return { text, amount, currency, bound, estimated: false, from: 'news', ...extra };
}
const EST = { estimated: true } as const;
const VND = { defaultCurrency: 'VND' } as const;

/**
 * Money expressions: every one in the five seed articles (test/fixtures/seeds), then realistic
 * news phrasing — budget, FDI, GRDP per capita, prices — in six currencies, with bounds, estimates,
 * ranges, per-unit amounts and the English that formatMoney writes.
 */
export const POSITIVES: readonly CorpusEntry[] = [
  // Seed articles (001, 002, 003, 004).
  seed('hơn 16.000 tỷ đồng', 16_000e9, 'VND', 'lower'),
  seed('hơn 138 tỷ đồng', 138e9, 'VND', 'lower'),
  seed('trên 15.000 USD', 15_000, 'USD', 'lower'),
  seed('40.678 tỷ đồng', 40_678e9, 'VND', 'exact'),
  seed('trên 9.400 USD', 9_400, 'USD', 'lower'),
  seed('dự kiến đạt trên 9.400 USD', 9_400, 'USD', 'lower', EST),
  seed('hơn 15,6 tỉ USD', 15.6e9, 'USD', 'lower'),
  seed('13.000 tỉ đồng', 13_000e9, 'VND', 'exact'),
  seed('gần 4,7 triệu', 4.7e6, 'VND', 'upper', VND),

  // Number forms and magnitudes (issue #4 examples).
  news('15,6 tỉ USD', 15.6e9, 'USD', 'exact'),
  news('138 tỷ đồng', 138e9, 'VND', 'exact'),
  news('3.798,254 tỷ đồng', 3_798_254_000_000, 'VND', 'exact'),
  news('1,17 triệu tỷ đồng', 1.17e15, 'VND', 'exact'),
  news('96 triệu EUR', 96e6, 'EUR', 'exact'),
  news('9.400 USD/người', 9_400, 'USD', 'exact', { per: 'người' }),
  news('8.300 tỷ', 8_300e9, 'VND', 'exact', VND),
  news('1,34 tỷ USD', 1_340_000_000, 'USD', 'exact'),
  news('4.35 nghìn tỷ đồng', 4_350_000_000_000, 'VND', 'exact'),
  news('4,35 nghìn tỷ đồng', 4_350_000_000_000, 'VND', 'exact'),
  news('4622,54 tỷ đồng', 4_622_540_000_000, 'VND', 'exact'),
  news('1.234.567 đồng', 1_234_567, 'VND', 'exact'),
  news('2,5 ngàn tỷ đồng', 2.5e12, 'VND', 'exact'),
  news('0,5 tỷ đồng', 5e8, 'VND', 'exact'),
  news('1,5 triệu tỷ đồng', 1.5e15, 'VND', 'exact'),
  news('3 nghìn tỷ đồng', 3e12, 'VND', 'exact'),
  news('12,05 tỷ USD', 12.05e9, 'USD', 'exact'),
  news('7,25 triệu USD', 7_250_000, 'USD', 'exact'),
  news('0,25 USD', 0.25, 'USD', 'exact'),
  news('1.999,99 USD', 1_999.99, 'USD', 'exact'),
  news('250 nghìn đồng', 250_000, 'VND', 'exact'),
  news('500 ngàn đồng', 500_000, 'VND', 'exact'),
  news('1,8 triệu đồng', 1_800_000, 'VND', 'exact'),
  news('120 Tỷ Đồng', 120e9, 'VND', 'exact'),

  // State budget.
  news('1,7 triệu tỷ đồng', 1.7e15, 'VND', 'exact'),
  news('hơn 2 triệu tỷ đồng', 2e15, 'VND', 'lower'),
  news('ước đạt 1.850 tỷ đồng', 1_850e9, 'VND', 'exact', EST),
  news('ước đạt 2.025.240 tỷ đồng', 2_025_240e9, 'VND', 'exact', EST),
  news('dự kiến 1.700.988 tỷ đồng', 1_700_988e9, 'VND', 'exact', EST),
  news('khoảng 1.200 tỷ đồng', 1_200e9, 'VND', 'approximate'),
  news('trên 50.000 tỷ đồng', 50_000e9, 'VND', 'lower'),
  news('gần 20.000 tỷ đồng', 20_000e9, 'VND', 'upper'),
  news('chưa đến 5 tỷ đồng', 5e9, 'VND', 'upper'),
  news('dưới 100 triệu đồng', 100e6, 'VND', 'upper'),
  news('vượt 500 tỷ đồng', 500e9, 'VND', 'lower'),
  news('vượt mốc 100.000 tỷ đồng', 100_000e9, 'VND', 'lower'),
  news('ước tính 3.500 tỷ đồng', 3_500e9, 'VND', 'exact', EST),
  news('ước 12.400 tỷ đồng', 12_400e9, 'VND', 'exact', EST),
  news('xấp xỉ 9.000 tỷ đồng', 9_000e9, 'VND', 'approximate'),
  news('tầm 200 triệu đồng', 200e6, 'VND', 'approximate'),
  news('chừng 50 triệu đồng', 50e6, 'VND', 'approximate'),
  news('chưa tới 300 tỷ đồng', 300e9, 'VND', 'upper'),
  news('không quá 2 tỷ đồng', 2e9, 'VND', 'upper'),
  news('tối đa 500 triệu đồng', 500e6, 'VND', 'upper'),
  news('ít nhất 30 tỷ đồng', 30e9, 'VND', 'lower'),
  news('tối thiểu 1 tỷ đồng', 1e9, 'VND', 'lower'),
  news('trên dưới 100 tỷ đồng', 100e9, 'VND', 'approximate'),
  news('khoảng chừng 40 tỷ đồng', 40e9, 'VND', 'approximate'),
  news('ước khoảng 700 tỷ đồng', 700e9, 'VND', 'approximate', EST),
  news('dự kiến đạt hơn 27.000 tỷ đồng', 27_000e9, 'VND', 'lower', EST),
  news('ước đạt gần 60.000 tỷ đồng', 60_000e9, 'VND', 'upper', EST),
  news('dự tính khoảng 4.000 tỷ đồng', 4_000e9, 'VND', 'approximate', EST),
  news('vượt quá 1.000 tỷ đồng', 1_000e9, 'VND', 'lower'),
  news('không dưới 10 tỷ đồng', 10e9, 'VND', 'lower'),
  news('hơn 10 tỷ đồng trở lên', 10e9, 'VND', 'lower'),
  news('từ 10 tỷ đồng trở lên', 10e9, 'VND', 'lower'),
  news('5 tỷ đồng trở xuống', 5e9, 'VND', 'upper'),
  news('dự kiến lên tới 3.000 tỷ đồng', 3_000e9, 'VND', 'exact', EST),

  // FDI and investment projects.
  news('hơn 20 tỷ USD', 20e9, 'USD', 'lower'),
  news('36,6 tỷ USD', 36.6e9, 'USD', 'exact'),
  news('khoảng 1,5 tỷ USD', 1.5e9, 'USD', 'approximate'),
  news('gần 3 tỷ USD', 3e9, 'USD', 'upper'),
  news('vượt mốc 1 tỷ USD', 1e9, 'USD', 'lower'),
  news('xấp xỉ 3,2 tỷ USD', 3.2e9, 'USD', 'approximate'),
  news('ước tính 2,1 tỷ USD', 2.1e9, 'USD', 'exact', EST),
  news('dự kiến đạt hơn 20 tỷ USD', 20e9, 'USD', 'lower', EST),
  news('trên 1,5 tỷ USD', 1.5e9, 'USD', 'lower'),
  news('chưa tới 1 triệu USD', 1e6, 'USD', 'upper'),
  news('250 triệu USD', 250e6, 'USD', 'exact'),
  news('hơn 4,5 tỷ USD', 4.5e9, 'USD', 'lower'),
  news('1,07 tỷ USD', 1_070_000_000, 'USD', 'exact'),
  news('17,5 tỷ USD', 17.5e9, 'USD', 'exact'),
  news('khoảng 500 triệu USD', 500e6, 'USD', 'approximate'),
  news('ước đạt 31 tỷ USD', 31e9, 'USD', 'exact', EST),
  news('dự kiến 10 tỷ USD', 10e9, 'USD', 'exact', EST),
  news('hơn 400 tỷ USD', 400e9, 'USD', 'lower'),
  news('730 tỷ USD', 730e9, 'USD', 'exact'),
  news('tầm 50 triệu USD', 50e6, 'USD', 'approximate'),
  news('dưới 5 triệu USD', 5e6, 'USD', 'upper'),
  news('3.500 tỷ đồng', 3_500e9, 'VND', 'exact'),
  news('1.024 tỷ đồng', 1_024e9, 'VND', 'exact'),
  news('12.600 tỷ đồng', 12_600e9, 'VND', 'exact'),
  news('hơn 138,5 tỷ đồng', 138.5e9, 'VND', 'lower'),
  news('ước tính đạt 5.000 tỷ đồng', 5_000e9, 'VND', 'exact', EST),

  // GRDP per capita and per-unit amounts.
  news('4.700 USD/người', 4_700, 'USD', 'exact', { per: 'người' }),
  news('trên 9.400 USD/người', 9_400, 'USD', 'lower', { per: 'người' }),
  news('khoảng 8.500 USD/người/năm', 8_500, 'USD', 'approximate', { per: 'người/năm' }),
  news('95 triệu đồng/người/năm', 95e6, 'VND', 'exact', { per: 'người/năm' }),
  news('7,5 triệu đồng/tháng', 7.5e6, 'VND', 'exact', { per: 'tháng' }),
  news('2.000 đồng/kWh', 2_000, 'VND', 'exact', { per: 'kWh' }),
  news('25.000đ/kg', 25_000, 'VND', 'exact', { per: 'kg' }),
  news('50 triệu đồng/m2', 50e6, 'VND', 'exact', { per: 'm2' }),
  news('120 USD/tấn', 120, 'USD', 'exact', { per: 'tấn' }),
  news('hơn 6.000 USD/người', 6_000, 'USD', 'lower', { per: 'người' }),
  news('dự kiến đạt 5.000 USD/người', 5_000, 'USD', 'exact', { per: 'người', estimated: true }),
  news('1,2 tỷ đồng/năm', 1.2e9, 'VND', 'exact', { per: 'năm' }),

  // Prices and small amounts.
  news('200.000 đồng', 200_000, 'VND', 'exact'),
  news('50.000đ', 50_000, 'VND', 'exact'),
  news('50.000 đ', 50_000, 'VND', 'exact'),
  news('1.500.000 VNĐ', 1_500_000, 'VND', 'exact'),
  news('35.000 VND', 35_000, 'VND', 'exact'),
  news('2.500 tỷ VNĐ', 2_500e9, 'VND', 'exact'),
  news('100 USD', 100, 'USD', 'exact'),
  news('1.200 USD', 1_200, 'USD', 'exact'),
  news('khoảng 150.000 đồng', 150_000, 'VND', 'approximate'),
  news('dưới 10.000 đồng', 10_000, 'VND', 'upper'),
  news('99.000đ', 99_000, 'VND', 'exact'),
  news('3 triệu VND', 3e6, 'VND', 'exact'),
  news('10 tỷ vnđ', 10e9, 'VND', 'exact'),
  news('500 triệu', 500e6, 'VND', 'exact', VND),
  news('khoảng 2 tỷ', 2e9, 'VND', 'approximate', VND),

  // Other currencies.
  news('5 triệu đô la Mỹ', 5e6, 'USD', 'exact'),
  news('3 tỷ đô la', 3e9, 'USD', 'exact'),
  news('20 triệu đô', 20e6, 'USD', 'exact'),
  news('hơn 1 tỷ đôla', 1e9, 'USD', 'lower'),
  news('3 tỷ đô-la', 3e9, 'USD', 'exact'),
  news('khoảng 2 triệu đô-la Mỹ', 2e6, 'USD', 'approximate'),
  news('1,2 tỷ euro', 1.2e9, 'EUR', 'exact'),
  news('50 triệu EUR', 50e6, 'EUR', 'exact'),
  news('gần 700 triệu euro', 700e6, 'EUR', 'upper'),
  news('khoảng 2 tỷ yên', 2e9, 'JPY', 'approximate'),
  news('300 tỷ yên', 300e9, 'JPY', 'exact'),
  news('2 tỷ JPY', 2e9, 'JPY', 'exact'),
  news('10 tỷ yên Nhật', 10e9, 'JPY', 'exact'),
  news('hơn 50 tỷ yên', 50e9, 'JPY', 'lower'),
  news('1.000 tỷ won', 1_000e9, 'KRW', 'exact'),
  news('500 triệu KRW', 500e6, 'KRW', 'exact'),
  news('3 tỷ won Hàn Quốc', 3e9, 'KRW', 'exact'),
  news('khoảng 120 tỷ won', 120e9, 'KRW', 'approximate'),
  news('2 tỷ nhân dân tệ', 2e9, 'CNY', 'exact'),
  news('100 triệu CNY', 100e6, 'CNY', 'exact'),
  news('15 triệu NDT', 15e6, 'CNY', 'exact'),
  news('hơn 1,3 tỷ nhân dân tệ', 1.3e9, 'CNY', 'lower'),
  news('$5 triệu', 5e6, 'USD', 'exact'),
  news('US$ 200 triệu', 200e6, 'USD', 'exact'),
  news('€30 triệu', 30e6, 'EUR', 'exact'),

  // Ranges: amount is the lower end, max the upper end.
  news('từ 10 đến 15 tỷ đồng', 10e9, 'VND', 'exact', { max: 15e9 }),
  news('10-15 tỷ', 10e9, 'VND', 'exact', { max: 15e9, defaultCurrency: 'VND' }),
  news('10 – 15 triệu USD', 10e6, 'USD', 'exact', { max: 15e6 }),
  news('từ 500 triệu đến 1 tỷ đồng', 500e6, 'VND', 'exact', { max: 1e9 }),
  news('từ 10 tỷ đến 15 tỷ đồng', 10e9, 'VND', 'exact', { max: 15e9 }),
  news('từ 10 tỷ đồng đến 15 tỷ đồng', 10e9, 'VND', 'exact', { max: 15e9 }),
  news('2-3 tỷ USD', 2e9, 'USD', 'exact', { max: 3e9 }),
  news('khoảng 5-7 triệu đồng', 5e6, 'VND', 'approximate', { max: 7e6 }),
  news('1,5 - 2 tỷ USD', 1.5e9, 'USD', 'exact', { max: 2e9 }),
  news('300 đến 500 triệu đồng', 300e6, 'VND', 'exact', { max: 500e6 }),
  news('từ 200.000 đến 500.000 đồng', 200_000, 'VND', 'exact', { max: 500_000 }),
  news('dự kiến từ 3 tới 4 tỷ USD', 3e9, 'USD', 'exact', { max: 4e9, estimated: true }),
  news('8–10 triệu đồng/tháng', 8e6, 'VND', 'exact', { max: 10e6, per: 'tháng' }),
  news('từ 1.000 đến 1.500 tỷ đồng', 1_000e9, 'VND', 'exact', { max: 1_500e9 }),
  news('20 - 25 tỷ yên', 20e9, 'JPY', 'exact', { max: 25e9 }),

  // English, as formatMoney writes it.
  news('USD 15.6 billion', 15.6e9, 'USD', 'exact'),
  news('VND 16 trillion', 16e12, 'VND', 'exact'),
  news('more than VND 138 billion', 138e9, 'VND', 'lower'),
  news('about USD 2.5 million', 2.5e6, 'USD', 'approximate'),
  news('less than EUR 500 million', 500e6, 'EUR', 'upper'),
  news('USD 9,400/người', 9_400, 'USD', 'exact', { per: 'người' }),
  news('VND 1,170 trillion', 1.17e15, 'VND', 'exact'),
  news('estimated more than USD 20 billion', 20e9, 'USD', 'lower', EST),
  news('USD 10–15 billion', 10e9, 'USD', 'exact', { max: 15e9 }),
  news('VND 3,798.254 billion', 3_798_254_000_000, 'VND', 'exact'),
  news('nearly USD 3 billion', 3e9, 'USD', 'upper'),
  news('USD 1,200', 1_200, 'USD', 'exact'),

  // More budget, revenue and market news phrasing.
  news('hơn 1.000 tỷ đồng', 1_000e9, 'VND', 'lower'),
  news('230 tỷ đồng', 230e9, 'VND', 'exact'),
  news('ước đạt 68.000 tỷ đồng', 68_000e9, 'VND', 'exact', EST),
  news('gần 1,2 triệu tỷ đồng', 1.2e15, 'VND', 'upper'),
  news('khoảng 12,8 tỷ USD', 12.8e9, 'USD', 'approximate'),
  news('dự kiến khoảng 15.000 tỷ đồng', 15_000e9, 'VND', 'approximate', EST),
  news('trên 2.000 tỷ đồng', 2_000e9, 'VND', 'lower'),
  news('1,45 tỷ USD', 1.45e9, 'USD', 'exact'),
  news('18.500 tỷ đồng', 18_500e9, 'VND', 'exact'),
  news('ước tính gần 8 tỷ USD', 8e9, 'USD', 'upper', EST),
  news('hơn 3.200 tỷ đồng', 3_200e9, 'VND', 'lower'),
  news('tầm 1 triệu USD', 1e6, 'USD', 'approximate'),
  news('65,3 nghìn tỷ đồng', 65.3e12, 'VND', 'exact'),
  news('xấp xỉ 2,8 triệu tỷ đồng', 2.8e15, 'VND', 'approximate'),
  news('chưa đầy 1 tỷ đồng', 1e9, 'VND', 'upper'),
  news('vượt ngưỡng 400 tỷ USD', 400e9, 'USD', 'lower'),
  news('khoảng 3,5 triệu đồng', 3.5e6, 'VND', 'approximate'),
  news('45 tỷ đồng', 45e9, 'VND', 'exact'),
  news('hơn 7.300 tỷ đồng', 7_300e9, 'VND', 'lower'),
  news('dự báo 26,5 tỷ USD', 26.5e9, 'USD', 'exact', EST),
  // Signed amounts: a loss, a fall (a minus sign glued to the number).
  news('-320 tỷ đồng', -320e9, 'VND', 'exact'),
  news('khoảng −1,5 triệu USD', -1.5e6, 'USD', 'approximate'),
  news('từ -5 đến 10 tỷ đồng', -5e9, 'VND', 'exact', { max: 10e9 }),
  // The word "âm" before a number is a minus sign too.
  news('âm 5 tỷ đồng', -5e9, 'VND', 'exact'),
  news('khoảng âm 1,5 triệu USD', -1.5e6, 'USD', 'approximate'),
  news('từ âm 10 đến âm 5 tỷ đồng', -10e9, 'VND', 'exact', { max: -5e9 }),
  news('-5 – -3 tỷ đồng', -5e9, 'VND', 'exact', { max: -3e9 }),
];
