import type { ErrorCode } from '../../errors';

export const errors: Record<ErrorCode, string> = {
  'invalid-input': 'Dữ liệu gửi lên không hợp lệ.',
  'unknown-channel': 'Yêu cầu không được hỗ trợ.',
  forbidden: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.',
  'not-found': 'Không tìm thấy mục được yêu cầu.',
  'archive-read-only':
    'Kho dữ liệu đang ở chế độ chỉ đọc vì một tệp bị hỏng. Không có gì bị ghi đè; hãy khôi phục từ bản sao lưu.',
  'archive-in-use': 'Kho dữ liệu đang được một chương trình khác sử dụng.',
  'archive-corrupt': 'Một tệp trong kho dữ liệu bị hỏng và không đọc được.',
  'file-too-large': 'Tệp quá lớn để nhập.',
  'unsupported-file': 'Loại tệp này không được hỗ trợ.',
  'empty-file': 'Tệp rỗng, không có nội dung để nhập.',
  'binary-file': 'Tệp không phải văn bản (có thể là tệp nhị phân bị đổi đuôi).',
  'unsafe-archive':
    'Tệp nén có dấu hiệu nguy hiểm (đường dẫn ra ngoài thư mục, liên kết, tên thiết bị hoặc giải nén quá lớn) nên không được mở.',
  'unreadable-file': 'Không đọc được tệp (không tồn tại, là thư mục hoặc không có quyền đọc).',
  'unreadable-folder':
    'Không mở được thư mục để lấy danh sách tệp (không có quyền hoặc thư mục không còn).',
  'too-many-files':
    'Quá nhiều tệp cho một lần nhập: các tệp còn lại chưa được nhập, hãy nhập chúng trong lần sau.',
  'import-timeout':
    'Đọc tệp này quá lâu nên đã dừng; các tệp khác vẫn được nhập. Hãy mở tệp xem có bình thường không.',
  'import-crashed':
    'Bộ đọc tệp gặp sự cố với tệp này; các tệp khác vẫn được nhập. Tệp có thể bị hỏng.',
  'search-index-building': 'Chỉ mục tìm kiếm đang được xây dựng; vui lòng thử lại sau ít phút.',
  'search-rebuild-failed':
    'Không dựng lại được chỉ mục tìm kiếm. Tìm kiếm vẫn dùng chỉ mục đang có; hãy thử dựng lại, hoặc lưu thông tin chẩn đoán gửi bộ phận CNTT.',
  cancelled: 'Đã dừng theo yêu cầu.',
  'report-conflict':
    'Báo cáo đã được sửa ở nơi khác (cửa sổ hoặc máy khác). Bản của bạn chưa được ghi; hãy tải lại để xem bản mới nhất.',
  'image-too-large': 'Ảnh quá lớn để chèn vào báo cáo.',
  'not-an-image': 'Tệp không phải là ảnh (PNG, JPEG, GIF hoặc WebP).',
  'pdf-unavailable':
    'Không tìm thấy Chromium, Chrome hoặc Edge để tạo PDF. Hãy cài một trình duyệt này hoặc đặt biến môi trường CHROMIUM_PATH trỏ tới tệp chạy của nó.',
  'compile-empty': 'Không có tin bài nào trong phạm vi đã chọn; chưa tạo báo cáo nào.',
  'compile-confirm':
    'Phạm vi đã chọn có rất nhiều tin bài; hãy xác nhận trước khi tạo báo cáo tổng hợp (dòng lệnh: thêm --yes).',
  'quote-not-in-article':
    'Đoạn trích không có trong nội dung tin bài (chỉ trích nguyên văn từ tin bài).',
  'disk-full':
    'Ổ đĩa đã đầy nên tệp chưa được ghi xong. Không có tệp dở dang nào được để lại; hãy giải phóng chỗ trống hoặc chọn ổ khác rồi thử lại.',
  'destination-not-writable':
    'Không ghi được vào nơi đã chọn (thư mục không tồn tại, chỉ đọc hoặc không có quyền ghi). Hãy chọn thư mục khác.',
  'file-exists': 'Đã có một tệp trùng tên ở nơi đã chọn. Hãy chọn tên khác hoặc đồng ý ghi đè.',
  internal: 'Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn không bị mất.',
};
