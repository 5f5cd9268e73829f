export const spellcheck = {
  toggle: 'Kiểm tra chính tả',
  on: 'Chính tả: bật',
  off: 'Chính tả: tắt',
  menu: 'Gợi ý chính tả cho “{{word}}”',
  loading: 'Đang tìm gợi ý…',
  none: '(Không có gợi ý)',
  addToDictionary: 'Thêm vào từ điển',
};
