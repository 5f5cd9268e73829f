export const settings = {
  title: 'Cài đặt',
  language: { label: 'Ngôn ngữ giao diện', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Trang đọc' },
  diagnostics: {
    heading: 'Hỗ trợ kỹ thuật',
    text: 'Lưu một tệp .zip gồm nhật ký hoạt động, phiên bản phần mềm và số liệu của kho để gửi bộ phận CNTT. Tệp không chứa nội dung tin bài, báo cáo, từ khóa tìm kiếm hay tên tệp.',
    button: 'Lưu thông tin chẩn đoán',
    saved: 'Đã lưu thông tin chẩn đoán: {{fileName}}',
  },
  editor: {
    heading: 'Soạn báo cáo',
    citationStyle: {
      label: 'Trích dẫn nguồn tin bài',
      inline: 'Trong dòng: (Nguồn: …)',
      footnote: 'Chú thích cuối trang (footnote) khi xuất Word',
    },
  },
};
