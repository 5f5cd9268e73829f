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
export const FOLDED_DICTIONARY = Buffer.from(foldVietnamese(text), 'utf8');
