/** The native menu and the shell's own dialogs. `&` marks the Alt-key letter on Windows. */
export const menu = {
  file: {
    label: '&Tệp',
    importArticles: 'Nhập tin bài…',
    library: 'Thư viện',
    reports: 'Báo cáo',
    settings: 'Cài đặt',
    print: 'In…',
    quit: 'Thoát',
  },
  edit: {
    label: '&Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    pasteAsText: 'Dán dạng văn bản',
    selectAll: 'Chọn tất cả',
    find: 'Tìm…',
  },
  view: {
    label: '&Xem',
    fontLarger: 'Chữ to hơn',
    fontSmaller: 'Chữ nhỏ hơn',
    fontReset: 'Cỡ chữ mặc định',
    fullScreen: 'Toàn màn hình',
    reload: 'Tải lại',
    devTools: 'Công cụ phát triển',
  },
  help: {
    label: 'Trợ &giúp',
    saveDiagnostics: 'Lưu thông tin chẩn đoán…',
    about: 'Giới thiệu Kho Tin',
  },
  about: {
    title: 'Giới thiệu Kho Tin',
    detail:
      'Phiên bản {{version}}\nKho lưu trữ tin bài và soạn báo cáo, dùng được khi không có mạng.',
  },
  startupFailed: {
    title: 'Không mở được Kho Tin',
    body: 'Kho Tin không khởi động được. Dữ liệu của bạn không bị thay đổi.',
  },
};
