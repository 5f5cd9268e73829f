/**
 * Vietnamese syllables roughly in order of how often they occur in provincial news (function
 * words first, then the administrative and economic vocabulary such portals are made of).
 * The generator weights them by rank (Zipf), which is how syllable frequencies in Vietnamese
 * text fall off. Written for this project; all NFC.
 */
export const SYLLABLES =
  `và của các có được trong là cho người những với không đã một năm này tỉnh huyện xã
để đến tại về từ công theo đồng nhân phát triển dân tế kinh hội ra khi tổ chức trên như thực hiện
đó cũng thành phố nhiều đang sẽ quan nước lý cán bộ ngày tháng nghị quyết đạo lãnh hoạt động
chính trị sản xuất nông nghiệp tiếp tục tăng cường đảm bảo trình chương xây dựng mới kế hoạch
đầu tư vốn dự án giao thông đường cầu trường học sinh giáo dục y tế bệnh viện khám chữa
vụ việc tình hình kết quả đánh giá chỉ đạo triển khai nhiệm điều hành phối hợp ngành cấp
ủy ban mặt trận đoàn thể thanh niên phụ nữ cựu chiến binh hội viên đảng viên chi bộ cơ sở
văn hóa thể thao du lịch lễ hội di tích truyền thống gia đình cộng đồng khu vực ấp thôn
doanh nghiệp hợp tác thị trường sản phẩm hàng hóa xuất khẩu giá trị đồng tỷ triệu nghìn
lúa gạo tôm cá thủy sản chăn nuôi trồng trọt cây ăn trái mùa vụ hạn mặn thiên tai phòng chống
biển đảo rừng môi tường khí hậu biến đổi nguồn tài nguyên đất đai quy hoạch sử dụng
an ninh quốc phòng trật tự công an quân sự lực lượng bảo vệ tuyên truyền vận động
chuyển đổi số điện tử dịch vụ công trực tuyến thủ tục hành chính cải cách hồ sơ giải quyết
người dân hộ nghèo chính sách hỗ trợ an sinh xã hội việc làm lao động đào tạo nghề
hội nghị tổng kết sơ kết báo cáo thảo luận thống nhất ý kiến đề xuất kiến nghị
chủ tịch phó giám đốc sở trưởng phòng bí thư thường trực đại biểu ban chấp hành
tổng cộng đạt vượt so với cùng kỳ chiếm tỷ lệ phần trăm bình quân mức thu nhập
trao tặng khen thưởng bằng danh hiệu thi đua điển hình tiên tiến gương
họp mặt kỷ niệm chào mừng thăm hỏi chúc tết quà tặng gia đình chính sách
tiêu chí nông thôn mới đô thị văn minh sạch đẹp chỉnh trang hạ tầng kỹ thuật
nhanh chóng kịp thời hiệu quả chất lượng bền vững toàn diện đồng bộ
khó khăn vướng mắc hạn chế tồn tại nguyên nhân giải pháp trọng tâm
ông bà anh chị em đồng chí các vị ngài thay mặt nhấn mạnh yêu cầu đề nghị
hôm nay sáng chiều tối qua tuần trước sau đây tới cuối đầu giữa
Kiên Giang Rạch Giá Phú Quốc Hà Tiên Châu Thành Giồng Riềng Gò Quao An Biên Vĩnh Thuận U Minh`
    .split(/\s+/)
    .filter(Boolean);

export const CATEGORIES = [
  'Kinh tế - Chính trị',
  'Văn hóa - Xã hội',
  'Nông nghiệp - Nông thôn',
  'Giáo dục - Đào tạo',
  'Y tế - Sức khỏe',
  'Quốc phòng - An ninh',
  'Cải cách hành chính',
  'Chuyển đổi số',
  'Du lịch',
  'Tài nguyên - Môi trường',
  'Giao thông - Xây dựng',
  'Thông báo - Chỉ đạo điều hành',
];

export const SITES = [
  'Cổng thông tin điện tử tỉnh',
  'Báo tỉnh điện tử',
  'Đài Phát thanh - Truyền hình tỉnh',
  'Sở Thông tin và Truyền thông',
];

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Minh',
  'Hoàng',
  'Ngọc',
  'Thanh',
  'Quốc',
  'Hữu',
  'Kim',
  'Thu',
];
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Kết',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Tâm',
  'Thảo',
  'Trung',
  'Tú',
  'Vân',
  'Yến',
];

export const CAPTION_OPENERS = [
  'Quang cảnh',
  'Toàn cảnh',
  'Đại biểu dự',
  'Lãnh đạo tỉnh tại',
  'Người dân tham gia',
  'Hình ảnh',
];
