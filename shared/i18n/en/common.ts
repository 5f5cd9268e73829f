import type { common as vi } from '../vi/common';

export const common: typeof vi = {
  appName: 'Kho Tin',
  nav: { library: 'Library', reports: 'Reports', settings: 'Settings' },
  actions: { cancel: 'Cancel', close: 'Close', save: 'Save', ok: 'OK', retry: 'Try again' },
  externalLink: {
    title: 'Open an external link?',
    body: 'The link will open in your web browser: {{url}}',
    open: 'Open browser',
  },
  job: {
    progress: '{{done}}/{{total}}',
    cancel: 'Stop',
  },
  loading: 'Loading…',
};
