import { foldVietnamese } from '../../../shared/text/vietnamese';

/**
 * A preset dictionary for compressing one article's text at a time (deflate's `dictionary`):
 * a record of a few KB compresses poorly on its own because deflate starts with an empty
 * history, so the history is primed with the words provincial news uses most. Deflate finds
 * near matches cheapest, so the most frequent words come last. Changing this text makes every
 * stored record unreadable: bump the store's version with it.
 */
const WORDS = `
Trung ương Chính phủ Thủ tướng Bộ trưởng Quốc hội đại biểu Hội đồng nhân dân Mặt trận Tổ quốc
Việt Nam Đảng bộ chi bộ đảng viên Bí thư Phó Bí thư Thường trực Tỉnh ủy Huyện ủy Thành ủy
Chủ tịch Phó Chủ tịch Giám đốc Phó Giám đốc Sở Nội vụ Sở Tài chính Sở Kế hoạch và Đầu tư
Sở Y tế Sở Giáo dục và Đào tạo Sở Nông nghiệp và Phát triển nông thôn Sở Giao thông vận tải
Sở Tài nguyên và Môi trường Sở Văn hóa, Thể thao và Du lịch Sở Lao động - Thương binh và Xã hội
Công an tỉnh Bộ Chỉ huy Quân sự doanh nghiệp hợp tác xã người dân nhân dân cán bộ công chức viên chức
thành phố thị xã thị trấn huyện xã phường thôn bản khu phố địa phương địa bàn vùng
kinh tế xã hội văn hóa giáo dục y tế môi trường nông nghiệp công nghiệp dịch vụ du lịch
an ninh quốc phòng trật tự an toàn giao thông cải cách hành chính chuyển đổi số
kế hoạch chương trình dự án đề án nghị quyết quyết định chỉ thị thông tư nghị định công văn báo cáo
triển khai thực hiện tổ chức chỉ đạo lãnh đạo quản lý điều hành kiểm tra giám sát đánh giá
tăng cường nâng cao đẩy mạnh phát triển bền vững hiệu quả chất lượng tiến độ kết quả nhiệm vụ giải pháp
hội nghị hội thảo buổi làm việc cuộc họp phiên họp tổng kết sơ kết năm tháng quý ngày
đồng chí ông bà anh chị các em học sinh sinh viên giáo viên bác sĩ
Ủy ban nhân dân tỉnh Ủy ban nhân dân huyện Ủy ban nhân dân
được đã đang sẽ cũng còn chưa không có là của và với cho các những một này đó trong trên tại từ đến theo về để khi nhằm
`;

const text = WORDS.trim().replace(/\s+/g, ' ');
export const TEXT_DICTIONARY = Buffer.from(text, 'utf8');

/** A trained dictionary's text folded, for the folded copies (captions; bodies that do not fold unit for unit). */
export function foldedDictionary(text: string): Buffer {
  const folded = Buffer.from(foldVietnamese(text), 'utf8');
  return folded.subarray(Math.max(0, folded.length - TRAINED_BYTES));
}

/** Deflate looks back 32 KB at most: a longer dictionary would only be cut. */
export const TRAINED_BYTES = 32 * 1024;
/** Word runs seen fewer times than this in the sample are left out: they would rarely recur. */
const MIN_COUNT = 3;
const LONGEST_RUN = 4;

/**
 * A preset dictionary trained on the archive's own text (as zstd trains its dictionaries): the
 * runs of two to four words that recur most in a sample of bodies, scored by the bytes they
 * would save, the best last (deflate codes near matches cheapest). Vietnamese news repeats its
 * administrative phrases, place and office names from article to article, and one record of a
 * few KB cannot learn them from itself: trained on the archive's first 512 bodies, records take
 * about a fifth less room than with the hand-written list above (0.29 of their UTF-8 with the
 * one-byte code, against 0.38, on bench/generator's text). Returns plain text; the store encodes it as it encodes records.
 */
export function trainDictionary(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = text.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      let run = words[i]!;
      for (let n = 2; n <= LONGEST_RUN && i + n <= words.length; n++) {
        run += ' ' + words[i + n - 1]!;
        counts.set(run, (counts.get(run) ?? 0) + 1);
      }
    }
  }
  const scored: [string, number][] = [];
  for (const [run, count] of counts)
    if (count >= MIN_COUNT) scored.push([run, count * (run.length - 1)]);
  scored.sort((a, b) => b[1] - a[1]);
  const picked: string[] = [];
  let joined = '';
  for (const [run] of scored) {
    if (joined.length + run.length + 1 > TRAINED_BYTES) break;
    // A run already inside a better one adds nothing deflate could not find there.
    if (joined.includes(run)) continue;
    picked.push(run);
    joined += ' ' + run;
  }
  return picked.length === 0 ? text : picked.reverse().join(' ');
}
