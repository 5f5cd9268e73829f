import { AppError } from '../shared/errors';
import { errorMessage, resources } from '../shared/i18n/resources';
import type { MenuCommand } from '../shared/ipc/events';
import type { Language } from '../shared/settings';

/**
 * The native menu as plain data, built without Electron so the tests hold it; main/menu.ts
 * hands it to `Menu.buildFromTemplate`. The shape is the subset of Electron's
 * `MenuItemConstructorOptions` the app uses, so it is assignable to it unchanged.
 */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'togglefullscreen'
  | 'forceReload'
  | 'toggleDevTools';

export type MenuItemSpec = {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  visible?: boolean;
  /** Hidden items still answer their shortcut (the numeric keypad's + and -). */
  acceleratorWorksWhenHidden?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
};

export type MenuActions = {
  /** Forwarded to the renderer as a `menu.command` event. */
  command(command: MenuCommand): void;
  print(): void;
  about(): void;
  quit(): void;
};

export type MenuOptions = { language: Language; isDev: boolean };

const SEPARATOR: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemSpec[] {
  const t = resources[options.language].menu;
  const send = (command: MenuCommand) => () => actions.command(command);
  return [
    {
      label: t.file.label,
      submenu: [
        {
          id: 'import.open',
          label: t.file.importArticles,
          accelerator: 'CmdOrCtrl+O',
          click: send('import.open'),
        },
        SEPARATOR,
        {
          id: 'navigate.library',
          label: t.file.library,
          accelerator: 'CmdOrCtrl+1',
          click: send('navigate.library'),
        },
        {
          id: 'navigate.reports',
          label: t.file.reports,
          accelerator: 'CmdOrCtrl+2',
          click: send('navigate.reports'),
        },
        {
          id: 'navigate.settings',
          label: t.file.settings,
          accelerator: 'CmdOrCtrl+,',
          click: send('navigate.settings'),
        },
        SEPARATOR,
        { id: 'print', label: t.file.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
        SEPARATOR,
        { id: 'quit', label: t.file.quit, accelerator: 'CmdOrCtrl+Q', click: actions.quit },
      ],
    },
    {
      label: t.edit.label,
      submenu: [
        { role: 'undo', label: t.edit.undo, accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: t.edit.redo, accelerator: 'CmdOrCtrl+Y' },
        SEPARATOR,
        { role: 'cut', label: t.edit.cut, accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: t.edit.copy, accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: t.edit.paste, accelerator: 'CmdOrCtrl+V' },
        { role: 'pasteAndMatchStyle', label: t.edit.pasteAsText, accelerator: 'CmdOrCtrl+Shift+V' },
        { role: 'selectAll', label: t.edit.selectAll, accelerator: 'CmdOrCtrl+A' },
        SEPARATOR,
        {
          id: 'find.open',
          label: t.edit.find,
          accelerator: 'CmdOrCtrl+F',
          click: send('find.open'),
        },
      ],
    },
    { label: t.view.label, submenu: viewMenu(options, send) },
    {
      label: t.help.label,
      submenu: [
        {
          id: 'help.saveDiagnostics',
          label: t.help.saveDiagnostics,
          click: send('help.saveDiagnostics'),
        },
        SEPARATOR,
        { id: 'about', label: t.help.about, click: actions.about },
      ],
    },
  ];
}

/**
 * Zoom drives the reader's font size (a setting the reader keeps), not Chromium's page zoom,
 * which would scale the sidebar too and be forgotten on restart. The keypad's + / - / 0 are
 * hidden twins of the same commands.
 */
function viewMenu(
  options: MenuOptions,
  send: (command: MenuCommand) => () => void,
): MenuItemSpec[] {
  const t = resources[options.language].menu.view;
  const font = (
    id: MenuCommand,
    label: string,
    accelerator: string,
    keypad: string,
  ): MenuItemSpec[] => [
    { id, label, accelerator, click: send(id) },
    {
      id: `${id}.keypad`,
      label,
      accelerator: keypad,
      visible: false,
      acceleratorWorksWhenHidden: true,
      click: send(id),
    },
  ];
  const items: MenuItemSpec[] = [
    ...font('reader.fontLarger', t.fontLarger, 'CmdOrCtrl+=', 'CmdOrCtrl+numadd'),
    ...font('reader.fontSmaller', t.fontSmaller, 'CmdOrCtrl+-', 'CmdOrCtrl+numsub'),
    ...font('reader.fontReset', t.fontReset, 'CmdOrCtrl+0', 'CmdOrCtrl+num0'),
    SEPARATOR,
    { role: 'togglefullscreen', label: t.fullScreen, accelerator: 'F11' },
  ];
  if (options.isDev) {
    items.push(
      SEPARATOR,
      { role: 'forceReload', label: t.reload, accelerator: 'CmdOrCtrl+R' },
      { role: 'toggleDevTools', label: t.devTools, accelerator: 'CmdOrCtrl+Shift+I' },
    );
  }
  return items;
}

/** Fills `{{name}}` placeholders in a menu-namespace string (the shell has no i18next instance). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);
}

/** The Help → About box, as options for Electron's `dialog.showMessageBox`. */
export function aboutDialogOptions(language: Language, version: string) {
  const t = resources[language];
  return {
    type: 'info' as const,
    title: t.menu.about.title,
    message: t.common.appName,
    detail: fill(t.menu.about.detail, { version }),
    buttons: [t.common.actions.ok],
    noLink: true,
  };
}

/**
 * The error box shown when the app cannot start. Settings are not readable yet, so it speaks
 * both languages; a known failure (the archive is in use, corrupt) is explained, not coded.
 */
export function startupFailureText(error: unknown): { title: string; body: string } {
  const paragraph = (language: Language) =>
    [
      resources[language].menu.startupFailed.body,
      error instanceof AppError ? errorMessage(error.code, language) : '',
    ]
      .filter(Boolean)
      .join('\n');
  const detail =
    error instanceof AppError
      ? error.detail
      : error instanceof Error
        ? error.message
        : String(error);
  return {
    title: resources.vi.menu.startupFailed.title,
    body: [paragraph('vi'), paragraph('en'), detail].filter(Boolean).join('\n\n'),
  };
}
