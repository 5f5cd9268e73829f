export const settings = {
  title: 'Cài đặt',
  language: { label: 'Ngôn ngữ giao diện', vi: 'Tiếng Việt', en: 'English' },
  reader: {
    heading: 'Trang đọc',
    fontSize: 'Cỡ chữ',
    lineHeight: 'Giãn dòng',
    contentWidth: 'Độ rộng nội dung',
    fontFamily: 'Phông chữ',
    fonts: { serif: 'Có chân (Noto Serif)', sans: 'Không chân (Noto Sans)' },
    theme: 'Giao diện',
    themes: { light: 'Sáng', sepia: 'Giấy cũ', dark: 'Tối', system: 'Theo hệ thống' },
    reset: 'Đặt lại mặc định',
  },
  archive: { heading: 'Kho dữ liệu', location: 'Thư mục kho' },
  saved: 'Đã lưu',
};
