import { lazy, Suspense, useEffect } from 'react';
import { api } from '../platform/api';
import { useSettingsStore } from '../features/settings/settings-store';
import { SettingsPage } from '../features/settings/settings-page';
import { LibraryPage } from '../features/library/library-page';
import { useNavigationStore } from './navigation-store';
import { Sidebar } from './sidebar';
import { ToastRegion } from './toast-region';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMenuCommands } from './use-menu-commands';
import { useTheme } from './use-theme';

// The editor, its print layout and the report fonts are most of the code: loaded when the
// Báo cáo section is first opened, so the start (the library) does not download and compile them.
const ReportsPage = lazy(() =>
  import('../features/reports/reports-page').then((module) => ({ default: module.ReportsPage })),
);

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
        {section === 'reports' && (
          <Suspense fallback={null}>
            <ReportsPage />
          </Suspense>
        )}
        {section === 'settings' && <SettingsPage />}
      </main>
      <ToastRegion />
    </div>
  );
}
