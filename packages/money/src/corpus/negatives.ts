/**
 * Text that holds numbers but no money. `extractMoney` must find nothing in any of these, even
 * with `defaultCurrency: 'VND'`. Most are taken from the seed articles.
 */
export const NEGATIVES: readonly string[] = [
  // Percentages and growth.
  'tăng 4% so với cùng kỳ',
  'quý 3 ước đạt 13,92%, thuộc nhóm cao nhất cả nước',
  'GRDP quý 2 tăng 11,2%',
  'duy trì tốc độ tăng trưởng cả giai đoạn 2025-2030 là 10%',
  'chiếm tỷ trọng 30% GDP',
  'tỷ lệ hộ nghèo còn 1,5 %',
  'lãi suất giảm 0,5 điểm phần trăm',
  // Dates and years.
  'Ngày 24/11/2025, tỉnh Quảng Ninh đã tổ chức hội nghị',
  'sáng 24/11.Tại hội nghị',
  'Ngày 21.8, tại Hải Phòng',
  'tại Hội nghị xúc tiến đầu tư bên lề kỳ họp ABAC ngày 3.7 vừa qua',
  'Sau khi hợp nhất với tỉnh Hải Dương từ 1.7, Hải Phòng',
  'Chiều 29/9, tại Cung Quy hoạch',
  'Techconnect and Innovation Vietnam 2023',
  'tỉnh đã có 7 năm liên tiếp (2016-2022) đạt tăng trưởng hai con số',
  'ngày 24-11-2025',
  'mùa giải 2024/25',
  'đến năm 2045 trở thành quốc gia phát triển',
  'lúc 10:30 sáng nay',
  // Counts, populations, areas.
  'thu hút hơn 450 đại biểu',
  'chứng nhận đăng ký đầu tư cho 7 dự án',
  'trao giấy chứng nhận cho 32 dự án, ký 7 biên bản ghi nhớ',
  'Trên địa bàn hiện có 76 doanh nghiệp khoa học - công nghệ',
  'hơn 1.400 doanh nghiệp công nghệ số và gần 9.000 doanh nghiệp nhỏ và vừa',
  'diện tích hơn 3.190 km²',
  'diện tích hơn 86 ha đang được triển khai',
  'dân số gần 4,7 triệu người',
  'đón 3 triệu lượt khách',
  'sản lượng 1,2 triệu tấn hàng hóa',
  'tạo việc làm cho 20,5 triệu lao động',
  'có 5 triệu thuê bao',
  'đứng thứ 3 cả nước về Chỉ số đổi mới sáng tạo',
  '10.000 m2 sàn',
  'công suất 100 MW điện mặt trời',
  '3 đô thị loại I',
  '2 đồng chí lãnh đạo tỉnh',
  // Technology names and codes.
  'với mạng 5G và cáp quang phủ sóng rộng khắp',
  'Thành phố đã phủ sóng 4G toàn diện, thử nghiệm 5G tại các khu công nghiệp',
  'COVID-19',
  'tiêu chuẩn ISO 9001:2015',
  'máy bay A321neo',
  'in 3D',
  // Document numbers.
  'Nghị quyết số 57-NQ/TW của Bộ Chính trị',
  'thực hiện Nghị quyết 57 - NQ/TW',
  'Nghị định 94/2022/NĐ-CP',
  'Quyết định số 1234/QĐ-UBND',
  'Luật số 93/2025/QH15',
  // Phone numbers.
  'Hotline: 0912.345.678',
  'Điện thoại: 024 3825 1234',
  'gọi tổng đài 1900 1234',
  'liên hệ +84 912 345 678',
  // Scores and ratings.
  'thắng với tỷ số 3-1',
  'hòa 2-2',
  'đạt 8,5 điểm',
  'lọt top 10 thế giới',
  'biên độ 3 - 7 điểm',
  'chủng COVID-19 tỷ lệ',
  'mã A-5 tỷ lệ',
  // "âm" before a figure that is no money.
  'tăng trưởng âm 2%',
  'nhiệt độ âm 5 độ C',
];
