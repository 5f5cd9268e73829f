export const settings = {
  title: 'Cài đặt',
  language: { label: 'Ngôn ngữ giao diện', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Trang đọc' },
  editor: {
    heading: 'Soạn báo cáo',
    citationStyle: {
      label: 'Trích dẫn nguồn tin bài',
      inline: 'Trong dòng: (Nguồn: …)',
      footnote: 'Chú thích cuối trang (footnote) khi xuất Word',
    },
  },
};
