import { useEffect } from 'react';
import { api } from '../platform/api';
import { saveDiagnostics } from '../features/settings/save-diagnostics';
import { dispatchCommand } from './command-bus';
import { useNavigationStore } from './navigation-store';

/** Native menu items arrive as `menu.command` events; navigation is handled here, the rest by the view in front. */
export function useMenuCommands(): void {
  const go = useNavigationStore((state) => state.go);
  useEffect(
    () =>
      api.on('menu.command', ({ command }) => {
        if (command === 'navigate.library') go('library');
        else if (command === 'navigate.reports') go('reports');
        else if (command === 'navigate.settings') go('settings');
        else if (command === 'help.saveDiagnostics') void saveDiagnostics();
        else dispatchCommand(command);
      }),
    [go],
  );
}
