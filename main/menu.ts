import { Menu, app, dialog, type BrowserWindow } from 'electron';
import type { Language } from '../shared/settings';
import { aboutDialogOptions, buildMenuTemplate, type MenuActions } from './menu-template';
import type { AppServices } from './services/app-services';

/**
 * Installs the native menu (template in menu-template.ts) and rebuilds it when the user
 * switches the interface language. Needs no open archive: installed before the window.
 * Returns the unsubscribe for quit.
 */
export function installMenu(
  services: Pick<AppServices, 'events' | 'settings'>,
  getWindow: () => BrowserWindow | null,
  isDev: boolean,
): () => void {
  const liveWindow = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const actions: MenuActions = {
    command: (command) => services.events.emit('menu.command', { command }),
    print: () => liveWindow()?.webContents.print(),
    about: () => {
      const options = aboutDialogOptions(services.settings.get().language, app.getVersion());
      const win = liveWindow();
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
    quit: () => app.quit(),
  };
  const build = (language: Language) => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ language, isDev }, actions)),
    );
  };
  let language = services.settings.get().language;
  build(language);
  return services.events.on('settings.changed', (settings) => {
    if (settings.language === language) return;
    language = settings.language;
    build(language);
  });
}
