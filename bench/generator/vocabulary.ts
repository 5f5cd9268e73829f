/**
 * The generator's vocabulary: common words of provincial news first (function words, then the
 * administrative words, many of two or three syllables so that word pairs repeat as they do in
 * real text), then a long tail of one- and two-syllable words made from buildSyllables(). Words
 * are drawn by Zipf rank, so the head dominates and the tail supplies thousands of rarer
 * syllables. Written for this project.
 */
import { weightedPicker, zipfWeights, type Rng } from './prng';
import { buildSyllables } from './syllables';

export const CORE_WORDS =
  `và, của, các, có, được, trong, là, cho, những, với, không, đã, một, này, để,
đến, tại, về, từ, theo, người dân, năm, tỉnh, huyện, xã, cũng, đang, sẽ, nhiều, trên, khi, ra, như,
đó, thực hiện, phát triển, kinh tế, xã hội, tổ chức, UBND, công tác, hoạt động, cán bộ, nhân dân,
địa phương, đồng chí, chỉ đạo, triển khai, kế hoạch, năm 2024, doanh nghiệp, tiếp tục, đầu tư,
dự án, nông nghiệp, sản xuất, chính quyền, lãnh đạo, tăng cường, đảm bảo, nâng cao, hiệu quả,
chất lượng, tình hình, kết quả, nhiệm vụ, giải pháp, cơ quan, đơn vị, thành phố, hội nghị,
Ủy ban nhân dân, Hội đồng nhân dân, HĐND, Chủ tịch, Phó Chủ tịch, Bí thư, Tỉnh ủy, Huyện ủy,
đại biểu, chương trình, chính sách, hỗ trợ, người lao động, việc làm, an sinh, hộ nghèo, giáo dục,
y tế, văn hóa, thể thao, du lịch, giao thông, xây dựng, nông thôn mới, đô thị, môi trường, tài nguyên,
đất đai, quy hoạch, an ninh, quốc phòng, trật tự, công an, quân sự, lực lượng, tuyên truyền, vận động,
chuyển đổi số, dịch vụ công, trực tuyến, thủ tục hành chính, cải cách hành chính, hồ sơ, giải quyết,
báo cáo, tổng kết, sơ kết, thảo luận, thống nhất, ý kiến, đề xuất, kiến nghị, yêu cầu, đề nghị,
Giám đốc, Sở, Phòng, Trưởng ban, Mặt trận Tổ quốc, đoàn thể, thanh niên, phụ nữ, cựu chiến binh,
hội viên, đảng viên, chi bộ, cơ sở, Đảng bộ, nghị quyết, chỉ thị, quyết định, kết luận, thông báo,
lúa, gạo, tôm, thủy sản, chăn nuôi, trồng trọt, cây ăn trái, mùa vụ, hạn mặn, thiên tai, phòng chống,
biển đảo, rừng, biến đổi khí hậu, nguồn vốn, ngân sách, tỷ đồng, triệu đồng, tăng, giảm, đạt, vượt,
so với, cùng kỳ, chiếm, tỷ lệ, bình quân, thu nhập, tổng giá trị, sản phẩm, hàng hóa, xuất khẩu,
thị trường, hợp tác xã, khen thưởng, danh hiệu, thi đua, điển hình, tiên tiến, kỷ niệm, chào mừng,
thăm hỏi, tặng quà, gia đình chính sách, người có công, hạ tầng, kỹ thuật, nhanh chóng, kịp thời,
bền vững, toàn diện, đồng bộ, khó khăn, vướng mắc, hạn chế, nguyên nhân, trọng tâm, thời gian qua,
thời gian tới, trong năm, đầu năm, cuối năm, hôm nay, sáng nay, chiều, ông, bà, anh, chị, em,
nhấn mạnh, thay mặt, phối hợp, ngành, cấp, các cấp, các ngành, liên quan, kịp thời, theo dõi,
kiểm tra, giám sát, thanh tra, vi phạm, xử lý, bệnh viện, trạm y tế, khám chữa bệnh, trường học,
học sinh, giáo viên, năm học, thí sinh, tốt nghiệp, lễ hội, di tích, truyền thống, cộng đồng, khu vực,
ấp, thôn, khu phố, tuyến đường, cầu, kênh, nước sạch, điện, nhà ở, công trình, hạng mục, nghiệm thu,
bàn giao, khởi công, khánh thành, vốn, giải ngân, tiến độ, thi công, nhà thầu, chủ đầu tư, KT-XH,
HTX, MTTQ, THPT, BHYT, BHXH, ATGT, PCCC, COVID-19, quý I, quý II, quý III, quý IV, 6 tháng đầu năm`
    .split(',')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Stable pairing of tail syllables into two-syllable words: syllable i with a far-away j. */
function tailWords(syllables: string[]): string[] {
  const words: string[] = [];
  const n = syllables.length;
  for (let i = 0; i < n; i++) {
    words.push(syllables[i]!);
    if (i % 5 < 3) words.push(`${syllables[i]!} ${syllables[(i * 7919 + 13) % n]!}`);
  }
  return words;
}

export const TAIL_SYLLABLES = buildSyllables(6000);

/** Core words first, then the tail interleaved by rank, so rarer words come from the whole tail. */
export const WORDS: string[] = [...CORE_WORDS, ...tailWords(TAIL_SYLLABLES)];

/**
 * Exponent 1.1 over ~10,000 words: the core (~300) is about half the text, the tail the rest,
 * close to what syllable counts of Vietnamese news show (a few hundred syllables cover half of a
 * text; several thousand appear in a year of a portal's articles).
 */
export const pickWord: (rng: Rng) => string = weightedPicker(
  WORDS,
  zipfWeights(WORDS.length, 1.1, 8),
);

export function pickTailSyllable(rng: Rng): string {
  return TAIL_SYLLABLES[rng.int(0, TAIL_SYLLABLES.length - 1)]!;
}
