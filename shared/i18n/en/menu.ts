import type { menu as vi } from '../vi/menu';

export const menu: typeof vi = {
  file: {
    label: '&File',
    importArticles: 'Import articles…',
    library: 'Library',
    reports: 'Reports',
    settings: 'Settings',
    print: 'Print…',
    quit: 'Quit',
  },
  edit: {
    label: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAsText: 'Paste as plain text',
    selectAll: 'Select all',
    find: 'Find…',
  },
  view: {
    label: '&View',
    fontLarger: 'Larger text',
    fontSmaller: 'Smaller text',
    fontReset: 'Default text size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
  },
  help: {
    label: '&Help',
    saveDiagnostics: 'Save diagnostic information…',
    about: 'About Kho Tin',
  },
  about: {
    title: 'About Kho Tin',
    detail: 'Version {{version}}\nAn offline archive of news articles and a report editor.',
  },
  startupFailed: {
    title: 'Kho Tin could not start',
    body: 'Kho Tin could not start. Your data has not been changed.',
  },
};
