export const common = {
  appName: 'Kho Tin',
  nav: { library: 'Thư viện', reports: 'Báo cáo', settings: 'Cài đặt' },
  actions: { cancel: 'Hủy', close: 'Đóng', save: 'Lưu', ok: 'Đồng ý', retry: 'Thử lại' },
  externalLink: {
    title: 'Mở liên kết bên ngoài?',
    body: 'Liên kết sẽ mở trong trình duyệt của máy: {{url}}',
    open: 'Mở trình duyệt',
  },
  job: {
    progress: '{{done}}/{{total}}',
    cancel: 'Dừng',
  },
  loading: 'Đang tải…',
};
