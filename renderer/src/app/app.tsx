import { useEffect } from 'react';
import { api } from '../platform/api';
import { useSettingsStore } from '../features/settings/settings-store';
import { SettingsPage } from '../features/settings/settings-page';
import { LibraryPage } from '../features/library/library-page';
import { ReportsPage } from '../features/reports/reports-page';
import { useNavigationStore } from './navigation-store';
import { Sidebar } from './sidebar';
import { ToastRegion } from './toast-region';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMenuCommands } from './use-menu-commands';
import { useTheme } from './use-theme';

export function App() {
  const section = useNavigationStore((state) => state.section);
  const receive = useSettingsStore((state) => state.receive);
  useMenuCommands();
  useKeyboardShortcuts();
  useTheme();
  useEffect(() => api.on('settings.changed', receive), [receive]);
  return (
    <div className="app">
      <Sidebar />
      <main className="app__main">
        {section === 'library' && <LibraryPage />}
        {section === 'reports' && <ReportsPage />}
        {section === 'settings' && <SettingsPage />}
      </main>
      <ToastRegion />
    </div>
  );
}
