/**
 * About three hundred words of the Vietnamese an office types all day, written for these tests:
 * the national motto, a report's headings and body, capitals, numbers, both tone placements
 * ("hoà", "khoẻ" beside "Ủy"), and no line that starts like a Markdown shortcut.
 */
export const REPORT_PARAGRAPHS = [
  'Cộng hoà Xã hội Chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'BÁO CÁO',
  'Tình hình kinh tế - xã hội quý III và phương hướng, nhiệm vụ quý IV năm 2025',
  'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Văn phòng tổng hợp tình hình kinh tế - xã hội trong quý như sau:',
  'Phần thứ nhất. Kết quả đạt được',
  'Tổng sản phẩm trên địa bàn tỉnh ước tăng 7,2% so với cùng kỳ năm trước; thu ngân sách nhà nước đạt 78% dự toán được giao. Sản xuất nông nghiệp ổn định, diện tích lúa vụ Thu Đông được gieo sạ đúng lịch thời vụ, năng suất bình quân đạt khá. Công tác phòng, chống hạn hán và xâm nhập mặn được triển khai kịp thời, bảo đảm nước sinh hoạt cho người dân vùng ven biển.',
  'Hoạt động thương mại, dịch vụ và du lịch tiếp tục phục hồi; lượng khách đến tham quan tăng mạnh vào dịp nghỉ lễ Quốc khánh. Các dự án trọng điểm về giao thông được đẩy nhanh tiến độ, nhất là tuyến đường ven biển và cầu nối các huyện đảo.',
  'Lĩnh vực văn hoá - xã hội có nhiều chuyển biến tích cực. Ngành giáo dục chuẩn bị tốt các điều kiện cho năm học mới; công tác khám, chữa bệnh và chăm sóc sức khoẻ nhân dân được quan tâm. Chính sách an sinh xã hội, hỗ trợ hộ nghèo, gia đình chính sách được thực hiện đầy đủ, đúng đối tượng.',
  'Phần thứ hai. Tồn tại, hạn chế',
  'Tiến độ giải ngân vốn đầu tư công còn chậm; một số thủ tục hành chính chưa được giải quyết đúng hạn. Tình trạng khai thác cát trái phép trên sông vẫn còn xảy ra ở một vài địa phương.',
  'Phần thứ ba. Phương hướng, nhiệm vụ quý IV',
  'Tập trung chỉ đạo quyết liệt các giải pháp thúc đẩy tăng trưởng; đẩy mạnh cải cách hành chính, chuyển đổi số trong cơ quan nhà nước; tăng cường kiểm tra, xử lý nghiêm các vi phạm. Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố chủ động phối hợp, báo cáo kết quả thực hiện về Văn phòng trước ngày 15 tháng 12 năm 2025 để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.',
  'Nơi nhận: như trên; lưu: VT, KT.',
] as const;
