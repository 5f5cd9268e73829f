export const settings = {
  title: 'Cài đặt',
  language: { label: 'Ngôn ngữ giao diện', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Trang đọc' },
};
